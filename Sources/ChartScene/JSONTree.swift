/// A JSON value built by `JSONTreeEncoder` and written by `JSONTree.write`: standard library only.
/// Numbers are rounded to two decimals on the way in, so dumps are stable across platforms.
final class JSONTree {
    enum Kind { case empty, null, bool(Bool), number(Double), string(String), array([JSONTree]), object([String: JSONTree]) }
    var kind: Kind = .empty

    init() {}
    init(_ kind: Kind) { self.kind = kind }

    static func number(_ value: Double) -> Kind {
        guard value.isFinite else { return .null }
        let rounded = (value * 100).rounded() / 100
        return .number(rounded == 0 ? 0 : rounded)  // no "-0"
    }

    /// Appends this value as pretty JSON with sorted keys and two-space indentation.
    func write(to out: inout String, indent: Int) {
        switch kind {
        case .empty, .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Self.numberText(n)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                Self.writeString(key, to: &out)
                out += ": "
                members[key]?.write(to: &out, indent: indent + 2)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    static func numberText(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
