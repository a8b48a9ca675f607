/// Cairo names SVG groups `surfaceN` after a process-wide counter, so the same scene rendered
/// twice gets different ids. This renumbers them 1, 2, ... in order of first appearance,
/// consistently for `id="surfaceN"` and `href="#surfaceN"`, making the bytes reproducible.
enum SVGStableIDs {
    static func renumberSurfaces(_ svg: [UInt8]) -> [UInt8] {
        // Over the raw bytes, copying the runs between ids in one go: byte by byte into an
        // array this was 3 M instructions per chart, more than Cairo's own SVG header.
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        let surface = Array("surface".utf8)
        var mapping: [[UInt8]: Int] = [:]
        var out = [UInt8]()
        out.reserveCapacity(svg.count)
        svg.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var copied = 0, i = 0
            while i < n {
                guard bytes[i] == quote else { i &+= 1; continue }
                // `"surfaceN"` or `"#surfaceN"`: digits, then the closing quote.
                var p = i &+ 1
                if p < n, bytes[p] == hash { p &+= 1 }
                guard p + surface.count <= n, surface.indices.allSatisfy({ bytes[p &+ $0] == surface[$0] }) else {
                    i &+= 1
                    continue
                }
                let digitsStart = p + surface.count
                var end = digitsStart
                while end < n, bytes[end] &- UInt8(ascii: "0") < 10 { end &+= 1 }
                guard end > digitsStart, end < n, bytes[end] == quote else {
                    i &+= 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<digitsStart]))
                let number = Array(bytes[digitsStart..<end])
                let stable = mapping[number] ?? (mapping.count + 1)
                mapping[number] = stable
                out.append(contentsOf: String(stable).utf8)
                // The closing quote may open the next id, as before.
                i = end
                copied = end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        }
        return out
    }
}
