import TradeAnalysis
import TradeData

/// The observations a derived figure is computed from, as the source keys a computed
/// `BriefingFigure` carries in `inputs`: a chart's source line and its figures.csv rows are built
/// from them (`BriefingCharts.citedKeys`), so a chart cites every source it draws from and no other.
extension BriefingContext {
    /// The source keys of the main series' preferred full-year figures in `years`, in year order.
    func yearInputs(_ years: [Int]) -> [String] {
        guard let series = dataset.series(self.series) else { return [] }
        let wanted = Set(years)
        return Self.unique(series.yearly.filter { wanted.contains($0.period.year) }.map(\.source))
    }

    /// The base figure's source key.
    var baseInputs: [String] { analysis.map { [$0.base.source] } ?? [] }

    /// A target's source key (none for a target from the command line).
    func targetInputs(_ targetId: String) -> [String] {
        dataset.targets.first { $0.id == targetId }.map { $0.source.isEmpty ? [] : [$0.source] } ?? []
    }

    /// What a rate is computed from: a historical rate from the figures at both ends of its window,
    /// a growth goal from its target, a required rate from the base and its target; a user's
    /// scenario rate from nothing in the dataset.
    func rateInputs(_ id: RateID) -> [String] {
        switch id {
        case .momentum, .compound:
            guard let window = analysis?.rates.first(where: { $0.id == id })?.window else { return [] }
            return yearInputs([window.from, window.to])
        case .goalLow(let target), .goalHigh(let target): return targetInputs(target)
        case .required(let target, _): return requiredInputs(target)
        case .scenario: return []
        }
    }

    /// A required rate's inputs: the base and the target.
    func requiredInputs(_ targetId: String) -> [String] { Self.unique(baseInputs + targetInputs(targetId)) }

    /// A projection's inputs: the base, and what its rule reads from the dataset (the figures of a
    /// historical window or trend, last year's growth for a decay that starts from it, the rate's own).
    func projectionInputs(_ entry: ScenarioComparison.Entry) -> [String] {
        var keys = baseInputs
        switch entry.rule {
        case .constant: keys += rateInputs(entry.projection.rate)
        case let .historical(_, window, _): keys += yearInputs([window.lowerBound, window.upperBound])
        case let .trend(_, window, _): keys += yearInputs(Array(window))
        case let .decaying(_, startIsLastYear, _, _, _): if startIsLastYear { keys += rateInputs(.momentum) }
        case .rates, .values: break
        }
        return Self.unique(keys)
    }

    /// What the simulated paths are computed from: the base they start at and the figures of their sample.
    var fanInputs: [String] { Self.unique(baseInputs + sampleInputs) }

    /// The figures behind the simulated paths: both ends of every yearly change the chart's sample uses.
    var sampleInputs: [String] {
        guard let sample = chartSample else { return [] }
        return yearInputs(sample.used.flatMap { [$0.year - 1, $0.year] })
    }
}
