/// A span of months within one calendar year: a full year (`2025`), a quarter (`2025-Q1`),
/// a half (`2025-H1`), a single month (`2025-06`, used for stocks "as of" a month end) or a
/// month range (`2025-01..2025-11`).
///
/// Periods order by start, then by end, so `2025-01..2025-11` sorts before `2025`.
public struct Period: Hashable, Comparable, Sendable {
    public let year: Int
    /// First month covered, 1...12.
    public let startMonth: Int
    /// Last month covered, startMonth...12.
    public let endMonth: Int

    /// Creates a period; returns nil when the months are impossible.
    public init?(year: Int, startMonth: Int = 1, endMonth: Int = 12) {
        guard (1...12).contains(startMonth), (startMonth...12).contains(endMonth),
              (1000...9999).contains(year) else { return nil }
        self.year = year
        self.startMonth = startMonth
        self.endMonth = endMonth
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period? { Period(year: year) }

    public var isFullYear: Bool { startMonth == 1 && endMonth == 12 }
    public var monthCount: Int { endMonth - startMonth + 1 }

    /// The same span one year earlier (for year-on-year comparisons).
    public var previousYear: Period? { Period(year: year - 1, startMonth: startMonth, endMonth: endMonth) }

    /// Decimal year of the period's midpoint, for plotting (2025 → 2025.5, 2025-Q1 → 2025.125).
    public var midpoint: Double { Double(year) + (Double(startMonth - 1) + Double(monthCount) / 2) / 12 }

    /// `2025-01-01`-style first day.
    public var startDate: String { "\(year)-\(Self.two(startMonth))-01" }
    /// `2025-11-30`-style last day.
    public var endDate: String {
        let days = [31, Self.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][endMonth - 1]
        return "\(year)-\(Self.two(endMonth))-\(days)"
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.startMonth, lhs.endMonth) < (rhs.year, rhs.startMonth, rhs.endMonth)
    }

    static func two(_ month: Int) -> String { month < 10 ? "0\(month)" : "\(month)" }
    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
}

extension Period: CustomStringConvertible {
    /// The canonical text form, the one `Period(parsing:)` reads back.
    public var description: String {
        switch (startMonth, endMonth) {
        case (1, 12): return "\(year)"
        case (1, 3): return "\(year)-Q1"
        case (4, 6): return "\(year)-Q2"
        case (7, 9): return "\(year)-Q3"
        case (10, 12): return "\(year)-Q4"
        case (1, 6): return "\(year)-H1"
        case (7, 12): return "\(year)-H2"
        case let (s, e) where s == e: return "\(year)-\(Self.two(s))"
        case let (s, e): return "\(year)-\(Self.two(s))..\(year)-\(Self.two(e))"
        }
    }
}
