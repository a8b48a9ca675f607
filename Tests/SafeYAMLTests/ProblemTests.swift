import SafeYAML
import Testing
import Yams

@Suite("Syntax errors with positions")
struct ProblemTests {
    private func problem(_ yaml: String) -> SafeYAML.Problem? {
        do {
            _ = try SafeYAML.compose(yaml: yaml)
            return nil
        } catch {
            return SafeYAML.problem(in: error, yaml: yaml)
        }
    }

    @Test("a scanner error points at its line and column")
    func scanner() throws {
        let found = try #require(problem("a: 1\nb: \"open\n"))
        #expect(found.line == 3)
        #expect(!found.message.contains("\n"))
    }

    @Test("a duplicated key is named with its position")
    func duplicated() throws {
        let found = try #require(problem("a: 1\na: 2\n"))
        #expect(found.message == "duplicated key a")
    }

    @Test("a limit error keeps its own position and text")
    func limit() throws {
        let found = try #require(problem(String(repeating: "[", count: 70) + String(repeating: "]", count: 70)))
        #expect([found.line, found.column] == [1, 65])
        #expect(found.message == "nesting deeper than 64 levels; YAML files here need only a few")
    }

    @Test("control characters and separators are escaped, other text is kept")
    func escaping() {
        #expect("a\u{1B}[31m\u{2028}b".escapingControlCharacters == "a\\u{1B}[31m\\u{2028}b")
        #expect("Lào tỷ".escapingControlCharacters == "Lào tỷ")
    }
}
