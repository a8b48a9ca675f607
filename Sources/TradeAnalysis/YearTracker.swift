import TradeData

/// The current-year tracker: from the sub-annual figures of a year and the same months of the year
/// before, the latest year-to-date figure and its growth, the rest of the year after each earlier
/// part-year figure (so a slowdown shows), what each open target's path needs this year, and a
/// full-year projection at the year-to-date pace.
///
/// Last year's months come from the series itself when it has them, otherwise from the growth a
/// source states next to this year's figure ("up 92.2%" gives last year's January–June as 1780 / 1.922).
///
/// ```swift
/// let track = try YearTracker(dataset: dataset, seriesID: "trade_total").track()
/// track.remainders.first { $0.after == "2025-H1" }?.growth   // about −0.094: the second half fell
/// ```
public struct YearTracker: Sendable {
    public let dataset: Dataset
    public let series: Series
    public let year: Int
    public let throughMonth: Int
    public let current: YearToDate
    public let prior: YearToDate

    /// - Parameters:
    ///   - year: the year to track; by default the latest year with a part-year figure.
    ///   - asOf: a month or year-to-date period (`2025-09`, `2025-H1`): later figures are ignored.
    public init(dataset: Dataset, seriesID: String = SeriesID.tradeTotal.rawValue, year: Int? = nil, asOf: Period? = nil) throws {
        guard let series = dataset.series(seriesID) else {
            throw TrackerError.unknownSeries(seriesID, available: dataset.series.map(\.id))
        }
        if let asOf, asOf.startMonth != 1, asOf.monthCount != 1 { throw TrackerError.asOfNotYearToDate(asOf.description) }
        let chosen: Int
        if let asOf { chosen = asOf.year } else if let year { chosen = year } else {
            let years = Set(series.preferredObservations.filter { !$0.period.isFullYear }.map(\.period.year))
            let tracked = years.sorted().last { !YearToDate(series: series, year: $0).points.filter { $0.key < 12 }.isEmpty }
            guard let tracked else { throw TrackerError.noPartYearFigures(series: seriesID, year: nil) }
            chosen = tracked
        }
        let through = asOf?.endMonth ?? 12
        let current = YearToDate(series: series, year: chosen, throughMonth: through)
        guard current.latest != nil else { throw TrackerError.noPartYearFigures(series: seriesID, year: chosen) }
        self.dataset = dataset
        self.series = series
        self.year = chosen
        self.throughMonth = through
        self.current = current
        self.prior = YearToDate(series: series, year: chosen - 1)
    }

    /// Last year's cumulative figure for the months of `point`, and where it comes from.
    public func priorFigure(for point: YearToDate.Point) -> (estimate: Estimate, basis: YearTrack.PriorBasis)? {
        if let observed = prior.points[point.endMonth] { return (observed.estimate, .observed) }
        guard point.isStated, let stated = StatedChange(note: point.observations[0].note), stated.ratio > 0 else { return nil }
        // The source's growth relates its own figure to last year's: the implied base is approximate.
        return (Estimate(point.estimate.value / stated.ratio, isApproximate: true), .statedGrowth)
    }

    public func track() -> YearTrack {
        // `init` guarantees a latest point.
        let latestPoint = current.latest ?? YearToDate.Point(endMonth: 12, estimate: Estimate(0), observations: [])
        let latestPrior = priorFigure(for: latestPoint)
        let latestPeriod = latestPoint.period(in: year)?.description ?? "\(year)"
        let statedGrowth = latestPoint.isStated ? StatedChange(note: latestPoint.observations[0].note).map(\.growth) : nil
        // Against a base implied by the stated growth, the growth is the stated one, as stated.
        let latestGrowth = latestPrior.map { prior -> Estimate in
            if prior.basis == .statedGrowth, let statedGrowth { return Estimate(statedGrowth) }
            return latestPoint.estimate.divided(by: prior.estimate).mapIncreasing { $0 - 1 }
        }
        let latest = YearTrack.Latest(
            period: latestPeriod, value: latestPoint.estimate.value, growth: latestGrowth?.value,
            qualifier: latestPoint.estimate.qualifierName, growthQualifier: latestGrowth?.qualifierName,
            priorValue: latestPrior?.estimate.value, priorBasis: latestPrior?.basis, statedGrowth: statedGrowth,
            status: Self.status(latestPoint.observations).rawValue,
            sources: Self.unique(latestPoint.observations.map(\.source))
        )
        return YearTrack(
            series: series.id, year: year, latest: latest,
            remainders: remainders(latest: latestPoint, latestPrior: latestPrior?.estimate),
            required: required(latest: latestPoint, latestPrior: latestPrior?.estimate),
            projection: projection(latest: latestPoint, growth: latestGrowth),
            cumulative: (1...12).compactMap { month in
                let point = current.points[month]
                let before = point.flatMap(priorFigure(for:)) ?? prior.points[month].map { ($0.estimate, .observed) }
                guard point != nil || before != nil else { return nil }
                return CumulativePoint(month: month, value: point?.estimate.value, qualifier: point?.estimate.qualifierName,
                                       priorValue: before?.0.value, priorBasis: before?.1)
            },
            priorYearValue: prior.fullYear?.estimate.value
        )
    }

