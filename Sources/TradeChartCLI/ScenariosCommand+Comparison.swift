import TradeAnalysis
import TradeCharts

/// The paths, grid and fan with the comparison beside them, as one JSON document.
struct ScenariosOutput: Encodable {
    var analysis: ScenarioAnalysis
    var comparison: ScenarioComparison

    enum Keys: String, CodingKey { case comparison }

    func encode(to encoder: any Encoder) throws {
        try analysis.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(comparison, forKey: .comparison)
    }
}

extension ScenariosCommand {
    /// English words for the terminal, numbers as the tables write them.
    static let text = ScenarioText(.en, numbers: .init(
        percent: { Say.percent($0) }, money: { Say.money($0) }, number: { Say.number($0) }))

    /// Each scenario against each target: rule, reach year, gap in the target's year, value at the horizon.
    static func comparisonSection(_ c: ScenarioComparison) -> String {
        let w = text
        var out = "\n" + (c.isComparison ? "Assumption sets compared: " + c.sets.map { "\(title($0)) (\($0.scenarios.count))" }.joined(separator: "; ") + "\n" : "")
        out += "Targets by scenario (sorted by the earliest reach; gaps in each target's year)\n"
        let headers = (c.isComparison ? [w.set] : []) + [w.scenario, w.rule]
 + c.targets.flatMap { t in
                [w.reaches(Say.money(t.value, unit: false))] + (t.year.map { [w.gapIn(Say.money(t.value, unit: false), year: $0)] } ?? [])
            }
            + [w.valueIn(c.horizon)]
        let rows = c.byEarliestReach.map { e -> [String] in
            let set = setTitle(e, in: c)
            let cells = c.targets.flatMap { t -> [String] in
                let s = e.standings.first { $0.targetId == t.targetId }
                return [w.reachYear(s?.reachYear, horizon: c.horizon, ends: e.lastYear)] + (t.year == nil ? [] : [s?.gap.map(signedBillions) ?? "n/a"])
            }
            return (c.isComparison ? [set] : []) + [words.name(e.name), w.rule(e.rule)] + cells + [e.horizonValue.map(Say.billions) ?? "n/a"]
        }
        out += TextTable(headers: headers, rows: rows, leftColumns: c.isComparison ? [0, 1, 2] : [0, 1]).text
        out += "  Gaps and values in billion USD; a gap is the projected value minus the target (negative: short of it).\n"
        if c.targets.contains(where: { $0.year == nil }) {
            out += "  A target without a stated year has no gap column (give --horizon to read it at an assumed year).\n"
        }
        if let pace = c.pace { out += paceSection(pace, c) }
        return out
    }

