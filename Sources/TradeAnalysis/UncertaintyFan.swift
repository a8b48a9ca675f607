import Foundation

/// A Monte Carlo fan: year-end values simulated with log-normal yearly growth, summarised as
/// percentiles per year and the probability of having reached each target by each year.
public struct UncertaintyFan: Hashable, Sendable, Encodable {
    /// Values of one percentile, one per year of `years`.
    public struct Percentile: Hashable, Sendable, Codable {
        public var p: Int
        public var values: [Double]
    }

    /// Probability that a path has reached the target in or before each year of `years`.
    public struct TargetProbability: Hashable, Sendable, Codable {
        public var targetId: String
        public var target: Double
        public var byYear: [Double]
    }

    public var baseYear: Int
    public var baseValue: Double
    /// The simulated years (after the base).
    public var years: [Int]
    public var percentiles: [Percentile]
    public var probabilities: [TargetProbability]
    /// Mean and standard deviation of yearly log growth `ln(V_t / V_{t−1})`.
    public var logMean: Double
    public var logSD: Double
    public var paths: Int
    public var seed: UInt64
    /// What the yearly growth was drawn from; nil for a fan simulated from given parameters.
    public var sample: Sample?

    /// The history behind the fan's growth, as facts (the trade-chart layer words them as its assumptions).
    public struct Sample: Hashable, Sendable {
        /// The years of the yearly changes used (a change across a gap by its later year).
        public var years: [Int]
        /// The changes across a gap (`2020→2022`), each counted once a year over the gap.
        public var gaps: [RateWindow]
        /// Years of changes left out because they join a figure the dataset computed from another source.
        public var sourceJoins: [Int]
        /// Years of changes used that involve approximate figures or range midpoints.
        public var approximate: [Int]

        public init(years: [Int], gaps: [RateWindow], sourceJoins: [Int], approximate: [Int]) {
            self.years = years
            self.gaps = gaps
            self.sourceJoins = sourceJoins
            self.approximate = approximate
        }
    }

    /// The median yearly growth of the model, `e^logMean − 1`.
    public var medianGrowth: Double { exp(logMean) - 1 }

    enum CodingKeys: String, CodingKey {
        case baseYear, baseValue, years, percentiles, probabilities, logMean, logSD, paths, seed, assumptions
    }

    /// `assumptions` in the encoder's `AnalysisWording` (empty without one, or without a sample).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(baseYear, forKey: .baseYear)
        try c.encode(baseValue, forKey: .baseValue)
        try c.encode(years, forKey: .years)
        try c.encode(percentiles, forKey: .percentiles)
        try c.encode(probabilities, forKey: .probabilities)
        try c.encode(logMean, forKey: .logMean)
        try c.encode(logSD, forKey: .logSD)
        try c.encode(paths, forKey: .paths)
        try c.encode(seed, forKey: .seed)
        try c.encode(sample == nil ? [] : encoder.analysisWording?.assumptions(self) ?? [], forKey: .assumptions)
    }

    /// Simulates `paths` paths of `ln V_{t+1} = ln V_t + N(logMean, logSD²)` from the base and
    /// summarises them. With `logSD == 0` every percentile is the constant-growth path at `e^logMean − 1`.
    ///
    /// - Complexity: O(paths × years) draws plus one sort of `paths` values per year.
    public static func simulate(
        baseYear: Int, baseValue: Double, horizon: Int, logMean: Double, logSD: Double,
        targets: [YearValue.Labelled], paths: Int = 10_000, seed: UInt64 = 2025,
        percentiles: [Int] = [10, 25, 50, 75, 90]
    ) -> UncertaintyFan {
        let count = max(horizon - baseYear, 0)
        let pathCount = max(paths, 1)
        var generator = SeededGenerator(seed: seed)
        // Column-major: values[year][path].
        var values = [[Double]](repeating: [Double](repeating: 0, count: pathCount), count: count)
        var reached = [[Int]](repeating: [Int](repeating: 0, count: count), count: targets.count)
        var spare: Double?
        for path in 0..<pathCount {
            var logValue = log(baseValue)
            var firstYear = [Int?](repeating: nil, count: targets.count)
            for year in 0..<count {
                let z: Double
                if let cached = spare { z = cached; spare = nil } else {
                    let pair = generator.nextNormalPair()
                    z = pair.0
                    spare = pair.1
                }
                logValue += logMean + logSD * z
                let value = exp(logValue)
                values[year][path] = value
                for (index, target) in targets.enumerated() where firstYear[index] == nil && value >= target.value {
                    firstYear[index] = year
                }
            }
            for (index, year) in firstYear.enumerated() {
                if let year { reached[index][year] += 1 }
            }
        }
        let sorted = values.map { $0.sorted() }
        return UncertaintyFan(
            baseYear: baseYear, baseValue: baseValue, years: (0..<count).map { baseYear + 1 + $0 },
            percentiles: percentiles.map { p in Percentile(p: p, values: sorted.map { quantile($0, Double(p) / 100) }) },
            probabilities: targets.enumerated().map { index, target in
                var cumulative = 0
                return TargetProbability(targetId: target.id, target: target.value, byYear: reached[index].map {
                    cumulative += $0
                    return Double(cumulative) / Double(pathCount)
                })
            },
            logMean: logMean, logSD: logSD, paths: pathCount, seed: seed, sample: nil
        )
    }

    /// Linear interpolation between order statistics (the "type 7" quantile).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard let first = sorted.first else { return .nan }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted.count == 1 ? first : sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
