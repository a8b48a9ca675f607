import ChartScene
import Foundation
import PropertyBased
import Testing
@testable import ChartKit
import NumberText

@Suite("Layout")
struct LayoutTests {
    static let vietnameseTitle = "Kim ngạch thương mại Việt Nam – Lào đạt 2,98 tỷ USD năm 2025, tăng 32,7% so với năm trước"
    static let laoSubtitle = "ການຄ້າລະຫວ່າງ ສປປ ລາວ ແລະ ສສ ຫວຽດນາມ ປີ 2025"

    static func twoLines(title: String, subtitle: String? = nil, names: (String, String) = ("Exports", "Imports"),
                         size: ChartSize = .default, language: Language = .en) throws -> ChartSpec {
        var spec = try Support.spec(.line, [
            ("year", ["2021", "2022", "2023", "2024", "2025", "2021", "2022", "2023", "2024", "2025"]),
            ("k", [names.0, names.0, names.0, names.0, names.0, names.1, names.1, names.1, names.1, names.1]),
            ("value", ["0.6e9", "0.66e9", "0.6e9", "0.83e9", "1.1e9", "0.8e9", "0.97e9", "1.03e9", "1.42e9", "1.9e9"]),
        ]) { $0.color = "k" } configure: {
            $0.title = title; $0.subtitle = subtitle; $0.size = size; $0.language = language
            $0.notes = ["2025 is preliminary."]
            $0.y = YAxisSpec(title: "Trade", unit: "USD", format: .currency)
        }
        spec.annotations = [Annotation(type: .rule, y: 1.5e9, label: "Target")]
        return spec
    }

    @Test("a Vietnamese title, a Lao subtitle and Vietnamese numbers: NFC, no overlap, inside the canvas")
    func vietnameseAndLao() throws {
        // Decomposed input (e + combining marks) must come out composed.
        let decomposed = Self.vietnameseTitle.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count != Self.vietnameseTitle.unicodeScalars.count)
        let spec = try Self.twoLines(title: decomposed, subtitle: Self.laoSubtitle, names: ("Xuất khẩu", "Nhập khẩu"), language: .vi)
        let scene = try Support.builder.scene(for: spec)
        for t in scene.texts() { #expect(t.text == t.text.precomposedStringWithCanonicalMapping) }
        #expect(scene.texts(role: "title").map(\.text).joined(separator: " ") == Self.vietnameseTitle)
        #expect(scene.texts(role: "subtitle").map(\.text) == [Self.laoSubtitle])
        #expect(scene.texts(role: "axis-label").map(\.text) == ["Trade, tỷ USD"])
        #expect(scene.texts(role: "tick-label").map(\.text).contains("1,5"))
        #expect(scene.texts(role: "source").map(\.text) == ["Nguồn: Test source"])
        #expect(scene.texts(role: "end-label").map(\.text).sorted() == ["Nhập khẩu", "Xuất khẩu"])
        #expect(Support.overlaps(scene) == [])
        #expect(Support.outside(scene) == [])
    }

    @Test("a 200-character title wraps to two lines and is ellipsized")
    func longTitle() throws {
        let title = String(repeating: "Vietnam and Laos trade ", count: 9).prefix(200)
        let scene = try Support.builder.scene(for: Self.twoLines(title: String(title)))
        let lines = scene.texts(role: "title")
        #expect(lines.count == 2)
        #expect(lines[1].text.hasSuffix("…"))
        #expect(Support.overlaps(scene) == [])
        #expect(Support.outside(scene) == [])
    }

    @Test("Lao text without spaces breaks between characters")
    func laoWrap() {
        let lines = TextLayout(measurer: Support.measurer).wrap(String(repeating: "ການຄ້າ", count: 30), font: Font(size: 14), maxWidth: 200, maxLines: 5)
        #expect(lines.count > 1)
        for line in lines { #expect(Support.measurer.measure(line, font: Font(size: 14)).width <= 200) }
    }

    @Test("any title, names and canvas: no text overlaps, all text on the canvas, legend off the data")
    func property() async {
        let words = Gen.letterOrNumber.string(of: 1...14)
        await propertyCheck(count: 60, input: words.array(of: 0...30), words, words, Gen.int(in: 0...3), Gen.int(in: 0...2)) {
            titleWords, a, b, sizeIndex, themeIndex in
            let sizes = [ChartSize(width: 960, height: 540), ChartSize(width: 640, height: 400),
                         ChartSize(width: 1600, height: 900), ChartSize(width: 480, height: 360)]
            guard a != b, var spec = try? Self.twoLines(title: titleWords.joined(separator: " "), subtitle: "Subtitle " + b,
                                                        names: (a, b), size: sizes[sizeIndex]) else { return }
            spec.theme = ThemeName.allCases[themeIndex]
            spec.layers[0].style = LayerStyle(label: LabelPlacement.none)  // force a legend
            guard let scene = try? Support.builder.scene(for: spec) else {
                Issue.record("no scene for \(spec.size)")
                return
            }
            #expect(Support.overlaps(scene) == [])
            #expect(Support.outside(scene) == [])
            let plot = scene.flattenedItems.isEmpty ? nil : scene.items.compactMap { item -> Rect? in
                if case .group(let g) = item, g.role == "plot" { return g.clip }
                return nil
            }.first
            for legend in scene.texts(role: "legend") {
                #expect(!(plot?.intersects(legend.bounds(measurer: Support.measurer)) ?? true))
            }
        }
    }

    @Test("building the same spec twice gives identical scenes and dumps")
    func deterministic() throws {
        for name in ExampleSpecTests.names {
            let spec = try Support.example(name)
            let a = try Support.builder.scene(for: spec), b = try Support.builder.scene(for: spec)
            #expect(a == b)
            #expect(try a.jsonDump() == b.jsonDump())
        }
    }

    @Test("alt text is generated from the title when absent")
    func altText() throws {
        let scene = try Support.builder.scene(for: Self.twoLines(title: "Trade"))
        #expect(scene.description == "Line chart: Trade. Series: Exports, Imports. From 2021 to 2025.")
        #expect(scene.title == "Trade")
    }
}
