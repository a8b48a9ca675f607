import Testing
@testable import ChartKit

/// Every problem of a spec at its line and column, all at once.
@Suite("Spec problems, all at once")
struct SpecProblemTests {
    func problems(_ yaml: String, file: String = "p.yaml") -> [String] {
        do {
            let spec = try ChartSpec.decode(yaml: yaml, file: file)
            _ = try Support.builder.scene(for: spec)
            return []
        } catch let error as ChartError {
            return error.lines
        } catch {
            return ["\(error)"]
        }
    }

    static let table = "data:\n  t: {rows: [{year: 2020, value: 1}, {year: 2021, value: 2}]}\n"

    @Test("the file's own problems: unknown keys, bad values, wrong types, missing keys, in file order")
    func decodeProblems() {
        let yaml = """
            tittle: Trade
            theme: night
            size: {width: 800, height: tall}
            layers:
              - mark: lines
                x: year
                stack: maybe
                top: 0
                style: {color: "#12345", opacity: 1.5}
              - {x: year}
            facet: {colums: 2}
            """
        #expect(problems(yaml) == [
            "p.yaml:1:1: unknown key 'tittle' (did you mean 'title'?)",
            "p.yaml:2:8: 'night' is not a valid theme; expected one of: briefing, print, dark",
            "p.yaml:3:28: 'height' should be a number",
            "p.yaml:5:11: 'lines' is not a valid mark (did you mean 'line'?); expected one of: line, bar, area, band, rule, range, point, text, heatmap",
            "p.yaml:7:12: 'stack' should be true or false",
            "p.yaml:8:10: 'top' must be at least 1, not 0",
            "p.yaml:9:20: '#12345' is not a colour: write it as '#RRGGBB', such as '#0072B2'",
            "p.yaml:9:39: 'opacity' must be between 0 and 1, not 1.5",
            "p.yaml:10:5: missing key 'mark'",
            "p.yaml:11:8: missing key 'column'",
            "p.yaml:11:9: unknown key 'colums' (did you mean 'column'?)",
        ])
    }

    @Test("up to 20 problems are listed, then how many more; the summary is one line")
    func limit() throws {
        let keys = (1...25).map { "bad\($0): 1" }.joined(separator: "\n")
        let yaml = keys + "\nlayers: [{mark: line}]\n"
        let lines = problems(yaml)
        #expect(lines.count == 21)
        #expect(lines.first == "p.yaml:1:1: unknown key 'bad1'; expected one of: title, subtitle, notes, source, size, theme, language, data, x, y, layers, annotations, alt, facet")
        #expect(lines.last == "p.yaml: and 5 more problems")
        do {
            _ = try ChartSpec.decode(yaml: yaml, file: "p.yaml")
            Issue.record("decoded")
        } catch let error as ChartError {
            #expect(!error.summary.contains("\n"))
            #expect(error.summary.hasPrefix("p.yaml:1:1: unknown key 'bad1'"))
            #expect(error.summary.contains("; 2:1: unknown key 'bad2'"))
            #expect(error.summary.hasSuffix("; and 22 more problems"))
        }
    }

    @Test("problems the data shows: columns (with a suggestion), tables, marks' needs, facet, each at its place")
    func dataProblems() {
        let yaml = Self.table + """
            facet: regoin
            layers:
              - {mark: line, data: t, x: yaer, y: value, color: red}
              - {mark: band, data: t, x: year, y: value}
              - {mark: line, data: u, x: year}
              - {mark: range, data: t, low: value}
            """
        #expect(problems(yaml) == [
            "p.yaml:3:8: no table of the layers has the facet column 'regoin'; columns: value, year",
            "p.yaml:5:30: table 't' has no column 'yaer' (did you mean 'year'?); columns: value, year",
            "p.yaml:5:53: table 't' has no column 'red'; columns: value, year",
            "p.yaml:6:12: a band layer needs a 'y2' column: table 't' has none, so name one with 'y2:' (columns: value, year)",
            "p.yaml:7:24: layer 3 uses data 'u', which is not defined (did you mean 't'?); tables: t",
            "p.yaml:8:12: a range layer needs a 'high' column: table 't' has none, so name one with 'high:' (columns: value, year)",
        ])
    }

    @Test("axis problems: a period the axis cannot read, a domain backwards or unreadable, annotations off the axis")
    func axisProblems() {
        let yaml = """
            data:
              t: {rows: [{year: 2020, value: 1}, {year: soon, value: 2}]}
              u: {rows: [{year: 2020, value: 1}, {year: 2021, value: 2}]}
            x: {type: period, domain: [2030, 2010]}
            layers:
              - {mark: line, data: t, x: year, y: value}
            annotations:
              - {type: rule, x: later, label: Later}
            """
        #expect(problems(yaml) == [
            "p.yaml:4:27: the x domain runs backwards: '2030' should come before '2010'",
            "p.yaml:6:30: table 't' row 2: x value 'soon' in 'year' is not a period (2025, 2025-Q1, 2025-01..2025-11)",
            "p.yaml:8:21: 'later' is not a period (2025, 2025-Q1, 2025-01) on this x axis",
        ])
        let unreadable = Self.table + "x: {domain: [2010, next]}\nlayers: [{mark: line, data: t, x: year, y: value}]\n"
        #expect(problems(unreadable) == ["p.yaml:3:20: 'next' on the x domain is not a period (2025, 2025-Q1, 2025-01)"])
        let three = Self.table + "x: {domain: [2010, 2020, 2030]}\nlayers: [{mark: line, data: t, x: year, y: value}]\n"
        #expect(problems(three) == ["p.yaml:3:13: the x domain needs two values, the first and last shown, such as [2010, 2030]; it has 3"])
    }

    @Test("values that do not go together: y domain, log domain, annotations missing their position")
    func valueProblems() {
        let yaml = Self.table + """
            y: {log: true, domain: [0, 10]}
            layers: [{mark: line, data: t, x: year, y: value}]
            annotations:
              - {type: band, y0: 1}
              - {type: callout, x: 2020, y: 1}
              - {type: rule, label: Goal}
            """
        #expect(problems(yaml) == [
            "p.yaml:3:24: a log axis starts above 0: the y domain starts at 0",
            "p.yaml:6:5: a band annotation needs 'y0' and 'y1' (its lower and upper edge)",
            "p.yaml:7:5: a callout needs 'x', 'y' and 'text'",
            "p.yaml:8:5: a rule annotation needs 'y' (a horizontal line) or 'x' (a vertical one)",
        ])
        let backwards = Self.table + "y: {domain: [10, 0]}\nlayers: [{mark: line, data: t, x: year, y: value}]\n"
        #expect(problems(backwards) == ["p.yaml:3:13: the y domain runs backwards: 10 should be below 0"])
    }

    @Test("a spec without problems draws; a spec built in code keeps the layer's own errors")
    func noProblems() throws {
        #expect(problems(Self.table + "layers: [{mark: line, data: t, x: year, y: value}]\n").isEmpty)
        var spec = try ChartSpec.decode(yaml: Self.table + "layers: [{mark: line, data: t, x: year, y: value}]\n", file: "p.yaml")
        spec.origin = nil
        spec.layers[0].y = "valeu"
        #expect(throws: ChartError.unknownColumn(table: "t", column: "valeu", available: ["value", "year"])) {
            try Support.builder.scene(for: spec)
        }
    }
}
