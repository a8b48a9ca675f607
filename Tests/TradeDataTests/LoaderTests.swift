import Foundation
import Testing
@testable import TradeData

/// `Tests/Fixtures/TradeData/<name>`, found from this file.
func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/TradeData/\(name)").path
}

@Suite("Loading observation files")
struct LoaderTests {
    @Test("long form: qualifiers, units, statuses and the preferred mark")
    func long() throws {
        let result = try DatasetLoader.load(path: fixture("long.csv"))
        #expect(result.errors.isEmpty)
        let trade = try #require(result.dataset.series("trade_total"))
        let y2024 = try #require(Period.year(2024))
        #expect(trade.preferred(at: y2024)?.value == 2.25e9)
        #expect(trade.preferred(at: y2024)?.note == "revised, June 2025")
        #expect(trade.observations(at: y2024).map(\.status) == [.preliminary, .final])
        let y2019 = try #require(Period.year(2019))
        #expect(trade.preferred(at: y2019)?.quantity == Quantity(low: 1.1e9, high: 1.2e9))
        #expect(trade.preferred(at: y2019)?.location?.description == "\(fixture("long.csv")):4:1")
        let investment = try #require(result.dataset.series("investment"))
        #expect(investment.observations.first?.value == 590.3e6)
        #expect(investment.observations.first?.period.description == "2025-01..2025-11")
        #expect(result.dataset.sources.map(\.key) == ["S_SGT2025", "S_VLT2025", "S_VNP", "S_AMPLE", "S_VTC2026"])
    }

    @Test("wide form exported by a Vietnamese spreadsheet: BOM, CRLF, semicolons, decimal commas")
    func wide() throws {
        let result = try DatasetLoader.load(path: fixture("wide-semicolon.csv"))
        #expect(result.diagnostics.isEmpty)
        let trade = try #require(result.dataset.series("trade_total"))
        #expect(trade.yearly.map(\.value) == [1.6e9, 2.25e9, 2.98e9])
        #expect(result.dataset.series("exports")?.observations.map(\.value) == [1.1e9])
        #expect(trade.observations.last?.source == "MoIT; VTC News")
    }

