import FileIO
import Foundation

/// Writes the files of a briefing pack into one output folder without ever losing a user's file.
///
/// - The pack is staged in the folder, flushed, then switched in by renames, manifest last (see `write`).
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
    ///
    /// The pack is staged, then switched in. Where the folder allows it (`canExchange`), a complete
    /// copy of the new folder (the pack, its manifest, and hard links to every other file in the
    /// folder) is staged beside it as `.NAME.tradechart-next-<pid>`, flushed, and exchanged with the
    /// folder in one step (`renameat2(RENAME_EXCHANGE)`): the folder holds the previous pack or the
    /// new one, never a mix. Otherwise the files are staged in `.tradechart-staging-<pid>/` inside
    /// the folder and renamed into place, the manifest last. A fault before the switch (disk full,
    /// permission, the folder removed, a kill) leaves the previous pack as it was; the next run
    /// clears or finishes what a killed run left (`removeLeftovers`) before it starts. One run at
    /// a time holds the folder's lock (`PackLock`); a second waits briefly, then fails with
    /// `PackError.busy`.
    /// - Parameter removingStale: also remove the files an earlier run wrote that `files` does not
    ///   list, when unchanged since they were written (edited ones are kept and no longer tracked).
    /// - Returns: the names of the files removed, sorted.
    @discardableResult
    public func write(_ files: [(name: String, contents: Data)], removingStale: Bool = false) throws -> [String] {
        let names = files.map(\.name)
        for name in names { try Self.validate(name: name) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PackError.cannotCreate(directory.path, reason: Self.reason(error))
        }
        let lock = try PackLock(folder: directory.path)
        defer { withExtendedLifetime(lock) {} }
        removeLeftovers()
        if !force {
            let blocked = try conflicts(for: names)
            if !blocked.isEmpty { throw PackError.wouldOverwrite(directory: directory.path, files: blocked) }
        }
        let previousManifest = readManifest()
        var manifest = previousManifest
        for file in files { manifest[file.name] = Digest.fnv1a64(file.contents) }
        var stale: [String] = []
        if removingStale {
            let produced = Set(names)
            for (name, digest) in manifest where !produced.contains(name) {
                manifest[name] = nil
                guard (try? Self.validate(name: name)) != nil else { continue }
                let url = directory.appendingPathComponent(name)
                guard let data = try? Data(contentsOf: url), Digest.fnv1a64(data) == digest else { continue }
                stale.append(name)
            }
        }
        let text = manifest.keys.sorted().map { "\($0)\t\(String(manifest[$0] ?? 0, radix: 16))" }
            .joined(separator: "\n") + "\n"
        let staged = files + [(Self.manifestName, Data(text.utf8))]
        let kept = Set(names + [Self.manifestName] + stale)
        if try exchangeIn(staged, replacing: kept, previous: previousManifest, lock: lock) {
            return stale.sorted()
        }
        // The folder cannot be exchanged (see `canExchange`): the switch is a series of renames
        // within the folder, the manifest last; a kill during it is finished by the next run.
        let staging = directory.appendingPathComponent("\(Self.stagingPrefix)\(getpid())").path
        try stage(staged, in: staging)
        for name in names + [Self.manifestName] {
            let target = directory.appendingPathComponent(name).path
            guard rename(staging + "/" + name, target) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(atPath: staging)
                throw FileWriteError(.write, path: target, code: code)
            }
        }
        for name in stale {
            let url = directory.appendingPathComponent(name)
            guard unlink(url.path) == 0 || errno == ENOENT else { throw FileWriteError(.write, path: url.path, code: errno) }
        }
        rmdir(staging)
        try AtomicFile.syncFolder(directory.path)
        return stale.sorted()
    }

    /// The name the staging folder starts with (`.tradechart-staging-<pid>`).
    static let stagingPrefix = ".tradechart-staging-"

    /// Writes `files` into a fresh `staging` folder and flushes it; on failure removes it and
    /// throws the error naming the file's place in the pack, not in the staging folder.
    func stage(_ files: [(name: String, contents: Data)], in staging: String) throws {
        do {
            guard mkdir(staging, 0o755) == 0 else { throw FileWriteError(.create, path: staging, code: errno) }
            for file in files { try AtomicFile.write(file.contents, to: staging + "/" + file.name, durable: false) }
            for file in files {
                let fd = open(staging + "/" + file.name, O_RDONLY)
                guard fd >= 0 else { throw FileWriteError(.write, path: staging + "/" + file.name, code: errno) }
                defer { close(fd) }
                guard fsync(fd) == 0 else { throw FileWriteError(.write, path: staging + "/" + file.name, code: errno) }
            }
            try AtomicFile.syncFolder(staging)
        } catch var error as FileWriteError {
            try? FileManager.default.removeItem(atPath: staging)
            error.path = error.path.replacingOccurrences(of: staging, with: directory.path)
            throw error
        }
    }

    /// Clears what a killed run left: its staging folders and the atomic writer's temporary files.
    /// A staging folder that holds its manifest was complete (the manifest is staged last), and
    /// its run may have been killed during the switch: that switch is finished first (the rest of
    /// its files, then its manifest), so the folder again holds one pack. Runs under the lock,
    /// so no live run owns them.
    func removeLeftovers() {
        recoverExchange()
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(Self.stagingPrefix) {
            let staging = directory.appendingPathComponent(name).path
            let staged = ((try? fm.contentsOfDirectory(atPath: staging)) ?? []).filter { !AtomicFile.isTemporaryName($0) }
            if staged.contains(Self.manifestName) {
                for file in staged.filter({ $0 != Self.manifestName }) + [Self.manifestName] {
                    rename(staging + "/" + file, directory.appendingPathComponent(file).path)
                }
            }
            try? fm.removeItem(atPath: staging)
        }
        for name in names where AtomicFile.isTemporaryName(name) {
            try? fm.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    func readManifest() -> [String: UInt64] { manifest(in: directory.path) }

    /// The manifest of the pack in `folder` (empty when it has none).
    func manifest(in folder: String) -> [String: UInt64] {
        let url = URL(fileURLWithPath: folder + "/" + Self.manifestName)
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
    /// Another run holds the folder's lock; `holder` is its "pid N, started T" when known.
    case busy(String, holder: String?)

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
        case .busy(let path, let holder):
            let who = holder.map { " (\($0))" } ?? ""
            return "'\(path)' is being written by another tradechart run\(who); try again when it has finished"
        }
    }
}

/// Small, dependency-free content digest for the manifest (not for security).
enum Digest {
    static func fnv1a64(_ data: Data) -> UInt64 {
        // Over the raw bytes: `for byte in data` goes through Data's iterator, one call a byte
        // (a quarter of a billion instructions for a pack's 4 MB of charts).
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
