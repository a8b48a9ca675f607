import NumberText

/// The translations of one language, from `Sources/TradeCharts/Phrases/<language>.phrases`
/// (compiled in: `EmbeddedPhrases.swift`, written by `make phrases`). The file is a list of entries
/// separated by blank lines, each an English key, an optional context and the translation:
///
///     # a comment
///     en: Trade reached {1} in {2}
///     context: chart title        (only where one English text needs two translations)
///     vi: Thương mại đạt {1} năm {2}
///
/// A value is the rest of its line after `en: ` / `vi: `; `\n` is a line break, `\s` a space
/// (for a space at either end), `\\` a backslash.
public struct PhraseCatalogue: Sendable {
    public struct Entry: Sendable, Hashable {
        public let key: String
        public let context: String?
        public let translation: String
        /// The entry's line in its file (of its `en:` line).
        public let line: Int
    }

    /// A line the parser cannot read: `vi.phrases:12: …`.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public let language: Language
    public let entries: [Entry]
    private let table: [String: String]

    /// Parses a catalogue; `file` names it in errors.
    public init(parsing text: String, language: Language, file: String) throws(ParseError) {
        self.language = language
        var entries: [Entry] = []
        var key: (String, Int)?
        var context: String?
        let tag = language.rawValue + ":"
        func fail(_ line: Int, _ message: String) -> ParseError { ParseError(file: file, line: line, message: message) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let n = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if let key { throw fail(key.1, "'en: \(key.0)' has no '\(tag)' line (expected '\(tag) <translation>' before the blank line \(n))") }
                context = nil
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw fail(n, "expected 'en: <English>', 'context: <note>' or '\(tag) <translation>', found '\(line)'")
            }
            let name = String(line[..<colon])
            var value = line[line.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
            let text: String
            do { text = try Self.unescaped(value) } catch { throw fail(n, "\(error.message) in '\(line)'") }
            switch name {
            case "en":
                if let key { throw fail(key.1, "'en: \(key.0)' has no '\(tag)' line (expected '\(tag) <translation>' before line \(n))") }
                guard !text.isEmpty else { throw fail(n, "empty English key") }
                key = (text, n)
            case "context":
                guard key != nil, context == nil else { throw fail(n, "'context:' belongs after an 'en:' line and once per entry") }
                context = text
            case language.rawValue:
                guard let k = key else { throw fail(n, "'\(tag)' without an 'en:' line before it") }
                entries.append(Entry(key: k.0, context: context, translation: text, line: k.1))
                key = nil
                context = nil
            default:
                throw fail(n, "unknown field '\(name)' (expected en, context or \(language.rawValue))")
            }
        }
        if let key { throw fail(key.1, "'en: \(key.0)' has no '\(tag)' line") }
        var table: [String: String] = [:]
        for entry in entries {
            let id = Self.id(entry.key, entry.context)
            if table[id] != nil {
                throw fail(entry.line, "'\(entry.key)'\(entry.context.map { " (context '\($0)')" } ?? "") is in the catalogue twice")
            }
            table[id] = entry.translation
        }
        self.entries = entries
        self.table = table
    }

    /// The translation of `key` (in `context`), nil when the catalogue has none.
    public func translation(of key: String, context: String? = nil) -> String? {
        table[Self.id(key, context)]
    }

    static func id(_ key: String, _ context: String?) -> String {
        context.map { $0 + "\u{4}" + key } ?? key
    }

    struct EscapeError: Error { let message: String }

    static func unescaped(_ value: Substring) throws(EscapeError) -> String {
        guard value.contains("\\") else { return String(value) }
        var out = ""
        var escaping = false
        for c in value {
            if escaping {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "s": out.append(" ")
                case "\\": out.append("\\")
                default: throw EscapeError(message: "unknown escape '\\\(c)' (use \\n, \\t, \\s or \\\\)")
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        if escaping { throw EscapeError(message: "a lone '\\' at the end of the line (write \\\\ for a backslash)") }
        return out
    }

    /// The compiled-in catalogues, parsed on first use; English has none (its phrases are the keys).
    /// A catalogue that does not parse (a test fails on it) counts as empty: English is shown.
    static let compiled: [Language: PhraseCatalogue] = {
        var out: [Language: PhraseCatalogue] = [:]
        for (code, text) in EmbeddedPhrases.files {
            guard let language = Language(rawValue: code),
                  let catalogue = try? PhraseCatalogue(parsing: text, language: language, file: "\(code).phrases") else { continue }
            out[language] = catalogue
        }
        return out
    }()

    /// The compiled-in catalogue of `language`, nil for English or a language without a file.
    public static func catalogue(_ language: Language) -> PhraseCatalogue? {
        language == .en ? nil : compiled[language]
    }
}
