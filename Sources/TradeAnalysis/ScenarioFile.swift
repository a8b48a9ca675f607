import Foundation
import SafeYAML
import TradeData
import Yams

/// A scenario file: an optional horizon and a list of scenarios. The format is documented with
/// examples in `examples/scenarios/README.md`:
///
/// ```yaml
/// horizon: 2030
/// scenarios:
///   - id: government-low
///     label: Government target, low end
///     kind: constant
///     rate: 10%
/// ```
public struct ScenarioFile: Hashable, Sendable {
    /// Last projected year; nil for the default (base year + 5).
    public var horizon: Int?
    public var scenarios: [Scenario]

    /// The model kinds a file may use, with the keys each accepts besides `id`, `label` and `kind`.
    static let kinds: [String: (required: [String], optional: [String])] = [
        "constant": (["rate"], []),
        "historical": ([], ["from", "to", "years"]),
        "decaying": (["longRun", "halfLife"], ["start"]),
        "rates": (["rates"], []),
        "values": (["values"], []),
        "trend": ([], ["from", "to", "years"]),
    ]

    /// The furthest a file may project: 50 years after the base (the fan simulates every year).
    public static let maxHorizonYears = 50

    /// Parses scenario YAML. `file` names the file in messages; `baseYear` resolves `years: 5`
    /// windows (the five years ending at the base).
    public static func parse(yaml: String, file: String, baseYear: Int) throws(ScenarioFileError) -> ScenarioFile {
        let reader = NodeReader(file: file)
        let root: Node
        do {
            guard let node = try SafeYAML.compose(yaml: yaml) else {
                throw ScenarioFileError(file: file, line: 1, column: 1, message: "the file is empty; list scenarios under 'scenarios:'")
            }
            root = node
        } catch let error as ScenarioFileError {
            throw error
        } catch {
            throw reader.syntaxError(error, yaml: yaml)
        }
        let top = try reader.mapping(root, what: "the file")
        try reader.checkKeys(root, allowed: ["horizon", "scenarios"])
        let horizon = try top["horizon"].map { node throws(ScenarioFileError) in
            let year = try reader.year(node)
            guard year > baseYear, year <= baseYear + maxHorizonYears else {
                throw reader.error(node, "horizon \(year) must lie 1 to \(maxHorizonYears) years after the base year \(baseYear)")
            }
            return year
        }
        guard let list = top["scenarios"] else { throw reader.error(root, "missing 'scenarios:' (a list of scenarios)") }
        guard let items = list.sequence, !items.isEmpty else { throw reader.error(list, "'scenarios' must be a non-empty list") }
        var seen = Set<String>()
        var scenarios: [Scenario] = []
        for item in items {
            let scenario = try reader.scenario(item, baseYear: baseYear)
            guard seen.insert(scenario.id).inserted else { throw reader.error(item, "duplicate scenario id '\(scenario.id)'") }
            scenarios.append(scenario)
        }
        return ScenarioFile(horizon: horizon, scenarios: scenarios)
    }
}

/// A problem in a scenario file, at a line and column.
public struct ScenarioFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message.escapingControlCharacters
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
