import TradeData

extension TargetAnalyzer {
    /// Required growth for every open level target at every year of its window, the year each is
    /// reached at the comparison rates, on-track status, annual growth goals and the track record.
    public func analyze() -> TargetAnalysis {
        let baseEstimate = Estimate(base.quantity)
        var requirements: [TargetAnalysis.Requirement] = []
        var notes: [AnalysisAssumption] = []
        var facts: [TargetAnalysis.LevelTarget] = []
        for (target, value) in levelTargets {
            let (years, yearStated) = evaluationYears(for: target)
            let stated = target.deadline != nil
            if !stated {
                notes.append(.noYearStated(target: target.id, label: target.label.en, deadlineText: target.deadlineWords?.en,
                                           assumedHorizon: years.first))
            }
            facts.append(TargetAnalysis.LevelTarget(
                targetId: target.id, label: target.label.en, value: value, year: target.deadline?.upperBound,
                yearStated: stated, assumedHorizon: stated ? nil : years.first, deadlineText: target.deadlineWords?.en,
                horizons: stated ? [] : horizonYears.compactMap { year in
                    TargetMath.requiredGrowth(base: base.value, target: value, years: Double(year - baseYear)).map {
                        TargetAnalysis.Horizon(year: year, years: year - baseYear, requiredAnnualGrowth: $0)
                    }
                }))
            for year in years {
                let n = Double(year - baseYear)
                guard let rate = TargetMath.requiredGrowth(base: base.value, target: value, years: n),
                      let step = TargetMath.linearIncrement(base: base.value, target: value, years: n) else { continue }
                let limits = baseEstimate.mapDecreasing { TargetMath.requiredGrowth(base: $0, target: value, years: n) ?? .nan }
                requirements.append(TargetAnalysis.Requirement(
                    targetId: target.id, label: target.label.en, value: value, year: year, years: year - baseYear,
                    requiredAnnualGrowth: rate,
                    requiredAnnualGrowthLow: baseEstimate.isPoint ? nil : limits.low,
                    requiredAnnualGrowthHigh: baseEstimate.isPoint ? nil : limits.high,
                    linearIncrementPerYear: step, deadlineText: target.deadlineWords?.en, yearStated: yearStated,
                    path: (0...(year - baseYear)).map {
                        YearValue(year: baseYear + $0, value: TargetMath.project(base: base.value, rate: rate, years: Double($0)))
                    }
                ))
            }
        }
        var analysis = TargetAnalysis(
            series: series.id, seriesLabel: series.label?.en, base: analysisBase(), levelTargets: facts, targets: requirements,
            rates: historicalRates, reachedAt: reaches(), status: statuses(requirements),
            growthGoals: growthGoals(), pastTargets: pastTargets(), assumptions: assumptions() + notes
        )
        analysis.revisionSensitivity = revisionSensitivity()
        analysis.policyConsistency = policyConsistency()
        return analysis
    }

    func analysisBase() -> TargetAnalysis.Base {
        let estimate = Estimate(base.quantity)
        let others = series.observations(at: base.period).filter { $0 != base }.map {
            TargetAnalysis.Alternative(value: $0.value, qualifier: $0.quantity.qualifier,
                                       status: $0.status, source: citation(for: $0))
        }
        return TargetAnalysis.Base(
            period: base.period.description, year: baseYear, value: base.value, low: estimate.low, high: estimate.high,
            qualifier: base.quantity.qualifier, status: base.status, source: base.source,
            citation: citation(for: base), alternatives: others
        )
    }

    func reaches() -> [TargetAnalysis.Reach] {
        comparisonRates.flatMap { named -> [TargetAnalysis.Reach] in
            guard let rate = named.usableRate else { return [] }
            return levelTargets.map { target, value in
                let years = TargetMath.yearsToReach(base: base.value, target: value, rate: rate)
                return TargetAnalysis.Reach(
                    rate: rate, rateId: named.id, targetId: target.id, target: value,
                    years: years, year: years.map { TargetMath.yearReached(baseYear: baseYear, years: $0) }
                )
            }
        }
    }

    func statuses(_ requirements: [TargetAnalysis.Requirement]) -> [TargetAnalysis.Status] {
        requirements.flatMap { requirement in
            historicalRates.map { named in
                let rate = named.usableRate
                return TargetAnalysis.Status(
                    targetId: requirement.targetId, target: requirement.value, year: requirement.year,
                    requiredAnnualGrowth: requirement.requiredAnnualGrowth, rateId: named.id,
                    rate: rate, onTrack: rate.map { $0 >= requirement.requiredAnnualGrowth }
                )
            }
        }
    }

    func growthGoals() -> [TargetAnalysis.GrowthGoal] {
        let last = historicalRate(.momentum)?.usableRate
        return growthTargets.map { target, low, high in
            TargetAnalysis.GrowthGoal(targetId: target.id, label: target.label.en, low: low, high: high,
                                      lastYearGrowth: last, met: last.map { $0 >= low })
        }
    }

    func pastTargets() -> [TargetAnalysis.PastTarget] {
        dataset.targets.filter { $0.series == series.id && $0.outcome != .open }.map { target in
            var value: Double?
            if case let .level(level) = target.goal { value = level }
            let deadline = target.deadline.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
            return TargetAnalysis.PastTarget(targetId: target.id, label: target.label.en, value: value,
                                             deadline: deadline ?? target.deadlineWords?.en, outcome: target.outcome,
                                             outcomeNote: target.outcomeNote)
        }
    }

    func assumptions() -> [AnalysisAssumption] {
        var facts: [AnalysisAssumption] = [.compoundFromPreferredFigures, .reachedInFirstYearAtOrAbove]
        if base.quantity.isQualified { facts.append(.baseQualified(qualifier: base.quantity.qualifier)) }
        if base.status != .final { facts.append(.baseStatus(status: base.status)) }
        let prior = base.period.previousYear.flatMap { series.preferred(at: $0) }
        if let stated = Metrics.statedRate(base, computed: historicalRate(.momentum)?.usableRate, prior: prior) {
            facts.append(.statedRate(rate: stated))
        }
        for rate in historicalRates where !rate.caveats.isEmpty {
            facts.append(.rateCaveats(rate: rate.id, window: rate.window, caveats: rate.caveats))
        }
        return facts
    }
}
