import CZlib
import Foundation

/// Reads a zip archive back for the tests: the central directory, each entry's local header,
/// and the data inflated and checked against its CRC-32.
struct ZipReader {
    struct Entry {
        var path: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var date: UInt16
        var time: UInt16
        var data: [UInt8]
    }

    enum Problem: Error { case malformed(String) }

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) throws -> Int {
            guard at + 2 <= bytes.count else { throw Problem.malformed("short read at \(at)") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int { try u16(at) | (u16(at + 2) << 16) }
        let end = bytes.count - 22
        guard end >= 0, try u32(end) == 0x0605_4b50 else { throw Problem.malformed("no end record (or a comment)") }
        let count = try u16(end + 10)
        var at = try u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4b50 else { throw Problem.malformed("bad central header at \(at)") }
            let method = UInt16(try u16(at + 10))
            let time = UInt16(try u16(at + 12)), date = UInt16(try u16(at + 14))
            let crc = UInt32(try u32(at + 16))
            let compressed = try u32(at + 20), size = try u32(at + 24)
            let nameLength = try u16(at + 28), extra = try u16(at + 30), comment = try u16(at + 32)
            let offset = try u32(at + 42)
            let path = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + extra + comment

            guard try u32(offset) == 0x0403_4b50, try u16(offset + 8) == Int(method), try u32(offset + 14) == Int(crc) else {
                throw Problem.malformed("local header of \(path) disagrees with the central directory")
            }
            let start = try offset + 30 + u16(offset + 26) + u16(offset + 28)
            guard start + compressed <= bytes.count else { throw Problem.malformed("\(path) runs past the end") }
            let raw = Array(bytes[start..<(start + compressed)])
            let data = method == 8 ? try Self.inflate(raw, size: size) : raw
            guard data.count == size else { throw Problem.malformed("\(path): \(data.count) bytes, header says \(size)") }
            let check = data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            guard check == crc else { throw Problem.malformed("\(path): CRC mismatch") }
            entries.append(Entry(path: path, method: method, crc: crc, compressedSize: compressed, size: size,
                                 date: date, time: time, data: data))
        }
        self.entries = entries
    }

    var paths: [String] { entries.map(\.path) }

    func text(_ path: String) -> String? {
        entries.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    static func inflate(_ bytes: [UInt8], size: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Problem.malformed("inflateInit2")
        }
        defer { inflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Problem.malformed("inflate returned \(status)") }
        return Array(output.prefix(Int(stream.total_out)))
    }
}
