import Foundation

/// External programs the client tests run (LibreOffice, pdftotext, python-docx in the venv that
/// `make setup-test` makes). Tests needing one are `.enabled(if:)` on its presence.
public enum Tools {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The repository root (this file is Tests/OfficeClients/Tools.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Python of the virtual environment with python-docx and python-pptx.
    public static var venvPython: String? {
        let path = root.appendingPathComponent(".venv-ooxml/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        let probe = try? run(path, ["-c", "import docx, pptx"])
        return probe?.status == 0 ? path : nil
    }

    /// The full path of `name` on PATH, nil when it is not installed.
    public static func path(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments` and waits; stdout and stderr are read to the end.
    public static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(program) ?? program)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the program runs, so neither fills up and blocks it.
        let errorData = LockedData()
        let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.done { usleep(1_000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private var finished = false
        func set(_ value: Data) { lock.lock(); data = value; finished = true; lock.unlock() }
        var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
        var value: Data { lock.lock(); defer { lock.unlock() }; return data }
    }

    /// A fresh temporary folder.
    public static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ooxml-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
