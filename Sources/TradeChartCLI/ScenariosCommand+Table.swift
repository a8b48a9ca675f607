import NumberText
import TradeAnalysis
import TradeCharts

extension ScenariosCommand {
    /// English words of the analysis' facts (names, rules, notes, assumptions).
    static let words = AnalysisWords(.en)

    /// The adviser's table: scenario paths with reach years, the sensitivity grid and the fan.
    static func table(_ a: ScenarioAnalysis, title: String) -> String {
        var out = "\(title): scenarios to \(a.horizon)\n"
        out += TargetsCommand.baseLine(a.base, seriesLabel: a.seriesLabel, series: a.series) + "\n"
        let targets = a.sensitivity.targets
        let years = Array((a.base.year + 1)...a.horizon)
        out += "\nScenario paths (billion USD at year end) and the year each target is first reached\n"
        out += TextTable(
            headers: ["Scenario", "Rule"] + years.map(String.init) + targets.map { "Reaches \(Say.money($0.value, unit: false))" },
            rows: a.scenarios.map { s in
                [words.name(s.name), words.rateDescription(s.rule)] + years.map { year in s.points.first { $0.year == year }.map { Say.billions($0.value) } ?? "" }
                    + targets.map { t in s.reached.first { $0.targetId == t.id }?.year.map(String.init) ?? "not by \(a.horizon)" }
            },
            leftColumns: [0, 1]
        ).text
        let notes = a.scenarios.flatMap { s in s.notes.map { "\(words.name(s.name)): \(words.note($0))" } }
        out += notes.map { "  Note: \($0)\n" }.joined()
        out += gridSection(a.sensitivity) + fanSection(a.fan) + windowsSection(a)
        return out
    }

    static func gridSection(_ grid: SensitivityGrid) -> String {
        let legend = grid.targets.enumerated().map { "\(String(repeating: "*", count: $0.offset + 1)) \(Say.money($0.element.value)) reached" }
        var out = "\nSensitivity: value at year end (billion USD) at a steady growth rate; " + legend.joined(separator: ", ") + "\n"
        out += TextTable(
            headers: ["Growth a year"] + grid.years.map(String.init),
            rows: grid.rows.map { row in
                [Say.percent(row.rate)] + row.cells.map { Say.billions($0.value) + String(repeating: "*", count: $0.targetsMet.count) }
            }
        ).text
        return out
    }

    static func fanSection(_ fan: UncertaintyFan) -> String {
        var out = "\nUncertainty fan: percentiles of simulated year-end values (billion USD) and the chance of reaching each target by that year\n"
        out += TextTable(
            headers: ["Year"] + fan.percentiles.map { "P\($0.p)" } + fan.probabilities.map { "Chance of \(Say.money($0.target, unit: false))" },
            rows: fan.years.enumerated().map { index, year in
                ["\(year)"] + fan.percentiles.map { Say.billions($0.values[index]) }
                    + fan.probabilities.map { HumanNumber.percent($0.byYear[index], decimals: 0) }
            }
        ).text
        out += "\nAssumptions\n" + words.assumptions(fan).map { "  - \($0)\n" }.joined()
        return out
    }
}
