import Foundation
import Testing

/// The release binary (`make release`) on a machine with the runtime libraries (Cairo, Pango,
/// fonts) and no Swift toolchain: copied to a temporary folder and run there with the
/// toolchain's folders removed from the environment.
@Suite("Release binary without the toolchain")
struct StandaloneBinaryTests {
    static let release = Binary.root.appendingPathComponent(".build/release/tradechart").path

    /// A release build of the current sources: the binary exists and is newer than every file
    /// under Sources/, Package.swift and the Makefile (a stale binary would test old code).
    static var isCurrent: Bool {
        let manager = FileManager.default
        guard let built = (try? manager.attributesOfItem(atPath: release))?[.modificationDate] as? Date else { return false }
        var inputs = [Binary.root.appendingPathComponent("Package.swift").path, Binary.root.appendingPathComponent("Makefile").path]
        let sources = Binary.root.appendingPathComponent("Sources").path
        if let enumerator = manager.enumerator(atPath: sources) {
            for case let file as String in enumerator { inputs.append(sources + "/" + file) }
        }
        return inputs.allSatisfy { path in
            guard let date = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return true }
            return date <= built
        }
    }

    /// The toolchain's root (`/opt/swift/usr` for `/opt/swift/usr/bin/swift`), from PATH.
    static var toolchainRoot: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let swift = "\(folder)/swift"
            guard FileManager.default.isExecutableFile(atPath: swift) else { continue }
            let resolved = URL(fileURLWithPath: swift).resolvingSymlinksInPath()
            return resolved.deletingLastPathComponent().deletingLastPathComponent().path
        }
        return nil
    }

    /// This process's environment without the toolchain: no LD_LIBRARY_PATH, PATH of the system
    /// folders only, and no variable that mentions the toolchain's folder.
    static func environmentWithoutToolchain() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LD_LIBRARY_PATH"] = nil
        environment["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        if let root = toolchainRoot { environment = environment.filter { !$0.value.contains(root) } }
        return environment
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> Binary.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environmentWithoutToolchain()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Binary.Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: isCurrent, "needs a current release build (make release)"))
    func reportRunsFromATemporaryFolderWithoutTheToolchain() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/tradechart"
        try FileManager.default.copyItem(atPath: Self.release, toPath: copy)

        // No Swift runtime library is loaded from anywhere: they are linked into the binary.
        let ldd = try Self.run("/usr/bin/ldd", [copy], in: folder)
        #expect(ldd.status == 0)
        for library in ["libswiftCore", "libFoundation", "lib_FoundationICU", "libdispatch", "libBlocksRuntime"] {
            #expect(!ldd.stdout.contains(library), "\(library) is linked dynamically:\n\(ldd.stdout)")
        }
        if let root = Self.toolchainRoot { #expect(!ldd.stdout.contains(root)) }
        #expect(!ldd.stdout.contains("not found"), "\(ldd.stdout)")

        let report = try Self.run(copy, ["report", "--out", "pack", "--formats", "png,svg,pdf"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        for file in ["report.md", "report.html", "figures.csv", "alt-text.txt", "trade-vs-target.png",
                     "trade-vs-target.svg", "trade-vs-target.pdf"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: "\(folder)/pack/\(file)"))?[.size] as? Int ?? 0
            #expect(size > 100, "pack/\(file)")
        }
        let version = try Self.run(copy, ["--version"], in: folder)
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }
}
