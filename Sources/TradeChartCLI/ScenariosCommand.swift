import ArgumentParser
import Foundation
import SafeYAML
import TradeAnalysis
import TradeCharts

/// `tradechart scenarios [FILE]`: projects growth scenarios and shows when each reaches the targets.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Project growth scenarios, a sensitivity grid and an uncertainty fan against the targets."
    )

    @Argument(help: "Scenario YAML file (default: momentum, 5-year rate, 10–15% goal, rate required for the first target).")
    var file: String?

    @OptionGroup var options: AnalysisOptions

    func run() throws {
        try runPrinting(output)
    }

    /// The command's whole output as text.
    func output() throws -> String {
        let analyzer = try options.analyzer()
        var scenarios: [Scenario]?
        var horizon: Int?
        if let file {
            let parsed = try ScenarioFile.parse(yaml: try Self.read(file), file: file, baseYear: analyzer.baseYear)
            scenarios = parsed.scenarios
            horizon = parsed.horizon
        }
        let analysis = try analyzer.scenarioAnalysis(scenarios, horizon: horizon)
        switch options.format {
        case .json: return try jsonText(analysis)
        case .csv: return Self.csv(analysis)
        case .table: return Self.table(analysis, title: analyzer.dataset.title.en)
        }
    }

    /// The scenario file's text (missing: exit 66; too large or not UTF-8: exit 65).
    static func read(_ path: String) throws -> String {
        try ScenarioInput.read(path, maxBytes: SafeYAML.Limits.default.maxBytes)
    }

    /// One row per scenario and year: `scenario,label,year,value_usd,growth`.
    static func csv(_ a: ScenarioAnalysis) -> String {
        var lines = ["scenario,label,rule,year,value_usd,growth"]
        for s in a.scenarios {
            for p in s.points {
                lines.append([s.id, Say.csv(s.label), Say.csv(s.rateDescription), "\(p.year)", Say.number(p.value), Say.number(p.growth)]
                    .joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
