/// The status of a value, read from a table's `status` column.
enum PointStatus: UInt8, Sendable {
    case final, preliminary, estimate, derived, projection

    init(_ text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "preliminary", "prelim", "provisional": self = .preliminary
        case "estimate", "est", "estimated": self = .estimate
        case "derived": self = .derived
        case "projection", "projected", "forecast", "scenario": self = .projection
        default: self = .final
        }
    }

    /// Estimates and preliminary values are drawn hollow.
    var isHollow: Bool { self == .preliminary || self == .estimate }
}

/// A bound or approximation, read from a table's `qualifier` column.
enum Qualifier: UInt8, Sendable {
    case exact, approximate, atLeast, atMost, range

    init(_ text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "approximate", "approx", "~": self = .approximate
        case "atleast", "at_least", "at least", ">", ">=": self = .atLeast
        case "atmost", "at_most", "at most", "<", "<=": self = .atMost
        case "range": self = .range
        default: self = .exact
        }
    }
}

/// One series ready to draw: columns in x order, x in domain units (decimal years for a period
/// axis, category index for a band axis). Optional channels are empty arrays when absent.
struct SeriesData: Sendable {
    var name: String?
    var layerIndex: Int
    var layer: Layer
    /// Palette slot.
    var slot: Int
    /// How many earlier series of the chart have the same role (0 for the first).
    var roleOccurrence = 0
    /// The series continues beyond the x axis and was cut at its end (drawn with an arrow).
    var cutEnd = false
    var x: [Double]
    /// Start and end of each x span (period and band axes); empty when x values are points.
    var xLo: [Double] = []
    var xHi: [Double] = []
    var y: [Double]
    var y2: [Double] = []
    var low: [Double] = []
    var high: [Double] = []
    var status: [PointStatus] = []
    var qualifier: [Qualifier] = []
    var label: [String] = []
    /// Heat map cells: the number each cell is coloured by.
    var fill: [Double] = []
    /// Each row's x value as the table writes it ("2024", "2025-01..2025-11", a category), for
    /// the marks' data (`MarkDatum.period`); "" for a row made by cutting at the axis end.
    var periodText: [String] = []
    /// `periodText` is left empty and row i's text is `x[i]` written plainly: a numeric x column
    /// on a linear or log axis, whose text is exactly its numbers (a million-row line would
    /// otherwise write a million labels that only the few marks with data read).
    var periodFromX = false

    /// Row `i`'s x value as the table writes it (see `periodText`).
    func periodText(at i: Int) -> String {
        if i < periodText.count { return periodText[i] }
        guard periodFromX, periodText.isEmpty, i < x.count, !x[i].isNaN else { return "" }
        return DataTable.plain(x[i])
    }
    /// Each row's citation from the table's `source` column; empty when it has none.
    var source: [String] = []

    var count: Int { x.count }
    var style: LayerStyle { layer.style ?? LayerStyle() }

    /// True for a part-year value on a period axis.
    var usesPeriods = false
    /// Per row: the period is a cumulative range ("2025-01..2025-11"), not a period of its own.
    var cumulative: [Bool] = []
    /// A cumulative year-to-date figure shorter than a year. Months, quarters and halves are
    /// periods of their own and are not part-years.
    func isPartial(_ i: Int) -> Bool {
        usesPeriods && i < cumulative.count && cumulative[i] && xHi[i] - xLo[i] < 0.999
    }

    func statusAt(_ i: Int) -> PointStatus { status.isEmpty ? .final : status[i] }
    func qualifierAt(_ i: Int) -> Qualifier { qualifier.isEmpty ? .exact : qualifier[i] }

    /// Values drawn hollow: estimates, preliminary, approximate and part-year values.
    func isHollow(_ i: Int) -> Bool {
        statusAt(i).isHollow || qualifierAt(i) == .approximate || isPartial(i)
    }

    /// Only the rows with both `low` and `high`.
    func withRangesOnly() -> SeriesData {
        guard !low.isEmpty, !high.isEmpty else { return self }
        return reordered(x.indices.filter { low[$0].isFinite && high[$0].isFinite })
    }

    /// The rows kept by `keep`, and, when `edge` is given, one more row copied from row
    /// `edge.from` at x `edge.x` with values interpolated towards row `edge.to`.
    func cut(keeping keep: [Int], edge: (from: Int, to: Int, x: Double)?) -> SeriesData {
        var s = reordered(keep)
        guard let edge else { return s }
        let t = (edge.x - x[edge.from]) / (x[edge.to] - x[edge.from])
        func mix(_ a: [Double]) -> Double { a[edge.from] + (a[edge.to] - a[edge.from]) * t }
        let row = reordered([edge.to])
        if s.periodFromX {
            // The edge row has no text of its own: written out, with "" for it.
            s.periodText = s.x.indices.map { s.periodText(at: $0) } + [""]
            s.periodFromX = false
        } else {
            s.periodText += row.periodText.map { _ in "" }
        }
        s.x.append(edge.x)
        if !xLo.isEmpty { s.xLo.append(edge.x); s.xHi.append(edge.x) }
        s.y.append(mix(y))
        if !y2.isEmpty { s.y2.append(mix(y2)) }
        if !low.isEmpty { s.low.append(.nan); s.high.append(.nan) }
        s.status += row.status; s.qualifier += row.qualifier; s.label += row.label.map { _ in "" }
        s.source += row.source
        s.cumulative += row.cumulative
        s.cutEnd = true
        return s
    }

    /// The rows reordered by `order`.
    func reordered(_ order: [Int]) -> SeriesData {
        func pick<T>(_ a: [T]) -> [T] { a.isEmpty ? a : order.map { a[$0] } }
        var s = self
        s.x = pick(x); s.xLo = pick(xLo); s.xHi = pick(xHi); s.y = pick(y); s.y2 = pick(y2)
        s.low = pick(low); s.high = pick(high); s.cumulative = pick(cumulative); s.status = pick(status); s.qualifier = pick(qualifier); s.label = pick(label)
        s.fill = pick(fill); s.periodText = pick(periodText); s.source = pick(source)
        return s
    }
}
