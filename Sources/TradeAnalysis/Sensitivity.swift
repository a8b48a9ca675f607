/// Values reached for a grid of constant growth rates × years, marking the targets met.
public struct SensitivityGrid: Hashable, Sendable, Codable {
    public struct Cell: Hashable, Sendable, Codable {
        public var year: Int
        public var value: Double
        /// Ids of the level targets at or below this value.
        public var targetsMet: [String]
    }

    public struct Row: Hashable, Sendable, Codable {
        public var rate: Double
        public var cells: [Cell]
    }

    public var baseYear: Int
    public var baseValue: Double
    public var rates: [Double]
    public var years: [Int]
    public var rows: [Row]
    /// Target ids and levels, in level order.
    public var targets: [YearValue.Labelled]
}

extension YearValue {
    /// A labelled level, for listing targets beside a grid or fan.
    public struct Labelled: Hashable, Sendable, Codable {
        public var id: String
        public var value: Double
    }
}

extension TargetAnalyzer {
    /// The value reached at each rate (default 0–40 % in 5-point steps) in each year (default the
    /// five years after the base).
    public func sensitivity(rates: [Double]? = nil, years: [Int]? = nil) -> SensitivityGrid {
        let rates = rates ?? stride(from: 0, through: 8, by: 1).map { Double($0) * 0.05 }
        let years = years ?? Array((baseYear + 1)...(baseYear + 5))
        let targets = levelTargets.map { YearValue.Labelled(id: $0.target.id, value: $0.value) }
        let rows = rates.map { rate in
            SensitivityGrid.Row(rate: rate, cells: years.map { year in
                let value = TargetMath.project(base: base.value, rate: rate, years: Double(year - baseYear))
                return .init(year: year, value: value,
                             targetsMet: targets.filter { value >= $0.value * (1 - 1e-12) }.map(\.id))
            })
        }
        return SensitivityGrid(baseYear: baseYear, baseValue: base.value, rates: rates, years: years,
                               rows: rows, targets: targets)
    }
}
