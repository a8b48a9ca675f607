import NumberText

/// A phrase of the pack, written in English where it is used: `t("Trade reached \(level) in \(year)")`.
/// Its key is the English with numbered placeholders for the interpolations ("Trade reached {1} in {2}"),
/// looked up in the language's phrase catalogue (`Phrases/<language>.phrases`); a phrase without a
/// translation falls back to the English. Literal braces in the English are doubled in the key.
public struct Phrase: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The English with `{1}`, `{2}`, … in place of the interpolated values, in order.
    public let key: String
    /// The interpolated values, already in words (numbers formatted for the language by the caller).
    public let arguments: [String]

    public init(stringLiteral value: String) {
        key = Self.escaped(value)
        arguments = []
    }

    public init(stringInterpolation: StringInterpolation) {
        key = stringInterpolation.key
        arguments = stringInterpolation.arguments
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var key = ""
        var arguments: [String] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }
        public mutating func appendLiteral(_ literal: String) { key += Phrase.escaped(literal) }
        /// A value as Swift's own string interpolation writes it (`description`).
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            arguments.append(value.description)
            key += "{\(arguments.count)}"
        }
    }

    /// The phrase in `language`: its translation in that language's catalogue, else the English,
    /// with the arguments put in place of the placeholders.
    public func text(in language: Language, context: String? = nil) -> String {
        let template = PhraseCatalogue.catalogue(language)?.translation(of: key, context: context) ?? key
        return Self.fill(template, with: arguments)
    }

    /// `{N}` → the N-th argument, `{{` / `}}` → a literal brace. A placeholder without its argument
    /// (impossible for a checked catalogue) is left as it is.
    static func fill(_ template: String, with arguments: [String]) -> String {
        guard template.contains(where: { $0 == "{" || $0 == "}" }) else { return template }
        var out = ""
        var rest = Substring(template)
        while let i = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            out += rest[..<i]
            let after = rest[rest.index(after: i)...]
            if after.first == rest[i] { out.append(rest[i]); rest = after.dropFirst(); continue }
            if rest[i] == "{", let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
                continue
            }
            out.append(rest[i])
            rest = after
        }
        return out + rest
    }

    /// The placeholder numbers a template uses (`{{` and `}}` are literal braces), in order of appearance.
    static func placeholders(in template: String) -> [Int] {
        var found: [Int] = []
        var rest = Substring(template)
        while let i = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            let after = rest[rest.index(after: i)...]
            if after.first == rest[i] { rest = after.dropFirst(); continue }
            if rest[i] == "{", let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) {
                found.append(n)
                rest = after[after.index(after: close)...]
                continue
            }
            rest = after
        }
        return found
    }

    static func escaped(_ literal: String) -> String {
        guard literal.contains(where: { $0 == "{" || $0 == "}" }) else { return literal }
        var out = ""
        for c in literal {
            out.append(c)
            if c == "{" || c == "}" { out.append(c) }
        }
        return out
    }
}
