import Foundation
import TradeData

/// The yearly changes of a series over one window of years, as the simulation and the compound rates
/// use them: which changes are used (and how each is qualified), which are left out and why.
///
/// Rules, so a reader can check them: a change `V(t−1) → V(t)` between preferred full-year figures is
/// - left out when either figure is a bound ("more than 1 billion"): its size is unknown;
/// - left out when it joins two sources and one figure is computed by the dataset from another
///   publication (status `derived`, e.g. a sum of another compiler's exports and imports): a change
///   between two statistical systems measures the systems as much as the trade;
/// - used at the midpoint when a figure is a range, and flagged;
/// - used and flagged when a figure is approximate ("about 1.6 billion").
///
/// In a sparse series (figures for 2016, 2018, 2020 only) a change runs from the previous figure in the
/// window, `V(t−g) → V(t)`, and counts as `g` yearly changes of `ln(V_t / V_{t−g}) / g` each: the mean is
/// `Σ ln-ratios / Σ g` and the variance `Σ g·(per-year change − mean)² / (n − 1)`, the estimates for
/// independent yearly log changes observed only over their sums. Years without a figure are then spanned,
/// not left out.
public struct GrowthSample: Hashable, Sendable, Codable {
    /// Fewer yearly changes than this are too few to say how widely growth swings: the pack says so
    /// wherever a window or the fan rests on them.
    public static let fewChanges = 5

    /// Which years a window covers.
    public enum Window: Hashable, Sendable, Codable {
        /// The changes of the last `n` years up to the base (5 → the changes into 2021…2025).
        case lastYears(Int)
        /// The changes since the last trough (the latest low after a fall of more than 5 %).
        case sinceTrough(Int)
        /// Every change the series has up to the base.
        case allYears

        /// A stable id: `5y`, `10y`, `15y`, `trough`, `all`.
        public var id: String {
            switch self {
            case let .lastYears(n): "\(n)y"
            case .sinceTrough: "trough"
            case .allYears: "all"
            }
        }

        enum CodingKeys: String, CodingKey { case kind, years, trough }

        /// JSON: `{"kind": "lastYears", "years": 5}`, `{"kind": "sinceTrough", "trough": 2020}`, `{"kind": "allYears"}`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .lastYears(n): try c.encode("lastYears", forKey: .kind); try c.encode(n, forKey: .years)
            case let .sinceTrough(year): try c.encode("sinceTrough", forKey: .kind); try c.encode(year, forKey: .trough)
            case .allYears: try c.encode("allYears", forKey: .kind)
            }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            switch try c.decode(String.self, forKey: .kind) {
            case "lastYears": self = .lastYears(try c.decode(Int.self, forKey: .years))
            case "sinceTrough": self = .sinceTrough(try c.decode(Int.self, forKey: .trough))
            case "allYears": self = .allYears
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown window kind \(other)")
            }
        }
    }

    /// How a used change is qualified.
    public enum Flag: String, Hashable, Sendable, Codable {
        /// An end point is approximate.
        case approximate
        /// An end point is a range, used at its midpoint.
        case rangeMidpoint
    }

    /// Why a change is left out.
    public enum Exclusion: String, Hashable, Sendable, Codable {
        /// An end point is a lower or upper bound.
        case bound
        /// The two figures come from different sources and one is computed by the dataset.
        case sourceJoin
        /// There is no figure for the year or the year before.
        case missing
    }

    /// One used change, `ln(V_t / V_{t−1})`, or per year over a gap: `ln(V_t / V_from) / (t − from)`.
    public struct Change: Hashable, Sendable, Codable {
        public var year: Int
        /// The year of the previous figure (`year − 1` but in a sparse series).
        public var from: Int
        /// Growth a year (compound over a gap).
        public var growth: Double
        /// Log growth a year.
        public var logGrowth: Double
        public var flags: [Flag]
        /// The years the change spans.
        public var years: Int { year - from }
    }

    /// One change left out.
    public struct Excluded: Hashable, Sendable, Codable {
        public var year: Int
        public var reason: Exclusion
        /// The sources of the two figures, for a join.
        public var sources: [String]
    }

    public var window: Window
    /// The id of `window`, for JSON readers.
    public var id: String
    /// The years of the changes the window covers (`2021...2025`).
    public var firstYear: Int
    public var lastYear: Int
    public var used: [Change]
    public var excluded: [Excluded]
    /// Mean and sample standard deviation of the used log changes (0 with fewer than two).
    public var logMean: Double
    public var logSD: Double
    /// The compound annual rate from the figure before the window to the base, when both ends are
    /// usable (nil when an end is a bound); `spansJoin` when a source join lies inside.
    public var compoundRate: Estimate?
    public var spansJoin: Bool
    /// Ids of other standard windows that cover exactly the same years (`trough` beside `5y`).
    public var sameAs: [String] = []
    /// The trough year, when this window or one in `sameAs` starts after the last trough.
    public var trough: Int?
}

