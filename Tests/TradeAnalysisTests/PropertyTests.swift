import Foundation
import PropertyBased
import Testing
@testable import TradeAnalysis

@Suite("Properties of the target maths")
struct PropertyTests {
    @Test("required growth rises with the target and falls with the horizon")
    func monotone() async {
        await propertyCheck(input: Gen.double(in: 1e8...1e10), Gen.double(in: 1.01...20), Gen.double(in: 0.01...2), Gen.int(in: 1...15)) { base, factor, extra, years in
            let target = base * factor
            let r = TargetMath.requiredGrowth(base: base, target: target, years: Double(years)) ?? .nan
            let higher = TargetMath.requiredGrowth(base: base, target: target * (1 + extra), years: Double(years)) ?? .nan
            let longer = TargetMath.requiredGrowth(base: base, target: target, years: Double(years + 1)) ?? .nan
            #expect(higher > r)
            #expect(longer < r)
        }
    }

    @Test("projecting at the required rate lands on the target; reach time inverts it")
    func landsOnTarget() async {
        await propertyCheck(input: Gen.double(in: 1e8...1e10), Gen.double(in: 0.2...20), Gen.int(in: 1...15)) { base, factor, years in
            let target = base * factor
            let rate = TargetMath.requiredGrowth(base: base, target: target, years: Double(years)) ?? .nan
            let landed = TargetMath.project(base: base, rate: rate, years: Double(years))
            #expect(abs(landed / target - 1) < 1e-9)
            if factor > 1 {
                let back = TargetMath.yearsToReach(base: base, target: target, rate: rate) ?? .nan
                #expect(abs(back - Double(years)) < 1e-9)
            }
        }
    }

    @Test("the fan with zero volatility is the constant-growth path")
    func zeroVolatility() async {
        await propertyCheck(input: Gen.double(in: -0.2...0.5), Gen.int(in: 1...8)) { logMean, horizon in
            let fan = UncertaintyFan.simulate(
                baseYear: 2025, baseValue: 2.98e9, horizon: 2025 + horizon, logMean: logMean, logSD: 0,
                targets: [.init(id: "t", value: 5e9)], paths: 200, seed: 1
            )
            let rate = exp(logMean) - 1
            for percentile in fan.percentiles {
                for (index, value) in percentile.values.enumerated() {
                    let expected = TargetMath.project(base: 2.98e9, rate: rate, years: Double(index + 1))
                    #expect(abs(value / expected - 1) < 1e-12)
                }
            }
            let year = TargetMath.yearsToReach(base: 2.98e9, target: 5e9, rate: rate)
                .map { TargetMath.yearReached(baseYear: 2025, years: $0) }
            for (index, probability) in fan.probabilities[0].byYear.enumerated() {
                let reached = year.map { 2026 + index >= $0 } ?? false
                #expect(probability == (reached ? 1 : 0))
            }
        }
    }
}
