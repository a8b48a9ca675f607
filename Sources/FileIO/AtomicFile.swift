import Foundation

/// Writes a file atomically: the bytes go to a temporary file in the same folder (so the rename
/// stays on one file system), which is flushed to disk and then renamed over the destination.
/// Readers see the old file or the new one, never a partial one; on any failure the temporary
/// file is removed and the destination is untouched.
///
/// ```swift
/// try AtomicFile.write(Array("hello\n".utf8), to: "out/hello.txt")   // throws FileWriteError
/// ```
///
/// Temporary files are named `.NAME.tmp-XXXXXX` (`isTemporaryName` recognises them), so a run
/// killed between creating and renaming one leaves a name the next run can recognise and remove.
public enum AtomicFile {
    /// Writes `bytes` to `path`. With `durable` (the default) the file is flushed (`fsync`) before
    /// the rename and the folder after it, so a power cut leaves the old file or the new one.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(FileWriteError) {
        let result: Result<Void, FileWriteError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(FileWriteError) in try write(buffer, to: path, durable: durable) }
        }
        try result.get()
    }

    /// Writes `data` to `path`; see `write(_:to:durable:)`.
    public static func write(_ data: Data, to path: String, durable: Bool = true) throws(FileWriteError) {
        let result: Result<Void, FileWriteError> = data.withUnsafeBytes { buffer in
            Result { () throws(FileWriteError) in try write(buffer, to: path, durable: durable) }
        }
        try result.get()
    }

    /// True for the names `write` gives its temporary files (`.report.md.tmp-a1B2c3`).
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return false }
        return name.distance(from: range.upperBound, to: name.endIndex) == 6
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to path: String, durable: Bool) throws(FileWriteError) {
        let (folder, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw FileWriteError(.create, path: path, code: EISDIR, reason: "the path names a folder")
        }
        var template = Array("\(folder).\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { pointer in
            pointer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { throw FileWriteError(.create, path: path, code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(FileWriteError) {
            try writeAll(buffer, to: fd, path: path)
            // mkstemp creates 0600; output files are meant to be shared like any other.
            fchmod(fd, 0o644)
            if durable, fsync(fd) != 0 { throw FileWriteError(.write, path: path, code: errno) }
            guard close(fd) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileWriteError(.write, path: path, code: code)
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileWriteError(.write, path: path, code: code)
        }
        if durable { try syncFolder(folder.isEmpty ? "." : folder, for: path) }
    }

    /// Flushes a folder's entries (after a rename into it) to disk.
    public static func syncFolder(_ folder: String, for path: String? = nil) throws(FileWriteError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw FileWriteError(.write, path: path ?? folder, code: errno) }
        defer { close(fd) }
        // Some file systems cannot sync a folder (EINVAL); the rename itself has happened.
        if fsync(fd) != 0, errno != EINVAL { throw FileWriteError(.write, path: path ?? folder, code: errno) }
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(FileWriteError) {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileWriteError(.write, path: path, code: errno)
            }
            offset += written
        }
    }

    /// The folder part with its trailing slash ("" for a bare name) and the file name.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
