/// The bounds every data file is held to, so a wrong file fails fast with a clear message
/// instead of exhausting memory or producing a chart of nonsense. Trade datasets are small
/// (hundreds of rows); the limits are far above any real one. Documented in `ROBUSTNESS.md`.
public enum InputLimits {
    /// Bytes in one observation file (CSV or JSON), checked before reading: 64 MiB.
    public static let maxFileBytes = 64 << 20
    /// Data rows in one CSV file, or observations in one JSON file.
    public static let maxRows = 1_000_000
    /// Characters in one CSV field or JSON text (a label, a note).
    public static let maxFieldCharacters = 10_000
    /// Largest magnitude of a figure after unit conversion: 10^15 base units (a thousand
    /// trillion USD, ten times world GDP). Anything above is a typo or a wrong unit.
    public static let maxMagnitude = 1e15

    /// `64 MiB`-style text for messages.
    static func bytes(_ count: Int) -> String {
        count >= 1 << 20 ? "\(count >> 20) MiB" : "\(count) bytes"
    }

    /// The message for a field longer than `maxFieldCharacters`.
    static func longField(_ count: Int) -> String {
        "field of \(count) characters: one field is limited to \(maxFieldCharacters) (a missing closing quote?)"
    }

    /// The message for more rows than `maxRows`.
    static var tooManyRows: String {
        "more than \(maxRows) rows: one file is limited to \(maxRows); split it by series or by year"
    }
}
