import ArgumentParser
import Foundation
import Testing
@testable import TradeChartCLI

/// Every command's help, exactly as users see it at 80 columns, against the stored texts in
/// `Tests/Fixtures/help/`. After a deliberate change, regenerate them with `make help-texts`
/// (which runs this suite with `TRADECHART_WRITE_HELP=1`) and review the diff.
@Suite("Help texts")
struct HelpTextTests {
    static let folder = Binary.root.appendingPathComponent("Tests/Fixtures/help")
    static let writing = ProcessInfo.processInfo.environment["TRADECHART_WRITE_HELP"] != nil

    /// The root command and every subcommand, depth first, with their command-line names.
    static let commands: [(name: String, type: any ParsableCommand.Type)] = {
        var found: [(String, any ParsableCommand.Type)] = []
        func walk(_ type: any ParsableCommand.Type, _ path: [String]) {
            found.append((path.joined(separator: " "), type))
            for sub in type.configuration.subcommands {
                walk(sub, path + [sub.configuration.commandName ?? "\(sub)".lowercased()])
            }
        }
        walk(TradeChartCommand.self, ["tradechart"])
        return found
    }()

    static var names: [String] { commands.map(\.name) }

    @Test("each command's help is the stored text", arguments: names)
    func help(name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }?.type)
        let text = TradeChartCommand.helpMessage(for: type, columns: 80) + "\n"
        let file = Self.folder.appendingPathComponent(name.replacingOccurrences(of: " ", with: "-") + ".txt")
        if Self.writing {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(text == stored, "help of '\(name)' changed; run 'make help-texts' and review the diff")
    }

    @Test("no stored help text is left for a command that no longer exists", .enabled(if: !writing))
    func noStaleTexts() throws {
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(stored == Self.names.map { $0.replacingOccurrences(of: " ", with: "-") + ".txt" }.sorted())
    }

    @Test("the end-to-end binary is found beside the test bundle", .enabled(if: Binary.shouldRun))
    func binaryBesideTests() throws {
        let folder = try #require(Binary.buildFolder)
        #expect(FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("tradechart").path))
    }
}
