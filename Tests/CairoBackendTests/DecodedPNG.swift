import CCairo

/// A PNG decoded back through Cairo, for pixel probes in tests.
final class DecodedPNG {
    private let surface: OpaquePointer
    let width: Int
    let height: Int

    private final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    init?(_ png: [UInt8]) {
        let reader = Reader(png)
        let closure = Unmanaged.passUnretained(reader).toOpaque()
        let decoded = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
                let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
                let count = Int(length)
                guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                for i in 0..<count { data[i] = reader.bytes[reader.offset + i] }
                reader.offset += count
                return CAIRO_STATUS_SUCCESS
            }, closure)
        }
        guard let decoded, cairo_surface_status(decoded) == CAIRO_STATUS_SUCCESS else {
            if let decoded { cairo_surface_destroy(decoded) }
            return nil
        }
        surface = decoded
        width = Int(cairo_image_surface_get_width(decoded))
        height = Int(cairo_image_surface_get_height(decoded))
    }

    deinit { cairo_surface_destroy(surface) }

    /// (red, green, blue, alpha) 0...255 at a pixel, un-premultiplied is not needed for opaque pixels.
    func pixel(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int, a: Int) {
        guard x >= 0, y >= 0, x < width, y < height, let data = cairo_image_surface_get_data(surface) else {
            return (0, 0, 0, 0)
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let word = (data + y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let hasAlpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
        return (Int((word >> 16) & 0xFF), Int((word >> 8) & 0xFF), Int(word & 0xFF), hasAlpha ? Int(word >> 24) : 255)
    }

    /// Whether a pixel is dark (text ink): all channels below 110.
    func isDark(_ x: Int, _ y: Int) -> Bool {
        let p = pixel(x, y)
        return p.r < 110 && p.g < 110 && p.b < 110
    }

    /// The bounding box (minX, minY, maxX, maxY) of dark pixels inside a region, or nil if none.
    func darkBounds(x: ClosedRange<Int>, y: ClosedRange<Int>) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var bounds: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for py in y {
            for px in x where isDark(px, py) {
                if let b = bounds {
                    bounds = (min(b.minX, px), min(b.minY, py), max(b.maxX, px), max(b.maxY, py))
                } else {
                    bounds = (px, py, px, py)
                }
            }
        }
        return bounds
    }
}

/// The chunks of a PNG file in order: (type, data, stored CRC).
func pngChunks(_ png: [UInt8]) -> [(type: String, data: [UInt8], crc: UInt32)] {
    var chunks: [(String, [UInt8], UInt32)] = []
    var offset = 8
    while offset + 12 <= png.count {
        let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
        let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
        guard offset + 12 + length <= png.count else { break }
        let crcStart = offset + 8 + length
        let crc = png[crcStart..<(crcStart + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        chunks.append((type, Array(png[(offset + 8)..<(offset + 8 + length)]), crc))
        offset += 12 + length
    }
    return chunks
}
