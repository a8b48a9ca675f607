import TradeData

/// Each scenario's value for the year after the base set against that year's figures so far: the
/// year-to-date figure, its growth on the same months a year earlier, and `YearTracker`'s full-year
/// projection at that pace; the scenario nearest the projection is the one the year is tracking so far.
/// Produced by `TargetAnalyzer.pace(of:)`; nil when the series has no part-year figure for that year.
public struct ScenarioPace: Hashable, Sendable, Codable {
    /// One scenario's value for the year against the projection.
    public struct Entry: Hashable, Sendable, Codable {
        /// The scenario's key in the comparison.
        public var key: String
        /// The scenario's projected value for the year; nil when its path does not reach it.
        public var value: Double?
        /// `value − projection` (negative: below the year's pace).
        public var difference: Double?
    }

    /// The year tracked: the base year + 1.
    public var year: Int
    /// The year-to-date figure runs from January to this month.
    public var throughMonth: Int
    public var yearToDate: Double
    /// `exact`, `approximate`, … (see `YearTrack.Latest.qualifier`).
    public var qualifier: String
    /// Growth on the same months a year earlier; nil when last year's months are unknown.
    public var growth: Double?
    /// The full year at the year-to-date pace (a projection, not a figure).
    public var projection: Double
    public var method: YearTrack.Projection.Method
    /// The least final status of the year-to-date figures (`preliminary`, `final`, …).
    public var status: String
    /// Source keys of the year-to-date figures.
    public var sources: [String]
    public var entries: [Entry]
    /// The scenario whose value for the year is nearest the projection.
    public var tracking: String?
    /// The scenarios just below and just above the projection (nil past either end).
    public var below: String?
    public var above: String?
}

extension TargetAnalyzer {
    /// The year after the base against `entries`' values for it, when the series has part-year
    /// figures for that year (and the year is not yet complete).
    public func pace(of entries: [ScenarioComparison.Entry]) -> ScenarioPace? {
        let year = baseYear + 1
        guard let tracker = try? YearTracker(dataset: dataset, seriesID: series.id, year: year),
              tracker.current.latest.map({ $0.endMonth < 12 }) == true else { return nil }
        let track = tracker.track()
        guard let projection = track.projection.value, let month = tracker.current.latest?.endMonth else { return nil }
        let rows = entries.map { entry -> ScenarioPace.Entry in
            let value = entry.projection.points.first { $0.year == year }?.value
            return .init(key: entry.key, value: value, difference: value.map { $0 - projection })
        }
        let valued = rows.filter { $0.value != nil }
        let nearest = valued.min { abs($0.difference ?? .infinity) < abs($1.difference ?? .infinity) }
        let below = valued.filter { ($0.difference ?? 0) < 0 }.max { ($0.value ?? 0) < ($1.value ?? 0) }
        let above = valued.filter { ($0.difference ?? 0) >= 0 }.min { ($0.value ?? 0) < ($1.value ?? 0) }
        return ScenarioPace(year: year, throughMonth: month, yearToDate: track.latest.value, qualifier: track.latest.qualifier,
                            growth: track.latest.growth, projection: projection, method: track.projection.method,
                            status: track.latest.status, sources: track.latest.sources, entries: rows,
                            tracking: nearest?.key, below: below?.key, above: above?.key)
    }
}
