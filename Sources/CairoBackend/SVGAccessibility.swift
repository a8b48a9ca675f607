import Markup

/// Adds the chart's title and alt text to Cairo's SVG: `role="img"` and `aria-labelledby` on the
/// root element, `<title>` and `<desc>` as its first children.
enum SVGAccessibility {
    static let titleID = "chart-title"
    static let descID = "chart-desc"

    /// `svg` with the title and description inserted after the opening `<svg ...>` tag; unchanged
    /// when both are nil or empty, or when no `<svg` tag is found.
    static func insert(title: String?, description: String?, into svg: [UInt8]) -> [UInt8] {
        let title = title.flatMap { $0.isEmpty ? nil : $0 }
        let description = description.flatMap { $0.isEmpty ? nil : $0 }
        guard title != nil || description != nil,
            let open = firstIndex(of: Array("<svg".utf8), in: svg),
            let close = svg[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        let ids = [title.map { _ in titleID }, description.map { _ in descID }].compactMap { $0 }
        let attributes = " role=\"img\" aria-labelledby=\"\(ids.joined(separator: " "))\""
        var children = ""
        if let title { children += "\n<title id=\"\(titleID)\">\(escape(title))</title>" }
        if let description { children += "\n<desc id=\"\(descID)\">\(escape(description))</desc>" }
        // A self-closing root (`<svg/>`) would need rewriting; Cairo never writes one.
        let selfClosing = close > open && svg[close - 1] == UInt8(ascii: "/")
        guard !selfClosing else { return svg }
        var out = [UInt8]()
        out.reserveCapacity(svg.count + attributes.utf8.count + children.utf8.count)
        out += svg[..<close]
        out += Array(attributes.utf8)
        out.append(UInt8(ascii: ">"))
        out += Array(children.utf8)
        out += svg[(close + 1)...]
        return out
    }

    /// XML text, NFC-normalised, escaped by the one escaper of every document writer (`Markup`).
    static func escape(_ text: String) -> String { Markup.escape(nfc(text)) }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }
}
