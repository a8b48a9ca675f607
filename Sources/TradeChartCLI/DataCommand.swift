import ArgumentParser

/// `tradechart data …`: inspect and validate datasets.
public struct DataCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "List, show and validate trade datasets.",
        subcommands: [List.self, Show.self, Validate.self]
    )

    public init() {}
}
