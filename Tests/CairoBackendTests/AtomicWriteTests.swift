import ChartScene
import FileIO
import Foundation
import Testing

@testable import CairoBackend

@Suite("Atomic file writes")
struct AtomicWriteTests {
    let renderer = CairoRenderer()

    /// A fresh empty folder, removed by the caller.
    private func makeFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairo-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: OutputFormat.allCases)
    func writesExactlyTheRenderedBytes(format: OutputFormat) throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/chart.\(format.rawValue)"
        try renderer.write(SampleScenes.sample(), to: path, format: format)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(firstDifference(Array(written), try renderer.render(SampleScenes.sample(), format: format)) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["chart.\(format.rawValue)"])
    }

    @Test func missingFolderThrowsAndLeavesNothing() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/missing/chart.png"
        #expect(throws: FileWriteError(.create, path: path, code: ENOENT)) {
            try renderer.write(SampleScenes.sample(), to: path, format: .png)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func failedRenderKeepsTheExistingFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/chart.png"
        let old = Array("previous chart".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(old)))
        let huge = Scene(size: Size(width: 100_000, height: 100), items: [])
        #expect(throws: RenderError.self) { try renderer.write(huge, to: path, format: .png) }
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["chart.png"])
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/chart.svg"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
        try renderer.write(SampleScenes.sample(), to: path, format: .svg)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(written.starts(with: Data("<?xml".utf8)))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o644)
    }

    @Test func relativePathWritesInTheCurrentFolder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FileWriteError(.create, path: "\(folder)/", code: EISDIR, reason: "the path names a folder")) {
            try renderer.write(SampleScenes.sample(), to: "\(folder)/", format: .png)
        }
    }

    @Test func errorMessagesAreOneLowercaseLine() {
        #expect(RenderError.canvasTooLarge(width: 100_000, height: 100, limit: 16_384).description
            == "canvas 100000×100 px is too large (limit 16384 px a side)")
        #expect(RenderError.cairo(operation: "draw the scene", status: "invalid matrix (not invertible)").description
            == "cairo could not draw the scene: invalid matrix (not invertible)")
        #expect(RenderError.invalidScale(0).description == "scale 0.0 is invalid (use a positive number such as 1 or 2)")
    }

    @Test func cairoFailureIsReportedWithCairosStatus() {
        let singular = Scene(size: Size(width: 50, height: 50), items: [
            .group(GroupItem(items: [.path(.rect(Rect(x: 0, y: 0, width: 5, height: 5), fill: .black))],
                transform: Transform(a: 0, b: 0, c: 0, d: 0, tx: 0, ty: 0)))
        ])
        #expect(throws: RenderError.cairo(operation: "draw the scene", status: "invalid matrix (not invertible)")) {
            try renderer.render(singular, format: .png)
        }
    }
}
