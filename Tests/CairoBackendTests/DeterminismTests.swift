import ChartScene
import Testing

@testable import CairoBackend

@Suite("Determinism")
struct DeterminismTests {
    @Test(arguments: OutputFormat.allCases)
    func sameSceneGivesSameBytes(format: OutputFormat) throws {
        let scene = SampleScenes.sample(title: "Kim ngạch – ການຄ້າ", description: "Alt text")
        let first = try CairoRenderer().render(scene, format: format, scale: 2)
        let second = try CairoRenderer().render(scene, format: format, scale: 2)
        #expect(first.count > 1000)
        #expect(firstDifference(first, second) == nil)
    }

    /// Renders on several threads at once (each uses its own thread's Pango font map) and
    /// compares with a render done alone.
    @Test(arguments: OutputFormat.allCases)
    func concurrentRendersMatchASerialOne(format: OutputFormat) async throws {
        let scene = SampleScenes.sample()
        let expected = try CairoRenderer().render(scene, format: format)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 { group.addTask { try CairoRenderer().render(scene, format: format) } }
            return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { firstDifference($0, expected) == nil })
    }

    @Test func decomposedAndComposedTextRenderAlike() throws {
        let font = Font(size: 18)
        let composed = SampleScenes.single(TextItem(text: "Việt Nam", position: Point(x: 10, y: 50), font: font))
        let decomposed = SampleScenes.single(
            TextItem(text: "Vie\u{323}\u{302}t Nam", position: Point(x: 10, y: 50), font: font))
        let a = try CairoRenderer().render(composed, format: .png)
        let b = try CairoRenderer().render(decomposed, format: .png)
        #expect(firstDifference(a, b) == nil)
    }
}

/// The first offset where two byte arrays differ (or the shorter length), nil when equal.
/// Keeps failure messages short instead of printing whole files.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
    if a == b { return nil }
    return zip(a.indices, zip(a, b)).first { $0.1.0 != $0.1.1 }?.0 ?? min(a.count, b.count)
}
