import FileIO
import Foundation

/// The one-step switch: the new folder is staged beside the output folder and exchanged with it.
///
/// Sequence, for `--out P` (parent `D`, pid `N`):
/// 1. `D/.P.tradechart-next-N/` gets every pack file and the new manifest, hard links to every
///    other entry of `P` (the user's files, edited or untracked pack files), the lock holder file
///    and a marker `.tradechart-switch` naming the staged folder; it is flushed and locked.
/// 2. `renameat2(RENAME_EXCHANGE)` swaps it with `P`: `P` is now the new folder, the staged name
///    holds the previous one. The parent is flushed.
/// 3. Files that appeared in the previous folder while this run staged (a user's save) are moved
///    across; the previous folder is removed; the marker is removed.
///
/// A kill before step 2 leaves `P` untouched and a staged folder the next run removes (it holds
/// only new files and hard links). A kill after step 2 leaves `P` whole and new, with the marker
/// still in it: the next run finishes step 3.
extension PackWriter {
    static let switchMarker = ".tradechart-switch"

    private var parentPath: String { directory.deletingLastPathComponent().path }
    private var nextPrefix: String { "." + directory.lastPathComponent + ".tradechart-next-" }

    /// Whether the folder can be switched by an exchange: a real folder (not a symbolic link, not
    /// a mount point) whose parent this process may write, holding only files and symbolic links
    /// (a user's sub-folder cannot be hard-linked across), and not this process's working folder
    /// or one of its parents (the shell would be left in the replaced folder).
    func canExchange() -> Bool {
        let path = directory.path
        var folder = stat(), parent = stat()
        guard lstat(path, &folder) == 0, (folder.st_mode & S_IFMT) == S_IFDIR,
              stat(parentPath, &parent) == 0, parent.st_dev == folder.st_dev,
              access(parentPath, W_OK | X_OK) == 0 else { return false }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let resolved = directory.resolvingSymlinksInPath().path
        if cwd == resolved || cwd.hasPrefix(resolved.hasSuffix("/") ? resolved : resolved + "/") { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names {
            var entry = stat()
            guard lstat(path + "/" + name, &entry) == 0 else { return false }
            let kind = entry.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFLNK else { return false }
        }
        return true
    }

    /// Stages `files` beside the folder and exchanges it in (see the type's comment).
    /// - Parameter replacing: the names in the folder that the new folder does not carry across
    ///   (this run's files, the manifest, stale files); every other entry is hard-linked across.
    /// - Returns: false, with nothing changed, when the folder cannot be exchanged.
    func exchangeIn(_ files: [(name: String, contents: Data)], replacing: Set<String>,
                    previous: [String: UInt64], lock: PackLock) throws -> Bool {
        guard canExchange() else { return false }
        let nextName = nextPrefix + "\(getpid())"
        let next = parentPath + "/" + nextName
        try? FileManager.default.removeItem(atPath: next)
        try stage(files + [(Self.switchMarker, Data((nextName + "\n").utf8))], in: next)
        do {
            guard try linkOthers(into: next, except: replacing) else {
                try? FileManager.default.removeItem(atPath: next)
                return false
            }
            try lock.adopt(next)
            try AtomicFile.syncFolder(next)
            guard try FolderExchange.exchange(next, directory.path) == .exchanged else {
                try? FileManager.default.removeItem(atPath: next)
                return false
            }
        } catch var error {
            try? FileManager.default.removeItem(atPath: next)
            error.path = error.path.replacingOccurrences(of: next, with: directory.path)
            throw error
        }
        // The switch has happened: the folder holds the new pack. What follows tidies up; a
        // failure here leaves the marker for the next run, not a mixed folder.
        try? AtomicFile.syncFolder(parentPath)
        finishExchange(previousFolder: next, previous: previous)
        return true
    }

    /// Hard-links every entry of the folder not in `except` (and not tradechart's own transient
    /// files) into `next`. Returns false when one cannot be linked (another user's file under
    /// protected hard links, a link limit): the caller falls back to the in-folder switch.
    private func linkOthers(into next: String, except: Set<String>) throws(FileWriteError) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where !except.contains(name) && !Self.isTransient(name) {
            let source = directory.path + "/" + name
            if link(source, next + "/" + name) != 0 {
                if errno == ENOENT { continue }   // removed meanwhile
                if errno == ENOSPC || errno == EDQUOT || errno == EIO { throw FileWriteError(.write, path: source, code: errno) }
                return false
            }
        }
        return true
    }

    /// After an exchange: moves across what appeared in the previous folder meanwhile (anything
    /// that is not one of the previous pack's own unchanged files), removes the previous folder,
    /// then the marker, and flushes the folder.
    func finishExchange(previousFolder: String, previous: [String: UInt64]) {
        let fm = FileManager.default
        let current = Set((try? fm.contentsOfDirectory(atPath: directory.path)) ?? [])
        let old = (try? fm.contentsOfDirectory(atPath: previousFolder)) ?? []
        for name in old where !current.contains(name) && !Self.isTransient(name) && name != Self.manifestName {
            let source = previousFolder + "/" + name
            if let digest = previous[name], let data = fm.contents(atPath: source), Digest.fnv1a64(data) == digest {
                continue   // the previous pack's own file, which this pack replaced or dropped
            }
            rename(source, directory.path + "/" + name)
        }
        try? fm.removeItem(atPath: previousFolder)
        unlink(directory.path + "/" + Self.switchMarker)
        try? AtomicFile.syncFolder(directory.path)
        try? AtomicFile.syncFolder(parentPath)
    }

    /// What a killed run left of an exchange: with the marker in the folder, the exchange
    /// happened and its tidy-up is finished; any other staged folder beside it never got
    /// exchanged and is removed (it holds only new files and hard links to files still here).
    func recoverExchange() {
        let fm = FileManager.default
        let markerPath = directory.path + "/" + Self.switchMarker
        if let bytes = try? BoundedFile.read(path: markerPath, limit: 400) {
            let name = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if name.hasPrefix(nextPrefix), !name.contains("/") {
                let previousFolder = parentPath + "/" + name
                finishExchange(previousFolder: previousFolder, previous: manifest(in: previousFolder))
            } else {
                unlink(markerPath)
            }
        }
        let siblings = (try? fm.contentsOfDirectory(atPath: parentPath)) ?? []
        for name in siblings where name.hasPrefix(nextPrefix) {
            let suffix = name.dropFirst(nextPrefix.count)
            guard !suffix.isEmpty, suffix.allSatisfy(\.isNumber) else { continue }
            try? fm.removeItem(atPath: parentPath + "/" + name)
        }
    }

    /// Names tradechart writes for the length of one run: the lock holder, the marker, staging
    /// folders and the atomic writer's temporary files.
    static func isTransient(_ name: String) -> Bool {
        name == PackLock.name || name == switchMarker || name.hasPrefix(stagingPrefix) || AtomicFile.isTemporaryName(name)
    }
}
