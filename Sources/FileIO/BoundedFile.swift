import Foundation

/// Reads a user's file with a size limit applied before and while reading (a file that grows
/// past the limit mid-read is refused too), so a wrong file fails fast instead of exhausting memory.
///
/// ```swift
/// let text = try BoundedFile.readText(path: "chart.yaml", limit: 4 << 20)   // throws FileReadError
/// ```
public enum BoundedFile {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: FileWriteError.describe(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: FileWriteError.describe(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder(path: path)
        default: throw .notRegular(path: path)
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: FileWriteError.describe(errno))
            }
            if count == 0 { break }
            guard bytes.count + count <= limit else { throw .tooLarge(path: path, size: bytes.count + count, limit: limit) }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    /// The file's text, which must be UTF-8 (a UTF-8 byte order mark is kept, as `String` keeps it).
    public static func readText(path: String, limit: Int) throws(FileReadError) -> String {
        try text(read(path: path, limit: limit), path: path)
    }

    /// `bytes` as UTF-8 text, or `.notText` pointing at the first byte that is not UTF-8.
    public static func text(_ bytes: [UInt8], path: String) throws(FileReadError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .notText(path: path, line: 1, column: 1, utf16: true)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // The first byte that is not UTF-8 decodes as U+FFFD: point at it.
            var (line, column) = (1, 1)
            for c in String(decoding: bytes, as: UTF8.self) {
                if c == "\u{FFFD}" { break }
                if c.isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
            }
            throw .notText(path: path, line: line, column: column, utf16: false)
        }
        return text
    }
}

/// Why a user's file could not be read. Callers usually map these to their own layer's errors,
/// adding what the file was meant to be ("no such chart spec").
public enum FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case folder(path: String)
    case notRegular(path: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case unreadable(path: String, reason: String)
    /// Not UTF-8 text (`utf16`: it starts with a UTF-16 byte order mark), at the first bad byte.
    case notText(path: String, line: Int, column: Int, utf16: Bool)

    public var path: String {
        switch self {
        case .missing(let path), .folder(let path), .notRegular(let path), .tooLarge(let path, _, _),
             .unreadable(let path, _), .notText(let path, _, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .folder(let path): "\(path): is a folder, expected a file"
        case .notRegular(let path): "\(path): not a regular file"
        case .tooLarge(let path, let size, let limit):
            "\(path):1:1: the file is \(Self.bytes(size)); files here are limited to \(Self.bytes(limit))"
        case .unreadable(let path, let reason): "\(path): cannot read the file: \(reason)"
        case .notText(let path, let line, let column, let utf16):
            utf16 ? "\(path):\(line):\(column): UTF-16 text: save the file as UTF-8"
                : "\(path):\(line):\(column): not UTF-8 text: save the file as UTF-8"
        }
    }

    /// `64 MiB`-style text for messages.
    public static func bytes(_ count: Int) -> String {
        count >= 1 << 20 && count % (1 << 20) == 0 ? "\(count >> 20) MiB" : "\(count) bytes"
    }
}
