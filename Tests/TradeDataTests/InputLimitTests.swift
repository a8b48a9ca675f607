import NumberText
import Foundation
import SafeYAML
import Testing
@testable import TradeData
import Yams

/// The generated members of the bad-input catalogue (too big to commit) and the limits of
/// `InputLimits` and `SafeYAML`, through the library.
@Suite("Input limits")
struct InputLimitTests {
    static let header = "series,period,value,unit,source,note\n"

    @Test("a 100 KB label in a CSV field is refused at its line and column")
    func longField() {
        let text = Self.header + "trade_total,2025,2980,million USD,MoIT,\"" + String(repeating: "x", count: 102_400) + "\"\n"
        let result = DatasetLoader.parse(text: text, file: "long.csv")
        #expect(result.errors.map(\.description) == [
            "long.csv:2:40: error: field of 102400 characters: one field is limited to 10000 (a missing closing quote?)",
        ])
    }

    @Test("a 100 KB label in dataset.yaml is refused at its line and column")
    func longYAMLLabel() {
        let yaml = "id: x\ntitle: X\npartner: Laos\nseries:\n  trade_total: \(String(repeating: "x", count: 102_400))\n"
        let result = DatasetLoader.load(files: ["dataset.yaml": yaml, "t.csv": Self.header + "trade_total,2025,1,USD,,\n"], root: "d")
        #expect(result.errors.map(\.description) == [
            "d/dataset.yaml:5:16: error: a text of 102400 bytes; one value is limited to 10000 bytes (a missing closing quote?)",
        ])
    }

    @Test("a 100 KB text in JSON is refused at its object")
    func longJSONText() {
        let text = "[{\"series\": \"trade_total\", \"period\": \"2025\", \"value\": 1, \"unit\": \"USD\", \"note\": \"\(String(repeating: "x", count: 102_400))\"}]"
        #expect(DatasetLoader.parse(text: text, file: "long.json").errors.map(\.description) == [
            "long.json:1:2: error: field of 102400 characters: one field is limited to 10000 (a missing closing quote?)",
        ])
    }

    @Test("more than a million lines are refused before parsing")
    func tooManyRows() {
        let text = Self.header + String(repeating: "t,2025,1,USD,,\n", count: InputLimits.maxRows + 1)
        #expect(DatasetLoader.parse(text: text, file: "rows.csv").errors.map(\.description) == [
            "rows.csv:1000002:1: error: more than 1000000 rows: one file is limited to 1000000; split it by series or by year",
        ])
    }

    @Test("figures past 10^15 once converted, and JSON numbers past Double, are refused")
    func magnitude() {
        let csv = Self.header + "t,2025,2000000,billion USD,,\nt,2024,999999,billion USD,,\n"
        #expect(DatasetLoader.parse(text: csv, file: "m.csv").errors.map(\.description) == [
            "m.csv:2:8: error: value out of range: figures above 10^15 USD are refused; check the number and its unit",
        ])
        let json = "[{\"series\": \"t\", \"period\": \"2025\", \"value\": \"1e400\", \"unit\": \"USD\"}]"
        #expect(DatasetLoader.parse(text: json, file: "m.json").errors.map(\.description) == [
            "m.json:1:2: error: malformed value '1e400': expected a number such as 2980, 2,98, ~1700, >1000 or 1100..1200",
        ])
    }

    @Test("a device or other non-regular file is refused without reading it")
    func notRegular() {
        #expect(throws: DatasetError.unreadable("/dev/zero", reason: "not a regular file")) {
            try DatasetLoader.load(path: "/dev/zero")
        }
    }

    @Test("a control character quoted from a file cannot break the one-line message")
    func controlCharacters() {
        let text = Self.header + "t,\"2025\u{2028}\u{1B}[31m\",1,USD,,\n"
        #expect(DatasetLoader.parse(text: text, file: "c.csv").errors.map(\.message) == [
            "impossible period '2025\\u{2028}\\u{1B}[31m': expected 2025, 2025-Q1…Q4, 2025-H1/H2, 2025-06 or a range within one year such as 2025-01..2025-11",
        ])
    }
}

@Suite("Formatting out-of-range figures")
struct OutOfRangeFormattingTests {
    @Test("figures beyond Int's range print in scientific form instead of trapping")
    func huge() {
        #expect(HumanNumber.format(1e300, unit: .count) == "1e+300")
        #expect(HumanNumber.format(-2e20, unit: .usd) == "\u{2212}200,000,000,000.00 billion USD")
        #expect(HumanNumber.format(.infinity, unit: .count) == "inf")
        #expect(HumanNumber.format(2.98e9, unit: .usd) == "2.98 billion USD")
    }
}

@Suite("Regressions found by fuzzing")
struct FuzzRegressionTests {
    /// FuzzCSV, 556,631 executions: a note with a comma followed by a combining mark (one Swift
    /// Character) was exported unquoted, and the export no longer read back.
    @Test("a comma fused with a combining mark is quoted on export, and the export reads back")
    func combiningComma() throws {
        let text = "series,period,value,unit,source,note\ntrade_total,2024,2250,million USD,S,\"revis,\u{0D62}e 2025\"\n"
        let first = DatasetLoader.parse(text: text, file: "in.csv")
        #expect(first.errors.isEmpty)
        let export = first.dataset.csvText()
        #expect(export.split(separator: "\n").last == "trade_total,2024,2250000000,USD,final,S,,\"revis,\u{0D62}e 2025\"")
        let again = DatasetLoader.parse(text: export, file: "export.csv")
        #expect(again.errors.isEmpty)
        #expect(again.dataset.series.first?.observations.first?.note == "revis,\u{0D62}e 2025")
    }
}
