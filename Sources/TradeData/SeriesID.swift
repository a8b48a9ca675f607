/// A series identifier in its one normal form: lowercase, words joined by `_`.
///
/// `trade.total`, `trade-total`, `Trade total` and `TRADE_TOTAL` all mean `trade_total`: every
/// loader, target reference, label key and lookup goes through `SeriesID.normalised(_:)`, so a
/// spreadsheet export's spelling finds the same series as the dataset's.
public struct SeriesID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String

    /// Normalises `rawValue` (see `normalised(_:)`).
    public init(rawValue: String) { self.rawValue = Self.normalised(rawValue) }
    public init(_ text: String) { self.init(rawValue: text) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// Two-way trade: exports plus imports.
    public static let tradeTotal: SeriesID = "trade_total"
    public static let exports: SeriesID = "exports"
    public static let imports: SeriesID = "imports"
    /// Newly registered investment by period.
    public static let investmentRegistered: SeriesID = "investment_registered"
    /// The registered stock of investment to a date.
    public static let investmentCumulative: SeriesID = "investment_cumulative"
    /// The realised (disbursed) stock of investment to a date.
    public static let investmentRealizedCumulative: SeriesID = "investment_realized_cumulative"
    /// The number of valid investment projects.
    public static let investmentProjects: SeriesID = "investment_projects"

    /// Trims, lowercases, and turns every run of spaces, dots and hyphens into one `_`:
    /// `"Trade total"` → `trade_total`, `"trade.total"` → `trade_total`, `" trade-total "` → `trade_total`.
    public static func normalised(_ text: String) -> String {
        var out = ""
        var pendingSeparator = false
        for character in text.lowercased() {
            if character.isWhitespace || character == "." || character == "-" || character == "_" {
                pendingSeparator = !out.isEmpty
                continue
            }
            if pendingSeparator { out.append("_"); pendingSeparator = false }
            out.append(character)
        }
        return out
    }
}
