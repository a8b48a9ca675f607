import Foundation

/// Reads the JSON equivalent of the long form: an array of observation objects, or an object
/// with an `observations` array. Each object has `series`, `period`, `value` (a number or a
/// string with a qualifier such as `"~1700"`), `unit`, and optionally `status`, `source`, `note`
/// and `preferred` (true/false).
enum JSONObservationReader {
    static func read(_ text: String, file: String) throws -> (rows: [ObservationRow], diagnostics: [Diagnostic]) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(body.utf8))
        } catch {
            throw DatasetError.malformed(syntaxLocation(error, text: body, file: file),
                                         "malformed JSON: expected an array of observations or {\"observations\": [...]}")
        }
        let list: [Any]
        if let array = root as? [Any] {
            list = array
        } else if let object = root as? [String: Any], let array = object["observations"] as? [Any] {
            list = array
        } else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1),
                                         "expected an array of observations or {\"observations\": [...]}")
        }
        guard list.count <= InputLimits.maxRows else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1), InputLimits.tooManyRows)
        }
        let starts = objectStartsInArrays(body)
        var fields = FieldParser(convention: .automatic)
        var rows: [ObservationRow] = []
        for (i, element) in list.enumerated() {
            let position = i < starts.count ? starts[i] : (1, 1)
            let location = SourceLocation(file: file, line: position.0, column: position.1)
            guard let object = element as? [String: Any] else {
                fields.error(location, "expected an observation object with series, period, value and unit")
                continue
            }
            if let long = object.values.compactMap({ $0 as? String }).first(where: { $0.count > InputLimits.maxFieldCharacters }) {
                fields.error(location, InputLimits.longField(long.count))
                continue
            }
            func text(_ key: String) -> String {
                switch object[key] {
                case let s as String: return s
                case let n as NSNumber where String(cString: n.objCType) == "c": return n.boolValue ? "yes" : ""
                case let n as NSNumber: return n.stringValue
                default: return ""
                }
            }
            let series = text("series").trimmingSpaces
            guard !series.isEmpty else {
                fields.error(location, "missing series id")
                continue
            }
            let parsed = fields.row(
                series: series, period: fields.period(text("period"), at: location),
                quantity: fields.value(text("value"), at: location), unit: fields.unit(text("unit"), at: location),
                status: fields.status(text("status"), at: location), source: text("source"), note: text("note"),
                preferred: fields.preferred(text("preferred"), at: location),
                locations: (location, location, location))
            if let parsed { rows.append(parsed) }
        }
        return (rows, fields.diagnostics)
    }

    /// Line and column of each `{` whose container is an array, in order: the observation objects.
    static func objectStartsInArrays(_ text: String) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var stack: [Character] = []
        var (line, column) = (1, 0)
        var inString = false, escaped = false
        for c in text {
            if c.isLineBreak { (line, column) = (line + 1, 0); continue }
            column += 1
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "{":
                if stack.last == "[" { result.append((line, column)) }
                stack.append(c)
            case "[": stack.append(c)
            case "}", "]": _ = stack.popLast()
            default: break
            }
        }
        return result
    }

    /// Foundation reports "around character N" (a UTF-8 offset): turn it into line and column.
    private static func syntaxLocation(_ error: Error, text: String, file: String) -> SourceLocation {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        guard let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
              let offset = Int(detail[range].dropFirst("character ".count)) else {
            return SourceLocation(file: file, line: 1, column: 1)
        }
        var (line, column) = (1, 1)
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                (line, column) = (line + 1, 1)
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
