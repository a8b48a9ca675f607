/// Cairo names SVG groups `surfaceN` after a process-wide counter, so the same scene rendered
/// twice gets different ids. This renumbers them 1, 2, ... in order of first appearance,
/// consistently for `id="surfaceN"` and `href="#surfaceN"`, making the bytes reproducible.
enum SVGStableIDs {
    static func renumberSurfaces(_ svg: [UInt8]) -> [UInt8] {
        let prefixes = [Array("\"surface".utf8), Array("\"#surface".utf8)]
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var out = [UInt8]()
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            guard svg[i] == UInt8(ascii: "\""), let prefix = prefixes.first(where: { matches($0, in: svg, at: i) }) else {
                out.append(svg[i])
                i += 1
                continue
            }
            let digitsStart = i + prefix.count
            var end = digitsStart
            while end < svg.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(svg[end]) { end += 1 }
            guard end > digitsStart, end < svg.count, svg[end] == UInt8(ascii: "\"") else {
                out.append(svg[i])
                i += 1
                continue
            }
            let number = svg[digitsStart..<end]
            let stable = mapping[number] ?? (mapping.count + 1)
            mapping[number] = stable
            out += prefix
            out += Array(String(stable).utf8)
            i = end
        }
        return out
    }

    private static func matches(_ prefix: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }
}
