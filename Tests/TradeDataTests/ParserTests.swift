import NumberText
import Testing
@testable import TradeData

@Suite("Numbers, values, units and periods")
struct ParserTests {
    @Test("spreadsheet numbers", arguments: [
        ("2980", 2980.0), ("2,98", 2.98), ("2.98", 2.98), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
        ("1 234,5", 1234.5), ("1\u{00A0}234,5", 1234.5), ("1,234", 1234.0), ("0,125", 0.125), ("12,3456", 12.3456),
        ("1,234,567", 1234567.0), ("1.234.567", 1234567.0), ("-5", -5.0), ("−5", -5.0), ("1e9", 1e9),
    ])
    func numbers(text: String, expected: Double) {
        #expect(NumberParser.parse(text) == expected)
    }

    @Test("malformed numbers are rejected", arguments: ["", "abc", "1.2.3x", "1,23,4", "2,", "1,2.3,4", "--1"])
    func malformed(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    @Test("the decimal-comma convention of semicolon files")
    func decimalComma() {
        #expect(NumberParser.parse("1,234", convention: .decimalComma) == 1.234)
        #expect(NumberParser.parse("2.980", convention: .decimalComma) == 2980)
        #expect(NumberParser.parse("2.5", convention: .decimalComma) == 2.5)
        #expect(NumberParser.parse("1,234", convention: .decimalPoint) == 1234)
        #expect(NumberParser.parse("2,98", convention: .decimalPoint) == nil)
    }

    @Test("each qualifier")
    func qualifiers() throws {
        let approx = try #require(ValueParser.parse("~1700"))
        #expect(approx.qualifier == .approximate && approx.value == 1700)
        #expect(ValueParser.parse("≈1700")?.qualifier == .approximate)
        let bound = try #require(ValueParser.parse(">1000"))
        #expect(bound.qualifier == .atLeast && bound.low == 1000 && bound.high == nil)
        #expect(ValueParser.parse("≥ 1000")?.qualifier == .atLeast)
        let upper = try #require(ValueParser.parse("<50"))
        #expect(upper.qualifier == .atMost && upper.high == 50)
        let range = try #require(ValueParser.parse("1100..1200"))
        #expect(range.qualifier == .range && range.low == 1100 && range.high == 1200 && range.value == 1150)
        #expect(ValueParser.parse("1,1–1,2", convention: .decimalComma)?.high == 1.2)
        #expect(ValueParser.parse("1100-1200") == nil)
        #expect(ValueParser.parse("2980")?.qualifier == .exact)
    }

    @Test("each unit", arguments: [
        ("USD", MeasureUnit.usd, 1.0), ("thousand USD", .usd, 1e3), ("million USD", .usd, 1e6),
        ("billion USD", .usd, 1e9), ("nghìn USD", .usd, 1e3), ("triệu USD", .usd, 1e6), ("tỷ USD", .usd, 1e9),
        ("tỉ USD", .usd, 1e9), ("US$ million", .usd, 1e6), ("USD mn", .usd, 1e6), ("USD bn", .usd, 1e9),
        ("Million  usd", .usd, 1e6), ("projects", .count, 1), ("scholarships", .count, 1), ("count", .count, 1),
    ])
    func units(text: String, unit: MeasureUnit, factor: Double) {
        #expect(UnitParser.parse(text) == UnitScale(unit: unit, factor: factor))
    }

    @Test("decomposed Vietnamese unit names are normalised")
    func unitNFC() {
        #expect(UnitParser.parse("tri\u{EA}\u{323}u USD")?.factor == 1e6)
        #expect(UnitParser.parse("crore USD") == nil)
    }

    @Test("each period form", arguments: [
        ("2025", 1, 12), ("2025-Q1", 1, 3), ("2025-Q4", 10, 12), ("2025-H1", 1, 6), ("2025-h2", 7, 12),
        ("2025-06", 6, 6), ("2025-01..2025-11", 1, 11), ("2025-01..11", 1, 11),
    ])
    func periods(text: String, start: Int, end: Int) throws {
        let period = try #require(Period(parsing: text))
        #expect(period.year == 2025 && period.startMonth == start && period.endMonth == end)
    }

    @Test("impossible periods", arguments: ["2025-Q5", "2025-13", "2025-11..2025-01", "2024-11..2025-02", "25", "2025-H3", ""])
    func impossiblePeriods(text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test("human units for tables")
    func human() {
        #expect(HumanNumber.format(2.98e9, unit: .usd) == "2.98 billion USD")
        #expect(HumanNumber.format(590.3e6, unit: .usd) == "590.3 million USD")
        #expect(HumanNumber.format(Quantity(1e9, qualifier: .atLeast), unit: .usd) == "> 1.00 billion USD")
        #expect(HumanNumber.format(Quantity(1.7e9, qualifier: .approximate), unit: .usd) == "~1.70 billion USD")
        #expect(HumanNumber.format(Quantity(low: 1.1e9, high: 1.2e9), unit: .usd) == "1.10–1.20 billion USD")
        #expect(HumanNumber.format(1160, unit: .count) == "1,160")
        #expect(HumanNumber.grouped(1234567.891, min: 1, max: 2) == "1,234,567.89")
    }
}
