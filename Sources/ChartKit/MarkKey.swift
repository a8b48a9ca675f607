/// The marks that set some figures apart, as a table's rows will be drawn: hollow points and
/// light bars (preliminary, estimated or approximate values), carets for bounds, bars for ranges.
/// A chart's note explains only the marks a reader can see: a key read from the tables drawn, by
/// the same rules as the marks themselves (`PointStatus.isHollow`, `Qualifier`).
public struct MarkKey: Hashable, Sendable {
    /// Some value is drawn hollow or light.
    public var hollow = false
    /// Some value is a lower bound (a "^" caret, "≥").
    public var atLeast = false
    /// Some value is an upper bound (a "v" caret, "≤").
    public var atMost = false
    /// Some value is a range (a vertical bar from low to high).
    public var range = false

    public init(hollow: Bool = false, atLeast: Bool = false, atMost: Bool = false, range: Bool = false) {
        self.hollow = hollow
        self.atLeast = atLeast
        self.atMost = atMost
        self.range = range
    }

    /// The key of `tables`' rows, from their `status`, `qualifier` and `low`/`high` columns.
    public init(_ tables: DataTable...) {
        for table in tables {
            let statuses = table.strings("status") ?? []
            let qualifiers = (table.strings("qualifier") ?? []).map(Qualifier.init)
            let low = table.numbers("low") ?? [], high = table.numbers("high") ?? []
            if statuses.contains(where: { PointStatus($0).isHollow }) || qualifiers.contains(.approximate) { hollow = true }
            if qualifiers.contains(.atLeast) { atLeast = true }
            if qualifiers.contains(.atMost) { atMost = true }
            if qualifiers.contains(.range) || zip(low, high).contains(where: { $0.isFinite && $1.isFinite && $0 != $1 }) { range = true }
        }
    }

    /// Nothing is set apart.
    public var isEmpty: Bool { !(hollow || atLeast || atMost || range) }
}
