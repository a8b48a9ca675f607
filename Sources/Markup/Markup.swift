/// Escaping of text for XML and HTML: the one escaper of the SVG writers, the Word and
/// PowerPoint packages and the HTML report, so a label from a data file comes out the same
/// (and well-formed) in every document.
public enum Markup {
    /// `text` with `& < > " '` as references (`&#39;` for the apostrophe, which XML and every
    /// HTML version read) and the characters XML 1.0 cannot hold dropped: C0 controls other than
    /// tab and line breaks, U+FFFE and U+FFFF. In an attribute value (`attribute: true`) tab and
    /// line breaks are written as character references, since XML would read them as spaces.
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
