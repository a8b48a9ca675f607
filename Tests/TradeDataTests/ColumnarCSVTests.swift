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
}
