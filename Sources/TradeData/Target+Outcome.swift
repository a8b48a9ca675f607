import Foundation

extension Target {
    /// The outcome the figures give a dated level target whose dataset does not state one.
    ///
    /// Met when a full-year figure up to the deadline's last year reaches the level (a target met
    /// early stays met, even if a later year fell back below it); missed when the deadline's last
    /// year has a full-year figure and nothing up to it reached the level; open otherwise: the
    /// deadline is still ahead, or its year has no figure to judge by. A stated `outcome` always
    /// wins over this reading.
    public func outcome(byFigures series: Series?) -> Outcome {
        guard let series, let deadline, case .level(let level) = goal else { return .open }
        let yearly = series.yearly.filter { $0.period.year <= deadline.upperBound }
        if yearly.contains(where: { $0.value >= level }) { return .met }
        return yearly.contains { $0.period.year == deadline.upperBound } ? .missed : .open
    }
}
