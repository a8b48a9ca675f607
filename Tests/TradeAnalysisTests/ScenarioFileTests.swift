import Foundation
import Testing
import TradeData
@testable import TradeAnalysis

@Suite("Scenario files")
struct ScenarioFileTests {
    func parse(_ yaml: String) throws(ScenarioFileError) -> ScenarioFile {
        try ScenarioFile.parse(yaml: yaml, file: "s.yaml", baseYear: 2025)
    }

    func message(_ yaml: String) -> String {
        do {
            _ = try parse(yaml)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test("every kind parses, rates as % or fractions, values with unit words")
    func kinds() throws {
        let file = try parse("""
        horizon: 2032
        scenarios:
          - {id: a, kind: constant, rate: 10%}
          - {id: b, label: Five-year, kind: historical, years: 5}
          - {id: c, kind: decaying, longRun: 0.08, halfLife: 2}
          - id: d
            kind: rates
            rates: {2026: 25%, 2027: 0.2}
          - id: e
            kind: values
            values: {2026: 3.5 billion, 2027: 4.2e9}
          - {id: f, kind: trend, from: 2021, to: 2025}
        """)
        #expect(file.horizon == 2032)
        #expect(file.scenarios.map(\.model) == [
            .constant(rate: 0.10), .historical(from: 2020, to: 2025), .decaying(start: nil, longRun: 0.08, halfLife: 2),
            .rates([2026: 0.25, 2027: 0.2]), .values([2026: 3.5e9, 2027: 4.2e9]), .linearTrend(from: 2021, to: 2025),
        ])
        #expect(file.scenarios[1].label == "Five-year")
        #expect(file.scenarios[0].label == "a")
        #expect(file.scenarios[2].location == SourceLocation(file: "s.yaml", line: 5, column: 5))
    }

    @Test("values take the shared scale words: English, Vietnamese and abbreviations")
    func scaleWords() throws {
        let file = try parse("""
        scenarios:
          - id: v
            kind: values
            values: {2026: 3.5 tỷ, 2027: 4200 triệu, 2028: 4.5bn, 2029: 5000m, 2030: 6 billion}
        """)
        #expect(file.scenarios.map(\.model) == [.values([2026: 3.5e9, 2027: 4.2e9, 2028: 4.5e9, 2029: 5e9, 2030: 6e9])])
        #expect(message("scenarios:\n  - {id: v, kind: values, values: {2026: 3.5 crore}}\n")
            == "s.yaml:2:42: bad value '3.5 crore' for 'values'; write USD such as 3.5e9, '3.5 billion' or '3.5 tỷ'")
    }

    @Test("errors point at line and column")
    func errors() {
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n    rat: 10%\n")
            == "s.yaml:4:5: unknown key 'rat' (did you mean 'rate'?)")
        #expect(message("scenarios:\n  - id: a\n    kind: constnt\n    rate: 10%\n")
            == "s.yaml:3:11: unknown kind 'constnt' (did you mean 'constant'?)")
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n")
            == "s.yaml:2:5: scenario 'a' of kind 'constant' is missing 'rate'")
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n    rate: ten\n")
            == "s.yaml:4:11: bad rate 'ten' for 'rate'; write a rate such as 10% or 0.10")
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n    rate: 12\n")
            == "s.yaml:4:11: rate 12 for 'rate' looks like a percentage; write 12% or 0.12")
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n   rate: 10%\n").hasPrefix("s.yaml:4:"))
        #expect(message("scenarios:\n  - id: a\n    kind: constant\n   rate: 10%\n").contains("yaml syntax: "))
        #expect(message("") == "s.yaml:1:1: the file is empty; list scenarios under 'scenarios:'")
        #expect(message("scenarios: []\n") == "s.yaml:1:12: 'scenarios' must be a non-empty list")
        #expect(message("scenarios:\n  - {id: a, kind: constant, rate: 1%}\n  - {id: a, kind: constant, rate: 2%}\n")
            == "s.yaml:3:5: duplicate scenario id 'a'")
    }
}
