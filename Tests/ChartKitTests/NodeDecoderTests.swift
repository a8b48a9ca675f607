import Foundation
import SafeYAML
import Testing
import Yams
@testable import ChartKit

/// `NodeDecoder` (SafeYAML) replaces Yams' `YAMLDecoder` for chart specs to avoid its per-type
/// conformance casts; it must give the same value, or the same error at the same position, for
/// every document, including the ones the schema check lets through to the decoder (null values,
/// merge keys, `=` keys) and ones it would refuse (decoded here without the schema).
@Suite("NodeDecoder decodes specs as Yams' YAMLDecoder does")
struct NodeDecoderTests {
    /// "value" or "error: MESSAGE" with the error located as `ChartSpec.decode` locates it.
    static func outcome(_ yaml: String, _ decode: (Node) throws -> ChartSpec) throws -> (ChartSpec?, String) {
        guard let root = try Yams.compose(yaml: yaml) else { return (nil, "empty") }
        do {
            let spec = try decode(root)
            return (spec, "value")
        } catch let error as DecodingError {
            return (nil, "error: \(ChartSpec.located(error, root: root, file: "t.yaml"))")
        } catch {
            return (nil, "other error: \(error)")
        }
    }

    static func compare(_ yaml: String) throws {
        let yams = try outcome(yaml) { try YAMLDecoder().decode(ChartSpec.self, from: $0) }
        let node = try outcome(yaml) { try NodeDecoder().decode(ChartSpec.self, from: $0) }
        #expect(node.1 == yams.1, "\(yaml)")
        #expect(node.0 == yams.0, "\(yaml)")
    }

    @Test("the shipped briefing specs and the benchmark spec decode to equal values")
    func shippedSpecs() throws {
        let root = Support.repositoryRoot
        var files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("charts/briefing").path)
            .filter { $0.hasSuffix(".yaml") }.map { "charts/briefing/\($0)" }
        files.append("benchmarks/specs/simple-line.yaml")
        #expect(files.count > 5)
        for file in files {
            let yaml = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let (spec, text) = try Self.outcome(yaml) { try NodeDecoder().decode(ChartSpec.self, from: $0) }
            #expect(text == "value", "\(file)")
            #expect(spec == (try Self.outcome(yaml) { try YAMLDecoder().decode(ChartSpec.self, from: $0) }).0, "\(file)")
        }
    }

    static let documents = [
        // Well-formed, with every kind of value.
        """
        title: Rice exports, Thailand to Malaysia
        notes: [one, two]
        size: {width: 800, height: 450, textScale: 1.5}
        theme: dark
        language: vi
        data:
          t: {rows: [{year: 2020, value: 1.5e9, status: final}, {year: 2021, value: ~, flag: true}]}
          v: {values: {year: [2020, 2021], value: [3, 4.5]}}
          c: {csv: rice.csv}
          d: {dataset: thai-malaysia, series: exports}
        x: {type: period, title: Year, domain: [2019, "2022"], format: number, partNote: false}
        y: {title: Value, unit: USD, format: currency, zero: true, domain: [0, 5e9], log: false, rows: [a, b],
            marks: [{value: 1.2, label: recent, color: "#112233"}]}
        layers:
          - {mark: line, data: t, x: year, y: value, stack: false, top: 3, roles: {a: primary}, role: history,
             style: {dash: true, projection: false, color: "#aabbcc", markers: true, opacity: 0.5, label: end, width: 2}}
          - {mark: bar, orient: horizontal, sort: value, others: Rest}
        annotations:
          - {type: band, y0: 1, y1: 2, x0: 2020, x1: 2021, label: goal, role: goal}
          - {type: callout, x: 2021, y: 3, text: peak, dx: -4, dy: 8}
        alt: An alt text
        facet: partner
        """,
        "facet: {column: partner, columns: 2, y: free}\nlayers: [{mark: point}]",
        // Merge keys and `=` keys (the schema refuses '<<' where it knows the keys, not in tables).
        "base: &b {mark: line, x: year}\nlayers: [{<<: *b, y: value}]",
        "data: {t: {rows: [{'=': 1, year: 2020}]}}\nlayers: [{mark: line}]",
        "data: {t: {rows: [{=: 1, year: 2020}]}}\nlayers: [{mark: line}]",
        "data: {t: {rows: [{\"2024\": 1, 2025: 2}]}}\nlayers: [{mark: line}]",
        "data: {<<: [{a: {csv: a.csv}}, {b: {csv: b.csv}}]}\nlayers: [{mark: line}]",
        // Null where a value is required, and wrong kinds.
        "size: {width: ~, height: 540}\nlayers: [{mark: line}]",
        "size: {width: 960}\nlayers: [{mark: line}]",
        "size: {width: [1], height: 2}\nlayers: [{mark: line}]",
        "layers: [~]",
        "layers: [{mark: ~}]",
        "layers: {mark: line}",
        "layers: [{mark: lines}]",
        "layers: [{mark: line, top: 2.5}]",
        "layers: [{mark: line, stack: maybe}]",
        "layers: [{mark: line, style: {label: middle}}]",
        "theme: neon\nlayers: [{mark: line}]",
        "x: {type: [period]}\nlayers: [{mark: line}]",
        "y: {domain: [a, b]}\nlayers: [{mark: line}]",
        "y: {marks: [{value: 1}]}\nlayers: [{mark: line}]",
        "title: {a: 1}\nlayers: [{mark: line}]",
        "notes: text\nlayers: [{mark: line}]",
        "notes: [a, [b]]\nlayers: [{mark: line}]",
        "data: {t: {}}\nlayers: [{mark: line}]",
        "data: {t: {values: {a: [1, 2], b: [1]}}}\nlayers: [{mark: line}]",
        "data: {t: {rows: [{a: [1]}]}}\nlayers: [{mark: line}]",
        "annotations: [{type: arrow, x: {a: 1}}]\nlayers: [{mark: line}]",
        "annotations: [{x: 1}]\nlayers: [{mark: line}]",
        "facet: {columns: 2}\nlayers: [{mark: line}]",
        "facet: [a]\nlayers: [{mark: line}]",
        "layers: [{mark: line, roles: {a: lead}}]",
        "data: &d {t: &t {csv: a.csv}}\nlayers: [&l {mark: line}]",
        "data: !!map {t: {csv: a.csv}}\nlayers: [{mark: line}]",
        "[1, 2]",
        "just text",
    ]

    @Test("hand-made documents: the same value or the same error at the same place", arguments: documents)
    func sameOutcome(_ yaml: String) throws {
        try Self.compare(yaml)
    }
}
