import Testing
@testable import TradeData

@Suite("Columnar CSV reader for large plain files")
struct ColumnarCSVTests {
    func parse(_ text: String) throws -> ColumnarCSV {
        try #require(try ColumnarCSV.parse(text, file: "t.csv"))
    }

    @Test("comma file: numeric and text columns, blank lines skipped, short rows padded")
    func comma() throws {
        let table = try parse("year,value,note\n2024,2.25,final\n\n2025,2.98\n")
        #expect(table.header == ["year", "value", "note"])
        #expect(table.columns[0] == .numbers([2024, 2025]))
        #expect(table.columns[1] == .numbers([2.25, 2.98]))
        #expect(table.columns[2] == .text(["final", ""]))
        #expect(table.delimiter == ",")
    }

    @Test("semicolon export with BOM, CRLF, decimal commas and thousands dots")
    func semicolon() throws {
        let table = try parse("\u{FEFF}năm;tổng\r\n2024;2.250,5\r\n2025;2,98\r\n")
        #expect(table.header == ["năm", "tổng"])
        #expect(table.columns[1] == .numbers([2250.5, 2.98]))
        #expect(table.delimiter == ";")
    }

    @Test("tab-delimited, negatives, exponents and empty cells")
    func tabs() throws {
        let table = try parse("x\ty\n1\t-0.5\n2\t1e3\n3\t\n")
        guard case .numbers(let y) = table.columns[1] else { Issue.record("expected numbers"); return }
        #expect(y[0] == -0.5 && y[1] == 1000 && y[2].isNaN)
    }

    @Test("a file with quotes is left to the full CSV reader")
    func quoted() throws {
        #expect(try ColumnarCSV.parse("a,b\n\"1,5\",2\n", file: "t.csv") == nil)
        #expect(try ColumnarCSV.parse("sep=;\na;b\n1;2\n", file: "t.csv") == nil)
    }

    @Test("an empty file is an error naming the file")
    func empty() {
        #expect(throws: DatasetError.malformed(SourceLocation(file: "t.csv", line: 1, column: 1),
                                               "empty table: expected a header line such as year,value")) {
            try ColumnarCSV.parse("\n \n", file: "t.csv")
        }
    }

    @Test("the fast number path agrees with Swift's correctly rounded parser")
    func exactness() {
        for text in ["0.1", "2.98", "123456789.012345", "-0.001", "7", "0.30000000000000004", "99999999999999.9"] {
            let fast = Array(text.utf8).withUnsafeBufferPointer { ColumnarCSV.fastNumber($0, decimalComma: false) }
            if let fast { #expect(fast == Double(text), "\(text)") }
        }
        #expect(Array("2,98".utf8).withUnsafeBufferPointer { ColumnarCSV.fastNumber($0, decimalComma: true) } == 2.98)
        #expect(Array("1.234".utf8).withUnsafeBufferPointer { ColumnarCSV.fastNumber($0, decimalComma: true) } == nil)
        #expect(Array("abc".utf8).withUnsafeBufferPointer { ColumnarCSV.fastNumber($0, decimalComma: false) } == nil)
    }
    /// The byte-at-a-time reading the fast path had before it was tuned, kept as its specification.
    private static func reference(_ text: String, decimalComma: Bool) -> Double? {
        let cell = Array(text.utf8)
        var i = 0, end = cell.count
        while i < end, cell[i] == 0x20 { i += 1 }
        while end > i, cell[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        if cell[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if cell[i] == UInt8(ascii: "+") { i += 1 }
        let point = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, sawPoint = false, sawDigit = false
        while i < end {
            let c = cell[i]
            if c >= 0x30 && c <= 0x39 {
                sawDigit = true
                if mantissa == 0 && c == 0x30 && !sawPoint { i += 1; continue }
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(c - 0x30)
                if sawPoint { fraction += 1 }
            } else if c == point && !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var scale = 1.0
        for _ in 0..<fraction { scale *= 10 }
        let value = Double(mantissa) / scale
        return negative ? -value : value
    }

    @Test("the fast number path reads every cell as its byte-at-a-time specification does")
    func sameAsReference() {
        var cells = ["", " ", "-", "+", ".", "-.", "0", "00", "-0", "+7", "007.50", "0.000", ".5", "-.5", "5.", "1.2.3",
                     "1e5", "12 34", " 12 ", "1,5", "1.5", "999999999999999", "9999999999999999", "0.000000000000001",
                     "0.0000000000000001", "000000000000000000001", "123456789012345.6", "12a", "--1", "1-"]
        var generator = SeededCells(seed: 42)
        let alphabet = Array("0123456789.,-+ e")
        for _ in 0..<5000 {
            let length = Int(generator.next() % 12)
            cells.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for cell in cells {
            for comma in [false, true] {
                let fast = Array(cell.utf8).withUnsafeBufferPointer { ColumnarCSV.fastNumber($0, decimalComma: comma) }
                let expected = Self.reference(cell, decimalComma: comma)
                #expect(fast?.bitPattern == expected?.bitPattern, "'\(cell)' decimal comma \(comma)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64) for the cells above.
private struct SeededCells {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
