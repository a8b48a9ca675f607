import Testing
@testable import CairoBackend

/// The renumbering gives what the plain byte-at-a-time reading of its rule gives, on inputs
/// built to hit its edges (ids back to back, `#` without `surface`, digits without a quote).
@Suite struct SVGStableIDsTests {
    /// The rule, spelled out byte by byte (the first implementation).
    private static func reference(_ svg: [UInt8]) -> [UInt8] {
        let prefixes = [Array("\"surface".utf8), Array("\"#surface".utf8)]
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var out = [UInt8]()
        var i = 0
        func matches(_ prefix: [UInt8], at index: Int) -> Bool {
            index + prefix.count <= svg.count && prefix.indices.allSatisfy { svg[index + $0] == prefix[$0] }
        }
        while i < svg.count {
            guard svg[i] == UInt8(ascii: "\""), let prefix = prefixes.first(where: { matches($0, at: i) }) else {
                out.append(svg[i]); i += 1; continue
            }
            let digitsStart = i + prefix.count
            var end = digitsStart
            while end < svg.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(svg[end]) { end += 1 }
            guard end > digitsStart, end < svg.count, svg[end] == UInt8(ascii: "\"") else {
                out.append(svg[i]); i += 1; continue
            }
            let stable = mapping[svg[digitsStart..<end]] ?? (mapping.count + 1)
            mapping[svg[digitsStart..<end]] = stable
            out += prefix + Array(String(stable).utf8)
            i = end
        }
        return out
    }

    @Test func sameAsTheRuleOnEdgeCases() {
        let cases = ["", "\"", "\"surface", "\"surface\"", "\"surface12", "\"surface12\"", "\"#surface7\"\"surface7\"",
                     "\"surface3\"surface4\"", "\"#\"#surface9\"", "x\"surface001\"y\"#surface1\"", "\"surfacex1\"",
                     "<g id=\"surface362\"><use xlink:href=\"#surface362\"/><g id=\"surface9\"/>surface5"]
        for text in cases {
            let bytes = Array(text.utf8)
            #expect(SVGStableIDs.renumberSurfaces(bytes) == Self.reference(bytes), "\(text)")
        }
    }

    @Test func sameAsTheRuleOnGeneratedInput() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces = ["\"", "#", "surface", "1", "23", "0", "\"surface", "\"#surface", " id=", "<g>", "x", "9\""]
        for _ in 0..<3000 {
            let text = (0..<Int(next() % 14)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            #expect(SVGStableIDs.renumberSurfaces(bytes) == Self.reference(bytes), "\(text)")
        }
    }
}
