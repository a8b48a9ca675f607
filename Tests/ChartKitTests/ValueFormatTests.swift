import NumberText
import Testing
@testable import ChartKit

@Suite("Number formatting per language")
struct ValueFormatTests {
    @Test("English")
    func english() {
        #expect(ValueFormat.format(2.98e9, locale: .en, style: .currency("USD")) == "2.98 billion USD")
        #expect(ValueFormat.format(757.9e6, locale: .en, style: .currency("USD")) == "758 million USD")
        #expect(ValueFormat.format(2980, locale: .en, style: .number) == "2,980")
        #expect(ValueFormat.format(2980, locale: .en, style: .currency("USD")) == "2,980 USD")
        #expect(ValueFormat.format(0.327, locale: .en, style: .percent) == "32.7%")
        #expect(ValueFormat.format(0.327, locale: .en, style: .signedPercent) == "+32.7%")
        #expect(ValueFormat.format(-0.052, locale: .en, style: .signedPercent) == "−5.2%")
        #expect(ValueFormat.format(0.3, locale: .en, style: .percent) == "30%")
        #expect(ValueFormat.format(2.98e9, locale: .en, style: .compact) == "2.98B")
        #expect(ValueFormat.format(450e6, locale: .en, style: .compact) == "450M")
        #expect(ValueFormat.format(12_500, locale: .en, style: .compact) == "12.5K")
        #expect(ValueFormat.format(1.2e12, locale: .en, style: .compact) == "1.2T")
        #expect(ValueFormat.format(999.7e6, locale: .en, style: .compact) == "1B")
        #expect(ValueFormat.format(-1234.5, locale: .en, style: .number) == "−1,235")
        #expect(ValueFormat.format(1.5, locale: .en, style: .number) == "1.5")
    }

    @Test("Vietnamese")
    func vietnamese() {
        #expect(ValueFormat.format(2.98e9, locale: .vi, style: .currency("USD")) == "2,98 tỷ USD")
        #expect(ValueFormat.format(590.3e6, locale: .vi, style: .currency("USD")) == "590 triệu USD")
        #expect(ValueFormat.format(2980, locale: .vi, style: .number) == "2.980")
        #expect(ValueFormat.format(0.327, locale: .vi, style: .percent) == "32,7%")
        #expect(ValueFormat.format(0.327, locale: .vi, style: .signedPercent) == "+32,7%")
        #expect(ValueFormat.format(2.98e9, locale: .vi, style: .compact) == "2,98 tỷ")
        #expect(ValueFormat.format(12_000, locale: .vi, style: .compact) == "12 nghìn")
        #expect(ValueFormat.format(3e12, locale: .vi, style: .compact) == "3 nghìn tỷ")
    }

    @Test("no compact form ever uses the SI 'G'")
    func neverG() {
        for v in [1e9, 2.5e9, 9.99e9, 12e9, 999e9] {
            #expect(!ValueFormat.format(v, locale: .en, style: .compact).contains("G"))
        }
    }

    @Test("axis labels share one magnitude and one number of decimals")
    func axisFormat() {
        let ticks = [0, 0.5e9, 1e9, 1.5e9, 2e9, 2.5e9, 3e9]
        let en = AxisFormat(ticks: ticks, percent: false, scaleMagnitude: true, language: .en)
        #expect(ticks.map(en.label) == ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"])
        #expect(en.unitCaption(unit: "USD") == "billion USD")
        let vi = AxisFormat(ticks: ticks, percent: false, scaleMagnitude: true, language: .vi)
        #expect(vi.label(1.5e9) == "1,5")
        #expect(vi.unitCaption(unit: "USD") == "tỷ USD")
        let thousands = AxisFormat(ticks: [0, 2000, 4000], percent: false, scaleMagnitude: true, language: .en)
        #expect([0, 2000, 4000].map(thousands.label) == ["0", "2,000", "4,000"])
        let pct = AxisFormat(ticks: [0, 0.1, 0.2], percent: true, scaleMagnitude: true, language: .vi)
        #expect([0, 0.1, 0.2].map(pct.label) == ["0%", "10%", "20%"])
        #expect(pct.unitCaption(unit: "USD") == "")
    }
}
