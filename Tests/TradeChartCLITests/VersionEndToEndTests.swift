import ArgumentParser
import Testing
@testable import TradeChartCLI

/// `tradechart --version` takes a short way (no argument parser tree); it must answer as the
/// parser does, and `--version` after a subcommand or beside other arguments still goes through it.
@Suite("--version", .enabled(if: Binary.shouldRun))
struct VersionEndToEndTests {
    @Test func versionAloneAnswersAsTheParserDoes() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == TradeChartCommand.configuration.version + "\n")
        #expect(run.stderr.isEmpty)
        // The parser's own answer, for the same request.
        #expect(TradeChartCommand.message(for: CleanExit.message(TradeChartCommand.configuration.version))
                == TradeChartCommand.configuration.version)
    }

    @Test func versionElsewhereGoesThroughTheParser() throws {
        let sub = try Binary.run(["render", "--version"])
        #expect(sub.status == 0)
        #expect(sub.stdout == TradeChartCommand.configuration.version + "\n")
        let twice = try Binary.run(["--version", "--version"])
        #expect(twice.status == 0)
        #expect(twice.stdout == TradeChartCommand.configuration.version + "\n")
    }
}
