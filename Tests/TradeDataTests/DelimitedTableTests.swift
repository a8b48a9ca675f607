import Testing
@testable import TradeData

@Suite("Delimited tables")
struct DelimitedTableTests {
    @Test("comma file with quoted fields and a line break inside quotes")
    func quoted() throws {
        let text = "a,b,c\n1,\"x, y\",3\n\"multi\nline\",\"say \"\"hi\"\"\",6\n7,8,9\n"
        let table = try DelimitedTable.parse(text, file: "t.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["1", "x, y", "3"], ["multi\nline", "say \"hi\"", "6"], ["7", "8", "9"]])
        #expect(table.rowLines == [2, 3, 5])
        #expect(table.location(row: 0, field: 2).description == "t.csv:2:10")
        #expect(table.delimiter == ",")
    }

    @Test("semicolon file with BOM, CRLF and decimal commas")
    func semicolon() throws {
        let table = try DelimitedTable.parse("\u{FEFF}year;value\r\n2025;2,98\r\n\r\n2024;2,25\r\n", file: "s.csv")
        #expect(table.header == ["year", "value"])
        #expect(table.rows == [["2025", "2,98"], ["2024", "2,25"]])
        #expect(table.rowLines == [2, 4])
        #expect(table.numberConvention == .decimalComma)
        #expect(table.location(row: 1, field: 1).description == "s.csv:4:6")
    }

    @Test("Excel's sep= line and tab files")
    func separators() throws {
        let sep = try DelimitedTable.parse("sep=;\na;b\n1;2\n", file: "x.csv")
        #expect(sep.delimiter == ";" && sep.rows == [["1", "2"]] && sep.rowLines == [3])
        let tab = try DelimitedTable.parse("a\tb\n1\t2,5\n", file: "x.tsv")
        #expect(tab.delimiter == "\t" && tab.rows == [["1", "2,5"]])
    }

    @Test("an unterminated quote and an empty file are located errors")
    func failures() {
        #expect(throws: DatasetError.malformed(SourceLocation(file: "q.csv", line: 2, column: 1),
                                               "unterminated quoted field: add the closing \" (a quote inside a field is written \"\")")) {
            try DelimitedTable.parse("a,b\n1,\"open\n2,3\n", file: "q.csv")
        }
        #expect(throws: DatasetError.malformed(SourceLocation(file: "e.csv", line: 1, column: 1),
                                               "empty table: expected a header line such as series,period,value,unit")) {
            try DelimitedTable.parse("\n\n", file: "e.csv")
        }
    }
}
