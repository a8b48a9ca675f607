import FileIO
import Foundation

/// One writer at a time per output folder: an advisory lock (`flock`) on the folder itself, and
/// while it is held a `.tradechart-lock` file in the folder naming the holder's pid and start
/// time, for the message a second run prints. The kernel drops the lock when its holder dies
/// (even by SIGKILL), so a killed run never leaves a stale lock: the next run takes the lock and
/// overwrites the dead run's `.tradechart-lock`, and removes it when done.
///
/// The pack's switch exchanges the folder for a staged one (`PackWriter`), so the folder at a
/// path can change while a second run waits: a run that gets the lock checks that it locked the
/// folder the path names now, and otherwise locks again. The writer locks the staged folder
/// (`adopt`) before the exchange, so the new folder is held from the moment it appears.
final class PackLock {
    static let name = ".tradechart-lock"

    private var fds: [Int32]
    private let infoPath: String
    private let info: String

    /// Takes the lock on `folder`, waiting up to `wait` seconds for another run to finish.
    init(folder: String, wait: Double = 2) throws {
        let infoPath = folder + "/" + Self.name
        let deadline = Date().addingTimeInterval(wait)
        var locked: Int32 = -1
        while locked < 0 {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw FileWriteError(.create, path: folder, code: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                if Self.names(fd: fd, path: folder) { locked = fd; break }
                // The folder was exchanged while this run waited: lock the one there now.
                close(fd)
                guard Date() < deadline else { throw PackError.busy(folder, holder: Self.holder(infoPath)) }
                continue
            }
            let code = errno
            close(fd)
            guard code == EWOULDBLOCK || code == EINTR, Date() < deadline else {
                throw PackError.busy(folder, holder: Self.holder(infoPath))
            }
            usleep(50_000)
        }
        let info = "pid \(getpid()), started \(ISO8601DateFormatter().string(from: Date()))\n"
        do {
            try AtomicFile.write(Array(info.utf8), to: infoPath, durable: false)
        } catch {
            flock(locked, LOCK_UN)
            close(locked)
            throw error
        }
        self.fds = [locked]
        self.infoPath = infoPath
        self.info = info
    }

    /// Also locks `folder`, a staged folder no other run knows of yet, and writes the holder
    /// file into it, so that once it is exchanged into place a second run finds it held.
    func adopt(_ folder: String) throws(FileWriteError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(.create, path: folder, code: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            throw FileWriteError(.create, path: folder, code: code)
        }
        fds.append(fd)
        try AtomicFile.write(Array(info.utf8), to: folder + "/" + Self.name, durable: false)
    }

    deinit {
        unlink(infoPath)
        for fd in fds {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// True when the open folder `fd` is the folder `path` names now.
    private static func names(fd: Int32, path: String) -> Bool {
        var opened = stat(), current = stat()
        guard fstat(fd, &opened) == 0, stat(path, &current) == 0 else { return false }
        return opened.st_dev == current.st_dev && opened.st_ino == current.st_ino
    }

    /// The holder's "pid N, started T", when its holder file could be read.
    private static func holder(_ path: String) -> String? {
        guard let bytes = try? BoundedFile.read(path: path, limit: 200), !bytes.isEmpty else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
