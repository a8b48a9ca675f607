import ChartKit
import Foundation
import TradeAnalysis
import TradeData
import NumberText

/// What every briefing chart and the report are built from: the dataset, the target and
/// scenario analyses of its two-way trade series (or the series asked for), and the language.
public struct BriefingContext: Sendable {
    public let dataset: Dataset
    public let language: Language
    public let text: BriefingText
    /// The series the analysis and the trade charts use.
    public let series: SeriesID
    /// The target analysis of `series`; nil when the dataset cannot support one.
    public let analysis: TargetAnalysis?
    public let scenarios: ScenarioAnalysis?
    /// The scenarios against every open level target (reach years, gaps, horizon values), by set.
    public let comparison: ScenarioComparison?
    /// Why there is no analysis, in words, when `analysis` is nil.
    public let analysisGap: String?
    /// The year the user assumed for targets without a stated year, if any.
    public let assumedHorizon: Int?
    /// The series the analysis uses by default.
    public static let tradeSeries = SeriesID.tradeTotal

    /// Analyses `dataset`'s `series` with `scenarios` (the default set when nil).
    /// A dataset without that series or without a full-year figure still gives a context: the
    /// charts that need the analysis are then skipped with the reason.
    /// - Parameters:
    ///   - assumedHorizon: a year the user assumes for targets without a stated year (`--horizon`).
    ///   - horizon: the last projected year (default: base + 5, or the assumed horizon when later).
    ///   - sets: the user's scenario files, compared side by side; they take the place of `scenarios`.
    public init(dataset: Dataset, language: Language, series: SeriesID = BriefingContext.tradeSeries,
                scenarios: [Scenario]? = nil, horizon: Int? = nil, assumedHorizon: Int? = nil,
                sets: [ScenarioSet]? = nil) throws {
        self.dataset = dataset
        self.language = language
        self.text = BriefingText(language, series: Self.words(for: series, in: dataset, language: language))
        self.series = series
        let sets = sets.flatMap { $0.isEmpty ? nil : $0 }
        let scenarios = sets.map(ScenarioSet.keyed) ?? scenarios
        var analyzer: TargetAnalyzer?
        var gap: String?
        do {
            analyzer = try TargetAnalyzer(dataset: dataset, seriesID: series)
            analyzer?.assumedHorizon = assumedHorizon
        } catch let error as AnalysisError {
            gap = BriefingText(language, series: Self.words(for: series, in: dataset, language: language))
                .analysisGap(error, series: dataset.series(series))
        }
        analysis = analyzer?.analyze()
        self.assumedHorizon = assumedHorizon
        let compared = try analyzer.map { a in
            let end = horizon ?? sets?.compactMap(\.horizon).max()
            return try a.compare(sets ?? [scenarios.map { ScenarioSet(id: "file", title: "", scenarios: $0) } ?? a.defaultSet()],
                                 horizon: end)
        }
        comparison = compared
        self.scenarios = try analyzer.map { a in try a.scenarioAnalysis(scenarios, horizon: compared?.horizon) }
        analysisGap = gap
    }

    /// The context for a request: each scenario file (when given) is read and parsed against the
    /// base year of the analysed series, and becomes one set of the comparison.
    public init(_ request: BriefingRequest) throws {
        var dataset = request.dataset
        for (i, text) in request.targets.enumerated() {
            dataset.targets += try TargetText.parse(text, series: request.series, index: i + 1)
        }
        var sets: [ScenarioSet] = []
        if !request.scenarioFiles.isEmpty, let base = request.dataset.series(request.series)?.yearly.last?.period.year {
            for file in request.scenarioFiles {
                let parsed = try ScenarioFile.parse(yaml: try ScenarioInput.read(file), file: file, baseYear: base)
                sets.append(ScenarioSet(file: parsed, path: file))
            }
        } else {
            for file in request.scenarioFiles { _ = try ScenarioInput.read(file) }
        }
        try self.init(dataset: dataset, language: request.language, series: request.series,
                      assumedHorizon: request.horizon, sets: sets)
    }

