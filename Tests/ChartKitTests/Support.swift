import ChartScene
import Foundation
@testable import ChartKit

/// Helpers shared by the ChartKit tests.
enum Support {
    static let measurer = ApproximateTextMeasurer()
    static let builder = ChartBuilder(measurer: measurer)

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func example(_ name: String) throws -> ChartSpec {
        let url = repositoryRoot.appendingPathComponent("charts/examples/\(name)")
        return try ChartSpec.decode(yaml: String(contentsOf: url, encoding: .utf8), file: "charts/examples/\(name)")
    }

    static func table(_ columns: [(String, [String])]) throws -> DataTable {
        try DataTable(textColumns: columns.map { (name: $0.0, values: $0.1) })
    }

    /// A one-layer spec over an inline table.
    static func spec(_ mark: MarkType, _ columns: [(String, [String])], layer: (inout Layer) -> Void = { _ in },
                     configure: (inout ChartSpec) -> Void = { _ in }) throws -> ChartSpec {
        var l = Layer(mark: mark, data: "t", x: columns[0].0, y: "value")
        layer(&l)
        var spec = ChartSpec(title: "Test chart", source: "Test source", data: ["t": .inline(try table(columns))], layers: [l])
        configure(&spec)
        return spec
    }

    /// Pairs of text items whose measured boxes overlap, described for failure messages.
    static func overlaps(_ scene: Scene) -> [String] {
        let texts = scene.texts()
        let boxes = texts.map { $0.bounds(measurer: measurer) }
        var found: [String] = []
        for i in texts.indices {
            for j in texts.indices where j > i && boxes[i].intersects(boxes[j]) {
                found.append("'\(texts[i].text)' [\(texts[i].role ?? "")] × '\(texts[j].text)' [\(texts[j].role ?? "")]")
            }
        }
        return found
    }

    /// Text items not fully inside the canvas.
    static func outside(_ scene: Scene) -> [String] {
        let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        return scene.texts().filter { !canvas.contains($0.bounds(measurer: measurer)) }.map(\.text)
    }
}
