import FileIO
import Foundation

/// Writes the files of a briefing pack into one output folder without ever losing a user's file.
///
/// - Every file is written atomically (temporary file in the same folder, then rename).
/// - A manifest (`.tradechart-manifest`) records what tradechart wrote and each file's digest, so a
///   second run may replace its own unmodified files; a file the user created or edited is only
///   replaced with `force`.
/// - Names are plain file names: no separators, no `..`, so nothing is written outside the folder.
/// - With `removingStale`, files an earlier run wrote (per the manifest) that this run does not
///   produce are removed when unchanged since, so a reused folder holds one pack; a file the user
///   created or edited is never touched.
public struct PackWriter {
    public static let manifestName = ".tradechart-manifest"

    public let directory: URL
    public let force: Bool

    public init(directory: String, force: Bool = false) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        self.force = force
    }

    /// Checks that `name` is a safe file name inside the pack folder.
    public static func validate(name: String) throws {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard !name.isEmpty, !name.hasPrefix("."), name.unicodeScalars.allSatisfy(allowed.contains),
              !name.contains("..") else {
            throw PackError.unsafeName(name)
        }
    }

    /// The files among `names` that exist and were not written, unmodified, by an earlier run.
    public func conflicts(for names: [String]) throws -> [String] {
        let manifest = readManifest()
        return try names.filter { name in
            try Self.validate(name: name)
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return false }
            guard let recorded = manifest[name], let data = try? Data(contentsOf: url) else { return true }
            return Digest.fnv1a64(data) != recorded
        }
    }

    /// Writes every file, refusing (before writing anything) when a file would replace one that
    /// tradechart did not write, unless `force` is set.
    /// - Parameter removingStale: also remove the files an earlier run wrote that `files` does not
    ///   list, when unchanged since they were written (edited ones are kept and no longer tracked).
    /// - Returns: the names of the files removed, sorted.
    @discardableResult
    public func write(_ files: [(name: String, contents: Data)], removingStale: Bool = false) throws -> [String] {
        let names = files.map(\.name)
        if !force {
            let blocked = try conflicts(for: names)
            if !blocked.isEmpty { throw PackError.wouldOverwrite(directory: directory.path, files: blocked) }
        } else {
            for name in names { try Self.validate(name: name) }
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PackError.cannotCreate(directory.path, reason: Self.reason(error))
        }
        var manifest = readManifest()
        for file in files {
            try AtomicFile.write(file.contents, to: directory.appendingPathComponent(file.name).path)
            manifest[file.name] = Digest.fnv1a64(file.contents)
        }
        var removed: [String] = []
        if removingStale {
            let produced = Set(names)
            for (name, digest) in manifest where !produced.contains(name) {
                manifest[name] = nil
                guard (try? Self.validate(name: name)) != nil else { continue }
                let url = directory.appendingPathComponent(name)
                guard let data = try? Data(contentsOf: url), Digest.fnv1a64(data) == digest else { continue }
                do {
                    try FileManager.default.removeItem(at: url)
                    removed.append(name)
                } catch {
                    throw FileWriteError(.write, path: url.path, code: 0, reason: Self.reason(error))
                }
            }
        }
        let text = manifest.keys.sorted().map { "\($0)\t\(String(manifest[$0] ?? 0, radix: 16))" }
            .joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: directory.appendingPathComponent(Self.manifestName).path)
        return removed.sorted()
    }

    func readManifest() -> [String: UInt64] {
        let url = directory.appendingPathComponent(Self.manifestName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var result: [String: UInt64] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let digest = UInt64(parts[1], radix: 16) { result[String(parts[0])] = digest }
        }
        return result
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}

/// Errors of the briefing pack.
public enum PackError: Error, CustomStringConvertible, Equatable {
    case unsafeName(String)
    case wouldOverwrite(directory: String, files: [String])
    case cannotCreate(String, reason: String)

    public var description: String {
        switch self {
        case .unsafeName(let name):
            return "refusing to write '\(name)': output names must be plain file names (a-z, 0-9, '-', '_', '.')"
        case .wouldOverwrite(let directory, let files):
            let shown = files.prefix(3).joined(separator: ", ")
            let more = files.count > 3 ? " and \(files.count - 3) more" : ""
            return "'\(directory)' already has \(shown)\(more), not written by tradechart or changed since"
        case .cannotCreate(let path, let reason):
            return "cannot create output folder '\(path)': \(reason)"
        }
    }
}

/// Small, dependency-free content digest for the manifest (not for security).
enum Digest {
    static func fnv1a64(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
