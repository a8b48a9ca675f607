import Foundation
import OfficeClients
import Testing

/// The two-file walk-through of examples/scenarios/README.md: its commands, run as written from the
/// repository's root, do what the text says (so the walk-through cannot go stale).
@Suite("Scenario walk-through: a ministry plan against an independent cautious view")
struct ScenarioWalkthroughTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let heading = "## Two assumption sets side by side"

    /// The `tradechart …` lines of the section's first shell block.
    static func commands() throws -> [[String]] {
        let readme = try String(contentsOfFile: root + "/examples/scenarios/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: heading).dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        return block.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter { $0.first == "tradechart" }
    }

    /// A set file's title, scenario ids and labels, read from its text.
    struct SetFile {
        var stem: String, title: String, ids: [String], labels: [String]
        init(_ path: String) throws {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            func values(_ key: String) -> [String] {
                text.split(separator: "\n").compactMap { line -> String? in
                    let t = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
                    return t.hasPrefix(key + ": ") ? String(t.dropFirst(key.count + 2)) : nil
                }
            }
            stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            title = try #require(values("title").first)
            ids = values("id"); labels = values("label")
        }
    }

    @Test("the documented commands run from the root; the table, CSV and pack compare exactly the two shipped sets")
    func walkthrough() throws {
        let commands = try Self.commands()
        #expect(commands.count == 3)
        let files = try #require(commands.first).filter { $0.hasSuffix(".yaml") }
        #expect(files.count == 2)
        let sets = try files.map(SetFile.init)
        for file in files { #expect(FileManager.default.fileExists(atPath: Self.root + "/" + file), "\(file) is shipped") }
        let out = try Binary.temporaryFolder()
        var outputs: [String] = []
        for command in commands {
            let arguments = Array(command.dropFirst()).map { $0 == "compare" ? out + "/compare" : $0 }
            let run = try Binary.run(arguments, in: Self.root)
            #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.stderr)")
            outputs.append(run.stdout)
        }
        // The table: one comparison of both sets, by title, with every scenario's label.
        let table = outputs[0]
        #expect(table.contains("Assumption sets compared: " + sets.map { "\($0.title) (\($0.ids.count))" }.joined(separator: "; ")))
        for set in sets { for label in set.labels { #expect(table.contains(label)) } }
        // The CSV: ids kept distinct by set; the README's claim about who meets 5 billion by 2028 holds.
        let rows = outputs[1].split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for set in sets { for id in set.ids { #expect(rows.contains { $0.count > 2 && $0[2] == "\(set.stem)/\(id)" }) } }
        let header = try #require(rows.first)
        let measure = try #require(header.firstIndex(of: "measure")), year = try #require(header.firstIndex(of: "year"))
        let usd = try #require(header.firstIndex(of: "target_usd"))
        let byDeadline = rows.filter { $0.count > year && $0[measure] == "reach_year" && Double($0[usd]) == 5e9 && (Int($0[year]) ?? .max) <= 2028 }
        #expect(byDeadline.map { $0[2] } == ["ministry-plan/push"], "the README says only the front-loaded push reaches 5 billion by 2028")
        // The pack: the section names both sets, each scenario as "label · set"; figures.csv and the charts follow.
        let report = try String(contentsOfFile: out + "/compare/report.md", encoding: .utf8)
        #expect(report.contains("## Scenarios compared: " + sets.map(\.title).joined(separator: "; ")))
        let figures = try String(contentsOfFile: out + "/compare/figures.csv", encoding: .utf8)
        for set in sets {
            for label in set.labels {
                #expect(report.contains("- \(label) · \(set.title): "))
                #expect(figures.contains(label))
            }
        }
        for chart in ["reach-years", "scenarios", "sensitivity"] {
            #expect(FileManager.default.fileExists(atPath: out + "/compare/\(chart).png"))
        }
    }

    @Test("briefing.pptx of the two sets: the scenario list slide names both sets and every label; the scenario charts' notes carry the labels",
          .enabled(if: Binary.shouldRun && Tools.venvPython != nil, "needs the binary and the python-pptx venv"))
    func slides() throws {
        let files = try #require(try Self.commands().first).filter { $0.hasSuffix(".yaml") }
        let sets = try files.map(SetFile.init)
        let out = try Binary.temporaryFolder()
        let run = try Binary.run(["report", "--scenarios", files[0], "--scenarios", files[1], "--formats", "png,pptx", "--out", out], in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        let reading = try Clients.readSlides(URL(fileURLWithPath: out + "/briefing.pptx"))
        let index = try #require(reading.titles.firstIndex { title in sets.allSatisfy { title.contains($0.title) } })
        #expect(index == 1, "the scenario list follows the key figures")
        for set in sets {
            for label in set.labels {
                #expect(reading.texts[index].contains("\(label) · \(set.title): "))
                #expect(reading.notes[index].contains(label))
            }
        }
        #expect(reading.notes[index].contains("Figures in the chart:"))
        let alt = try String(contentsOfFile: out + "/alt-text.txt", encoding: .utf8)
        for chart in ["reach-years", "sensitivity"] {
            #expect(alt.contains("\(chart).png"))
        }
        // The reach-year slide: its notes hold its alt text, which names every scenario.
        let reach = try #require(reading.notes.first { $0.contains(sets[0].labels[0]) && $0.hasPrefix("Alt text: Chart of the year each scenario") })
        for set in sets { for label in set.labels { #expect(reach.contains(label)) } }
        #expect(reading.notes.contains { $0.hasPrefix("Alt text: Heat map") })
    }
}
