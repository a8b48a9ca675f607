import Testing
@testable import ChartKit

/// Regressions from fuzzing the chart spec decoder (FuzzChartSpec).
@Suite("Chart spec syntax errors")
struct SpecSyntaxErrorTests {
    func message(_ yaml: String) -> String {
        do {
            _ = try ChartSpec.decode(yaml: yaml, file: "c.yaml")
            return "decoded"
        } catch {
            return "\(error)"
        }
    }

    @Test("a control character is reported on one line at its own position")
    func controlCharacter() {
        let text = message("# a comment o\u{3}f note\ntitle: x\n")
        #expect(text == "c.yaml:1:14: invalid YAML: control characters are not allowed (U+3)")
        #expect(!text.contains("\n"))
    }

    @Test("a line break inside a quoted value stays escaped in the one-line message")
    func lineBreakInValue() {
        let text = message("layers:\n  - {mark: \"ba\\nnd\", data: t, x: a, y: b}\n")
        #expect(text.hasPrefix("c.yaml:2:12: 'ba\\u{A}nd' is not a valid mark (did you mean 'band'?)"))
        #expect(!text.contains("\n"))
    }

    @Test("an alias bomb is refused before composing")
    func billionLaughs() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            yaml += "\(name): &\(name) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
        }
        let text = message(yaml)
        #expect(text.hasPrefix("c.yaml:"))
        #expect(text.contains("more than 100000 values once aliases are expanded"))
    }

    @Test("a canvas of a million pixels a side is refused with the limit")
    func hugeCanvas() {
        let text = message("size: {width: 1000000, height: 1000000}\nlayers: [{mark: line, data: t, x: a, y: b}]\ndata: {t: {rows: [{a: 1, b: 2}]}}\n")
        #expect(text == "c.yaml:1:7: canvas 1000000×1000000 px is not drawable: each side must be between 1 and 16384 px")
    }
}
