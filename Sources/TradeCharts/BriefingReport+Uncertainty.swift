import NumberText
import ChartKit
import Foundation
import TradeAnalysis
import TradeData

extension BriefingContext {
    /// The growth sample the fan chart and the headline share are drawn from.
    var chartSample: GrowthSample? {
        guard let m = scenarios?.fanMethod else { return nil }
        return m.windows.first { $0.id == m.chartWindow || $0.sameAs.contains(m.chartWindow) }
    }

    /// A probability as the pack prints it in prose, with the spread across windows when there is one.
    func chanceWords(target: String, year: Int, p: Double) -> (chance: String, spread: String?) {
        let ps = scenarios?.probabilities.filter { $0.target == target && $0.year == year }.map(\.p) ?? []
        guard let low = ps.min(), let high = ps.max(), high - low >= 0.01 else { return (text.chance(p), nil) }
        let range = low...high
        let whole = { (x: Double) in self.percent((x * 100).rounded() / 100) }
        return (text.chance(p), text.dependingOnYears(whole(range.lowerBound).replacingOccurrences(of: "%", with: ""), whole(range.upperBound)))
    }

    /// The window's name in words ("all years", "the last 5 years (since the 2020 trough)").
    func windowWords(_ sample: GrowthSample) -> String {
        let ids = [sample.id] + sample.sameAs
        let names = (ids.filter { $0 == "all" } + ids.filter { $0 != "all" }).map { text.windowName($0, trough: sample.trough) }
        return names.count > 1 ? "\(names[0]) (= \(names.dropFirst().map(\.lowercasedFirst).joined(separator: ", ")))" : names[0]
    }

    /// "2011 (IMF …; Vietnam Customs …)": the left-out changes of a sample, in words.
    func leftOutWords(_ sample: GrowthSample) -> [String] {
        let t = text
        var items: [String] = []
        let bound = sample.excluded.filter { $0.reason == .bound }.map(\.year)
        let joins = sample.excluded.filter { $0.reason == .sourceJoin }
        let missing = sample.excluded.filter { $0.reason == .missing }.map(\.year)
        if !joins.isEmpty {
            let sources = BriefingContext.unique(joins.flatMap(\.sources)).map(publisher).joined(separator: "; ")
            items.append(t.leftOutJoin(BriefingCharts.yearList(joins.map(\.year)), sources))
        }
        if !bound.isEmpty { items.append(t.leftOutBound(BriefingCharts.yearList(bound))) }
        if !missing.isEmpty { items.append(t.leftOutMissing(BriefingCharts.yearList(missing))) }
        return items
    }

    /// A rate from an estimate: "about 24.4%" when an input is approximate or a range, "at least …"/"at most …" for a bound.
    func qualifiedPercent(_ e: Estimate) -> String {
        let rate = percent(e.value)
        switch e.qualifier {
        case .approximate?, .range?: return text.t("about \(rate)")
        case .atLeast?: return text.t("at least \(rate)")
        case .atMost?: return text.t("at most \(rate)")
        case .exact?, nil: return rate
        }
    }

    /// The fan chart's note: distribution, years used and left out, paths and seed.
    var fanNote: String? {
        guard let s = scenarios, let sample = chartSample else { return nil }
        let left = BriefingCharts.yearList(sample.excluded.map(\.year))
        let note = text.fanNote(paths: count(Double(s.fanMethod.paths)), count: sample.used.count, years: BriefingCharts.yearList(sample.used.map(\.year)),
                                leftOut: left, seed: "\(s.fanMethod.seed)")
        return sample.used.count < GrowthSample.fewChanges ? note + " " + text.fewChangesNote(sample.used.count) : note
    }
}

