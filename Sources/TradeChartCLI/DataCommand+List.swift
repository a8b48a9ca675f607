import ArgumentParser
import Foundation
import TradeData

extension DataCommand {
    /// `tradechart data list [--format table|json|csv]`: the datasets compiled into the binary.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the shipped datasets: name, pair, series, years and targets.",
            discussion: "Pass a name wherever a dataset is expected: tradechart report --dataset NAME, tradechart data show NAME.")

        @Option(help: "Output format: table, json or csv.")
        var format: TextFormat = .table

        func run() throws {
            try runPrinting {
                let entries = try DatasetLoader.embeddedNames.map { try Entry(name: $0, dataset: DatasetInput.valid($0)) }
                switch format {
                case .table: return Self.table(entries)
                case .json: return try jsonText(entries)
                case .csv: return Self.csv(entries)
                }
            }
        }

        /// One shipped dataset as `data list` shows it.
        struct Entry: Encodable {
            var name: String
            var title: String
            var reporter: String
            var partner: String
            var series: [String]
            var firstYear: Int?
            var lastYear: Int?
            var targets: [String]

            init(name: String, dataset: Dataset) {
                self.name = name
                title = dataset.title.en
                reporter = dataset.reporter.en
                partner = dataset.partner.en
                series = dataset.series.map(\.id)
                let years = dataset.series.flatMap { $0.observations.map(\.period.year) }
                firstYear = years.min()
                lastYear = years.max()
                targets = dataset.targets.map(\.id)
            }

            var pair: String { [reporter, partner].filter { !$0.isEmpty }.joined(separator: "–") }
            var years: String {
                guard let firstYear, let lastYear else { return "" }
                return firstYear == lastYear ? "\(firstYear)" : "\(firstYear)–\(lastYear)"
            }
        }

        static func table(_ entries: [Entry]) -> String {
            let rows = entries.map { [$0.name, $0.pair, "\($0.series.count)", $0.years, "\($0.targets.count)"] }
            let table = TextTable(headers: ["name", "pair", "series", "years", "targets"], rows: rows, leftColumns: [0, 1, 3])
            return table.text + "\n  tradechart data show NAME lists a dataset's figures and sources; "
                + "tradechart report --dataset NAME writes its briefing pack.\n"
        }

        static func csv(_ entries: [Entry]) -> String {
            var lines = ["name,reporter,partner,title,series,first_year,last_year,targets"]
            for e in entries {
                lines.append([e.name, e.reporter, e.partner, e.title, e.series.joined(separator: " "),
                              e.firstYear.map(String.init) ?? "", e.lastYear.map(String.init) ?? "",
                              e.targets.joined(separator: " ")].map(Say.csv).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
