import ChartScene
import Foundation
import Testing
@testable import ChartKit

@Suite("Example specs in charts/examples")
struct ExampleSpecTests {
    static let names = ["vietnam-laos-trade.yaml", "exports-imports-vi.yaml", "growth-dark.yaml"]

    @Test("every example decodes, builds, and lays out without overlapping text", arguments: names)
    func example(name: String) throws {
        let spec = try Support.example(name)
        let scene = try Support.builder.scene(for: spec)
        #expect(Support.overlaps(scene) == [])
        #expect(Support.outside(scene) == [])
        #expect(!scene.texts(role: "title").isEmpty)
        #expect(scene.texts(role: "source").count == 1)
        if ProcessInfo.processInfo.environment["CHARTKIT_DUMP"] != nil {
            let out = Support.repositoryRoot.appendingPathComponent(".build/chartkit-dumps/\(name).json")
            try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
            try scene.jsonDump().write(to: out, atomically: true, encoding: .utf8)
        }
    }
}
