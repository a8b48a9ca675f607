import Foundation
import Testing
@testable import TradeAnalysis

@Suite("Target maths")
struct TargetMathTests {
    @Test("from a 3.0 billion base: 5 bn in 2/3 years, 10 bn in 2/3 years")
    func requiredFromThree() {
        #expect(rounded(TargetMath.requiredGrowth(base: 3e9, target: 5e9, years: 2)) == 0.2910)
        #expect(rounded(TargetMath.requiredGrowth(base: 3e9, target: 5e9, years: 3)) == 0.1856)
        #expect(rounded(TargetMath.requiredGrowth(base: 3e9, target: 10e9, years: 2)) == 0.8257)
        #expect(rounded(TargetMath.requiredGrowth(base: 3e9, target: 10e9, years: 3)) == 0.4938)
    }

    @Test("from the dataset's 2.98 billion base")
    func requiredFromDatasetBase() {
        #expect(rounded(TargetMath.requiredGrowth(base: 2.98e9, target: 5e9, years: 2)) == 0.2953)
        #expect(rounded(TargetMath.requiredGrowth(base: 2.98e9, target: 5e9, years: 3)) == 0.1883)
        #expect(rounded(TargetMath.requiredGrowth(base: 2.98e9, target: 10e9, years: 2)) == 0.8319)
        #expect(rounded(TargetMath.requiredGrowth(base: 2.98e9, target: 10e9, years: 3)) == 0.4971)
    }

    @Test("years to reach at 32.7% a year")
    func yearsToReach() {
        #expect(rounded(TargetMath.yearsToReach(base: 3e9, target: 5e9, rate: 0.327), 2) == 1.81)
        #expect(rounded(TargetMath.yearsToReach(base: 3e9, target: 10e9, rate: 0.327), 2) == 4.26)
        #expect(rounded(TargetMath.yearsToReach(base: 2.98e9, target: 5e9, rate: 0.327), 2) == 1.83)
        #expect(rounded(TargetMath.yearsToReach(base: 2.98e9, target: 10e9, rate: 0.327), 2) == 4.28)
        #expect(TargetMath.yearReached(baseYear: 2025, years: 1.83) == 2027)
        #expect(TargetMath.yearReached(baseYear: 2025, years: 2.0000000000001) == 2027)
        #expect(TargetMath.yearsToReach(base: 3e9, target: 5e9, rate: 0) == nil)
        #expect(TargetMath.yearsToReach(base: 6e9, target: 5e9, rate: 0.1) == 0)
    }

    @Test("linear path increments")
    func linear() {
        #expect(TargetMath.linearIncrement(base: 3e9, target: 5e9, years: 2) == 1e9)
        #expect(rounded(TargetMath.linearIncrement(base: 2.98e9, target: 10e9, years: 3).map { $0 / 1e9 }) == 2.34)
    }
}
