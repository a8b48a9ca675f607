import TradeData

extension TargetAnalyzer {
    /// Required growth for every open level target at every year of its window, the year each is
    /// reached at the comparison rates, on-track status, annual growth goals and the track record.
    public func analyze() -> TargetAnalysis {
        let baseEstimate = Estimate(base.quantity)
        var requirements: [TargetAnalysis.Requirement] = []
        var notes: [String] = []
        for (target, value) in levelTargets {
            let (years, yearNote) = evaluationYears(for: target)
            if let yearNote { notes.append("\(target.label.en): \(yearNote).") }
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
                    linearIncrementPerYear: step, deadlineText: target.deadlineText, yearNote: yearNote,
                    path: (0...(year - baseYear)).map {
                        YearValue(year: baseYear + $0, value: TargetMath.project(base: base.value, rate: rate, years: Double($0)))
                    }
                ))
            }
        }
        return TargetAnalysis(
            series: series.id, seriesLabel: series.label?.en, base: analysisBase(), targets: requirements,
            rates: historicalRates, reachedAt: reaches(), status: statuses(requirements),
            growthGoals: growthGoals(), pastTargets: pastTargets(), assumptions: assumptions() + notes
        )
    }

    func analysisBase() -> TargetAnalysis.Base {
        let estimate = Estimate(base.quantity)
        let others = series.observations(at: base.period).filter { $0 != base }.map {
            TargetAnalysis.Alternative(value: $0.value, qualifier: $0.quantity.qualifier.rawValue,
                                       status: $0.status.rawValue, source: citation(for: $0))
        }
        return TargetAnalysis.Base(
            period: base.period.description, year: baseYear, value: base.value, low: estimate.low, high: estimate.high,
            qualifier: base.quantity.qualifier.rawValue, status: base.status.rawValue, source: base.source,
            citation: citation(for: base), alternatives: others
        )
    }

    func reaches() -> [TargetAnalysis.Reach] {
        comparisonRates.flatMap { named -> [TargetAnalysis.Reach] in
            guard let rate = named.usableRate else { return [] }
            return levelTargets.map { target, value in
                let years = TargetMath.yearsToReach(base: base.value, target: value, rate: rate)
                return TargetAnalysis.Reach(
                    rate: rate, rateId: named.id, rateName: named.name, targetId: target.id, target: value,
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
                    requiredAnnualGrowth: requirement.requiredAnnualGrowth, rateId: named.id, rateName: named.name,
                    rate: rate, onTrack: rate.map { $0 >= requirement.requiredAnnualGrowth }
                )
            }
        }
    }

    func growthGoals() -> [TargetAnalysis.GrowthGoal] {
        let last = historicalRates.first { $0.id == "momentum" }?.usableRate
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
                                             deadline: deadline ?? target.deadlineText, outcome: target.outcome.rawValue,
                                             outcomeNote: target.outcomeNote)
        }
    }

    func assumptions() -> [String] {
        var lines = [
            "Growth rates are compound annual rates computed from the dataset's preferred full-year figures.",
            "A target is reached in the first calendar year whose full-year figure is at or above it.",
        ]
        if base.quantity.isQualified {
            lines.append("The base figure is \(qualifierWords(base.quantity.qualifier)); required rates are given as a range accordingly.")
        }
        if base.status != .final { lines.append("The base figure is \(base.status.rawValue).") }
        let momentum = historicalRates.first { $0.id == "momentum" }
        let prior = base.period.previousYear.flatMap { series.preferred(at: $0) }
        if let note = Metrics.statedRateNote(base, computed: momentum?.usableRate, prior: prior) {
            lines.append(note.prefix(1).uppercased() + note.dropFirst() + ".")
        }
        for rate in historicalRates {
            if let note = rate.note { lines.append("\(rate.name.prefix(1).uppercased() + rate.name.dropFirst()) (\(rate.window ?? "")): \(note).") }
        }
        return lines
    }

    func qualifierWords(_ qualifier: Quantity.Qualifier) -> String {
        switch qualifier {
        case .exact: "exact"
        case .approximate: "approximate"
        case .atLeast: "a lower bound"
        case .atMost: "an upper bound"
        case .range: "a range"
        }
    }
}
