import Foundation
import NumberText
import Testing
@testable import TradeCharts

/// The phrase catalogues (`Sources/TradeCharts/Phrases/*.phrases`) against the code that uses them:
/// every phrase the code writes has a translation, no translation is left over, placeholders agree,
/// the compiled-in copy is current and a bad line is reported by file and line.
@Suite("Phrase catalogues")
struct PhraseCatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TradeCharts")
    static let folder = sources.appendingPathComponent("Phrases")

    /// Every `t("…")` / `t("…", context: "…")` call of Sources/TradeCharts, by key and context, with where it is.
    static func phrasesInCode() throws -> (used: [PhraseUse], unconverted: [String]) {
        var used: [PhraseUse] = [], unconverted: [String] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted()
        for file in files where file != "EmbeddedPhrases.swift" {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let scan = PhraseScanner.calls(in: text)
            used += scan.calls.map { PhraseUse(key: $0.key, context: $0.context, place: "\(file):\($0.line)") }
            unconverted += scan.unconverted.map { "\(file):\($0)" }
        }
        return (used, unconverted)
    }

    static func catalogue(_ language: Language) throws -> PhraseCatalogue {
        let url = folder.appendingPathComponent("\(language.rawValue).phrases")
        return try PhraseCatalogue(parsing: String(contentsOf: url, encoding: .utf8), language: language, file: "\(language.rawValue).phrases")
    }

    static var translated: [Language] { Language.allCases.filter { $0 != .en } }

    @Test("EmbeddedPhrases.swift is up to date with Phrases/ (run `make phrases` when this fails)")
    func upToDate() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".phrases") }
        #expect(Set(files.map { String($0.dropLast(".phrases".count)) }) == Set(EmbeddedPhrases.files.keys))
        for file in files {
            let disk = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedPhrases.files[String(file.dropLast(".phrases".count))] == disk, "\(file) differs from its compiled-in copy")
        }
    }

    @Test("Every language but English has a catalogue, and it parses")
    func parses() throws {
        for language in Self.translated {
            #expect(EmbeddedPhrases.files[language.rawValue] != nil, "no Phrases/\(language.rawValue).phrases")
            let catalogue = try Self.catalogue(language)
            #expect(!catalogue.entries.isEmpty)
            #expect(PhraseCatalogue.catalogue(language) != nil, "the compiled-in \(language.rawValue) catalogue does not parse")
        }
        #expect(PhraseCatalogue.catalogue(.en) == nil)
    }

    @Test("No phrase is still written as t(English, Vietnamese) (run scripts/phrases.py)")
    func noTwoLanguageCalls() throws {
        let unconverted = try Self.phrasesInCode().unconverted
        #expect(unconverted.isEmpty, "two-language calls: \(unconverted.joined(separator: ", "))")
    }

    @Test("Every phrase the code writes has a translation", arguments: PhraseCatalogueTests.translated)
    func noMissing(_ language: Language) throws {
        let catalogue = try Self.catalogue(language)
        let used = try Self.phrasesInCode().used
        #expect(used.count > 100, "the scanner found too few phrases: \(used.count)")
        let missing = used.filter { catalogue.translation(of: $0.key, context: $0.context) == nil }
        let list = missing.map { "\($0.place): \($0.key)" + ($0.context.map { " (context \($0))" } ?? "") }.joined(separator: "\n")
        #expect(missing.isEmpty, "\(missing.count) phrases without a \(language.rawValue) translation:\n\(list)")
    }

    @Test("No catalogue entry is left over (its English is no longer in the code)", arguments: PhraseCatalogueTests.translated)
    func noUnused(_ language: Language) throws {
        let catalogue = try Self.catalogue(language)
        let used = Set(try Self.phrasesInCode().used.map { PhraseCatalogue.id($0.key, $0.context) })
        let unused = catalogue.entries.filter { !used.contains(PhraseCatalogue.id($0.key, $0.context)) }
        let list = unused.map { "\(language.rawValue).phrases:\($0.line): \($0.key)" }.joined(separator: "\n")
        #expect(unused.isEmpty, "\(unused.count) unused entries (scripts/phrases.py --prune drops them):\n\(list)")
    }

    @Test("A translation uses only its key's placeholders, each at least once unless the key's value is English grammar",
          arguments: PhraseCatalogueTests.translated)
    func placeholders(_ language: Language) throws {
        let catalogue = try Self.catalogue(language)
        var wrong: [String] = []
        for entry in catalogue.entries {
            let key = Set(Phrase.placeholders(in: entry.key)), translation = Set(Phrase.placeholders(in: entry.translation))
            let count = key.count
            if key != Set(Array(1...max(count, 1)).prefix(count)) { wrong.append("\(entry.line): key placeholders not {1}…{\(count)}") }
            if !translation.isSubset(of: key) {
                wrong.append("\(entry.line): \(entry.translation) uses \(translation.subtracting(key).sorted().map { "{\($0)}" }) not in '\(entry.key)'")
            }
            if Self.unbalanced(entry.translation) { wrong.append("\(entry.line): a lone brace in '\(entry.translation)' (write {{ or }})") }
        }
        #expect(wrong.isEmpty, "\(language.rawValue).phrases:\n\(wrong.joined(separator: "\n"))")
    }

    /// A `{` or `}` that is neither doubled nor part of `{N}`.
    static func unbalanced(_ template: String) -> Bool {
        var rest = Substring(template)
        while let i = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            let after = rest[rest.index(after: i)...]
            if after.first == rest[i] { rest = after.dropFirst(); continue }
            guard rest[i] == "{", let close = after.firstIndex(of: "}"), Int(after[..<close]) != nil else { return true }
            rest = after[after.index(after: close)...]
        }
        return false
    }

    @Test("A phrase's key numbers its interpolations; the text fills them in and falls back to English")
    func phraseKeys() {
        let level = "5 tỷ USD", year = 2030
        let phrase: Phrase = "Trade reached \(level) in \(year) {braces}"
        #expect(phrase.key == "Trade reached {1} in {2} {{braces}}")
        #expect(phrase.arguments == [level, "\(year)"])
        #expect(phrase.text(in: .en) == "Trade reached \(level) in \(year) {braces}")
        #expect(Phrase.fill("{2} năm {1}", with: ["a", "b"]) == "b năm a")
        #expect(Phrase.fill("{{x}} {3}", with: ["a"]) == "{x} {3}")
        let unknown: Phrase = "A phrase no catalogue has: \(year)"
        for language in Language.allCases { #expect(unknown.text(in: language) == "A phrase no catalogue has: \(year)") }
    }

    @Test("A translation is found by key and context")
    func lookup() throws {
        let text = "# comment\nen: Sources\nvi: Nguồn\n\nen: Sources\ncontext: heading\nvi: Nguồn số liệu\n\nen: {1} by {2}\nvi: \\s{2} năm {1}\\n\n"
        let catalogue = try PhraseCatalogue(parsing: text, language: .vi, file: "vi.phrases")
        #expect(catalogue.translation(of: "Sources") == "Nguồn")
        #expect(catalogue.translation(of: "Sources", context: "heading") == "Nguồn số liệu")
        #expect(catalogue.translation(of: "{1} by {2}") == " {2} năm {1}\n")
        #expect(catalogue.entries.map(\.line) == [2, 5, 9])
    }

    @Test("A bad line is reported by file and line", arguments: [
        ("en: a\nvi: b\nfr: c\n", 3, "unknown field 'fr'"),
        ("vi: b\n", 1, "'vi:' without"),
        ("en: a\n\nvi: b\n", 1, "has no 'vi:' line"),
        ("en: a\nen: b\nvi: c\n", 1, "has no 'vi:' line"),
        ("en: a\nvi: b\n\nen: a\nvi: c\n", 4, "twice"),
        ("en: a\nvi: b \\q\n", 2, "unknown escape"),
        ("just words\n", 1, "expected 'en: <English>'"),
        ("en: a\nlanguage: x\nvi: b\n", 2, "unknown field 'language'"),
        ("en: a\n", 1, "has no 'vi:' line"),
    ])
    func badLine(_ text: String, _ line: Int, _ message: String) {
        #expect {
            _ = try PhraseCatalogue(parsing: text, language: .vi, file: "vi.phrases")
        } throws: { error in
            guard let error = error as? PhraseCatalogue.ParseError else { return false }
            return error.line == line && error.description.hasPrefix("vi.phrases:\(line): ") && error.message.contains(message)
        }
    }

    @Test("The scanner reads keys as Phrase builds them")
    func scanner() {
        let source = #"""
        let a = t("Trade reached \(level) in \(year)")
        /// An example in a comment: t("not a phrase")
        let b = ctx.text.t("Say \"hi\" {x}\n", context: "greeting")
        let c = t("only \(names.joined(separator: " and ")) is", "chỉ")
        """#
        let scan = PhraseScanner.calls(in: source)
        #expect(scan.calls.map(\.key) == ["Trade reached {1} in {2}", "Say \"hi\" {{x}}\n"])
        #expect(scan.calls.map(\.context) == [nil, "greeting"])
        #expect(scan.calls.map(\.line) == [1, 3])
        #expect(scan.unconverted == [4])
    }
}

struct PhraseUse {
    let key: String
    let context: String?
    let place: String
}

/// Finds `t(` calls in Swift source and reads their string literal the way `Phrase` builds its key:
/// literal text with braces doubled, `{1}`, `{2}`… for the interpolations.
enum PhraseScanner {
    struct Call { let key: String; let context: String?; let line: Int }

    static func calls(in source: String) -> (calls: [Call], unconverted: [Int]) {
        let chars = Array(source)
        var calls: [Call] = [], unconverted: [Int] = []
        var i = 0
        while i + 2 < chars.count {
            defer { i += 1 }
            guard chars[i] == "t", chars[i + 1] == "(",
                  i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_") else { continue }
            if i >= 5, String(chars[(i - 5)..<i]) == "func " { continue }
            let lineStart = chars[..<i].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            if String(chars[lineStart..<i]).contains("//") { continue }  // a comment's example
            var j = skipSpace(chars, i + 2)
            guard j < chars.count, chars[j] == "\"", let (end, key) = literal(chars, j) else { continue }
            j = skipSpace(chars, end)
            let line = chars[..<i].filter { $0 == "\n" }.count + 1
            if j < chars.count, chars[j] == ")" { calls.append(Call(key: key, context: nil, line: line)); continue }
            guard j < chars.count, chars[j] == "," else { continue }
            j = skipSpace(chars, j + 1)
            let label = Array("context:")
            if j + label.count < chars.count, Array(chars[j..<(j + label.count)]) == label {
                let k = skipSpace(chars, j + label.count)
                if let (_, context) = literal(chars, k) { calls.append(Call(key: key, context: context, line: line)) }
            } else if chars[j] == "\"" {
                unconverted.append(line)
            }
        }
        return (calls, unconverted)
    }

    static func skipSpace(_ c: [Character], _ start: Int) -> Int {
        var i = start
        while i < c.count, c[i] == " " || c[i] == "\n" || c[i] == "\t" { i += 1 }
        return i
    }

    /// The key of the literal at `c[start] == "\""` and the index after it; nil for what is not a plain literal.
    static func literal(_ c: [Character], _ start: Int) -> (Int, String)? {
        guard start < c.count, c[start] == "\"" else { return nil }
        var i = start + 1, key = "", n = 0
        while i < c.count {
            switch c[i] {
            case "\"": return (i + 1, key)
            case "\n": return nil
            case "{", "}": key += "\(c[i])\(c[i])"; i += 1
            case "\\":
                guard i + 1 < c.count else { return nil }
                let e = c[i + 1]
                if e == "(" {
                    guard let close = closing(c, i + 1) else { return nil }
                    n += 1
                    key += "{\(n)}"
                    i = close + 1
                    continue
                }
                let simple: [Character: String] = ["n": "\n", "t": "\t", "\\": "\\", "\"": "\"", "'": "'", "0": "\0", "r": "\r"]
                if let s = simple[e] { key += s; i += 2; continue }
                guard e == "u", i + 2 < c.count, c[i + 2] == "{", let end = c[(i + 3)...].firstIndex(of: "}"),
                      let code = UInt32(String(c[(i + 3)..<end]), radix: 16), let scalar = Unicode.Scalar(code) else { return nil }
                key.unicodeScalars.append(scalar)
                i = end + 1
            default: key.append(c[i]); i += 1
            }
        }
        return nil
    }

    /// The index of the `)` closing the `(` at `c[open]`, string literals inside skipped.
    static func closing(_ c: [Character], _ open: Int) -> Int? {
        var depth = 0, i = open
        while i < c.count {
            switch c[i] {
            case "\"":
                guard let (end, _) = literal(c, i) else { return nil }
                i = end
                continue
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }
}