    /// The year after the base so far: the year-to-date figure, the full year at its pace, and
    /// each scenario's value for the year against it.
    static func paceSection(_ pace: ScenarioPace, _ c: ScenarioComparison) -> String {
        let months = pace.throughMonth == 1 ? "Jan" : "Jan–" + ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(10, pace.throughMonth - 2))]
        var out = "\n\(pace.year) so far against the scenarios (\(months) \(pace.year), \(pace.status))\n"
        out += "  Year to date: \(Say.money(pace.yearToDate))" + (pace.growth.map { ", \($0 >= 0 ? "+" : "")\(Say.percent($0)) on the same months of \(pace.year - 1)" } ?? "") + "\n"
        out += "  Full year at that pace: \(Say.money(pace.projection)) ("
            + (pace.method == .annualised ? "annualised by months" : "\(pace.year - 1)'s full year × (1 + year-to-date growth)") + "; a projection)\n"
        // With several sets, each row names its set (as the targets table does), so "Steady 6%" of
        // one set is told from the other's.
        let rows = pace.entries.map { row -> [String] in
            let entry = c.entry(row.key)
            let label = entry.map { words.name($0.name) } ?? row.key
            return (c.isComparison ? [entry.map { setTitle($0, in: c) } ?? ""] : [])
                + [label, row.value.map(Say.billions) ?? "n/a", row.difference.map(signedBillions) ?? "n/a", row.key == pace.tracking ? "closest" : ""]
        }
        let headers = (c.isComparison ? [text.set] : []) + [text.scenario, "Value in \(pace.year)", "Against the pace", ""]
        out += TextTable(headers: headers, rows: rows, leftColumns: c.isComparison ? [0, 1, 4] : [0, 3]).text
        if let key = pace.tracking, let entry = c.entry(key) {
            let name = c.isComparison ? "\(words.name(entry.name)) (\(setTitle(entry, in: c)))" : words.name(entry.name)
            out += "  So far the year is tracking closest to \(name). Values in billion USD.\n"
        }
        return out
    }

    /// A set's title, the default set's in words.
    static func title(_ set: ScenarioComparison.SetInfo) -> String { set.title ?? words.defaultSetTitle }

    /// The title of the set `e` belongs to (its id when the comparison has no such set).
    static func setTitle(_ e: ScenarioComparison.Entry, in c: ScenarioComparison) -> String {
        c.sets.first { $0.id == e.set }.map(title) ?? e.set
    }

    static func signedBillions(_ value: Double) -> String { (value >= 0 ? "+" : "") + Say.billions(value) }

    /// Every figure of the comparison in one long table: each path's yearly values, then per target
    /// the reach year and the gap in the target's year, and the value at the horizon.
    static func csv(_ c: ScenarioComparison) -> String {
        var lines = ["set,set_title,scenario,label,rule,measure,target,target_usd,year,value_usd,growth"]
        for e in c.entries {
            let head = [e.set, Say.csv(setTitle(e, in: c)), Say.csv(e.key), Say.csv(words.name(e.name)), Say.csv(text.rule(e.rule))]
            for p in e.projection.points {
                lines.append((head + ["path", "", "", "\(p.year)", Say.number(p.value), Say.number(p.growth)]).joined(separator: ","))
            }
            for s in e.standings {
                guard let t = c.targets.first(where: { $0.targetId == s.targetId }) else { continue }
                lines.append((head + ["reach_year", Say.csv(t.targetId), Say.number(t.value), s.reachYear.map(String.init) ?? "", "", ""]).joined(separator: ","))
                if let year = s.year {
                    lines.append((head + ["gap", Say.csv(t.targetId), Say.number(t.value), "\(year)", Say.number(s.gap), ""]).joined(separator: ","))
                }
            }
            lines.append((head + ["horizon_value", "", "", "\(c.horizon)", Say.number(e.horizonValue), ""]).joined(separator: ","))
            if let pace = c.pace, let row = pace.entries.first(where: { $0.key == e.key }) {
                lines.append((head + ["against_pace", "", "", "\(pace.year)", Say.number(row.difference), ""]).joined(separator: ","))
            }
        }
        if let pace = c.pace {
            let head = ["", "", "", "", ""]
            lines.append((head + ["year_to_date", "", "", "\(pace.year)-01..\(pace.year)-\(pace.throughMonth < 10 ? "0" : "")\(pace.throughMonth)",
                                  Say.number(pace.yearToDate), Say.number(pace.growth)]).joined(separator: ","))
            lines.append((head + ["pace_projection", "", "", "\(pace.year)", Say.number(pace.projection), ""]).joined(separator: ","))
            // The scenario the year tracks, named as its own rows name it (set, title, label, rule); the
            // value is the pace projection it is closest to.
            if let key = pace.tracking {
                let e = c.entry(key)
                lines.append([e?.set ?? "", Say.csv(e.map { setTitle($0, in: c) } ?? ""), Say.csv(key), Say.csv(e.map { words.name($0.name) } ?? key),
                              Say.csv(e.map { text.rule($0.rule) } ?? ""),
                              "tracking", "", "", "\(pace.year)", Say.number(pace.projection), ""].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
