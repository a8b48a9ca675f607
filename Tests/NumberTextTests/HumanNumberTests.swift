import Testing
import NumberText

/// The plain numbers (`HumanNumber`) and the localised ones (`ValueFormat`) are one family: the same
/// digits, grouping, rounding and minus sign; the plain ones keep fixed decimals.
@Suite("One number family")
struct HumanNumberTests {
    static let minus = "\u{2212}"

    @Test("percent, money and billions: fixed decimals, grouped, U+2212 for negatives, no negative zero")
    func plain() {
        #expect(HumanNumber.percent(0.2953) == "29.5%")
        #expect(HumanNumber.percent(-0.094) == Self.minus + "9.4%")
        #expect(HumanNumber.percent(-0.00001) == "0.0%")
        #expect(HumanNumber.percent(0.5, decimals: 0) == "50%")
        #expect(HumanNumber.percent(12.345) == "1,234.5%")
        #expect(HumanNumber.percent(nil) == "n/a" && HumanNumber.percent(.nan) == "n/a")
        #expect(HumanNumber.money(5e9) == "5.00 billion USD")
        #expect(HumanNumber.money(8.5e8) == "850.0 million USD")
        #expect(HumanNumber.money(-1.03e9, unit: false) == Self.minus + "1.03 billion")
        #expect(HumanNumber.billions(2.246e9, digits: 3) == "2.246 billion USD")
        #expect(HumanNumber.fixed(1.836, decimals: 2) == "1.84")
        #expect(HumanNumber.shortest(2) == "2" && HumanNumber.shortest(1.5) == "1.5")
        #expect(HumanNumber.grouped(-12_345) == Self.minus + "12,345" && HumanNumber.grouped(10_000) == "10,000")
        #expect(HumanNumber.grouped(1234.5, min: 1, max: 2) == "1,234.5")
        #expect(HumanNumber.grouped(1234.0, min: 0, max: 2) == "1,234")
        #expect(HumanNumber.grouped(-0.004, min: 0, max: 2) == "0")
    }

    @Test("a plain number is the English localised one with its decimals fixed",
          arguments: [0.0, 0.05, -0.094, 0.3244, 1.5, -2.25, 12.5, 999.95, 1234.5678, -98_765.4321])
    func sameFamily(value: Double) {
        for decimals in 0...3 {
            #expect(HumanNumber.fixed(value, decimals: decimals) == ValueFormat.decimal(value, decimals: decimals, locale: .en))
        }
        #expect(HumanNumber.percent(value) == ValueFormat.decimal(value * 100, decimals: 1, locale: .en) + "%")
        // The localised style trims what the plain one keeps: same digits otherwise.
        #expect(ValueFormat.format(value, locale: .en, style: .percent) == ValueFormat.decimal(value * 100, decimals: 1, locale: .en, trim: true) + "%")
    }
}
