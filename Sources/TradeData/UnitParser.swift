import Foundation

/// A unit as written in a file, resolved to a base unit and the factor that converts to it.
public struct UnitScale: Hashable, Sendable {
    public let unit: MeasureUnit
    /// Multiply a stated figure by this to get base units (`million USD` → 1e6).
    public let factor: Double

    public init(unit: MeasureUnit, factor: Double) {
        self.unit = unit
        self.factor = factor
    }
}

/// Reads unit names: `USD`, `thousand USD`, `million USD`, `billion USD`, `nghìn USD`,
/// `triệu USD`, `tỷ USD` (or `tỉ USD`), `US$ million`, `USD mn`, `USD bn`, `mn USD`, and counts
/// (`projects`, `scholarships`, `count`, `dự án`, `suất`). Case and spacing do not matter.
public enum UnitParser {
    /// The names an error message suggests.
    public static let suggestion =
        "USD, thousand USD, million USD, billion USD, triệu USD, tỷ USD, projects, scholarships or count"

    private static let multipliers: [String: Double] = [
        "": 1, "thousand": 1e3, "thousands": 1e3, "k": 1e3, "nghìn": 1e3, "ngàn": 1e3,
        "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "triệu": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "tỷ": 1e9, "tỉ": 1e9,
    ]
    private static let currencies: Set<String> = ["usd", "us$", "$", "us dollars", "dollars", "đô la mỹ"]
    private static let counts: Set<String> = [
        "count", "number", "projects", "project", "scholarships", "scholarship", "dự án", "suất", "suất học bổng",
    ]

    /// The unit for `text`, or nil when it is not one of the known names.
    public static func parse(_ text: String) -> UnitScale? {
        let name = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if counts.contains(name) { return UnitScale(unit: .count, factor: 1) }
        if currencies.contains(name) { return UnitScale(unit: .usd, factor: 1) }
        for currency in currencies {
            if name.hasSuffix(" " + currency), let f = multipliers[String(name.dropLast(currency.count + 1))] {
                return UnitScale(unit: .usd, factor: f)
            }
            if name.hasPrefix(currency + " "), let f = multipliers[String(name.dropFirst(currency.count + 1))] {
                return UnitScale(unit: .usd, factor: f)
            }
        }
        return nil
    }
}
