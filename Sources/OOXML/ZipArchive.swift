/// Why a zip archive could not be written.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An entry or the whole archive is above the 4 GiB that zip without ZIP64 can hold.
    case tooLarge(String)
    /// Two entries with the same path.
    case duplicatePath(String)
    /// An entry path that is empty, absolute, or climbs out of the archive.
    case badPath(String)
    /// zlib refused.
    case compression(String)

    public var description: String {
        switch self {
        case .tooLarge(let path): "zip entry '\(path)' is above 4 GiB"
        case .duplicatePath(let path): "zip entry '\(path)' is added twice"
        case .badPath(let path): "zip entry path '\(path)' must be relative, without '..' or backslashes"
        case .compression(let reason): "cannot compress a zip entry: \(reason)"
        }
    }
}

/// A zip archive built in memory, with deterministic bytes: entries in the order they were added,
/// every timestamp 1980-01-01 00:00 (the zip epoch), no extra fields, no data descriptors, no
/// file attributes. The same entries give the same archive on any machine with the same zlib.
///
/// ```swift
/// var zip = ZipArchive()
/// try zip.add("[Content_Types].xml", Array(xml.utf8))
/// try zip.add("word/media/image1.png", png, method: .stored)
/// let bytes = try zip.bytes()
/// ```
public struct ZipArchive: Sendable {
    /// How an entry's bytes are stored.
    public enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    struct Entry: Sendable {
        var path: [UInt8]
        var method: Method
        var crc: UInt32
        var size: Int
        var data: [UInt8]
    }

    private(set) var entries: [Entry] = []

    public init() {}

    /// The paths added so far, in order.
    public var paths: [String] { entries.map { String(decoding: $0.path, as: UTF8.self) } }

    /// Adds a file. Deflated entries that would not shrink are stored instead.
    /// - Complexity: O(n) in the entry's size.
    public mutating func add(_ path: String, _ bytes: [UInt8], method: Method = .deflated) throws(ZipError) {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"),
              !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0.isEmpty }) else {
            throw .badPath(path)
        }
        let name = Array(path.utf8)
        guard !entries.contains(where: { $0.path == name }) else { throw .duplicatePath(path) }
        guard bytes.count < Int(UInt32.max), name.count <= Int(UInt16.max) else { throw .tooLarge(path) }
        var chosen = method
        var data = bytes
        if method == .deflated {
            let compressed = try Deflate.compress(bytes)
            if compressed.count < bytes.count { data = compressed } else { chosen = .stored }
        }
        entries.append(Entry(path: name, method: chosen, crc: Deflate.crc32(bytes), size: bytes.count, data: data))
    }

    /// The size `bytes` take as a deflated entry, to decide whether an optional part is worth adding.
    public static func compressedSize(of bytes: [UInt8]) throws(ZipError) -> Int {
        min(try Deflate.compress(bytes).count, bytes.count)
    }

    /// The archive: local headers and data, the central directory, the end record.
    public func bytes() throws(ZipError) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = out.count
            guard offset < Int(UInt32.max) else { throw .tooLarge(String(decoding: entry.path, as: UTF8.self)) }
            out.le32(0x0403_4b50)
            out.fileHeader(entry)
            out += entry.path
            out += entry.data

            central.le32(0x0201_4b50)
            central.le16(20)  // made by: MS-DOS attributes, spec 2.0
            central.fileHeader(entry)
            central.le16(0)  // comment length
            central.le16(0)  // disk number
            central.le16(0)  // internal attributes
            central.le32(0)  // external attributes
            central.le32(UInt32(offset))
            central += entry.path
        }
        let directoryOffset = out.count
        guard entries.count < Int(UInt16.max), directoryOffset + central.count < Int(UInt32.max) else {
            throw .tooLarge("the archive")
        }
        out += central
        out.le32(0x0605_4b50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count))
        out.le32(UInt32(directoryOffset))
        out.le16(0)  // comment length
        return out
    }
}

extension [UInt8] {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xff)); append(UInt8(value >> 8))
    }

    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }

    /// The fields shared by a local header and a central directory record, from "version needed"
    /// to "extra field length".
    mutating func fileHeader(_ entry: ZipArchive.Entry) {
        le16(entry.method == .deflated ? 20 : 10)  // version needed
        le16(entry.path.contains { $0 >= 0x80 } ? 0x0800 : 0)  // flags: bit 11 for UTF-8 names; sizes in the header
        le16(entry.method.rawValue)
        le16(0)  // time 00:00:00
        le16(0x21)  // date 1980-01-01
        le32(entry.crc)
        le32(UInt32(entry.data.count))
        le32(UInt32(entry.size))
        le16(UInt16(entry.path.count))
        le16(0)  // extra field length
    }
}
