import Testing
@testable import ChartKit

@Suite("Spec decoding and its errors")
struct SpecDecodingTests {
    static let minimal = """
        title: Trade
        data:
          t:
            rows:
              - {year: 2024, value: 2.25e9}
              - {year: 2025, value: 2.98e9}
        layers:
          - {mark: line, x: year, y: value}
        """

    func error(_ yaml: String) -> String {
        do {
            _ = try ChartSpec.decode(yaml: yaml, file: "c.yaml")
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test("defaults fill what the file leaves out")
    func defaults() throws {
        let spec = try ChartSpec.decode(yaml: Self.minimal, file: "c.yaml")
        #expect(spec.size == ChartSize(width: 960, height: 540))
        #expect(spec.theme == .briefing && spec.language == .en && spec.notes == [])
        guard case .inline(let table) = spec.data["t"] else { Issue.record("expected inline data"); return }
        #expect(table.strings("year") == ["2024", "2025"])
        #expect(table.numbers("value") == [2.25e9, 2.98e9])
    }

    @Test("a typo is an unknown key with a suggestion and its position")
    func typo() {
        #expect(error("tittle: x\nlayers: []\n") == "c.yaml:1:1: unknown key 'tittle' (did you mean 'title'?)")
        #expect(error("layers:\n  - mark: line\n    colour: k\n")
                == "c.yaml:3:5: unknown key 'colour' (did you mean 'color'?)")
        #expect(error("layers:\n  - mark: line\n    style: {dashes: true}\n")
                == "c.yaml:3:13: unknown key 'dashes' (did you mean 'dash'?)")
    }

    @Test("a bad enum value names the allowed values")
    func badValue() {
        #expect(error("layers:\n  - mark: lin\n")
                == "c.yaml:2:11: 'lin' is not a valid mark (did you mean 'line'?); expected one of: line, bar, area, band, rule, range, point, text, heatmap")
        #expect(error("theme: night\nlayers: []\n") == "c.yaml:1:8: 'night' is not a valid theme; expected one of: briefing, print, dark")
    }

    @Test("a wrong type and a missing key point at the node")
    func typeAndMissing() {
        #expect(error("size: {width: wide, height: 5}\nlayers: []\n") == "c.yaml:1:15: 'width' should be a number")
        #expect(error("layers:\n  - {x: year}\n") == "c.yaml:2:5: missing key 'mark'")
    }

    @Test("YAML syntax errors carry the parser's position")
    func syntax() {
        #expect(error("title: [unclosed\n").hasPrefix("c.yaml:2:1: invalid YAML:"))
        #expect(error("") == "c.yaml:1:1: the spec is empty: a chart needs at least 'layers'")
    }

    @Test("JSON decodes through the same path")
    func json() throws {
        let spec = try ChartSpec.decode(json: #"{"title": "T", "layers": [{"mark": "bar", "y": "v"}], "size": {"width": 800, "height": 400}}"#, file: "c.json")
        #expect(spec.layers == [Layer(mark: .bar, y: "v")])
        #expect(spec.size.width == 800)
    }

    @Test("references decode and need a resolver")
    func references() throws {
        let spec = try ChartSpec.decode(yaml: """
            data:
              a: {csv: trade.csv}
              b: {dataset: datasets/vietnam-laos, series: trade.total}
            layers: [{mark: line, data: a}]
            """, file: "c.yaml")
        #expect(spec.data["a"] == .reference(.csv(path: "trade.csv")))
        #expect(spec.data["b"] == .reference(.dataset(path: "datasets/vietnam-laos", series: "trade.total")))
        // Read from a file: both references are reported at once, each at its entry.
        #expect(throws: ChartError.problems(file: "c.yaml", [
            SpecProblem(line: 2, column: 6, message: "data 'a' refers to csv 'trade.csv': pass a data resolver to load it"),
            SpecProblem(line: 3, column: 6, message: "data 'b' refers to dataset series 'trade.total' in 'datasets/vietnam-laos': pass a data resolver to load it"),
        ], omitted: 0)) {
            try Support.builder.scene(for: spec)
        }
        var built = spec
        built.origin = nil
        #expect(throws: ChartError.unresolvedData(table: "a", reference: "csv 'trade.csv'")) {
            try Support.builder.scene(for: built)
        }
        struct Resolver: ChartDataResolver {
            func table(for reference: DataReference) throws -> DataTable {
                try DataTable(textColumns: [("year", ["2024", "2025"]), ("value", ["1", "2"])])
            }
        }
        let scene = try Support.builder.scene(for: spec, resolver: Resolver())
        #expect(scene.paths(role: "line").count == 1)
    }

    @Test("canvas sizes outside 1...16384 px are rejected")
    func sizes() throws {
        var spec = try ChartSpec.decode(yaml: Self.minimal, file: "c.yaml")
        spec.origin = nil
        spec.size = ChartSize(width: 20000, height: 540)
        #expect(throws: ChartError.invalidSize(width: 20000, height: 540)) { try Support.builder.scene(for: spec) }
        spec.size = ChartSize(width: 0, height: 540)
        #expect(throws: ChartError.invalidSize(width: 0, height: 540)) { try Support.builder.scene(for: spec) }
        #expect(ChartError.invalidSize(width: 0, height: 540).description
                == "canvas 0×540 px is not drawable: each side must be between 1 and 16384 px")
        spec.size = ChartSize(width: 120, height: 90)
        #expect(throws: ChartError.canvasTooSmall(width: 120, height: 90)) { try Support.builder.scene(for: spec) }
        // A spec read from a file names it (at 'size' when the file has one).
        var read = try ChartSpec.decode(yaml: Self.minimal, file: "c.yaml")
        read.size = ChartSize(width: 120, height: 90)
        #expect(throws: ChartError.spec(file: "c.yaml", line: 1, column: 1,
                                        message: ChartError.canvasTooSmall(width: 120, height: 90).description)) {
            try Support.builder.scene(for: read)
        }
    }

    @Test("a spec round-trips through its Codable form")
    func roundTrip() throws {
        let spec = try Support.example("vietnam-laos-trade.yaml")
        let yaml = try YAMLRoundTrip.encode(spec)
        #expect(try ChartSpec.decode(yaml: yaml, file: "r.yaml") == spec)
    }
}

import Yams
enum YAMLRoundTrip {
    static func encode(_ spec: ChartSpec) throws -> String { try YAMLEncoder().encode(spec) }
}
