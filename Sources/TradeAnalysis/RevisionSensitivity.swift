import TradeData

/// How the growth a target needs moves if a preliminary (or estimated) base is revised by ±`revision`:
/// for 5 billion by 2027 from a preliminary 2.98 billion, ±2 % gives about 28.3–30.9 % a year.
public struct RevisionSensitivity: Hashable, Sendable, Codable {
    public var targetId: String
    public var target: Double
    public var year: Int
    /// The revision as a fraction (0.02).
    public var revision: Double
    public var baseValue: Double
    public var baseStatus: String
    /// The required growth from the base as it stands, revised down (needs more) and revised up (needs less).
    public var required: Double
    public var requiredIfRevisedDown: Double
    public var requiredIfRevisedUp: Double
}

extension TargetAnalyzer {
    /// For every open level target with a stated year, at each year of its window: the required growth
    /// if the base were revised by ±`revision`. Empty when the base is final or derived.
    public func revisionSensitivity(revision: Double = 0.02) -> [RevisionSensitivity] {
        guard base.status == .preliminary || base.status == .estimate, revision > 0, revision < 1 else { return [] }
        return levelTargets.flatMap { target, value -> [RevisionSensitivity] in
            guard let deadline = target.deadline else { return [] }
            return deadline.filter { $0 > baseYear }.compactMap { year in
                let n = Double(year - baseYear)
                guard let central = TargetMath.requiredGrowth(base: base.value, target: value, years: n),
                      let down = TargetMath.requiredGrowth(base: base.value * (1 - revision), target: value, years: n),
                      let up = TargetMath.requiredGrowth(base: base.value * (1 + revision), target: value, years: n) else { return nil }
                return RevisionSensitivity(targetId: target.id, target: value, year: year, revision: revision, baseValue: base.value,
                                           baseStatus: base.status.rawValue, required: central, requiredIfRevisedDown: down,
                                           requiredIfRevisedUp: up)
            }
        }
    }
}
