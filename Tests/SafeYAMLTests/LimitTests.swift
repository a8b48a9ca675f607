import SafeYAML
import Testing
import Yams

@Suite("SafeYAML limits")
struct LimitTests {
    @Test("100 levels of nesting are refused at the 65th")
    func depth() {
        let yaml = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: SafeYAML.LimitError(line: 1, column: 65, message: "nesting deeper than 64 levels; YAML files here need only a few")) {
            try SafeYAML.check(yaml)
        }
        #expect(throws: Never.self) { try SafeYAML.check(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) }
    }

    @Test("an alias used as a key cannot make the composer hash an exponential tree")
    func aliasKey() {
        var lines = ["a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("? *i\n: value")
        #expect(throws: SafeYAML.LimitError(line: 5, column: 36, message: "more than 100000 values once aliases are expanded; remove the aliases (*name) that repeat large parts")) {
            try SafeYAML.compose(yaml: lines.joined(separator: "\n"))
        }
    }

    @Test("a few aliases are fine, and undefined aliases are left to Yams")
    func smallAliases() throws {
        let root = try SafeYAML.compose(yaml: "base: &b {rate: 10%}\nother: *b\n")
        #expect(root?["other"]?["rate"]?.string == "10%")
        #expect(throws: YamlError.self) { try SafeYAML.compose(yaml: "x: *missing\n") }
    }

    @Test("a file over the byte limit is refused before parsing")
    func bytes() {
        let limits = SafeYAML.Limits(maxBytes: 10)
        #expect(throws: SafeYAML.LimitError(line: 1, column: 1, message: "the file is 11 bytes; YAML files are limited to 10 bytes")) {
            try SafeYAML.check("a: 12345678", limits: limits)
        }
    }
}
