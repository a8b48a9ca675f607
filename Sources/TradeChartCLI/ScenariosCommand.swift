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

    @Argument(help: "Scenario YAML files; two or more are compared side by side (default: momentum, 5-year rate, 10–15% goal, rate required for the first target).")
    var files: [String] = []

    @OptionGroup var options: AnalysisOptions

    func run() throws {
        try runPrinting(output)
    }

    /// The command's whole output as text.
    func output() throws -> String {
        let analyzer = try options.analyzer()
        let sets = try files.map { file in
            ScenarioSet(file: try ScenarioFile.parse(yaml: try Self.read(file), file: file, baseYear: analyzer.baseYear), path: file)
        }
        let compared = sets.isEmpty ? [analyzer.defaultSet()] : sets
        let comparison = try analyzer.compare(compared)
        let analysis = try analyzer.scenarioAnalysis(sets.isEmpty ? nil : ScenarioSet.keyed(compared), horizon: comparison.horizon)
        switch options.format {
        case .json: return try jsonText(ScenariosOutput(analysis: analysis, comparison: comparison))
        case .csv: return Self.csv(comparison)
        case .table: return Self.table(analysis, dataset: analyzer.dataset) + Self.comparisonSection(comparison)
        }
    }

    /// The scenario file's text (missing: exit 66; too large or not UTF-8: exit 65).
    static func read(_ path: String) throws -> String {
        try ScenarioInput.read(path, maxBytes: SafeYAML.Limits.default.maxBytes)
    }
}
