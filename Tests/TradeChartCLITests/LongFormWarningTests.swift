import ChartKit
import Testing
@testable import TradeChartCLI

/// `plot`'s long-form warning: numeric x columns are checked as numbers, text ones as text, with
/// the same answer the text comparison gives.
@Suite struct LongFormWarningTests {
    private func table(_ xs: [Double], extra: [String]? = nil) throws -> DataTable {
        var columns: [(name: String, values: DataTable.Column)] = [("x", .numbers(xs)), ("y", .numbers(xs.map { $0 * 2 }))]
        if let extra { columns.append(("partner", .text(extra))) }
        return try DataTable(columns: columns)
    }

    /// The answer of the text comparison the warning is defined by.
    private func repeatsAsText(_ table: DataTable, x: String) -> Bool {
        let xs = table.strings(x) ?? []
        return Set(xs).count != xs.count
    }

    @Test func increasingNumbersDoNotWarn() throws {
        let t = try table((0..<1000).map(Double.init))
        #expect(PlotCommand.longFormWarning(t, x: "x", y: ["y"]) == nil)
        #expect(!repeatsAsText(t, x: "x"))
    }

    @Test func repeatedNumbersWarnAndNameTheTextColumn() throws {
        let xs: [Double] = [2020, 2021, 2022, 2020, 2021, 2022]
        let t = try table(xs, extra: ["Laos", "Laos", "Laos", "Cambodia", "Cambodia", "Cambodia"])
        #expect(repeatsAsText(t, x: "x"))
        let warning = try #require(PlotCommand.longFormWarning(t, x: "x", y: ["y"]))
        #expect(warning.contains("--color partner"))
    }

    @Test func numbersCompareAsTheirTextDoes() throws {
        let cases: [[Double]] = [
            [0, -0.0, 1],               // "0" twice
            [.nan, 1, .nan],            // "" twice
            [3, 1, 2],                  // unsorted, distinct
            [1.5, 2.5, 1.5],            // fractions repeat
            [.nan, 1, 2],               // one missing cell
            [5, 4, 3, 2, 1],
        ]
        for xs in cases {
            let t = try table(xs)
            #expect((PlotCommand.longFormWarning(t, x: "x", y: ["y"]) != nil) == repeatsAsText(t, x: "x"), "x = \(xs)")
        }
    }
}