    // MARK: Numbers in words

    /// "2.98 billion USD" / "2,98 tỷ USD".
    /// Four significant digits at most, as sources state them: "757.9 million USD", "2.98 billion USD".
    func money(_ value: Double) -> String {
        guard abs(value) >= 1e6 else { return ValueFormat.format(value, locale: language, style: .currency("USD")) }
        let m = Magnitude.of(value)
        let x = value / m.divisor
        let decimals = abs(x) >= 100 ? 1 : 2
        return ValueFormat.decimal(x, decimals: decimals, locale: language, trim: true) + " " + m.word(language) + " USD"
    }
    /// "29.5%" / "29,5%".
    func percent(_ value: Double) -> String { ValueFormat.format(value, locale: language, style: .percent) }
    /// "+32.4%" / "−13.1%".
    func signedPercent(_ value: Double) -> String { ValueFormat.format(value, locale: language, style: .signedPercent) }
    /// "1,160" / "1.160".
    func count(_ value: Double) -> String { ValueFormat.format(value, locale: language, style: .number) }
    /// "5 billion" / "5 tỷ" (a level without the currency, for short labels).
    func level(_ value: Double) -> String {
        let m = Magnitude.of(value)
        return ValueFormat.format(value / m.divisor, locale: language, style: .number) + (m == .unit ? "" : " " + m.word(language))
    }

    /// A quantity with its qualifier in words: "more than 1 billion USD", "1.1–1.2 billion USD".
    func amount(_ q: Quantity, unit: MeasureUnit) -> String {
        let plain: (Double) -> String = { unit == .usd ? self.money($0) : self.count($0) }
        switch q.qualifier {
        case .exact: return plain(q.value)
        case .approximate: return text.about + " " + plain(q.value)
        case .atLeast: return text.moreThan + " " + plain(q.low ?? q.value)
        case .atMost: return text.lessThan + " " + plain(q.high ?? q.value)
        case .range:
            let low = q.low ?? q.value, high = q.high ?? q.value
            guard unit == .usd else { return count(low) + "–" + count(high) }
            let m = Magnitude.of(high)
            let number: (Double) -> String = { ValueFormat.format($0 / m.divisor, locale: self.language, style: .number) }
            return number(low) + "–" + number(high) + (m == .unit ? "" : " " + m.word(language)) + " USD"
        }
    }

    /// "2025", "Jan–Nov 2025" / "11 tháng năm 2025", "Dec 2025" / "tháng 12/2025".
    func periodLabel(_ p: Period) -> String { text.period(year: p.year, startMonth: p.startMonth, endMonth: p.endMonth) }

    // MARK: Sources

    /// The publisher of a source key, or the key itself in a bare dataset; the sources tradechart
    /// names itself (a figure without a stated source, a target from the command line) in the pack's language.
    func publisher(_ key: String) -> String { text.builtInSource(key) ?? dataset.source(key)?.publisher ?? key }

    /// A rate's name in the pack's language: by its actual window when a sparse series moved it
    /// (`BriefingText.rateName(_:goalLabel:)`), an annual goal by its target's label.
    func rateName(_ id: RateID) -> String {
        let goal = { (target: String) in self.dataset.targets.first { $0.id == target }?.label.text(in: self.language) }
        // A goal of one rate ("12% a year") is named by its label alone, not as a low end.
        if case .goalLow(let target) = id, let t = dataset.targets.first(where: { $0.id == target }),
           case let .annualGrowth(low, high) = t.goal, low == high { return t.label.text(in: language) }
        if let rate = analysis?.rates.first(where: { $0.id == id }) { return text.rateName(rate, goalLabel: goal) }
        return text.rateName(id, goalLabel: goal)
    }

    /// A historical rate as the pack shows it: "about 24.4%" when an end point of its window is
    /// approximate or a range (its midpoint is used), so a rate carries its inputs' qualifier.
    func ratePercent(_ id: RateID, _ value: Double) -> String {
        let rate = percent(value)
        return rateQualifier(id).isEmpty ? rate : text.t("about \(rate)")
    }

