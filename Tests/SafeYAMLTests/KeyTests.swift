import SafeYAML
import Testing
import Yams

@Suite("Allowed keys and suggestions")
struct KeyTests {
    private func node(_ yaml: String) throws -> Node {
        try #require(try SafeYAML.compose(yaml: yaml))
    }

    @Test("each unknown key is reported at its own line and column, in file order")
    func positions() throws {
        let root = try node("id: a\ntittle: x\nlayers: []\n  \nzzz: 1\n")
        let unknown = SafeYAML.unknownKeys(in: root, allowed: ["id", "title", "layers"])
        #expect(unknown.map(\.description) == [
            "2:1: unknown key 'tittle' (did you mean 'title'?)",
            "5:1: unknown key 'zzz'; expected one of: id, title, layers",
        ])
    }

    @Test("a nested mapping's keys point inside it; non-mappings have no keys")
    func nested() throws {
        let root = try node("size:\n    widht: 10\n")
        let size = try #require(root["size"])
        #expect(throws: SafeYAML.UnknownKey(key: "widht", line: 2, column: 5, suggestion: "width", allowed: ["width", "height"])) {
            try SafeYAML.checkKeys(of: size, allowed: ["width", "height"])
        }
        #expect(SafeYAML.unknownKeys(in: try node("[a, b]"), allowed: []).isEmpty)
        #expect(throws: Never.self) { try SafeYAML.checkKeys(of: root, allowed: ["size"]) }
    }

    @Test("control characters in a key are escaped so the message stays one line")
    func escaped() throws {
        let root = try node("\"ti\\ntle\": x\n")
        #expect(SafeYAML.unknownKeys(in: root, allowed: ["axis"]).first?.message
            == "unknown key 'ti\\u{A}tle'; expected one of: axis")
    }

    @Test("a suggestion is within two edits or a third of the word, case-insensitive, ties alphabetical")
    func suggestion() {
        #expect(SafeYAML.suggestion(for: "tittle", in: ["title", "subtitle"]) == "title")
        #expect(SafeYAML.suggestion(for: "COLOUR", in: ["color", "dash"]) == "color")
        #expect(SafeYAML.suggestion(for: "xyz", in: ["title", "layers"]) == nil)
        #expect(SafeYAML.suggestion(for: "ab", in: ["cd", "ab2"]) == "ab2")
        #expect(SafeYAML.suggestion(for: "bb", in: ["ba", "ab"]) == "ab")
        // A long word tolerates more: a third of 12 letters is 4 edits.
        #expect(SafeYAML.suggestion(for: "deadlinetxtt", in: ["deadline_text"]) == "deadline_text")
    }

    @Test("edit distance is Levenshtein over Characters")
    func distance() {
        #expect(SafeYAML.editDistance("", "abc") == 3)
        #expect(SafeYAML.editDistance("kitten", "sitting") == 3)
        #expect(SafeYAML.editDistance("tỷ", "TỶ") == 0)
        #expect(SafeYAML.editDistance("ty\u{309}", "tỷ") == 0)
        #expect(SafeYAML.editDistance("flaw", "lawn") == 2)
    }
}
