/// One observation as read from a file, before rows are grouped into series.
struct ObservationRow: Hashable, Sendable {
    var series: String
    var unit: MeasureUnit
    var observation: Observation
    /// Where the source key was written (for unknown-key errors).
    var sourceLocation: SourceLocation
    /// Where the value was written (for value errors found later).
    var valueLocation: SourceLocation
}

/// Reads the fields every form shares (period, value, unit, status, preferred), collecting a
/// diagnostic for each field that does not parse.
struct FieldParser {
    var diagnostics: [Diagnostic] = []
    let convention: NumberConvention

    init(convention: NumberConvention) {
        self.convention = convention
    }

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, location, message))
    }

    mutating func period(_ text: String, at location: SourceLocation) -> Period? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            error(location, "missing period: expected 2025, 2025-Q1, 2025-H1, 2025-06 or 2025-01..2025-11")
            return nil
        }
        guard let period = Period(parsing: trimmed) else {
            error(location, "impossible period '\(trimmed)': expected 2025, 2025-Q1…Q4, 2025-H1/H2, "
                + "2025-06 or a range within one year such as 2025-01..2025-11")
            return nil
        }
        return period
    }

    mutating func value(_ text: String, at location: SourceLocation) -> Quantity? {
        let convention = convention
        return required(text, at: location, what: "value", expected: ValueParser.suggestion) {
            ValueParser.parse($0, convention: convention)
        }
    }

    mutating func unit(_ text: String, at location: SourceLocation) -> UnitScale? {
        required(text, at: location, what: "unit", expected: UnitParser.suggestion, unknown: "unknown", UnitParser.parse)
    }

    /// A required field: "missing <what>" when empty, "<unknown> <what> '<text>'" when `parse` fails.
    private mutating func required<T>(
        _ text: String, at location: SourceLocation, what: String, expected: String, unknown: String = "malformed",
        _ parse: (String) -> T?
    ) -> T? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            error(location, "missing \(what): expected \(expected)")
            return nil
        }
        guard let parsed = parse(trimmed) else {
            error(location, "\(unknown) \(what) '\(trimmed)': expected \(expected)")
            return nil
        }
        return parsed
    }

    mutating func status(_ text: String, at location: SourceLocation) -> ObservationStatus {
        let trimmed = text.trimmingSpaces.lowercased()
        if trimmed.isEmpty { return .final }
        if let status = ObservationStatus(rawValue: trimmed) { return status }
        error(location, "unknown status '\(text.trimmingSpaces)': expected final, preliminary, estimate or derived")
        return .final
    }

    mutating func preferred(_ text: String, at location: SourceLocation) -> Bool {
        switch text.trimmingSpaces.lowercased() {
        case "", "no", "n", "false", "0": return false
        case "yes", "y", "true", "1", "x", "*", "preferred": return true
        default:
            error(location, "unknown preferred mark '\(text.trimmingSpaces)': expected yes or an empty field")
            return false
        }
    }

    /// Builds a row from parsed parts; nil when a required part failed or a figure is out of
    /// range once converted (infinite, or above `InputLimits.maxMagnitude`).
    mutating func row(
        series: String, period: Period?, quantity: Quantity?, unit: UnitScale?, status: ObservationStatus,
        source: String, note: String, preferred: Bool,
        locations: (row: SourceLocation, value: SourceLocation, source: SourceLocation)
    ) -> ObservationRow? {
        guard let period, let quantity, let unit else { return nil }
        let scaled = quantity.scaled(by: unit.factor)
        let figures = [scaled.value, scaled.low, scaled.high].compactMap { $0 }
        guard figures.allSatisfy({ $0.isFinite && abs($0) <= InputLimits.maxMagnitude }) else {
            error(locations.value, "value out of range: figures above 10^15 \(unit.unit == .usd ? "USD" : "units") are refused; "
                  + "check the number and its unit")
            return nil
        }
        let trimmedNote = note.trimmingSpaces
        let observation = Observation(
            period: period, quantity: scaled, status: status,
            source: source.trimmingSpaces, note: trimmedNote.isEmpty ? nil : trimmedNote,
            preferred: preferred, location: locations.row)
        return ObservationRow(series: SeriesID.normalised(series), unit: unit.unit, observation: observation,
                              sourceLocation: locations.source, valueLocation: locations.value)
    }
}
