import Foundation
import TradeData

/// A growth rate as facts: which rate it is, its value, the window it was measured over and its
/// caveats. Words for it ("last year's growth") belong to the trade-chart layer.
public struct NamedRate: Hashable, Sendable, Encodable {
    public var id: RateID
    /// The rate as a fraction, with limits when an end point was a range; nil when not computable.
    public var rate: Estimate?
    /// The window it was measured over, when historical.
    public var window: RateWindow?
    /// Caveats (approximate end points) or the reason there is no rate.
    public var caveats: [RateCaveat]

    public init(id: RateID, rate: Estimate?, window: RateWindow? = nil, caveats: [RateCaveat] = []) {
        self.id = id
        self.rate = rate
        self.window = window
        self.caveats = caveats
    }

    /// The central rate when it can drive a projection: present and not measured against a bound.
    public var usableRate: Double? {
        guard let rate, !rate.isBound else { return nil }
        return rate.value
    }

    /// True when the rate is measured over the window its id names (momentum over one year, a
    /// 5-year rate over five); false when a sparse series moved its start (`2020→2024` for a
    /// 3-year rate), so it must be named by its window. Rates that are not historical: true.
    public var hasNominalWindow: Bool {
        guard let window, let years = id.nominalYears else { return true }
        return window.years == years
    }

    enum CodingKeys: String, CodingKey { case id, rate, window, windowYears, caveats }

    /// `window` as `2020→2024` and `windowYears` (4), so a reader never takes a moved window for the named one.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeIfPresent(window, forKey: .window)
        try c.encodeIfPresent(window?.years, forKey: .windowYears)
        try c.encode(caveats, forKey: .caveats)
    }
}

/// A growth rate a source states in an observation's note ("a 32.7 percent increase"), set beside
/// the base it implies and the rate computed from the dataset.
public struct StatedRate: Hashable, Sendable, Encodable {
    /// The stated rate, a fraction.
    public var stated: Double
    /// The period the note belongs to.
    public var period: String
    /// The prior-year figure the stated rate implies.
    public var impliedBase: Double
    /// The dataset's preferred prior-year figure and the growth computed from it, when present.
    public var prior: YearValue?
    public var computed: Double?

    public init(stated: Double, period: String, impliedBase: Double, prior: YearValue? = nil, computed: Double? = nil) {
        self.stated = stated
        self.period = period
        self.impliedBase = impliedBase
        self.prior = prior
        self.computed = computed
    }
}

extension Metrics {
    /// Last year's growth and the 3- and 5-year compound rates ending in `baseYear`, from the
    /// preferred full-year figures. Windows whose end points are bounds are kept with a caveat and
    /// no usable rate; approximate end points are used and flagged.
    ///
    /// In a sparse series (figures for 2020, 2022 and 2024 only) a window whose first year has no
    /// full-year figure starts at the nearest year that has one (the earlier on a tie), compounded
    /// over the gap and named by that window (`2022→2024`, 2 years; `RateCaveat.nearestYear`); a
    /// window that then repeats an earlier one is listed once (momentum first, then the longer rate).
    public static func historicalRates(_ series: Series, baseYear: Int) -> [NamedRate] {
        let known = Set(series.yearly.map(\.period.year)).filter { $0 < baseYear }
        let rates = [(1, RateID.momentum), (3, .compound(years: 3)), (5, .compound(years: 5))].map { years, id in
            let nominal = baseYear - years
            var window = RateWindow(from: nominal, to: baseYear)
            var moved: [RateCaveat] = []
            if !known.contains(nominal),
               let nearest = known.min(by: { (abs($0 - nominal), $0) < (abs($1 - nominal), $1) }) {
                window = RateWindow(from: nearest, to: baseYear)
                moved = [.nearestYear(nominal: nominal)]
            }
            let metric = compoundGrowth(series, from: window.from, to: window.to)
            var caveats = moved + rateCaveats(series, window)
            if let estimate = metric.estimate, estimate.isBound { caveats.append(.boundEndPoint) }
            return NamedRate(id: id, rate: metric.estimate, window: window, caveats: caveats)
        }
        return rates.filter { rate in
            guard case let .compound(years) = rate.id, rate.window != nil else { return true }
            return !rates.contains { other in
                guard other.window == rate.window else { return false }
                if case let .compound(longer) = other.id { return longer > years }
                return other.id == .momentum
            }
        }
    }

    /// The facts behind a window's rate: a missing or part-year end, or qualified end points.
    static func rateCaveats(_ series: Series, _ window: RateWindow) -> [RateCaveat] {
        var caveats: [RateCaveat] = []
        var ends: [Observation] = []
        for year in [window.from, window.to] {
            if let period = Period.year(year), let obs = series.preferred(at: period) {
                ends.append(obs)
            } else if let part = series.periods.last(where: { $0.year == year && !$0.isFullYear }) {
                caveats.append(.partYearOnly(year: year, period: part.description))
            } else {
                caveats.append(.noFigure(year: year))
            }
        }
        guard caveats.isEmpty else { return [caveats[0]] }
        for obs in ends {
            if let fact = qualifierFact(obs) { caveats.append(.qualifiedEndPoint(period: obs.period.description, qualifier: fact)) }
        }
        return caveats
    }

    /// What is special about an observation, nil for a plain final (or derived) figure.
    public static func qualifierFact(_ obs: Observation) -> QualifierFact? {
        switch obs.quantity.qualifier {
        case .approximate: return .approximate
        case .atLeast: return .atLeast
        case .atMost: return .atMost
        case .range: return .range
        case .exact:
            switch obs.status {
            case .preliminary: return .preliminary
            case .estimate: return .estimate
            case .final, .derived: return nil
            }
        }
    }

    /// The growth rate a note quotes ("up 32.7%", "down 3%"), as a fraction; nil when it quotes none.
    /// Read by `StatedChange`, the one reader of changes in notes: a percentage counts only with a
    /// direction word or a sign, so a share ("53.6% of …") or a gap between sources is not growth; a
    /// multiple ("7.5 times") is not read as a rate here.
    public static func statedRate(inNote note: String?) -> Double? {
        guard case let .growth(rate) = StatedChange(note: note) else { return nil }
        return rate
    }

    /// When an observation's note quotes a growth rate, the prior-year base that rate implies and
    /// how it compares with the computed rate; nil when the note quotes none.
    public static func statedRate(_ observation: Observation, computed: Double?, prior: Observation?) -> StatedRate? {
        guard let stated = statedRate(inNote: observation.note) else { return nil }
        let implied = observation.value / (1 + stated)
        guard let computed, let prior else {
            return StatedRate(stated: stated, period: observation.period.description, impliedBase: implied)
        }
        return StatedRate(stated: stated, period: observation.period.description, impliedBase: implied,
                          prior: YearValue(year: prior.period.year, value: prior.value), computed: computed)
    }
}