extension BriefingReport {
    /// The simulation's probabilities in words, rounded, with the spread across windows.
    func fanParagraph() -> ReportDocument.Paragraph? {
        let t = ctx.text
        guard let a = ctx.analysis, let s = ctx.scenarios, let first = a.targets.first,
              let p = s.fan.probabilities.first(where: { $0.targetId == first.targetId }) else { return nil }
        let years = Array(Set(a.targets.filter { $0.targetId == first.targetId }.map(\.year))).sorted()
        var figures: [BriefingFigure] = []
        let inputs = ctx.fanInputs
        var said = false
        let shares = years.compactMap { y -> (year: Int, chance: String, spread: String?)? in
            guard let i = s.fan.years.firstIndex(of: y), i < p.byYear.count else { return nil }
            var words = ctx.chanceWords(target: first.targetId, year: y, p: p.byYear[i])
            // "depending on the years used" once; later spreads as bare ranges.
            if said, let spread = words.spread, let cut = spread.firstIndex(of: " ") { words.spread = String(spread[..<cut]) }
            if words.spread != nil { said = true }
            figures.append(ctx.computed("report", t.probabilityFigure(level: ctx.level(first.value), year: y), period: "\(y)",
                                        value: p.byYear[i], unit: "rate", formatted: words.chance, how: t.howFan(s.fan.paths),
                                        status: "projection", inputs: inputs))
            return (y, words.chance, words.spread)
        }
        guard !shares.isEmpty else { return nil }
        figures.append(ctx.computed("report", t.simulatedPaths, period: "\(a.base.year)→\(s.horizon)", value: Double(s.fan.paths),
                                    unit: "count", formatted: ctx.count(Double(s.fan.paths)), how: t.howFan(s.fan.paths)))
        let window = ctx.chartSample.map { ctx.windowWords($0).lowercasedFirst } ?? t.windowName("all", trough: nil).lowercasedFirst
        var text = t.fanParagraphRounded(paths: ctx.count(Double(s.fan.paths)), window: window, level: ctx.money(first.value), shares: shares)
        // Steady rates "enough" beside a low share: say why both can be true.
        if a.targets.contains(where: { r in a.rates.compactMap(\.usableRate).allSatisfy { $0 >= r.requiredAnnualGrowth } }) {
            let sd = ValueFormat.decimal(s.fan.logSD, decimals: 2, locale: ctx.language, trim: false)
            text += " " + t.reconcile(sd: sd)
            figures.append(sdFigure(s.fan.logSD, sd, period: "\(a.base.year)"))
        }
        return .init(text, figures: figures)
    }

    /// A figures.csv row for the log standard deviation of yearly changes.
    func sdFigure(_ value: Double, _ formatted: String, period: String) -> BriefingFigure {
        ctx.computed("report", ctx.text.t("Standard deviation of log yearly changes"), period: period,
                     value: value, unit: "count", formatted: formatted,
                     how: ctx.text.t("computed: sample standard deviation of ln(V_t / V_t−1)"))
    }

