import Testing
@testable import ChartKit

/// A numeric column written as text (the x labels of a million-point line) reads the same as the
/// general printers would write it, and the shortcuts that skip the text agree with it.
@Suite struct NumericColumnTextTests {
    @Test func integersReadAsTheStandardLibraryWritesThem() {
        var values: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, 2025, -2025, 1_000_000, 999_999_999_999_999, -999_999_999_999_999]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { values.append(Int64.random(in: -999_999_999_999_999...999_999_999_999_999, using: &generator)) }
        for value in values {
            #expect(DataTable.decimal(value) == String(value))
            #expect(DataTable.plain(Double(value)) == String(value))
        }
        #expect(DataTable.plain(-0.0) == "0")
        #expect(DataTable.plain(2.5) == String(2.5))
        #expect(DataTable.plain(1e16) == String(1e16))
    }

    @Test func limitedStringsArePrefixesOfTheWholeColumn() throws {
        let xs = (0..<50).map { Double($0) * 1.5 }
        let table = try DataTable(columns: [("x", .numbers(xs)), ("name", .text(xs.map { "r\($0)" }))])
        for column in ["x", "name"] {
            let whole = try #require(table.strings(column))
            #expect(table.strings(column, limit: 7) == Array(whole.prefix(7)))
            #expect(table.strings(column, limit: 500) == whole)
        }
        #expect(table.strings("missing", limit: 3) == nil)
        #expect(table.storedNumbers("x") == xs)
        #expect(table.storedNumbers("name") == nil)
    }

    @Test func nfcKeepsASCIIAndComposesVietnamese() {
        #expect(nfc("2025-Q1") == "2025-Q1")
        let decomposed = "Vie\u{0302}\u{0323}t Nam"  // e + circumflex + dot below
        #expect(nfc(decomposed) == "Việt Nam")
        #expect(Array(nfc(decomposed).unicodeScalars).count == Array("Việt Nam".unicodeScalars).count)
    }
}
