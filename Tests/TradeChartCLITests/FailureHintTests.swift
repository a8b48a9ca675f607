import Testing
import TradeAnalysis
import TradeCharts
@testable import TradeChartCLI

@Suite("Option hints are the CLI's words")
struct FailureHintTests {
    @Test("a layer's error says what is wrong; the CLI adds the option that changes it")
    func hints() {
        let overwrite = PackError.wouldOverwrite(directory: "briefing", files: ["a.png"])
        #expect(!overwrite.description.contains("--force"))
        #expect(Failure.message(for: overwrite).hasSuffix("changed since; pass --force to overwrite"))
        let base = AnalysisError.baseNotFound(period: "2009", series: "trade_total")
        #expect(!base.description.contains("--base"))
        #expect(Failure.message(for: base) == "tradechart: error: series 'trade_total' has no figure for 2009; pass a period the series reports with --base")
    }

    @Test("a missing scenario file is exit 66 whatever the dataset holds")
    func missingScenarioFile() {
        let error = BriefingError.missingInput(path: "nope.yaml")
        #expect(Failure.exitStatus(for: error) == ExitStatus.noInput)
        #expect(Failure.message(for: error) == "tradechart: error: nope.yaml: no such scenario file")
    }
}
