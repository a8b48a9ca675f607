import Foundation
import Testing

/// The bad-input catalogue (`Tests/Fixtures/bad/`, described in ROBUSTNESS.md) through the real
/// binary: each input gives exactly one line on stderr naming the file and position, the exit
/// status of its kind, and no backtrace.
@Suite("Bad inputs through the tradechart binary")
struct BadInputCLITests {
    static let bad = "Tests/Fixtures/bad/"

    /// Arguments, the expected stderr line (after `tradechart: error: `) and the exit status.
    static let cases: [([String], String, Int32)] = [
        (["data", "show", bad + "empty.csv"],
         bad + "empty.csv:1:1: empty table: expected a header line such as series,period,value,unit", 65),
        (["data", "show", bad + "header-only.csv"],
         bad + "header-only.csv:1:1: no observations: the file has a header but no data rows", 65),
        (["data", "show", bad + "binary.csv"], bad + "binary.csv:1:1: not UTF-8 text: save the file as \"CSV UTF-8\"", 65),
        (["data", "show", bad + "latin1.csv"], bad + "latin1.csv:3:37: not UTF-8 text: save the file as \"CSV UTF-8\"", 65),
        (["data", "show", bad + "utf16.csv"], bad + "utf16.csv:1:1: UTF-16 text: save the file as \"CSV UTF-8\"", 65),
        (["data", "show", bad + "mixed-delimiters.csv"],
         bad + "mixed-delimiters.csv:3:1: row has 1 field, the header has 5: quote fields that contain ','", 65),
        (["data", "show", bad + "ragged.csv"],
         bad + "ragged.csv:3:1: row has 6 fields, the header has 5: quote fields that contain ','", 65),
        (["data", "show", bad + "nan.csv"],
         bad + "nan.csv:3:18: malformed value 'NaN': expected a number such as 2980, 2,98, ~1700, >1000 or 1100..1200", 65),
        (["data", "show", bad + "infinity.csv"],
         bad + "infinity.csv:3:18: malformed value 'Infinity': expected a number such as 2980, 2,98, ~1700, >1000 or 1100..1200", 65),
        (["data", "show", bad + "huge.csv"],
         bad + "huge.csv:3:18: value out of range: figures above 10^15 USD are refused; check the number and its unit", 65),
        (["data", "show", bad + "negative-base.csv"],
         bad + "negative-base.csv:3:18: negative value for 'trade_total': trade and investment figures cannot be negative", 65),
        (["targets", "--dataset", bad + "zero-base.csv"],
         bad + "zero-base.csv:3:1: the 2025 figure is not positive, so growth from it is undefined; choose another base year with --base", 65),
        (["data", "show", bad + "duplicate-periods.csv"],
         bad + "duplicate-periods.csv:3:1: 2 observations of trade_total for 2025 and none is preferred: mark one with preferred=yes", 65),
        (["data", "show", bad + "laughs-folder"],
         bad + "laughs-folder/dataset.yaml:6:8: more than 100000 values once aliases are expanded; remove the aliases (*name) that repeat large parts", 65),
        (["scenarios", bad + "billion-laughs.yaml"],
         bad + "billion-laughs.yaml:6:8: more than 100000 values once aliases are expanded; remove the aliases (*name) that repeat large parts", 65),
        (["data", "show", bad + "deep-folder"],
         bad + "deep-folder/dataset.yaml:1:13: nesting deeper than 64 levels; YAML files here need only a few", 65),
        (["scenarios", bad + "deep.yaml"], bad + "deep.yaml:1:13: nesting deeper than 64 levels; YAML files here need only a few", 65),
    ]

    /// Runs the binary from the package root, so fixture paths stay relative in messages.
    static func run(_ arguments: [String]) throws -> Binary.Run {
        try Binary.run(arguments, in: Binary.root.path)
    }

    @Test("one line naming file and position, and the exit status", arguments: cases)
    func catalogue(arguments: [String], message: String, status: Int32) throws {
        let result = try Self.run(arguments)
        #expect(result.stderr == "tradechart: error: \(message)\n")
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
    }

    @Test("unsorted periods are accepted and shown in order")
    func unsorted() throws {
        let result = try Self.run(["data", "show", "--format", "csv", Self.bad + "unsorted-periods.csv"])
        #expect(result.status == 0)
        let periods = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(periods == ["2023", "2024", "2025"])
    }

    @Test("a 10-million-row file is refused by size before it is read, and no output is written")
    func tenMillionRows() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tradechart-10M-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try TenMillionRows.write(to: file)
        let result = try Self.run(["data", "show", file.path])
        #expect(result.stderr == "tradechart: error: \(file.path):1:1: the file is 133 MiB; data files are limited to 64 MiB: split it by series or by year\n")
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
    }

    @Test("a usage error exits 64")
    func usage() throws {
        let result = try Self.run(["data", "show", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"))
    }
}

/// The catalogue's largest input, generated (never committed): 10,000,000 rows of
/// `t,2025,1,USD,` (14 bytes a row, 133 MiB in all).
enum TenMillionRows {
    static func write(to url: URL) throws {
        let chunk = String(repeating: "t,2025,1,USD,\n", count: 100_000)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data("series,period,value,unit,source\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let data = Data(chunk.utf8)
        for _ in 0..<100 { try handle.write(contentsOf: data) }
    }
}
