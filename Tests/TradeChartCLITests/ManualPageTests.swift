import Foundation
import Testing

/// The manual page `make man` installs, made by scripts/manpage.py from the binary's own help.
@Suite("Manual page", .enabled(if: Binary.shouldRun))
struct ManualPageTests {
    static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    func page() throws -> String {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/tradechart.1"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Binary.root.appendingPathComponent("scripts/manpage.py").path,
                             Binary.path ?? "tradechart", "2026-12-01", output]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test("every command and option is on the page, and non-ASCII text survives as roff escapes",
          .enabled(if: hasPython))
    func complete() throws {
        let text = try page()
        for command in ["report", "data", "targets", "scenarios", "track", "render", "plot"] {
            #expect(text.contains(".Ss \(command)\n"), "section for \(command)")
        }
        #expect(text.contains("Fl -target Ar target..."))
        // "20 tỷ USD vào năm 2030" in the --target help: the argument parser's generate-manual
        // printed "20 t USD vo nm 2030".
        #expect(text.contains("20 t\\[u1EF7] USD v\\[u00E0]o n\\[u0103]m 2030"))
        let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "the page itself is ASCII")
        #expect(text.contains(".Dd December 1, 2026"))
    }

    @Test("man renders the Vietnamese words", .enabled(if: hasPython && FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func rendered() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try page().write(toFile: folder + "/tradechart.1", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = ["-mdoc", "-Tutf8", "-P-c", folder + "/tradechart.1"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("tỷ USD vào"))
        #expect(text.contains("TRADECHART(1)"))
    }
}
