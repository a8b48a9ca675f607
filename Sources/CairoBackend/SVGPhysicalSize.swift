import ChartScene
import Foundation

/// The physical size of an SVG: `width`/`height` in cm (the scene at 96 px per inch), with the
/// scene's px as the `viewBox`, so the SVG, the PNG's `pHYs` and the PDF page all state one size.
enum SVGPhysicalSize {
    /// `width="16cm" height="12cm"` for a 604.72 × 453.54 px scene.
    static func attributes(for size: Size) -> String {
        "width=\"\(centimetres(size.width))cm\" height=\"\(centimetres(size.height))cm\""
    }

    /// `svg` with the root element's `width` and `height` replaced by `attributes(for: size)`;
    /// unchanged when the root element has no such attributes.
    static func apply(_ size: Size, to svg: [UInt8]) -> [UInt8] {
        let open = Array("<svg".utf8)
        guard let start = firstIndex(of: open, in: svg, from: 0),
              let end = svg[start...].firstIndex(of: UInt8(ascii: ">")),
              let tag = String(bytes: svg[start..<end], encoding: .utf8),
              let width = tag.range(of: #"width="[^"]*""#, options: .regularExpression),
              let height = tag.range(of: #"height="[^"]*""#, options: .regularExpression),
              width.upperBound < height.lowerBound
        else { return svg }
        var rewritten = tag
        rewritten.replaceSubrange(width.lowerBound..<height.upperBound, with: attributes(for: size))
        return Array(svg[..<start]) + Array(rewritten.utf8) + Array(svg[end...])
    }

    /// Up to four decimals, trailing zeros dropped: 16, 25.4, 14.2875.
    static func centimetres(_ pixels: Double) -> String {
        var text = String(format: "%.4f", pixels / 96 * 2.54)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count + from else { return nil }
        for i in from...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
