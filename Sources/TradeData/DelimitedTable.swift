import CSV
import Foundation

/// A table read from a CSV export, as spreadsheets write them: comma, semicolon or tab
/// delimited (detected from the header line, or from Excel's `sep=;` first line), UTF-8 with or
/// without a byte-order mark, LF or CRLF line ends, quoted fields (with `""` escapes and line
/// breaks inside). Fields are split by CSV.swift; this type adds delimiter detection and the
/// line and column of every field for diagnostics.
public struct DelimitedTable: Sendable, Hashable {
    /// The header row's fields, trimmed.
    public let header: [String]
    /// The data rows (blank lines skipped), fields as written (untrimmed).
    public let rows: [[String]]
    /// The 1-based line each row starts on.
    public let rowLines: [Int]
    /// The delimiter found: `,`, `;` or a tab.
    public let delimiter: Character
    /// The file name used in diagnostics.
    public let file: String
    /// 1-based column where each field of each row starts (parallel to `rows`).
    let columns: [[Int]]
    /// 1-based line of the header.
    public let headerLine: Int

    /// The decimal convention the delimiter implies: semicolon files use decimal commas.
    public var numberConvention: NumberConvention { delimiter == ";" ? .decimalComma : .automatic }

    /// Reads a file; throws `DatasetError.missingFile` or `.unreadable`.
    public static func read(path: String) throws -> DelimitedTable {
        try parse(DatasetFile.readText(path: path), file: path)
    }

    /// Parses text; `file` names it in diagnostics. Throws `DatasetError.malformed` for an empty
    /// table or an unterminated quoted field.
    public static func parse(_ text: String, file: String) throws -> DelimitedTable {
        var body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var firstLine = 1
        var delimiter: Character?
        if let end = body.firstIndex(where: \.isLineBreak) {
            let head = body[..<end]
            if head.lowercased().hasPrefix("sep="), head.count == 5, let mark = head.last {
                delimiter = mark
                body = String(body[body.index(after: end)...])
                firstLine = 2
            }
        }
        let chosen = delimiter ?? detectDelimiter(body)
        guard let scalar = chosen.unicodeScalars.first else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1), "empty delimiter")
        }
        // Counted in bytes before anything is built: LF, CRLF and CR-only files alike.
        var (lf, cr) = (0, 0)
        for byte in body.utf8 {
            if byte == UInt8(ascii: "\n") { lf += 1 } else if byte == UInt8(ascii: "\r") { cr += 1 }
        }
        let lineCount = max(lf, cr) + 1
        guard lineCount <= InputLimits.maxRows + 1 else {
            throw DatasetError.malformed(SourceLocation(file: file, line: InputLimits.maxRows + firstLine + 1, column: 1),
                                         InputLimits.tooManyRows)
        }
        let rawLines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak)
        let reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false, delimiter: scalar)
        var records: [(fields: [String], line: Int, columns: [Int])] = []
        var line = firstLine
        while let fields = reader.next() {
            let span = 1 + fields.reduce(0) { $0 + $1.filter(\.isLineBreak).count }
            let isBlank = fields.allSatisfy { $0.trimmingSpaces.isEmpty }
            let raw = line - firstLine < rawLines.count ? String(rawLines[line - firstLine]) : ""
            if !isBlank {
                let columns = fieldColumns(fields, raw: raw, delimiter: chosen)
                for (field, column) in zip(fields, columns) where field.utf8.count > InputLimits.maxFieldCharacters {
                    let count = field.count
                    guard count <= InputLimits.maxFieldCharacters else {
                        throw DatasetError.malformed(SourceLocation(file: file, line: line, column: column),
                                                     InputLimits.longField(count))
                    }
                }
                records.append((fields, line, columns))
            }
            line += span
        }
        if body.filter({ $0 == "\"" }).count % 2 == 1, let last = records.last {
            throw DatasetError.malformed(
                SourceLocation(file: file, line: last.line, column: 1),
                "unterminated quoted field: add the closing \" (a quote inside a field is written \"\")")
        }
        guard let headerRecord = records.first else {
            throw DatasetError.malformed(SourceLocation(file: file, line: firstLine, column: 1),
                                         "empty table: expected a header line such as series,period,value,unit")
        }
        let dataRecords = records.dropFirst()
        return DelimitedTable(
            header: headerRecord.fields.map(\.trimmingSpaces), rows: dataRecords.map(\.fields),
            rowLines: dataRecords.map(\.line), delimiter: chosen, file: file,
            columns: dataRecords.map(\.columns), headerLine: headerRecord.line)
    }

    /// The location of a field (`row` indexes `rows`, `field` the column); column 1 past the end.
    public func location(row: Int, field: Int) -> SourceLocation {
        let cols = columns[row]
        let column = field < cols.count ? cols[field] : (cols.last ?? 1)
        return SourceLocation(file: file, line: rowLines[row], column: column)
    }

    /// The location of a header field.
    public func headerLocation(field: Int) -> SourceLocation {
        let column = header.prefix(field).reduce(1) { $0 + $1.count + 1 }
        return SourceLocation(file: file, line: headerLine, column: column)
    }

    /// The delimiter that occurs most often outside quotes in the first non-blank line;
    /// a semicolon wins a tie with a comma (decimal commas do not split semicolon files).
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        var sawContent = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if c.isLineBreak && !quoted {
                if sawContent { break } else { continue }
            }
            sawContent = true
            if !quoted, counts[c] != nil { counts[c, default: 0] += 1 }
        }
        let semi = counts[";", default: 0], comma = counts[",", default: 0], tab = counts["\t", default: 0]
        if tab > max(semi, comma) { return "\t" }
        return semi > 0 && semi >= comma ? ";" : ","
    }

    /// Where each field starts on the record's first line: a field was quoted when the raw line
    /// has a quote where it starts, and then took its escapes and two quotes more.
    private static func fieldColumns(_ fields: [String], raw: String, delimiter: Character) -> [Int] {
        let chars = Array(raw)
        var position = 0
        var result: [Int] = []
        for field in fields {
            result.append(position + 1)
            let quoted = position < chars.count && chars[position] == "\""
            position += field.count + (quoted ? 2 + field.filter { $0 == "\"" }.count : 0) + 1
        }
        return result
    }
}

extension Character {
    /// A line end as CSV readers see it: LF, CR or CRLF.
    var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