    /// figures.csv's qualifier of a historical rate: `approximate` or `range` from its end points, else "".
    func rateQualifier(_ id: RateID) -> String {
        guard let e = analysis?.rates.first(where: { $0.id == id })?.rate, !e.isBound else { return "" }
        return !e.isPoint ? "range" : e.isApproximate ? "approximate" : ""
    }

    /// The window of a historical rate when a sparse series moved it; nil for a rate over its named window.
    func movedWindow(_ id: RateID) -> RateWindow? {
        analysis?.rates.first { $0.id == id }.flatMap { $0.hasNominalWindow ? nil : $0.window }
    }

    /// The window of last year's growth when a sparse series moved it (`2022→2024`: no 2023 figure); nil otherwise.
    var momentumMoved: RateWindow? {
        movedWindow(.momentum)
    }

    /// A source as the reference list cites it (`publisher, “title”, date`).
    func sourceCitation(_ key: String) -> String {
        text.builtInSource(key).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? dataset.source(key)?.citation ?? key
    }

    /// The base figure's source in words (`MoIT, via SGGP 2026-01-15`).
    func citation(_ base: TargetAnalysis.Base) -> String { text.builtInSource(base.source) ?? base.citation }

    /// The figures.csv row of a target's level, cited to the target's own source.
    func targetLevel(_ targetId: String, period: String, value: Double) -> BriefingFigure {
        let source = dataset.targets.first { $0.id == targetId }?.source ?? ""
        return BriefingFigure(chart: "report", figure: text.targetLevelFigure, period: period, value: value, unit: "USD",
                              formatted: money(value), status: "target", qualifier: "",
                              source: source, sourceDetail: source.isEmpty ? text.fromTargets : publisher(source))
    }

    /// A chart's source line: the publishers of `keys` in their order (`BriefingCharts.citedKeys`:
    /// most recent first), each once, cut to what two footer lines hold with "and N more" pointing at figures.csv.
    func sourceLine(_ keys: [String]) -> String {
        var names: [String] = []
        for key in keys {
            let name = publisher(key)
            if !names.contains(name) { names.append(name) }
        }
        var kept: [String] = []
        var length = 0
        for (i, name) in names.enumerated() {
            let rest = names.count - i - 1
            let tail = rest > 0 ? text.andMoreSources(rest).count : 0
            if length + name.count + 2 + tail > 210, !kept.isEmpty {
                return kept.joined(separator: "; ") + text.andMoreSources(names.count - kept.count)
            }
            kept.append(name)
            length += name.count + 2
        }
        return kept.joined(separator: "; ")
    }

    // MARK: Figures and tables

    /// A figures.csv row for an observation shown on `chart`.
    func figure(_ chart: String, _ label: String, _ obs: Observation, unit: MeasureUnit) -> BriefingFigure {
        BriefingFigure(chart: chart, figure: label, period: obs.period.description, value: obs.value,
                       unit: unit == .usd ? "USD" : "count", formatted: amount(obs.quantity, unit: unit),
                       status: obs.status.rawValue, qualifier: obs.quantity.qualifier == .exact ? "" : obs.quantity.qualifier.rawValue,
                       source: obs.source, sourceDetail: publisher(obs.source))
    }

    /// A figures.csv row for a number tradechart computed.
    func computed(_ chart: String, _ label: String, period: String, value: Double, unit: String,
                  formatted: String, how: String, status: String = "derived", qualifier: String = "",
                  inputs: [String] = []) -> BriefingFigure {
        BriefingFigure(chart: chart, figure: label, period: period, value: value, unit: unit, formatted: formatted,
                       status: status, qualifier: qualifier, source: "computed", sourceDetail: how, inputs: inputs)
    }

    /// A figures.csv row for an observation shown on chart `chart`.
    func figure(_ chart: BriefingChartID, _ label: String, _ obs: Observation, unit: MeasureUnit) -> BriefingFigure {
        figure(chart.rawValue, label, obs, unit: unit)
    }

