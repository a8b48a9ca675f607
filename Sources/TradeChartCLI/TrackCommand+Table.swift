import TradeAnalysis
import TradeData

extension TrackCommand {
    /// The tracker as a reader scans it: the latest figure, the rest of the year after each
    /// part-year figure, what the targets' paths need, and the projection (marked as one).
    static func table(_ t: YearTrack, dataset: Dataset) -> String {
        let label = dataset.series(t.series)?.label?.en ?? t.series
        var out = "\(dataset.title.en): \(TargetsCommand.inline(label, dataset: dataset)) in \(t.year) so far\n"
        let l = t.latest
        out += "Latest: \(l.period) \(amount(l.value, l.qualifier))"
        if l.status != "final" { out += " (\(l.status))" }
        if let growth = l.growth {
            let against = t.projection.method == .none ? "\(t.year - 1)" : "the same months of \(t.year - 1)"
            out += ", \(change(growth, l.growthQualifier)) on \(against)"
            if let prior = l.priorValue { out += " (\(Say.money(prior))\(basis(l.priorBasis)))" }
        } else {
            out += "; no figure for the same months of \(t.year - 1)"
        }
        if let stated = l.statedGrowth, let growth = l.growth, abs(stated - growth) >= 0.0005 {
            out += "; the source states \(change(stated, "exact"))"
        }
        out += "\n"
        if !t.remainders.isEmpty {
            out += "\nThe rest of the year after each part-year figure\n"
            out += TextTable(headers: ["After", "Months", "Value", "Same months a year earlier", "Growth"], rows: t.remainders.map { r in
                [r.after, r.period, amount(r.value, r.qualifier),
                 r.priorValue.map { Say.money($0) + basis(r.priorBasis) } ?? "not known",
                 r.growth.map { change($0, r.growthQualifier) } ?? "n/a"]
            }, leftColumns: [0, 1, 3]).text
        }
        // What the rest of the year needs and the projection rest on the year to date: they carry its
        // growth's qualifier (a lower bound so far means the rest needs at most the figure shown).
        let derived = derivedQualifier(l.growthQualifier)
        if !t.required.isEmpty {
            let complete = t.projection.method == .none
            out += "\nWhat the targets' paths need in \(t.year) (from \(t.year - 1)'s \(t.priorYearValue.map { Say.money($0) } ?? "figure"))\n"
            out += TextTable(
                headers: ["Target", "Path", "Growth a year", "\(t.year) needs", complete ? "On the path" : "Rest of the year needs"],
                rows: t.required.map { r in
                    let target = dataset.targets.first { $0.id == r.target }?.label.en ?? r.target
                    let path = r.deadline.map { "to \($0)" } ?? "every year"
                    let last = complete ? (r.onPath.map { $0 ? "yes" : "no" } ?? "n/a") : (r.remainingGrowth.map { change($0, derived.inverse) } ?? "n/a")
                    return [target, path, Say.percent(r.pathGrowth), Say.money(r.yearValue), last]
                },
                leftColumns: [0, 1]
            ).text
        }
        switch t.projection.method {
        case .none: out += "\nNo projection: the full year is known.\n"
        case .yearToDateGrowth:
            out += "\nProjection (not a figure): \(amount(t.projection.value ?? 0, derived.same)) for \(t.year), "
                + "last year's full-year figure grown at the year-to-date rate.\n"
        case .annualised:
            out += "\nProjection (not a figure): \(amount(t.projection.value ?? 0, derivedQualifier(l.qualifier).same)) for \(t.year), "
                + "the year-to-date figure scaled to twelve months (no figure for last year's months).\n"
        }
        return out
    }

    /// The qualifier of a figure that rises with the year to date (`same`: the projection) and of one
    /// that falls as it rises (`inverse`: the growth the rest of the year needs).
    static func derivedQualifier(_ q: String?) -> (same: String, inverse: String) {
        switch q ?? "exact" {
        case "atLeast": ("atLeast", "atMost")
        case "atMost": ("atMost", "atLeast")
        case "approximate", "range": ("approximate", "approximate")
        case "unbounded": ("unbounded", "unbounded")
        default: ("exact", "exact")
        }
    }

    /// `at least 980.0 million USD`.
    static func amount(_ value: Double, _ qualifier: String) -> String {
        prefix(qualifier) + Say.money(value)
    }

    /// `+92.2%`, `at least +105.5%`.
    static func change(_ growth: Double, _ qualifier: String?) -> String {
        prefix(qualifier ?? "exact") + (growth >= 0 ? "+" : "") + Say.percent(growth)
    }

    static func prefix(_ qualifier: String) -> String {
        switch qualifier {
        case "approximate": "about "
        case "atLeast": "at least "
        case "atMost": "at most "
        case "range": "about "
        case "unbounded": "unknown: "
        default: ""
        }
    }

    static func basis(_ basis: YearTrack.PriorBasis?) -> String {
        basis == .statedGrowth ? ", implied by the stated growth" : ""
    }
}
