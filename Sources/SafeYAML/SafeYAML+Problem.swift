import Yams

extension SafeYAML {
    /// Where a YAML syntax error points, and what it says, on one line.
    public struct Problem: Hashable, Sendable {
        public var line: Int
        public var column: Int
        /// Lowercase, one line, without position (callers add their file and prefix).
        public var message: String
    }

    /// The position and one-line text of an error thrown by `compose`: limits, Yams' reader
    /// (bad bytes, at their offset), scanner, parser, composer and duplicated keys. Every other
    /// error points at 1:1 with its first line of text.
    public static func problem(in error: Error, yaml: String) -> Problem {
        if let limit = error as? LimitError {
            return Problem(line: limit.line, column: limit.column, message: limit.message)
        }
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Problem(line: mark.line, column: mark.column, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Problem(line: context.mark.line, column: context.mark.column,
                           message: "duplicated key \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, value, _):
            let (line, column) = position(ofByte: offset ?? 0, in: yaml)
            let code = value >= 0 ? " (U+\(String(UInt32(value), radix: 16, uppercase: true)))" : ""
            return Problem(line: line, column: column, message: problem + code)
        default:
            let first = String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            return Problem(line: 1, column: 1, message: first)
        }
    }

    /// 1-based line and column (in characters) of a byte offset in `text`.
    static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1, bytes = 0
        for character in text {
            bytes += character.utf8.count
            if bytes > offset { break }
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
