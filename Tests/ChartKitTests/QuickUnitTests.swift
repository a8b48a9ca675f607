import ChartScene
import Testing
@testable import ChartKit

@Suite("Quick charts read the unit column")
struct QuickUnitTests {
    @Test("unit words: scale word before or after the unit, English and Vietnamese", arguments: [
        ("triệu USD", 1e6, "USD"), ("million USD", 1e6, "USD"), ("USD million", 1e6, "USD"), ("tỷ đồng", 1e9, "đồng"),
        ("Thousand tonnes", 1e3, "tonnes"), ("nghìn tỷ đồng", 1e12, "đồng"), ("USD", 1, "USD"), ("nghìn", 1e3, ""),
    ])
    func unitWords(text: String, multiplier: Double, unit: String) throws {
        let parsed = try #require(ValueUnit(parsing: text))
        #expect(parsed == ValueUnit(multiplier: multiplier, unit: unit))
    }

    static func table(unit: [String]) throws -> DataTable {
        try Support.table([
            ("năm", ["2023", "2024", "2025"]), ("xuất khẩu", ["600", "830", "1100"]),
            ("nhập khẩu", ["1030", "1420", "1900"]), ("đơn vị", unit),
        ])
    }

    @Test("2,980 'triệu USD' is drawn as 2.98 billion: caption 'Tỷ USD', ticks in billions, the span as subtitle")
    func millionsToBillions() throws {
        let table = try Self.table(unit: ["triệu USD", "triệu USD", "triệu USD"])
        for kind in [QuickKind.line, .bar] {
            let spec = try ChartSpec.quick(kind: kind, table: table, x: "năm", y: ["xuất khẩu", "nhập khẩu"], language: .vi)
            #expect(spec.y.unit == "USD")
            #expect(spec.subtitle == "2023–2025")
            let scene = try Support.builder.scene(for: spec)
            #expect(scene.texts(role: "axis-label").map(\.text) == ["Tỷ USD"])
            #expect(scene.texts(role: "tick-label").map(\.text).prefix(5) == ["0,0", "0,5", "1,0", "1,5", "2,0"])
        }
    }

    @Test("mixed units are not guessed: values stay as written")
    func mixedUnits() throws {
        let table = try Self.table(unit: ["triệu USD", "tỷ USD", "triệu USD"])
        let spec = try ChartSpec.quick(kind: .line, table: table, x: "năm", y: ["xuất khẩu"], language: .en)
        #expect(spec.y.unit == nil)
        let scene = try Support.builder.scene(for: spec)
        #expect(scene.texts(role: "axis-label").isEmpty)
        #expect(scene.texts(role: "tick-label").map(\.text).contains("1,000"))
    }
}
