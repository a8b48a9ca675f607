import Foundation
import NumberText

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
/// The scale words are NumberText's `ScaleWord` table, shared with scenarios and charts.
public enum UnitParser {
    /// The names an error message suggests.
    public static let suggestion =
        "USD, thousand USD, million USD, billion USD, triệu USD, tỷ USD, projects, scholarships or count"

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
            if name.hasSuffix(" " + currency), let f = ScaleWord.factor(of: String(name.dropLast(currency.count + 1))) {
                return UnitScale(unit: .usd, factor: f)
            }
            if name.hasPrefix(currency + " "), let f = ScaleWord.factor(of: String(name.dropFirst(currency.count + 1))) {
                return UnitScale(unit: .usd, factor: f)
            }
        }
        return nil
    }
}
