import Foundation

/// The arithmetic of growth targets. Rates are fractions (0.291 for 29.1 %), values in base units.
///
/// From a 3.0 billion base, 5 billion in 2 years needs `requiredGrowth(base: 3e9, target: 5e9, years: 2)`
/// = 0.2910; at 32.7 % a year it takes `yearsToReach(base: 3e9, target: 5e9, rate: 0.327)` = 1.81 years.
public enum TargetMath {
    /// The compound annual growth that takes `base` to `target` in `years` years: `(T/B)^(1/n) − 1`.
    /// Nil when the inputs are not positive.
    public static func requiredGrowth(base: Double, target: Double, years: Double) -> Double? {
        guard base > 0, target > 0, years > 0 else { return nil }
        return pow(target / base, 1 / years) - 1
    }

    /// The yearly increment of the straight-line path from `base` to `target`: `(T − B) / n`.
    public static func linearIncrement(base: Double, target: Double, years: Double) -> Double? {
        guard years > 0 else { return nil }
        return (target - base) / years
    }

    /// The years needed to grow from `base` to `target` at `rate` a year: `ln(T/B) / ln(1+g)`.
    /// Zero when the target is already reached; nil when it is never reached (rate ≤ 0, or a rate
    /// so small that the time is not a finite number) or inputs are not positive.
    public static func yearsToReach(base: Double, target: Double, rate: Double) -> Double? {
        guard base > 0, target > 0, rate > -1 else { return nil }
        if target <= base { return 0 }
        guard rate > 0 else { return nil }
        let years = log(target / base) / log1p(rate)
        return years.isFinite ? years : nil
    }

    /// The first calendar year whose year-end value reaches the target: `baseYear + ⌈years⌉`.
    /// A tiny tolerance keeps 2.0000000001 years from becoming 3. Times beyond a million years (from
    /// a near-zero rate) are clamped to a million, so the result is always a valid integer.
    public static func yearReached(baseYear: Int, years: Double) -> Int {
        let whole = (years - 1e-9).rounded(.up)
        return baseYear + (whole.isNaN ? 0 : Int(min(max(whole, 0), 1_000_000)))
    }

    /// The value after `years` years of compound growth at `rate`: `B · (1+g)^n`.
    public static func project(base: Double, rate: Double, years: Double) -> Double {
        base * pow(1 + rate, years)
    }
}
