import FileIO
import Foundation

/// One writer at a time per output folder: an advisory lock (`flock`) on the folder itself, and
/// while it is held a `.tradechart-lock` file in the folder naming the holder's pid and start
/// time, for the message a second run prints. The kernel drops the lock when its holder dies
/// (even by SIGKILL), so a killed run never leaves a stale lock: the next run takes the lock and
/// overwrites the dead run's `.tradechart-lock`, and removes it when done.
final class PackLock {
    static let name = ".tradechart-lock"

    private let fd: Int32
    private let infoPath: String

    /// Takes the lock on `folder`, waiting up to `wait` seconds for another run to finish.
    init(folder: String, wait: Double = 2) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(.create, path: folder, code: errno) }
        let infoPath = folder + "/" + Self.name
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(fd)
                throw PackError.busy(folder, holder: Self.holder(infoPath))
            }
            usleep(50_000)
        }
        let text = "pid \(getpid()), started \(ISO8601DateFormatter().string(from: Date()))\n"
        do {
            try AtomicFile.write(Array(text.utf8), to: infoPath, durable: false)
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            throw error
        }
        self.fd = fd
        self.infoPath = infoPath
    }

    deinit {
        unlink(infoPath)
        flock(fd, LOCK_UN)
        close(fd)
    }

    private static func holder(_ path: String) -> String {
        guard let bytes = try? BoundedFile.read(path: path, limit: 200), !bytes.isEmpty else { return "another tradechart run" }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
