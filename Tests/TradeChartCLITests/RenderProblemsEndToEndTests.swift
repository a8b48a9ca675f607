import Foundation
import Testing

/// `tradechart render` on specs with problems: every problem of a spec listed with its place,
/// and in a batch one line per failed spec while the others are still written.
@Suite("render reports every problem, end to end", .enabled(if: Binary.shouldRun))
struct RenderProblemsEndToEndTests {
    static let csv = "region,year,value (million USD)\nNorth,2023,120\nNorth,2024,130\nSouth,2023,80\nSouth,2024,95\n"
    static let good = "title: Fine\ndata:\n  t: {csv: data.csv}\nlayers:\n  - {mark: line, data: t, x: year, y: \"value (million USD)\", color: region}\n"
    /// Problems in the file itself: a typo, a bad mark, a bad colour.
    static let badFile = "title: Typos\nsubtile: Two\ndata:\n  t: {csv: data.csv}\nlayers:\n  - {mark: lines, data: t, x: year, style: {color: blue}}\n"
    /// Problems only the data shows: a column the CSV lacks, a facet column it lacks.
    static let badData = "title: Columns\nfacet: partner\ndata:\n  t: {csv: data.csv}\nlayers:\n  - {mark: line, data: t, x: yaer, y: \"value (million USD)\", color: red}\n"

    func folder() throws -> String {
        let dir = try Binary.temporaryFolder()
        try Self.csv.write(toFile: "\(dir)/data.csv", atomically: true, encoding: .utf8)
        try Self.good.write(toFile: "\(dir)/a-good.yaml", atomically: true, encoding: .utf8)
        try Self.badFile.write(toFile: "\(dir)/b-file.yaml", atomically: true, encoding: .utf8)
        try Self.badData.write(toFile: "\(dir)/c-data.yaml", atomically: true, encoding: .utf8)
        return dir
    }

    @Test("one spec: every problem on its own line with file, line and column; exit 65, nothing written")
    func single() throws {
        let dir = try folder()
        let run = try Binary.run(["render", "\(dir)/b-file.yaml", "-o", "\(dir)/out.png"])
        #expect(run.status == 65)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "tradechart: error: \(dir)/b-file.yaml:2:1: unknown key 'subtile' (did you mean 'subtitle'?)",
            "tradechart: error: \(dir)/b-file.yaml:6:12: 'lines' is not a valid mark (did you mean 'line'?); expected one of: line, bar, area, band, rule, range, point, text, heatmap",
            "tradechart: error: \(dir)/b-file.yaml:6:52: 'blue' is not a colour: write it as '#RRGGBB', such as '#0072B2'",
        ])
        let data = try Binary.run(["render", "\(dir)/c-data.yaml", "-o", "\(dir)/out.png"])
        #expect(data.status == 65)
        #expect(data.stderr.split(separator: "\n").map(String.init) == [
            "tradechart: error: \(dir)/c-data.yaml:2:8: no table of the layers has the facet column 'partner'; columns: region, value (million USD), year",
            "tradechart: error: \(dir)/c-data.yaml:6:30: table 't' has no column 'yaer' (did you mean 'year'?); columns: region, year, value (million USD)",
            "tradechart: error: \(dir)/c-data.yaml:6:69: table 't' has no column 'red'; columns: region, year, value (million USD)",
        ])
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/out.png"))
    }

    @Test("a folder: one line per failed spec naming it, the good one still written, exit 65")
    func batch() throws {
        let dir = try folder()
        let out = "\(dir)/out"
        let run = try Binary.run(["render", dir, "--out-dir", out, "--format", "svg", "--jobs", "2"])
        #expect(run.status == 65)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[0].hasPrefix("tradechart: error: \(dir)/b-file.yaml:2:1: unknown key 'subtile' (did you mean 'subtitle'?); 6:12: 'lines' is not a valid mark"))
        #expect(lines[0].hasSuffix("; 6:52: 'blue' is not a colour: write it as '#RRGGBB', such as '#0072B2'"))
        #expect(lines[1].hasPrefix("tradechart: error: \(dir)/c-data.yaml:2:8: no table of the layers has the facet column 'partner'"))
        #expect(lines[2] == "tradechart: 2 of 3 charts failed; the others were written to \(out)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["a-good.svg"])

        let empty = try Binary.temporaryFolder()
        let none = try Binary.run(["render", empty, "--out-dir", out])
        #expect(none.status == 66)
        #expect(none.stderr == "tradechart: error: \(empty): no chart specs in this folder (.yaml, .yml or .json)\n")
        let folderToFile = try Binary.run(["render", dir, "-o", "\(dir)/x.png"])
        #expect(folderToFile.status == 64)
        #expect(folderToFile.stderr.contains("is a folder: use --out-dir to render the specs in it"))
    }
}
