import TradeData

/// A change a source states beside a figure ("up 38.2%", "7.5 times January–November 2024") set
/// against the change the dataset's own figures give for the same months a year earlier, with the
/// reason they differ. Both are kept: the stated one is the source's, the recomputed one is like for like.
public struct StatedVersusRecomputed: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable {
        /// Equal within the stated figure's rounding.
        case agrees
        /// The dataset's figure for the same months a year earlier is not the base the stated change implies.
        case priorFigureDiffers
        /// The dataset has no figure for the same months a year earlier.
        case noComparableFigure
    }

    /// The same comparison over full years, when a part-year figure's year and the year before are complete.
    public struct FullYear: Hashable, Sendable, Codable {
        public var period: String
        public var value: Double
        public var priorValue: Double
        public var ratio: Double
    }

    public var series: String
    public var period: String
    public var value: Double
    public var source: String
    public var preferred: Bool
    public var stated: StatedChange
    /// The prior-period figure the stated change implies: value / stated ratio.
    public var impliedPrior: Double
    /// The period compared with (the same months a year earlier).
    public var comparedWith: String
    public var priorValue: Double?
    public var priorQualifier: String?
    public var priorSource: String?
    /// The dataset's own ratio value / prior (1.406 for +40.6 %), with limits from qualified figures.
    public var recomputedRatio: Estimate?
    public var fullYear: FullYear?
    public var reason: Reason
}

extension Metrics {
    /// Every observation whose note states a change, compared like for like with the dataset's figure
    /// for the same months a year earlier (the preferred one).
    public static func statedVersusRecomputed(_ series: Series) -> [StatedVersusRecomputed] {
        series.observations.compactMap { observation in
            guard let stated = StatedChange(note: observation.note), stated.ratio > 0,
                  let priorPeriod = observation.period.previousYear else { return nil }
            let prior = series.preferred(at: priorPeriod)
            let ratio = prior.flatMap { $0.value > 0 ? Estimate(observation.quantity).divided(by: Estimate($0.quantity)) : nil }
            var fullYear: StatedVersusRecomputed.FullYear?
            if !observation.period.isFullYear, let year = Period.year(observation.period.year), let before = Period.year(observation.period.year - 1),
               let whole = series.preferred(at: year), let wholeBefore = series.preferred(at: before), wholeBefore.value > 0 {
                fullYear = .init(period: year.description, value: whole.value, priorValue: wholeBefore.value, ratio: whole.value / wholeBefore.value)
            }
            let reason: StatedVersusRecomputed.Reason
            if let ratio {
                // Growth is stated to 0.1 point, multiples to 0.1.
                let tolerance = { if case .multiple = stated { return 0.05 } else { return 0.0005 } }()
                reason = abs(ratio.value - stated.ratio) <= tolerance + 1e-12 ? .agrees : .priorFigureDiffers
            } else {
                reason = .noComparableFigure
            }
            return StatedVersusRecomputed(
                series: series.id, period: observation.period.description, value: observation.value, source: observation.source,
                preferred: series.preferred(at: observation.period) == observation, stated: stated,
                impliedPrior: observation.value / stated.ratio, comparedWith: priorPeriod.description, priorValue: prior?.value,
                priorQualifier: prior?.quantity.qualifier.rawValue, priorSource: prior?.source, recomputedRatio: ratio,
                fullYear: fullYear, reason: reason
            )
        }
    }
}
