import TradeData

extension TargetAnalyzer {
    /// The scenarios used when no file is given: momentum (last year's growth), the 5-year compound
    /// rate, both ends of each annual growth goal (10 % and 15 %), and the rate the first dated level
    /// target needs by its earliest year (5 billion by 2027). Rates that cannot be computed are left out.
    public func defaultScenarios() -> [Scenario] {
        var scenarios: [Scenario] = []
        // Each over the window its rate was measured over: in a sparse series, the nearest years with figures.
        if let momentum = historicalRate(.momentum), momentum.usableRate != nil, let window = momentum.window {
            scenarios.append(Scenario(id: RateID.momentum.description, rate: RateID.momentum,
                                      name: .momentum(window: momentum.hasNominalWindow ? nil : window),
                                      model: .historical(from: window.from, to: window.to)))
        }
        if let long = historicalRate(.compound(years: 5)), long.usableRate != nil, let window = long.window {
            scenarios.append(Scenario(id: RateID.compound(years: 5).description, rate: RateID.compound(years: 5),
                                      name: .compound(years: 5, window: long.hasNominalWindow ? nil : window),
                                      model: .historical(from: window.from, to: window.to)))
        }
        for (target, low, high) in growthTargets where low == high {
            scenarios.append(Scenario(id: RateID.goalLow(target: target.id).description, rate: RateID.goalLow(target: target.id), label: target.label.en, model: .constant(rate: low)))
        }
        for (target, low, high) in growthTargets where low != high {
            scenarios.append(Scenario(id: RateID.goalLow(target: target.id).description, rate: RateID.goalLow(target: target.id), name: .goalEnd(label: target.label.en, high: false), model: .constant(rate: low)))
            scenarios.append(Scenario(id: RateID.goalHigh(target: target.id).description, rate: RateID.goalHigh(target: target.id), name: .goalEnd(label: target.label.en, high: true), model: .constant(rate: high)))
        }
        if let (target, value) = levelTargets.first(where: { $0.target.deadline != nil }),
           let year = evaluationYears(for: target).years.first,
           let rate = TargetMath.requiredGrowth(base: base.value, target: value, years: Double(year - baseYear)) {
            scenarios.append(Scenario(id: RateID.required(target: target.id, year: year).description, rate: RateID.required(target: target.id, year: year),
                                      name: .required(level: value, year: year),
                                      model: .constant(rate: rate)))
        }
        return scenarios
    }
}
