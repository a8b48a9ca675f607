/// A fast, column-oriented reader for large plain CSV exports (a million rows of numbers), used
/// where a chart needs whole columns rather than located records.
///
/// It handles what such files contain — comma, semicolon or tab delimiters, a byte-order mark,
/// LF or CRLF, decimal commas in semicolon files — by scanning UTF-8 bytes directly. A file with
/// a quote character anywhere goes to `DelimitedTable` (CSV.swift) instead, so quoting rules
/// live in one maintained place; this reader never guesses about them.
///
/// - Complexity: O(bytes); one pass to split, one pass per column to convert.
public struct ColumnarCSV: Sendable {
    public enum Column: Sendable, Equatable {
        /// Every non-empty cell is a number; empty cells are NaN.
        case numbers([Double])
        case text([String])
    }

    public let header: [String]
    public let columns: [Column]
    public let delimiter: Character

    /// Reads `path`; returns nil when the file has quoted fields (use `DelimitedTable`).
    /// Throws the data layer's errors for missing, unreadable or malformed files.
    public static func read(path: String) throws -> ColumnarCSV? {
        try parse(DatasetFile.readText(path: path), file: path)
    }

    /// Parses text; nil when it contains a quote character.
    public static func parse(_ text: String, file: String) throws -> ColumnarCSV? {
        var text = text
        return try text.withUTF8 { bytes in try parse(bytes: bytes, file: file) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> ColumnarCSV? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes[start...].contains(UInt8(ascii: "\"")) { return nil }

        // Header: the first non-blank line.
        var position = start
        var headerRange: Range<Int>?
        while position < bytes.count, headerRange == nil {
            let line = nextLine(from: &position, bytes: bytes)
            if !isBlank(line, bytes: bytes) { headerRange = line }
        }
        guard let headerRange else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1),
                                         "empty table: expected a header line such as year,value")
        }
        let headerText = String(decoding: UnsafeBufferPointer(rebasing: bytes[headerRange]), as: UTF8.self)
        if headerText.lowercased().hasPrefix("sep=") { return nil }
        let delimiter = DelimitedTable.detectDelimiter(headerText)
        let mark = UInt8(ascii: delimiter == "\t" ? "\t" : delimiter == ";" ? ";" : ",")
        let header = headerText.split(separator: Character(UnicodeScalar(mark)), omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }
        let convention: NumberConvention = mark == UInt8(ascii: ";") ? .decimalComma : .automatic
        let body = position

        // One pass: every cell parsed as a number; a column with a cell that is not a number
        // turns to text, and text columns are collected in a second pass.
        var numbers = [[Double]](repeating: [], count: header.count)
        var isText = [Bool](repeating: false, count: header.count)
        forEachCell(from: body, bytes: bytes, mark: mark, columns: header.count) { column, cell in
            guard !isText[column] else { return }
            if let value = fastNumber(cell, decimalComma: convention == .decimalComma) {
                numbers[column].append(value)
                return
            }
            let text = String(decoding: cell, as: UTF8.self).trimmingSpaces
            if text.isEmpty { numbers[column].append(.nan) }
            else if let value = NumberParser.parse(text, convention: convention) { numbers[column].append(value) }
            else { isText[column] = true; numbers[column] = [] }
        }
        var texts = [[String]](repeating: [], count: header.count)
        if isText.contains(true) {
            forEachCell(from: body, bytes: bytes, mark: mark, columns: header.count) { column, cell in
                if isText[column] { texts[column].append(String(decoding: cell, as: UTF8.self)) }
            }
        }
        let columns: [Column] = header.indices.map { isText[$0] ? .text(texts[$0]) : .numbers(numbers[$0]) }
        return ColumnarCSV(header: header, columns: columns, delimiter: delimiter)
    }

    /// The next line's bytes (without LF or CRLF), advancing `position` past it.
    private static func nextLine(from position: inout Int, bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let lineStart = position
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        var end = position
        if position < bytes.count { position += 1 }
        if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
        return lineStart..<end
    }

    private static func isBlank(_ line: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.contains { bytes[$0] != 0x20 && bytes[$0] != 0x09 }
    }

    /// Calls `body(column, cell)` for every cell of every non-blank line from `start`; short rows
    /// get empty cells, extra fields are ignored.
    @inline(__always)
    private static func forEachCell(from start: Int, bytes: UnsafeBufferPointer<UInt8>, mark: UInt8, columns: Int,
                                    _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var position = start
        let empty = UnsafeBufferPointer(rebasing: bytes[0..<0])
        while position < bytes.count {
            let line = nextLine(from: &position, bytes: bytes)
            if isBlank(line, bytes: bytes) { continue }
            var column = 0
            var cellStart = line.lowerBound
            for i in line where bytes[i] == mark {
                if column < columns { body(column, UnsafeBufferPointer(rebasing: bytes[cellStart..<i])) }
                column += 1
                cellStart = i + 1
            }
            if column < columns { body(column, UnsafeBufferPointer(rebasing: bytes[cellStart..<line.upperBound])) }
            column += 1
            while column < columns { body(column, empty); column += 1 }
        }
    }

    /// Plain decimals (`-12`, `3.25`, `2,98` with decimal commas) of up to 15 significant digits,
    /// converted exactly: a mantissa below 2^53 divided by a power of ten ≤ 10^22 is correctly
    /// rounded. Anything else (exponents, grouping, words) returns nil for the general parser.
    static func fastNumber(_ cell: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        // Over the raw bytes with wrapping arithmetic (at most 15 digits cannot overflow) and
        // one loop for each side of the point: a million-row file spends most of its reading here.
        guard let bytes = cell.baseAddress else { return nil }
        var i = 0, end = cell.count
        while i < end, bytes[i] == 0x20 { i &+= 1 }
        while end > i, bytes[end &- 1] == 0x20 { end &-= 1 }
        guard i < end else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i &+= 1 } else if bytes[i] == UInt8(ascii: "+") { i &+= 1 }
        let point = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, sawDigit = false
        // Whole part; leading zeros are not significant digits.
        while i < end {
            let d = bytes[i] &- 0x30
            guard d < 10 else { break }
            sawDigit = true
            if mantissa != 0 || d != 0 {
                digits &+= 1
                mantissa = mantissa &* 10 &+ UInt64(d)
            }
            i &+= 1
        }
        guard digits <= 15 else { return nil }
        // Fraction: every digit counts, zeros after the point included.
        if i < end, bytes[i] == point {
            i &+= 1
            while i < end {
                let d = bytes[i] &- 0x30
                guard d < 10 else { break }
                sawDigit = true
                digits &+= 1
                fraction &+= 1
                mantissa = mantissa &* 10 &+ UInt64(d)
                i &+= 1
            }
        }
        // Anything else in the cell (a second point, an exponent, grouping, words): not plain.
        guard i == end, sawDigit, digits <= 15 else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { pow10($0) }
    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
