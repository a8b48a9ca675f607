import Foundation

/// Writes a file atomically: the bytes go to a temporary file in the same folder, which is then
/// renamed over the destination. Readers see the old file or the new one, never a partial one,
/// and on any failure the temporary file is removed and the destination is untouched.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<path.index(after: $0)]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw RenderError.cannotCreateOutput(path: path, reason: "the path names a folder") }
        var template = Array("\(folder).\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { throw RenderError.cannotCreateOutput(path: path, reason: lastError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(RenderError) {
            try writeAll(bytes, to: fd, path: path)
            // mkstemp creates 0600; chart files are meant to be shared like any other output.
            fchmod(fd, 0o644)
            guard close(fd) == 0 else { throw RenderError.cannotWriteOutput(path: path, reason: lastError()) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw RenderError.cannotWriteOutput(path: path, reason: reason)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(RenderError) {
        let failure: String? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                offset += written
            }
            return nil
        }
        if let failure { throw RenderError.cannotWriteOutput(path: path, reason: failure) }
    }

    /// `strerror(errno)` with a lowercase first letter: "permission denied".
    private static func lastError() -> String {
        let text = String(cString: strerror(errno))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
