import Foundation
import Markup

/// Escaping of text taken from data files before it goes into a document.
enum Escape {
    /// For HTML text and attribute values (`Markup.escape`, the escaper of every document writer).
    static func html(_ text: String) -> String { Markup.escape(text) }

    /// For Markdown inline text: neutralises emphasis, links, HTML and table pipes.
    static func markdown(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#":
                out.append("\\")
                out.append(ch)
            case "\n", "\r": out.append(" ")
            default: out.append(ch)
            }
        }
        return out
    }

    /// For LaTeX text: the ten special characters as commands, line breaks as spaces.
    static func latex(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\\(ch)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// For a CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
    static func csv(_ text: String) -> String {
        // By Unicode scalar: a comma followed by a combining mark is one Character but two
        // scalars, and CSV readers split on the comma.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
