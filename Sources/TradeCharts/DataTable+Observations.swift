import ChartKit
import TradeData

extension DataTable {
    /// The one per-observation chart table, used by the briefing charts and by `series:` references
    /// in specs (`TradeDataResolver`): one row per observation with the honest columns ChartKit
    /// reads, `period`, `value`, `low`, `high`, `status`, `qualifier`, then `extra`.
    ///
    /// `low` and `high` are the quantity's own (`Quantity`): both ends of a range, `low` = the value
    /// of a lower bound ("more than") and `high` = the value of an upper bound ("less than"), NaN
    /// where the quantity has none. Charts draw a bound by its qualifier (a caret on the point, a
    /// light bar) and an error bar only where both ends are finite, so a bound's one end widens
    /// nothing; the end is there for specs and readers that want it. `qualifier` is empty for an
    /// exact figure.
    public static func observations(_ rows: [Observation], extra: [(String, Column)] = []) throws -> DataTable {
        try DataTable(columns: [
            ("period", .text(rows.map { $0.period.description })),
            ("value", .numbers(rows.map(\.value))),
            ("low", .numbers(rows.map { $0.quantity.low ?? .nan })),
            ("high", .numbers(rows.map { $0.quantity.high ?? .nan })),
            ("status", .text(rows.map(\.status.rawValue))),
            ("qualifier", .text(rows.map { $0.quantity.qualifier == .exact ? "" : $0.quantity.qualifier.rawValue })),
        ] + extra)
    }
}
