import Markup
/// A small XML tree, written with escaping and attributes in the order given, so the same tree
/// always gives the same bytes.
public indirect enum XML: Sendable, Equatable {
    case element(String, [(String, String)], [XML])
    case text(String)

    public static func == (lhs: XML, rhs: XML) -> Bool { lhs.string == rhs.string }

    /// An element; `attributes` keep their order.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [XML] = []) -> XML {
        .element(name, attributes, children)
    }

    /// An element holding only text.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> XML {
        .element(name, attributes, [.text(text)])
    }

    /// The markup of this node.
    public var string: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// A whole part: the XML declaration, then `root`.
    public static func document(_ root: XML) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root.string).utf8)
    }

    func write(to out: inout String) {
        switch self {
        case .text(let text):
            out += Self.escape(text, quotes: false)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for (key, value) in attributes { out += " \(key)=\"\(Self.escape(value, quotes: true))\"" }
            if children.isEmpty { out += "/>"; return }
            out += ">"
            for child in children { child.write(to: &out) }
            out += "</" + name + ">"
        }
    }

    /// Markup characters escaped and what XML 1.0 cannot hold dropped (`Markup.escape`); in an
    /// attribute value (`quotes: true`) tab and line breaks as character references.
    public static func escape(_ text: String, quotes: Bool) -> String { Markup.escape(text, attribute: quotes) }
}
