import TradeAnalysis
import TradeCharts
import TradeData

extension TargetsCommand {
    /// The adviser's table: base, required growth, recent growth, on-track check, reach years,
    /// growth goals, track record, assumptions.
    static func table(_ a: TargetAnalysis, dataset: Dataset) -> String {
        var out = "\(dataset.title.en): what the targets require\n"
        out += baseLine(a.base, seriesLabel: a.seriesLabel, series: a.series, dataset: dataset) + "\n"
        for other in a.base.alternatives {
            out += "Also reported for \(a.base.period): \(Say.money(other.value)) (\(other.status), \(other.source))\n"
        }
        let ranged = a.targets.contains { $0.requiredAnnualGrowthLow != nil || $0.requiredAnnualGrowthHigh != nil }
        if !a.targets.isEmpty { out += "\nRequired growth\n" + TextTable(
            headers: ["Target", "By", "Years", "Growth needed a year"] + (ranged ? ["Range"] : []) + ["Straight-line step a year", "Deadline as stated"],
            rows: a.targets.map { t in
                let range = "\(Say.percent(t.requiredAnnualGrowthLow)) to \(Say.percent(t.requiredAnnualGrowthHigh))"
                return [Say.money(t.value), "\(t.year)", "\(t.years)", Say.percent(t.requiredAnnualGrowth)]
                    + (ranged ? [range] : []) + ["+" + Say.money(t.linearIncrementPerYear), stated(t)]
            },
            leftColumns: [0, ranged ? 6 : 5]
        ).text }
        let undated = a.levelTargets.filter { !$0.horizons.isEmpty }
        if let years = undated.first?.horizons.map(\.year) {
            out += "\nTargets without a stated year (no deadline assumed): growth needed a year if reached by\n"
            out += TextTable(headers: ["Target"] + years.map(String.init) + ["Deadline as stated"], rows: undated.map { level in
                [Say.money(level.value)] + level.horizons.map { Say.percent($0.requiredAnnualGrowth) }
                    + [level.deadlineText.map { "\"\($0)\"" } ?? ""]
            }, leftColumns: [0, years.count + 1]).text
        }
        out += "\nRecent growth\n"
        out += TextTable(headers: ["Rate", "Window", "Growth a year", "Note"], rows: a.rates.map { rate in
            [name(rate.id, a), rate.window?.description ?? "", rate.usableRate.map(Say.percent) ?? "not used",
             words.caveats(rate.caveats, series: a.series) ?? ""]
        }, leftColumns: [0, 1, 3]).text
        out += statusSection(a) + reachSection(a)
        for goal in a.growthGoals {
            let verdict = goal.met.map { $0 ? "met" : "not met" } ?? "cannot be checked"
            out += "\n\(goal.label): last year's growth \(Say.percent(goal.lastYearGrowth)), \(verdict).\n"
        }
        if !a.pastTargets.isEmpty {
            out += "\nEarlier targets\n"
            out += TextTable(headers: ["Target", "Outcome", "Note"], rows: a.pastTargets.map {
                [$0.label, $0.outcome.rawValue, $0.outcomeNote ?? ""]
            }, leftColumns: [0, 1, 2]).text
        }
        out += "\nAssumptions\n" + a.assumptions.map { "  - \(words.assumption($0, analysis: a))\n" }.joined()
        return out
    }

    /// The English words of the analysis' facts.
    static let words = BriefingText(.en)

    /// A rate's name in the table: "Last year's growth", "Annual growth of 10–15%, low end".
    /// A historical rate a sparse series moved is named by its window ("Compound rate 2020→2024, 4 years").
    static func name(_ id: RateID, _ a: TargetAnalysis) -> String {
        let goal = { (target: String) in a.growthGoals.first { $0.targetId == target }?.label }
        if let rate = a.rates.first(where: { $0.id == id }) { return words.rateName(rate, goalLabel: goal) }
        return words.rateName(id, goalLabel: goal)
    }

    /// The source's wording of the deadline, flagged when the year is not the source's.
    static func stated(_ t: TargetAnalysis.Requirement) -> String {
        let words = t.deadlineText.map { "\"\($0)\"" } ?? ""
        return t.yearStated ? words : words + " (no year stated; assumed horizon)"
    }

    static func statusSection(_ a: TargetAnalysis) -> String {
        let rateIDs = a.rates.filter { $0.usableRate != nil }.map(\.id)
        guard !rateIDs.isEmpty, !a.targets.isEmpty else { return "" }
        let names = rateIDs.map { name($0, a) }
        let rows = a.targets.map { t -> [String] in
            let cells = rateIDs.map { id -> String in
                guard let s = a.status.first(where: { $0.targetId == t.targetId && $0.year == t.year && $0.rateId == id }),
                      let onTrack = s.onTrack else { return "n/a" }
                return onTrack ? "yes" : "no"
            }
            return [Say.money(t.value), "\(t.year)", Say.percent(t.requiredAnnualGrowth)] + cells
        }
        return "\nIs the current pace enough? (yes = the rate is at or above the growth needed)\n"
            + TextTable(headers: ["Target", "By", "Needed"] + names, rows: rows).text
    }

    static func reachSection(_ a: TargetAnalysis) -> String {
        let targets = a.levelTargets.map { ($0.targetId, $0.value) }
        var rateOrder: [RateID] = []
        for reach in a.reachedAt where !rateOrder.contains(reach.rateId) { rateOrder.append(reach.rateId) }
        guard !rateOrder.isEmpty, !targets.isEmpty else { return "" }
        let rows = rateOrder.compactMap { id -> [String]? in
            guard let first = a.reachedAt.first(where: { $0.rateId == id }) else { return nil }
            return [name(id, a), Say.percent(first.rate)] + targets.map { target in
                guard let r = a.reachedAt.first(where: { $0.rateId == id && $0.targetId == target.0 }), let year = r.year else { return "never" }
                return "\(year) (\(Say.years(r.years)) years)"
            }
        }
        return "\nWhen each target is reached at a steady rate\n"
            + TextTable(headers: ["At", "Rate"] + targets.map { Say.money($0.1) }, rows: rows).text
    }
}
