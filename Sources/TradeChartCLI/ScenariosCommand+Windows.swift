import NumberText
import Foundation
import TradeAnalysis

extension ScenariosCommand {
    /// The chance of each level target by each year under the growth of each window of history,
    /// with the years each window uses and leaves out.
    static func windowsSection(_ a: ScenarioAnalysis) -> String {
        let method = a.fanMethod
        let targets = a.sensitivity.targets
        let years = Array((method.baseYear + 1)...method.horizon)
        var out = "\nChance of reaching each target by year, by the years of history the growth is drawn from\n"
        var rows: [[String]] = []
        for window in method.windows {
            for target in targets {
                let cells = years.map { year in
                    a.probabilities.first { $0.window == window.id && $0.target == target.id && $0.year == year }
                        .map { HumanNumber.percent($0.p, decimals: 0) } ?? ""
                }
                rows.append([windowName(window), Say.money(target.value)] + cells)
            }
        }
        out += TextTable(headers: ["Years of history", "Target"] + years.map(String.init), rows: rows, leftColumns: [0, 1]).text
        out += "\n" + TextTable(
            headers: ["Years of history", "Changes used", "Median growth", "Compound rate", "Left out"],
            rows: method.windows.map { w in
                [windowName(w), "\(w.used.count)", Say.percent(exp(w.logMean) - 1),
                 w.compoundRate.map { Say.percent($0.value) + (w.spansJoin ? " (spans a join)" : "") } ?? "n/a",
                 w.excluded.map { "\($0.year) (\(reason($0.reason)))" }.joined(separator: ", ")]
            },
            leftColumns: [0, 4]
        ).text
        let paths = String(method.paths).reversed().enumerated().map { $0.offset > 0 && $0.offset % 3 == 0 ? "\($0.element)," : "\($0.element)" }.reversed().joined()
        out += "  \(paths) paths per window, seed \(method.seed), log-normal yearly growth, years independent.\n"
        return out
    }

    /// `2021–2025 (5 years; since the 2020 trough)`.
    static func windowName(_ w: GrowthSample) -> String {
        var names: [String] = []
        for id in [w.id] + w.sameAs {
            switch id {
            case "trough": names.append("since the \(w.trough.map(String.init) ?? "last") trough")
            case "all": names.append("all years")
            default: names.append("\(id.dropLast()) years")
            }
        }
        return "\(w.firstYear)–\(w.lastYear) (\(names.joined(separator: "; ")))"
    }

    static func reason(_ reason: GrowthSample.Exclusion) -> String {
        switch reason {
        case .bound: "a bound"
        case .sourceJoin: "join between sources"
        case .missing: "no figure"
        }
    }
}
