import ArgumentParser
import TradeData

extension DataCommand {
    /// `tradechart data validate PATH`: every problem, then a one-line summary.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a dataset and report every problem as file:line:column.")

        @Argument(help: "A dataset folder with dataset.yaml, a .csv or .json file, or a shipped dataset's name (default: vietnam-laos).")
        var path: String?

        func run() throws {
            let result = try Failure.guarded { try DatasetInput.load(path) }
            for diagnostic in result.diagnostics { Failure.printError(diagnostic.description) }
            Failure.printError(result.diagnostics.summary)
            if result.hasErrors { throw ExitCode(ExitStatus.dataError) }
        }
    }
}

/// Where a command's dataset comes from: a path, or the built-in dataset when none is given.
