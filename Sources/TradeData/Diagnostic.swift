import SafeYAML

/// One problem found in a dataset, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    /// Control characters in `message` (line breaks, escape sequences quoted from a data file)
    /// are written as `\u{…}`, so a diagnostic is always one line and cannot drive a terminal.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message.escapingControlCharacters
    }

    /// `file:line:column: error: message`, the form editors and CI understand.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// The errors only.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// `2 errors, 1 warning` — the one-line summary a command prints.
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(errors.count, "error")), \(count(warnings.count, "warning"))"
    }
}
