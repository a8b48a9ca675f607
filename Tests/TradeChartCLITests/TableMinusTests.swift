import ArgumentParser
import Foundation
import Testing
@testable import TradeChartCLI

/// The terminal tables write negative numbers as the rest of tradechart does (charts, reports):
/// with the minus sign U+2212, from the one number family. CSV and JSON keep plain numbers.
@Suite("Minus sign in the terminal tables")
struct TableMinusTests {
    static let datasets = ["vietnam-laos", "vietnam-thailand", "vietnam-cambodia"]

    static func output(_ arguments: [String]) throws -> String {
        let command = try TradeChartCommand.parseAsRoot(arguments)
        switch command {
        case let c as TrackCommand: return try c.output()
        case let c as ScenariosCommand: return try c.output()
        case let c as TargetsCommand: return try c.output()
        default: throw CocoaError(.featureUnsupported)
        }
    }

    /// A hyphen-minus written as a number's sign: after a space or an opening bracket, before a digit.
    static func hyphenSigns(_ text: String) -> [Substring] {
        text.matches(of: /(?:^|[ (])-[0-9]/.anchorsMatchLineEndings()).map(\.output)
    }

    @Test("track, scenarios and targets tables: every negative number has U+2212")
    func tables() throws {
        var negatives = 0
        for dataset in Self.datasets {
            for command in ["track", "scenarios", "targets"] {
                let text = try Self.output([command, "--dataset", dataset])
                #expect(Self.hyphenSigns(text).isEmpty, "\(command) --dataset \(dataset)")
                negatives += text.matches(of: /\u{2212}[0-9]/).count
            }
        }
        // Some shipped pairs have falling halves and scenarios short of their targets.
        #expect(negatives > 0)
    }

    @Test("CSV keeps the plain sign a spreadsheet reads")
    func csv() throws {
        let text = try Self.output(["scenarios", "--dataset", "vietnam-laos", "--format", "csv"])
        #expect(!text.contains("\u{2212}"))
    }
}