extension GrowthSample {
    /// The sample of `series` over `window`, ending at `baseYear`.
    public static func make(_ series: Series, baseYear: Int, window: Window) -> GrowthSample? {
        let yearly = Dictionary(series.yearly.map { ($0.period.year, $0) }, uniquingKeysWith: { _, last in last })
        guard let firstKnown = yearly.keys.filter({ $0 <= baseYear }).min() else { return nil }
        let first: Int
        switch window {
        case let .lastYears(n):
            first = baseYear - n + 1
            guard first - 1 >= firstKnown, n >= 2 else { return nil }
        case let .sinceTrough(trough): first = trough + 1
        case .allYears: first = firstKnown + 1
        }
        guard first <= baseYear else { return nil }
        var used: [Change] = [], excluded: [Excluded] = []
        let known = yearly.keys.sorted()
        for year in first...baseYear {
            // A year without a figure is spanned by the change into the next figure.
            guard let after = yearly[year] else { continue }
            guard let from = known.last(where: { $0 < year }), from >= first - 1, let before = yearly[from],
                  before.value > 0, after.value > 0 else {
                excluded.append(Excluded(year: year, reason: .missing, sources: []))
                continue
            }
            if let reason = exclusion(before, after) {
                excluded.append(Excluded(year: year, reason: reason, sources: [before.source, after.source]))
                continue
            }
            var flags: [Flag] = []
            if [before, after].contains(where: { $0.quantity.qualifier == .approximate }) { flags.append(.approximate) }
            if [before, after].contains(where: { $0.quantity.qualifier == .range }) { flags.append(.rangeMidpoint) }
            let span = Double(year - from)
            let log = Foundation.log(after.value / before.value) / span
            used.append(Change(year: year, from: from, growth: exp(log) - 1, logGrowth: log, flags: flags))
        }
        let n = Double(used.count)
        let spanned = Double(used.reduce(0) { $0 + $1.years })
        let mean = n > 0 ? used.reduce(0) { $0 + $1.logGrowth * Double($1.years) } / spanned : 0
        let variance = n > 1 ? used.reduce(0) { $0 + Double($1.years) * ($1.logGrowth - mean) * ($1.logGrowth - mean) } / (n - 1) : 0
        // From the figure before the window; in a sparse series from the window's first figure.
        let start = yearly[first - 1] != nil ? first - 1 : known.first { $0 >= first && $0 < baseYear } ?? first - 1
        let compound = Metrics.compoundGrowth(series, from: start, to: baseYear).estimate.flatMap { $0.isBound ? nil : $0 }
        return GrowthSample(
            window: window, id: window.id, firstYear: first, lastYear: baseYear, used: used, excluded: excluded,
            logMean: mean, logSD: variance.squareRoot(), compoundRate: compound,
            spansJoin: excluded.contains { $0.reason == .sourceJoin },
            trough: { if case let .sinceTrough(year) = window { return year } else { return nil } }()
        )
    }

    /// Why the change between two consecutive yearly figures is left out, nil when it is used.
    static func exclusion(_ before: Observation, _ after: Observation) -> Exclusion? {
        if [before, after].contains(where: { $0.quantity.qualifier == .atLeast || $0.quantity.qualifier == .atMost }) { return .bound }
        if before.source != after.source, before.status == .derived || after.status == .derived { return .sourceJoin }
        return nil
    }

    /// The latest trough up to `baseYear`: a year whose figure is below the year before by more than
    /// `fall` and not above the year after (central values; bounds are not used). Nil without one.
    public static func lastTrough(_ series: Series, baseYear: Int, fall: Double = 0.05) -> Int? {
        let yearly = Dictionary(series.yearly.filter { !Estimate($0.quantity).isBound }.map { ($0.period.year, $0.value) },
                                uniquingKeysWith: { _, last in last })
        return yearly.keys.filter { $0 < baseYear }.sorted().last { year in
            guard let value = yearly[year], let before = yearly[year - 1], let after = yearly[year + 1] else { return false }
            return value < before * (1 - fall) && value <= after
        }
    }

    /// The standard windows: 5, 10 and 15 years, since the last trough, and all years. Windows the
    /// series is too short for are left out; a window covering the same years as an earlier one is
    /// kept once, the earlier one naming it in `sameAs`.
    public static func standard(_ series: Series, baseYear: Int) -> [GrowthSample] {
        var windows: [Window] = [.lastYears(5), .lastYears(10), .lastYears(15)]
        if let trough = lastTrough(series, baseYear: baseYear) { windows.append(.sinceTrough(trough)) }
        windows.append(.allYears)
        var kept: [GrowthSample] = []
        for sample in windows.compactMap({ make(series, baseYear: baseYear, window: $0) }) where sample.used.count >= 2 {
            if let index = kept.firstIndex(where: { $0.firstYear == sample.firstYear && $0.lastYear == sample.lastYear }) {
                kept[index].sameAs.append(sample.id)
                kept[index].trough = kept[index].trough ?? sample.trough
            } else {
                kept.append(sample)
            }
        }
        return kept
    }
}
