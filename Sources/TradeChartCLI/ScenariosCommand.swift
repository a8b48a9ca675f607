import ArgumentParser
import Foundation
import SafeYAML
import TradeAnalysis

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
        case .table: return Self.table(analysis, title: analyzer.dataset.title.en) + Self.comparisonSection(comparison)
        }
    }

    static func read(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(ExitStatus.noInput, "\(path): no such scenario file")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= SafeYAML.Limits.default.maxBytes else {
            throw CommandFailure(ExitStatus.dataError, "\(path):1:1: the file is \(size) bytes; YAML files are limited to \(SafeYAML.Limits.default.maxBytes) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure(ExitStatus.ioError, "\(path): cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure(ExitStatus.dataError, "\(path):1:1: the file is not UTF-8 text") }
        return text
    }
}