    /// A figures.csv row for a number tradechart computed for chart `chart`.
    func computed(_ chart: BriefingChartID, _ label: String, period: String, value: Double, unit: String,
                  formatted: String, how: String, status: String = "derived", qualifier: String = "",
                  inputs: [String] = []) -> BriefingFigure {
        computed(chart.rawValue, label, period: period, value: value, unit: unit, formatted: formatted, how: how,
                 status: status, qualifier: qualifier, inputs: inputs)
    }

    /// A chart table of `rows` (`DataTable.observations`) with `extra` and a `source` column: each
    /// row's citation (publisher, title, date), which ChartKit attaches to the row's mark (the hover
    /// title of a text-mode SVG).
    func table(_ rows: [Observation], extra: [(String, DataTable.Column)] = []) throws -> DataTable {
        try .observations(rows, extra: extra + [("source", .text(rows.map { dataset.source($0.source)?.citation ?? publisher($0.source) }))])
    }

    /// The exports series' label in the pack's language, or one made from the reporter and partner.
    var exportsLabel: String {
        dataset.series(SeriesID.exports)?.label.flatMap(ownLanguage)
            ?? text.exports(reporter: dataset.reporter.text(in: language), partner: dataset.partner.text(in: language))
    }

    /// The imports series' label in the pack's language, or one made from the reporter and partner.
    var importsLabel: String {
        dataset.series(SeriesID.imports)?.label.flatMap(ownLanguage)
            ?? text.imports(reporter: dataset.reporter.text(in: language), partner: dataset.partner.text(in: language))
    }

    /// How the source worded a target's deadline, in the pack's language only: nil (nothing quoted)
    /// when the dataset gives no wording in that language.
    func deadlineWords(_ targetId: String) -> String? {
        dataset.targets.first { $0.id == targetId }?.deadlineWords.flatMap(ownLanguage)
    }

    /// The names of series `id` in the pack's language (`SeriesWords`).
    func words(for id: SeriesID) -> SeriesWords { Self.words(for: id, in: dataset, language: language) }

    /// The names of series `id`: its label in `language`; else two-way trade's own words, exports
    /// and imports from the reporter and partner ("Germany's exports to Poland"), or any other
    /// series by its English label or its id in words ("services_exports" → "Services exports").
    static func words(for id: SeriesID, in dataset: Dataset, language: Language) -> SeriesWords {
        let names = [dataset.reporter.text(in: language), dataset.partner.text(in: language)]
        let label = dataset.series(id)?.label
        let own: String? = (language == .vi ? label?.vi : label?.en).flatMap { $0.isEmpty ? nil : $0 }
        // A two-way trade label that only says "two-way trade" keeps the default words (and their short "trade").
        if let own, !(id == .tradeTotal && SeriesWords.twoWayTradePhrasings.contains(own.lowercased())) { return .label(own, names: names) }
        let text = BriefingText(language)
        switch id {
        case .tradeTotal: return .twoWayTrade(language)
        case .exports: return .label(text.exports(reporter: names[0], partner: names[1]), names: names)
        case .imports: return .label(text.imports(reporter: names[0], partner: names[1]), names: names)
        default:
            let english = label?.en.isEmpty == false ? label?.en : nil
            return .label(english ?? id.rawValue.replacingOccurrences(of: "_", with: " "), names: names)
        }
    }

    /// A label's text in the pack's language only (no English fallback), nil when it has none.
    func ownLanguage(_ label: LocalizedText) -> String? {
        let text: String? = switch language {
        case .en: label.en
        case .vi: label.vi
        }
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A series label in the pack's language, with the Lao name after it when the dataset gives one.
    func seriesName(_ id: String, fallback: String, withLao: Bool = false) -> String {
        guard let label = dataset.series(id)?.label else { return fallback }
        let own = label.text(in: language)
        guard withLao, let lao = label.lo, !lao.isEmpty else { return own }
        return "\(own) · \(lao)"
    }
}
