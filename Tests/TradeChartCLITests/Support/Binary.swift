import Foundation

/// Runs the built `tradechart` binary as a user would, capturing its output and exit status.
enum Binary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's location.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `tradechart` binary `swift test` builds beside the test bundle, on any platform and
    /// configuration: `TRADECHART_BIN` when set, else the build folder the tests run from (the
    /// folder `swift build --show-bin-path` prints), else `.build/debug`.
    static var path: String? {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["TRADECHART_BIN"] { candidates.append(explicit) }
        if let folder = buildFolder { candidates.append(folder.appendingPathComponent("tradechart").path) }
        candidates.append(root.appendingPathComponent(".build/debug/tradechart").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The folder holding the test bundle: `.build/<triple>/<configuration>/`. On Linux the tests
    /// are the running executable (`…/tradechartPackageTests.xctest`); on macOS they are a bundle
    /// (`…/tradechartPackageTests.xctest/Contents/MacOS/…`) loaded into a host process.
    static var buildFolder: URL? {
        #if os(macOS)
        let bundle = Bundle.allBundles.first { $0.bundleURL.pathExtension == "xctest" }?.bundleURL
        return bundle?.deletingLastPathComponent()
        #else
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        #endif
    }

    static var isAvailable: Bool { path != nil }

    /// End-to-end suites run when the binary is built, and always under CI (where a missing
    /// binary must fail, not skip).
    static var shouldRun: Bool { isAvailable || ProcessInfo.processInfo.environment["CI"] != nil }

    /// Runs `tradechart arguments…` in `directory` (default: a fresh temporary folder).
    static func run(_ arguments: [String], in directory: String? = nil) throws -> Run {
        guard let path else { throw BinaryError.notBuilt }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "tradechart-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    enum BinaryError: Error { case notBuilt }
}
