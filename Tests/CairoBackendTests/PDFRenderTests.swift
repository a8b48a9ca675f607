import ChartScene
import Foundation
import Testing

@testable import CairoBackend

@Suite("PDF output")
struct PDFRenderTests {
    let renderer = CairoRenderer()

    @Test func hasHeaderMetadataAndPageSizeInPoints() throws {
        let pdf = try renderer.render(SampleScenes.sample(title: "Vietnam Laos trade"), format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Title (Vietnam Laos trade)"))
        #expect(text.contains("/Creator (tradechart)"))
        // Fixed dates keep the bytes identical (cairo 1.16 writes them without the "D:" prefix).
        #expect(text.contains("/CreationDate (20000101000000Z)"))
        #expect(text.contains("/ModDate (20000101000000Z)"))
        // 600×400 px at 96 px per inch is 450×300 pt.
        #expect(text.contains("/MediaBox [ 0 0 450 300 ]"))
        #expect(text.contains("/FontFile2"))  // TrueType fonts embedded
    }

    /// `pdftotext` (poppler-utils), when installed.
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Needs `pdftotext`; reported as skipped when it is not installed.
    @Test(.enabled(if: Self.pdftotext != nil, "needs pdftotext (poppler-utils)"))
    func extractedTextIsTheVietnameseAndLaoInput() throws {
        let tool = try #require(Self.pdftotext)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cairo-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sample.pdf").path
        try renderer.write(SampleScenes.sample(), to: path, format: .pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self).precomposedStringWithCanonicalMapping
        #expect(text.contains(SampleScenes.vietnamese))
        #expect(text.contains(SampleScenes.lao))
    }
}
