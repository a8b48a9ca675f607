import Testing
@testable import TradeChartCLI

@Suite("Plain-text tables")
struct TextTableTests {
    @Test("figures align right, text left, and a label with a line break stays on its row")
    func alignmentAndEscaping() {
        let table = TextTable(headers: ["Target", "Rate"], rows: [["5 billion\nUSD", "29.5%"], ["10 billion", "83.2%"]])
        #expect(table.text == """
              Target              Rate
              -----------------  -----
              5 billion\\u{A}USD  29.5%
              10 billion         83.2%

            """)
    }
}
