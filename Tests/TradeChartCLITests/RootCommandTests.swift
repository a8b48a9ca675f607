import Testing
import ArgumentParser
@testable import TradeChartCLI

@Suite("Root command")
struct RootCommandTests {
    @Test("the data subcommand is reachable")
    func dataSubcommand() throws {
        let command = try TradeChartCommand.parseAsRoot(["data"])
        #expect(command is DataCommand)
    }
}
