import ChartScene
import Foundation
import PropertyBased
import Testing
@testable import ChartKit

@Suite("Layout properties over random data and labels")
struct LayoutPropertyTests {
    static let vietnamese = String("Kim ngạch xuất khẩu hàng hóa của Việt Nam sang Lào tăng mạnh nhờ các dự án thủy điện và khoáng sản ".prefix(100))
    static let lao = String(String(repeating: "ການຄ້າລະຫວ່າງ ສປປ ລາວ ແລະ ຫວຽດນາມ ", count: 4).prefix(100))

    /// Short, long Vietnamese, long Lao or a random word as a label.
    static func label(_ kind: Int, _ word: String) -> String {
        switch kind {
        case 0: return "A" + word
        case 1: return vietnamese
        case 2: return lao
        default: return word.isEmpty ? "x" : word
        }
    }

    /// Every path and text box of the scene, with its role.
    static func boxes(_ scene: Scene) -> [(String, Rect)] {
        scene.flattenedItems.compactMap { item in
            switch item {
            case .path(let p): return p.bounds.map { (p.role ?? "", $0) }
            case .text(let t): return (t.role ?? "", t.bounds(measurer: Support.measurer))
            case .group: return nil
            }
        }
    }

    @Test("random data (negatives, gaps, 1–500 points), labels up to 100 Vietnamese or Lao characters, every theme: nothing leaves the canvas, no text overlaps",
          .shrinking(false))
    func randomCharts() async {
        await propertyCheck(count: 80, input: Gen.double(in: -1e9...3e9).array(of: 1...500), Gen.int(in: 0...12),
                            Gen.int(in: 0...3), Gen.int(in: 0...3), Gen.letterOrNumber.string(of: 0...30), Gen.int(in: 0...11)) {
            values, gapEvery, nameKind, ruleKind, word, choice in
            let mark = [MarkType.line, .bar, .area, .point][choice % 4]
            let theme = ThemeName.allCases[choice % 3]
            let n = values.count
            let half = (n + 1) / 2
            let years = (0..<n).map { String(1900 + $0 % half) }
            let cells = values.enumerated().map { i, v in gapEvery > 0 && i % (gapEvery + 2) == 1 ? "" : String(v) }
            let names = (0..<n).map { $0 < half ? Self.label(nameKind, word) : Self.label((nameKind + 1) % 4, word + "2") }
            guard var spec = try? Support.spec(mark, [("year", years), ("k", names), ("value", cells)],
                                               layer: { $0.color = "k" }, configure: { $0.theme = theme }) else {
                Issue.record("no spec")
                return
            }
            spec.y = YAxisSpec(title: Self.label(ruleKind, word), unit: "USD", format: .currency)
            spec.annotations = [
                Annotation(type: .rule, y: values[0], label: Self.label(ruleKind, word)),
                Annotation(type: .callout, x: Cell(years[0]), y: values[0], text: Self.label(nameKind, word), dx: 20, dy: -30),
            ]
            let scene: Scene
            do { scene = try Support.builder.scene(for: spec) } catch {
                Issue.record("\(mark) \(theme) \(n) points: \(error)")
                return
            }
            let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
            for (role, box) in Self.boxes(scene) where !canvas.insetBy(dx: -0.5, dy: -0.5).contains(box) {
                Issue.record("\(mark) \(theme) \(n) points: \(role) \(box) leaves the canvas")
            }
            #expect(Support.overlaps(scene) == [], "\(mark) \(theme) \(n) points")
        }
    }
}
