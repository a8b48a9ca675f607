/// Adds the physical size (`pHYs` chunk) that Cairo leaves out of its PNGs, so a document
/// places the image at the same size whatever the render scale: 96 dpi × scale.
enum PNGPhysicalSize {
    /// Pixels per metre at 96 dpi × `scale`, rounded: 3780 at scale 1, 7559 at scale 2.
    static func pixelsPerMetre(scale: Double) -> UInt32 {
        let value = (96 * scale / 0.0254).rounded()
        return value >= 1 && value < Double(UInt32.max) ? UInt32(value) : 1
    }

    /// `png` with a `pHYs` chunk inserted right after `IHDR` (replacing none: Cairo writes none).
    /// Returns `png` unchanged if it does not start with a PNG signature and an IHDR chunk.
    static func insert(into png: [UInt8], scale: Double) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard png.count >= ihdrEnd, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else {
            return png
        }
        let ppm = pixelsPerMetre(scale: scale)
        var body = Array("pHYs".utf8)
        body += bigEndian(ppm) + bigEndian(ppm) + [1]  // unit 1 = metre
        var chunk = bigEndian(UInt32(body.count - 4))
        chunk += body
        chunk += bigEndian(CRC32.checksum(body))
        var out = [UInt8]()
        out.reserveCapacity(png.count + chunk.count)
        out += png[0..<ihdrEnd]
        out += chunk
        out += png[ihdrEnd...]
        return out
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// `CRC32.checksum(Array("IEND".utf8)) == 0xAE426082`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