    /// For each earlier point: the latest figure minus it, against the same months a year earlier.
    func remainders(latest: YearToDate.Point, latestPrior: Estimate?) -> [YearTrack.Remainder] {
        current.months.filter { $0 < latest.endMonth }.compactMap { month in
            guard let point = current.points[month], let after = point.period(in: year),
                  let rest = Period(year: year, startMonth: month + 1, endMonth: latest.endMonth) else { return nil }
            let value = latest.estimate.minus(point.estimate)
            let before = priorFigure(for: point)
            let priorRest = latestPrior.flatMap { whole in before.map { whole.minus($0.estimate) } }
            let growth = priorRest.flatMap { $0.value > 0 ? value.divided(by: $0).mapIncreasing { $0 - 1 } : nil }
            return YearTrack.Remainder(
                after: after.description, period: rest.description, value: value.value, growth: growth?.value,
                qualifier: value.qualifierName, growthQualifier: growth?.qualifierName, priorValue: priorRest?.value,
                priorBasis: priorRest == nil ? nil : before?.basis
            )
        }
    }

    /// The full-year value each open target's path needs this year, from last year's full-year figure.
    /// Targets without a year have no path and are left out; annual growth goals need their low end.
    func required(latest: YearToDate.Point, latestPrior: Estimate?) -> [YearTrack.Required] {
        guard let base = prior.fullYear?.estimate.value, base > 0 else { return [] }
        let complete = latest.endMonth == 12
        let priorRest = latestPrior.map { base - $0.value }
        func entry(_ id: String, level: Double?, deadline: Int?, rate: Double) -> YearTrack.Required {
            let yearValue = base * (1 + rate)
            let remaining = complete ? nil : priorRest.flatMap { $0 > 0 ? (yearValue - latest.estimate.value) / $0 - 1 : nil }
            return YearTrack.Required(target: id, targetValue: level, deadline: deadline, pathGrowth: rate, yearValue: yearValue,
                                      remainingGrowth: remaining, onPath: complete ? latest.estimate.value >= yearValue : nil)
        }
        return dataset.targets.filter { $0.series == series.id && $0.outcome == .open }.flatMap { target -> [YearTrack.Required] in
            switch target.goal {
            case let .level(level):
                guard let deadline = target.deadline else { return [] }
                return (max(deadline.lowerBound, year)...max(deadline.upperBound, year)).filter { deadline.contains($0) }.compactMap { end in
                    TargetMath.requiredGrowth(base: base, target: level, years: Double(end - (year - 1))).map {
                        entry(target.id, level: level, deadline: end, rate: $0)
                    }
                }
            case let .annualGrowth(low, _):
                return [entry(target.id, level: nil, deadline: nil, rate: low)]
            }
        }
    }

    func projection(latest: YearToDate.Point, growth: Estimate?) -> YearTrack.Projection {
        guard latest.endMonth < 12 else { return .init(value: nil, method: .none) }
        if let growth, let base = prior.fullYear?.estimate.value {
            return .init(value: base * (1 + growth.value), method: .yearToDateGrowth)
        }
        return .init(value: latest.estimate.value * 12 / Double(latest.endMonth), method: .annualised)
    }

    /// The least final status among the figures (a sum with a preliminary piece is preliminary).
    public static func status(_ observations: [Observation]) -> ObservationStatus {
        let order: [ObservationStatus] = [.estimate, .preliminary, .derived, .final]
        return order.first { status in observations.contains { $0.status == status } } ?? .final
    }

    static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}