    @Test("wide form with the unit in the header, and without any unit")
    func wideUnits() {
        let ok = DatasetLoader.parse(text: "year,exports (million USD)\n2025,1100\n", file: "w.csv")
        #expect(ok.dataset.series("exports")?.observations.first?.value == 1.1e9)
        let missing = DatasetLoader.parse(text: "year,exports\n2025,1100\n", file: "w.csv")
        #expect(missing.diagnostics.map(\.description) == [
            "w.csv:1:6: error: no unit for column 'exports': add a unit column or write the unit in the header, e.g. exports (million USD)",
        ])
    }

    @Test("JSON long form")
    func json() throws {
        let result = try DatasetLoader.load(path: fixture("observations.json"))
        #expect(result.errors.isEmpty)
        let trade = try #require(result.dataset.series("trade_total"))
        #expect(trade.observations.map(\.value) == [2.98e9, 3e9])
        #expect(trade.observations.map(\.quantity.qualifier) == [.exact, .approximate])
        #expect(trade.observations.first?.preferred == true)
        #expect(trade.observations.last?.location?.description == "\(fixture("observations.json")):3:3")
        #expect(result.dataset.series("scholarships")?.unit == .count)
    }

    @Test("malformed JSON names line and column")
    func badJSON() {
        let result = DatasetLoader.parse(text: "[\n {\"series\": x}\n]", file: "b.json")
        #expect(result.diagnostics.map(\.description) == [
            "b.json:2:13: error: malformed JSON: expected an array of observations or {\"observations\": [...]}",
        ])
    }

    @Test("every validation message, with its location")
    func validation() throws {
        let folder = fixture("bad-folder")
        let result = try DatasetLoader.load(path: folder)
        let csv = "\(folder)/data.csv", yaml = "\(folder)/dataset.yaml"
        #expect(result.diagnostics.map(\.description) == [
            "\(yaml):10:13: error: unknown source key 'NOPE': add it under sources in dataset.yaml",
            "\(csv):2:13: error: impossible period '2025-13': expected 2025, 2025-Q1…Q4, 2025-H1/H2, 2025-06 or a range within one year such as 2025-01..2025-11",
            "\(csv):3:18: error: malformed value '1.2.3x': expected a number such as 2980, 2,98, ~1700, >1000 or 1100..1200",
            "\(csv):4:1: warning: trade_total has no full-year figure for 2022",
            "\(csv):4:18: error: negative value for 'trade_total': trade and investment figures cannot be negative",
            "\(csv):5:20: error: unknown unit 'crore USD': expected USD, thousand USD, million USD, billion USD, triệu USD, tỷ USD, projects, scholarships or count",
            "\(csv):6:38: error: unknown source key 'B': add it under sources in dataset.yaml",
            "\(csv):7:32: error: unknown status 'prelim': expected final, preliminary, estimate or derived",
            "\(csv):8:18: warning: exports + imports (80.0 million USD) differ from trade_total (100.0 million USD) by 20.0% in 2019",
            "\(csv):9:1: error: 2 observations of trade_total for 2019 and none is preferred: mark one with preferred=yes",
            "\(csv):9:1: warning: trade_total has no full-year figure for 2017–2018",
        ])
        #expect(result.diagnostics.summary == "8 errors, 3 warnings")
        #expect(throws: DatasetError.self) { try DatasetLoader.loadValid(path: folder) }
    }

    @Test("a folder's dataset.yaml given as the path loads its folder, with the same diagnostics")
    func manifestPath() throws {
        let folder = fixture("bad-folder")
        let byFolder = try DatasetLoader.load(path: folder)
        let byManifest = try DatasetLoader.load(path: folder + "/dataset.yaml")
        #expect(byManifest.diagnostics.map(\.description) == byFolder.diagnostics.map(\.description))
        #expect(byManifest.dataset.series.map(\.id) == byFolder.dataset.series.map(\.id))
        #expect(!byManifest.dataset.series.isEmpty)
    }

    @Test("YAML syntax errors carry Yams' line and column")
    func yaml() throws {
        let folder = fixture("bad-yaml")
        let result = try DatasetLoader.load(path: folder)
        #expect(result.diagnostics.map(\.description) == [
            "\(folder)/dataset.yaml:3:8: error: malformed YAML: did not find expected ',' or '}'",
        ])
    }

    @Test("unknown keys in dataset.yaml are errors with a suggestion, at the top, in sources and in targets")
    func unknownKeys() throws {
        let yaml = """
        id: x
        title: X
        partner: Y
        sorces: {}
        sources:
          S: {publisher: P, note: a, b}
        targets:
          - {id: t, series: s, source: S, level: 5 billion USD, deadlin: 2030}
        """
        let (_, diagnostics) = try DatasetMetadata.parse(yaml: yaml, file: "d.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "d.yaml:4:1: error: unknown key 'sorces' (did you mean 'sources'?)",
            "d.yaml:6:30: error: unknown key 'b'; expected one of: publisher, title, date, url, note",
            "d.yaml:8:57: error: unknown key 'deadlin' (did you mean 'deadline'?)",
        ])
    }

    @Test("more checks: two preferred, mixed units, wrong field count, missing columns")
    func moreChecks() {
        let text = """
            series,period,value,unit,source,preferred
            a,2025,1,USD,s,yes
            a,2025,2,USD,s,yes
            a,2024,3,projects,s,
            a,2023,4
            """
        #expect(DatasetLoader.parse(text: text, file: "m.csv").diagnostics.map(\.description) == [
            "m.csv:3:1: error: 2 observations of a for 2025 and 2 are marked preferred: keep one",
            "m.csv:4:8: error: series 'a' mixes USD and count: use one kind of unit per series",
            "m.csv:5:1: error: row has 3 fields, the header has 6: quote fields that contain ','",
        ])
        #expect(DatasetLoader.parse(text: "series,period\na,2025\n", file: "c.csv").diagnostics.map(\.description) == [
            "c.csv:1:15: error: missing column 'value': a long-form file needs series,period,value,unit",
            "c.csv:1:15: error: missing column 'unit': a long-form file needs series,period,value,unit",
        ])
        #expect(DatasetLoader.parse(text: "a,b\n1,2\n", file: "h.csv").diagnostics.map(\.description) == [
            "h.csv:1:1: error: unrecognised header: a long-form file starts series,period,value,unit; a wide file starts with a year column followed by one column per series",
        ])
        #expect(DatasetLoader.parse(text: "series,period,value,unit\na,2025,1,USD\n", file: "n.csv")
            .diagnostics.map(\.description) == ["n.csv:2:1: warning: no source given for this figure"])
    }

    @Test("missing input is a missing-file error")
    func missing() {
        #expect(throws: DatasetError.missingFile("/nonexistent/x.csv")) {
            try DatasetLoader.load(path: "/nonexistent/x.csv")
        }
    }

    @Test("the CSV export reads back to the same series")
    func roundTrip() throws {
        let dataset = try DatasetLoader.loadEmbedded().dataset
        let again = DatasetLoader.parse(text: dataset.csvText(), file: "round.csv")
        #expect(again.errors.isEmpty)
        for series in dataset.series {
            let back = try #require(again.dataset.series(series.id))
            #expect(back.observations.map(\.quantity) == series.observations.map(\.quantity))
            #expect(back.observations.map(\.preferred) == series.observations.map(\.preferred))
        }
    }
}
