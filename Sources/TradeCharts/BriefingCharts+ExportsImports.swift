import ChartKit
import TradeAnalysis
import TradeData

extension BriefingCharts {
    /// Exports and imports side by side by year, the balance as a line, years without a
    /// published split marked "n/a" rather than drawn as zero.
    static func exportsImports(_ ctx: BriefingContext) throws -> BriefingChart {
        let id = BriefingChartID.exportsImports
        let t = ctx.text
        let exports = try series(.exports, ctx), imports = try series(.imports, ctx)
        let ex = exports.yearly, im = imports.yearly
        let exYears = Set(ex.map(\.period.year)), imYears = Set(im.map(\.period.year))
        guard let first = exYears.union(imYears).min(), let last = exYears.union(imYears).max() else {
            throw ChartSkip(reason: t.t("no full-year export or import figures"))
        }
        let rows = ex + im
        let flows = ex.map { _ in t.exportsShort } + im.map { _ in t.importsShort }
        var figures = ex.map { ctx.figure(id, t.exportsShort, $0, unit: exports.unit) }
            + im.map { ctx.figure(id, t.importsShort, $0, unit: imports.unit) }
        var balance: [(Int, Double, String)] = []
        // A balance from rounded or qualified parts (parts that do not add up to the total) is approximate.
        let approximate = Set(Metrics.balanceFigures(exports: exports, imports: imports, total: ctx.dataset.series(SeriesID.tradeTotal))
            .filter(\.approximate).map(\.period))
        var balanceWords: [Int: String] = [:]
        for e in ex {
            guard let i = im.first(where: { $0.period == e.period }) else { continue }
            let status = e.status == .final && i.status == .final ? "derived" : "preliminary"
            let about = approximate.contains(e.period.description)
            balance.append((e.period.year, e.value - i.value, status))
            balanceWords[e.period.year] = (about ? t.about + " " : "") + ctx.money(e.value - i.value)
            figures.append(ctx.computed(id, t.balance, period: e.period.description, value: e.value - i.value, unit: "USD",
                                        formatted: balanceWords[e.period.year] ?? "", how: t.howBalance, status: status,
                                        qualifier: about ? "approximate" : "", inputs: [e.source, i.source]))
        }
        let neither = (first...last).filter { !exYears.contains($0) && !imYears.contains($0) }
        let oneSided = (first...last).filter { exYears.contains($0) != imYears.contains($0) }
        let flowTable = try ctx.table(rows, extra: [("flow", .text(flows))])
        var data: [String: DataSource] = [
            "flows": .inline(flowTable),
            "balance": .inline(try DataTable(columns: [
                ("period", .text((first...last).map { "\($0)" })),
                ("value", .numbers((first...last).map { y in balance.first { $0.0 == y }?.1 ?? .nan })),
                ("status", .text((first...last).map { y in balance.first { $0.0 == y }?.2 ?? "" })),
            ])),
        ]
        var layers = [
            Layer(mark: .bar, data: "flows", x: "period", y: "value", color: "flow",
                  roles: [t.exportsShort: .primary, t.importsShort: .secondary]),
            Layer(mark: .line, data: "balance", x: "period", y: "value", name: t.balanceLong,
                  style: LayerStyle(label: LabelPlacement.none, width: 1.5), role: .net),
        ]
        var notes = [t.exportsImportsNote(light: MarkKey(flowTable).hollow)]
        if !neither.isEmpty {
            data["missing"] = .inline(try DataTable(columns: [
                ("period", .text(neither.map { "\($0)" })), ("value", .numbers(neither.map { _ in 0 })),
                ("label", .text(neither.map { _ in t.notAvailable })),
            ]))
            layers.append(Layer(mark: .text, data: "missing", x: "period", y: "value", label: "label"))
            notes.append(t.missingYears(BriefingCharts.yearList(neither), oneSided: BriefingCharts.yearList(oneSided)))
        }
        let latest = balance.last
        let title = latest.map { t.exportsImportsTitle(balance: balanceWords[$0.0] ?? ctx.money($0.1), year: $0.0, deficit: $0.1 < 0) }
            ?? t.exportsImportsTitleFallback
        let spec = ChartSpec(
            title: title, subtitle: t.exportsImportsSubtitle(reporter: ctx.dataset.reporter, partner: ctx.dataset.partner, from: first, to: last),
            notes: notes,
            language: ctx.language, data: data,
            x: XAxisSpec(type: .period), y: YAxisSpec(title: t.tradeInGoods, unit: "USD", format: .currency, zero: true),
            layers: layers,
            alt: t.exportsImportsAlt(from: first, to: last, balance: latest.map { (balanceWords[$0.0] ?? ctx.money($0.1), $0.0) }))
        return BriefingChart(id: id, spec: spec, caption: t.exportsImportsCaption, figures: figures)
    }

    /// `[2023, 2024, 2021]` → "2021, 2023–2024".
    static func yearList(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for y in years.sorted() {
            if let last = runs.last, last.1 == y - 1 { runs[runs.count - 1].1 = y } else { runs.append((y, y)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
    }
}
