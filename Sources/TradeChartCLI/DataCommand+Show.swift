import ArgumentParser
import Foundation
import TradeData

extension DataCommand {
    /// `tradechart data show [PATH] [--series ID] [--format table|json|csv]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a dataset's observations with unit, status and source.")

        @Argument(help: "A dataset folder with dataset.yaml, a .csv or .json file, or a shipped dataset's name (default: vietnam-laos).")
        var path: String?

        @Option(name: .customLong("series"), help: "Only this series id (repeat for several).")
        var series: [String] = []

        @Option(help: "Output format: table, json or csv.")
        var format: TextFormat = .table

        func run() throws {
            let output = try Failure.guarded { () throws -> String in
                let result = try DatasetInput.load(path)
                guard !result.hasErrors else { throw DatasetError.invalid(result.diagnostics) }
                let dataset = result.dataset
                let known = dataset.series.map(\.id)
                for id in series where !known.contains(id) {
                    throw CommandFailure(ExitStatus.usage,
                                         "unknown series '\(id)': expected one of \(known.joined(separator: ", "))")
                }
                if !result.warnings.isEmpty {
                    let command = ["tradechart data validate", path].compactMap { $0 }.joined(separator: " ")
                    Failure.printError("tradechart: \(result.diagnostics.summary); '\(command)' lists them")
                }
                let only = series.isEmpty ? nil : series
                switch format {
                case .table: return ObservationTable.render(dataset, only: only)
                case .csv: return dataset.csvText(only: only)
                case .json: return String(decoding: try dataset.jsonData(only: only), as: UTF8.self) + "\n"
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
