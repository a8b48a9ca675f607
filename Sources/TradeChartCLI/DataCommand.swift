import ArgumentParser

/// `tradechart data …`: inspect and validate datasets.
public struct DataCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show and validate trade datasets.",
        subcommands: [Show.self, Validate.self]
    )

    public init() {}
}
