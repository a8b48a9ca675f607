/// Where a value was read from, for diagnostics and provenance.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// How final a figure is.
public enum ObservationStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case final
    case preliminary
    case estimate
    /// Computed from other figures (a sum, a difference), not stated by a source.
    case derived
}

/// One figure for one series and period, with its provenance.
public struct Observation: Hashable, Sendable {
    public var period: Period
    /// In the series' base unit (USD for money).
    public var quantity: Quantity
    public var status: ObservationStatus
    /// A source key from the dataset's `sources`, or free text for a bare file.
    public var source: String
    public var note: String?
    /// Marks the figure to use when several observations share a series and period.
    public var preferred: Bool
    public var location: SourceLocation?

    public init(
        period: Period, quantity: Quantity, status: ObservationStatus = .final, source: String,
        note: String? = nil, preferred: Bool = false, location: SourceLocation? = nil
    ) {
        self.period = period
        self.quantity = quantity
        self.status = status
        self.source = source
        self.note = note
        self.preferred = preferred
        self.location = location
    }

    /// The central value in base units.
    public var value: Double { quantity.value }
}