    /// "How sure": the windows table and the method, nil without a simulation.
    func uncertaintySection() -> ReportDocument.Section? {
        let t = ctx.text
        guard let a = ctx.analysis, let s = ctx.scenarios, !s.fanMethod.windows.isEmpty, let sample = ctx.chartSample else { return nil }
        // Columns: the first dated target at each of its years.
        let first = a.targets.first
        let columns = first.map { f in a.targets.filter { $0.targetId == f.targetId }.map(\.year) } ?? []
        var header = [t.t("Window"), t.windowColumn, t.changesColumn, t.leftOutColumn, t.compoundColumn]
        if let first { header += columns.map { t.probabilityColumn(level: ctx.level(first.value), year: $0) } }
        let rows = s.fanMethod.windows.map { w -> [String] in
            var row = [ctx.windowWords(w), "\(w.firstYear - 1)→\(w.lastYear)", "\(w.used.count)",
                       w.excluded.isEmpty ? t.none : BriefingCharts.yearList(w.excluded.map(\.year)),
                       w.compoundRate.map { ctx.qualifiedPercent($0) + (w.spansJoin ? "*" : "") } ?? "—"]
            if let first {
                row += columns.map { year in
                    s.probabilities.first { $0.window == w.id && $0.target == first.targetId && $0.year == year }
                        .map { ctx.percent(($0.p * 100).rounded() / 100) } ?? "—"
                }
            }
            return row
        }
        var figures: [BriefingFigure] = s.fanMethod.windows.compactMap { w in
            w.compoundRate.map { r in
                ctx.computed("report", t.rateName(.compound(years: w.lastYear - w.firstYear + 1)), period: "\(w.firstYear - 1)→\(w.lastYear)",
                             value: r.value, unit: "rate", formatted: ctx.qualifiedPercent(r), how: t.howRate("\(w.firstYear - 1)→\(w.lastYear)"),
                             qualifier: BriefingCharts.qualifierColumn(r.qualifierName))
            }
        }
        if let first {
            for w in s.fanMethod.windows {
                for year in columns {
                    guard let p = s.probabilities.first(where: { $0.window == w.id && $0.target == first.targetId && $0.year == year }) else { continue }
                    figures.append(ctx.computed("report", t.probabilityFigure(level: ctx.level(first.value), year: year) + " (\(ctx.windowWords(w)))",
                                                period: "\(w.firstYear - 1)→\(w.lastYear)", value: p.p, unit: "rate",
                                                formatted: ctx.percent((p.p * 100).rounded() / 100), how: t.howFan(s.fanMethod.paths), status: "projection"))
                }
            }
        }
        let intro = ReportDocument.Paragraph(t.windowsIntro(level: first.map { ctx.money($0.value) } ?? ""))
        // The method.
        var after: [ReportDocument.Paragraph] = []
        after.append(.init(t.methodDistribution(base: ctx.money(a.base.value), baseYear: a.base.year, status: t.status(a.base.status.rawValue))))
        let median = ctx.signedPercent(exp(sample.logMean) - 1)
        after.append(.init(t.methodYears(window: ctx.windowWords(sample).lowercasedFirst, count: sample.used.count,
                                         years: BriefingCharts.yearList(sample.used.map(\.year)), median: median,
                                         sd: ValueFormat.decimal(sample.logSD, decimals: 2, locale: ctx.language, trim: false)),
                           figures: [sdFigure(sample.logSD, ValueFormat.decimal(sample.logSD, decimals: 2, locale: ctx.language, trim: false),
                                               period: "\(sample.firstYear - 1)→\(sample.lastYear)"),
                                     ctx.computed("report", t.t("Median yearly growth of the simulation"),
                                                  period: "\(sample.firstYear - 1)→\(sample.lastYear)", value: exp(sample.logMean) - 1, unit: "rate",
                                                  formatted: median, how: t.t("computed: exp(mean of log yearly changes) − 1"),
                                                  inputs: ctx.fanInputs)]))
        var method = ""
        let left = ctx.leftOutWords(sample)
        if !left.isEmpty { method += t.methodLeftOut(left) }
        let approximate = sample.used.filter { $0.flags.contains(.approximate) }.map(\.year)
        let midpoint = sample.used.filter { $0.flags.contains(.rangeMidpoint) }.map(\.year)
        if !approximate.isEmpty || !midpoint.isEmpty {
            method += (method.isEmpty ? "" : " ") + t.methodFlagged(approximate: approximate.isEmpty ? nil : BriefingCharts.yearList(approximate),
                                                                    midpoint: midpoint.isEmpty ? nil : BriefingCharts.yearList(midpoint))
        }
        if s.fanMethod.windows.contains(where: \.spansJoin) {
            method += (method.isEmpty ? "" : " ") + t.t("* The compound rate spans a join of sources.")
        }
        if !method.isEmpty { after.append(.init(method)) }
        let few = s.fanMethod.windows.filter { $0.used.count < GrowthSample.fewChanges }
        if !few.isEmpty {
            after.append(.init(t.fewChanges(few.map { (ctx.windowWords($0), $0.used.count) }, chart: sample.used.count < GrowthSample.fewChanges)))
        }
        if s.fanMethod.windows.count > 1 { after.append(.init(t.methodWindowsWhy)) }
        after.append(.init(t.methodPaths(paths: ctx.count(Double(s.fanMethod.paths)), seed: "\(s.fanMethod.seed)", baseYear: a.base.year)))
        return .init(id: "uncertainty", heading: t.uncertaintyHeading, paragraphs: [intro],
                     table: .init(header: header, rows: rows, numeric: Set(2..<header.count).subtracting([3])), after: after)
            .withFigures(figures)
    }
}
