import TradeData

extension TargetAnalyzer {
    /// The scenarios used when no file is given: momentum (last year's growth), the 5-year compound
    /// rate, both ends of each annual growth goal (10 % and 15 %), and the rate the first dated level
    /// target needs by its earliest year (5 billion by 2027). Rates that cannot be computed are left out.
    public func defaultScenarios() -> [Scenario] {
        var scenarios: [Scenario] = []
        if let momentum = historicalRates.first(where: { $0.id == "momentum" }), momentum.usableRate != nil {
            scenarios.append(Scenario(id: "momentum", label: "Momentum (last year's growth)",
                                      model: .historical(from: baseYear - 1, to: baseYear)))
        }
        if let cagr = historicalRates.first(where: { $0.id == "cagr5" }), cagr.usableRate != nil {
            scenarios.append(Scenario(id: "cagr5", label: "5-year compound rate",
                                      model: .historical(from: baseYear - 5, to: baseYear)))
        }
        for (target, low, high) in growthTargets {
            scenarios.append(Scenario(id: "\(target.id)-low", label: "\(target.label.en), low end", model: .constant(rate: low)))
            scenarios.append(Scenario(id: "\(target.id)-high", label: "\(target.label.en), high end", model: .constant(rate: high)))
        }
        if let (target, value) = levelTargets.first(where: { $0.target.deadline != nil }),
           let year = evaluationYears(for: target).years.first,
           let rate = TargetMath.requiredGrowth(base: base.value, target: value, years: Double(year - baseYear)) {
            scenarios.append(Scenario(id: "required-\(target.id)-\(year)",
                                      label: "Required for \(Metrics.billions(value, digits: 0).replacingOccurrences(of: " USD", with: "")) by \(year)",
                                      model: .constant(rate: rate)))
        }
        return scenarios
    }
}
