import ChartScene
import Foundation
import Testing
import TradeAnalysis
@testable import TradeCharts
import TradeData
import NumberText

/// With `--scenarios FILE`, the pack speaks of the file's scenarios by their labels, and of the
/// default scenarios only without a file; two files are compared as sets, ids kept distinct.
@Suite("Packs follow the user's scenario files")
struct ScenarioPackTests {
    static let independent = """
        title: Independent view
        scenarios:
          - id: cautious
            label: Cautious 8%
            kind: constant
            rate: 8%
            role: cautious
          - id: bold
            label: Bold 35%
            kind: constant
            rate: 35%
        """
    static let ministry = """
        title: Ministry plan
        horizon: 2030
        scenarios:
          - id: cautious
            label: Plan, cautious 10%
            kind: constant
            rate: 10%
          - id: plan
            label: Plan 15%
            kind: constant
            rate: 15%
            role: plan
        """

    /// `yaml` written to a file of its own in a fresh temporary folder.
    static func file(_ name: String, _ yaml: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(yaml.utf8).write(to: url)
        return url.path
    }

    static func pack(_ files: [String], dataset: Dataset = Briefing.dataset, _ language: Language) throws -> BriefingPack {
        try Briefing.pack(dataset, language, scenarioFiles: files)
    }

    static func text(_ pack: BriefingPack, _ name: String) -> String { Briefing.text(pack, name) }

    /// The analysis' sentence on the scenarios, from the comparison's reach years: for each target,
    /// how many scenarios reach it by its stated year, or within the years projected when it states
    /// none (or one past the horizon).
    static func expectedSummary(_ ctx: BriefingContext, _ c: ScenarioComparison, chart: Bool = false) throws -> String {
        let items = try c.targets.map { target -> (count: Int, level: String, by: ScenarioText.ReachBy) in
            var by = ScenarioText.ReachBy.noYear(horizon: c.horizon), last = c.horizon
            if target.yearStated {
                let year = try #require(target.year)
                if year <= c.horizon { by = .deadline(year); last = year } else { by = .pastHorizon(horizon: c.horizon, deadline: year) }
            }
            let count = c.entries.filter { entry in
                entry.standings.contains { $0.targetId == target.targetId && ($0.reachYear ?? .max) <= last }
            }.count
            return (count, ctx.money(target.value), by)
        }
        return ctx.scenarioText.reachSummary(total: c.entries.count, items: items, chart: chart)
    }

    @Test("a custom file's labels are in report.md, the alt texts and figures.csv; the default scenarios are not",
          arguments: Language.allCases)
    func customFile(language: Language) throws {
        let path = try Self.file("independent.yaml", Self.independent)
        let pack = try Self.pack([path], language)
        let report = Self.text(pack, "report.md"), alt = Self.text(pack, "alt-text.txt"), csv = Self.text(pack, "figures.csv")
        for label in ["Cautious 8%", "Bold 35%"] {
            #expect(report.contains(label), "\(label) not in report.md")
            #expect(alt.contains(label), "\(label) not in alt-text.txt")
            #expect(csv.contains(label), "\(label) not in figures.csv")
        }
        // The default scenarios' names and sentences, computed from the default pack.
        let defaults = try BriefingContext(dataset: Briefing.dataset, language: language)
        let c = try #require(defaults.comparison)
        let names = c.entries.map { defaults.scenarioLabel($0, in: c) }
        #expect(names.count >= 4)
        let plain = try Self.pack([], language)
        let plainReport = Self.text(plain, "report.md")
        // The analysis sums the scenarios up in one sentence: the defaults' without a file, the file's with one.
        let own = try BriefingContext(BriefingRequest(dataset: Briefing.dataset, language: language, scenarioFiles: [path]))
        let ownComparison = try #require(own.comparison)
        #expect(plainReport.contains(try Self.expectedSummary(defaults, c)))
        #expect(report.contains(try Self.expectedSummary(own, ownComparison)))
        #expect(!report.contains(try Self.expectedSummary(defaults, c)))
        for name in names {
            #expect(Self.text(plain, "alt-text.txt").contains(name), "\(name) missing from the default pack")
            #expect(!report.contains(name) && !alt.contains(name) && !csv.contains(name), "default '\(name)' in a pack with a file")
        }
        // The scenario section: the file's title, each rule in words, reach years or "not by".
        let ctx = try BriefingContext(BriefingRequest(dataset: Briefing.dataset, language: language, scenarioFiles: [path]))
        let w = ctx.scenarioText
        let section = try #require(pack.document.sections.first { $0.id == "scenarios" })
        #expect(section.heading == w.sectionHeading(titles: ["Independent view"]))
        let cc = try #require(ctx.comparison)
        for entry in cc.entries {
            let item = try #require(section.paragraphs.first { $0.text.hasPrefix(entry.label + ":") })
            #expect(item.text.contains(w.rule(entry.rule)))
            for standing in entry.standings {
                #expect(item.text.contains(w.reachYear(standing.reachYear, horizon: cc.horizon)))
            }
            if let v = entry.horizonValue { #expect(item.text.contains(ctx.money(v))) }
            for f in item.figures { #expect(item.text.contains(f.formatted), "'\(f.formatted)' not in \(item.text)") }
        }
        #expect(report.contains(w.rule(.constant(rate: 0.08, from: cc.baseYear))))
        #expect(report.contains(w.notBy(cc.horizon)))
    }

    @Test("two files are compared as sets by their titles, the same id in both kept distinct", arguments: Language.allCases)
    func twoFiles(language: Language) throws {
        let a = try Self.file("ministry.yaml", Self.ministry), b = try Self.file("independent.yaml", Self.independent)
        let pack = try Self.pack([a, b], language)
        let ctx = try BriefingContext(BriefingRequest(dataset: Briefing.dataset, language: language, scenarioFiles: [a, b]))
        let c = try #require(ctx.comparison)
        #expect(c.isComparison)
        #expect(c.sets.map(\.title) == ["Ministry plan", "Independent view"])
        let keys = c.entries.map(\.key)
        #expect(Set(keys).count == 4 && keys.contains("ministry/cautious") && keys.contains("independent/cautious"))
        let report = Self.text(pack, "report.md"), alt = Self.text(pack, "alt-text.txt")
        let section = try #require(pack.document.sections.first { $0.id == "scenarios" })
        #expect(section.heading == ctx.scenarioText.sectionHeading(titles: ["Ministry plan", "Independent view"]))
        for entry in c.entries {
            let name = ctx.scenarioLabel(entry, in: c)
            #expect(name.contains(c.sets.first { $0.id == entry.set }?.title ?? "?"))
            #expect(report.contains(name) && alt.contains(name), "\(name)")
        }
        // Both sets in one reach-year chart and one paths chart.
        let reach = try #require(pack.charts.first { $0.id == .reachYears })
        #expect(reach.spec.y.rows?.count == 4)
        let paths = try #require(pack.charts.first { $0.id == .scenarios })
        // Each scenario named at its end, and the reported history at its last point.
        #expect(paths.spec.layers.filter { $0.style?.label == .end && $0.role != .history }.count == c.entries.count)
        #expect(paths.spec.layers.filter { $0.role == .history }.map(\.style?.label) == [.end])
    }

    @Test("where the year after the base has part-year figures, the report says which scenario the year is tracking",
          arguments: Language.allCases)
    func yearSoFar(language: Language) throws {
        let dataset = try DatasetLoader.loadValid(path: Briefing.root.appendingPathComponent("Tests/Fixtures/partners/peru-korea").path).dataset
        let path = try Self.file("desk.yaml", """
            title: Desk
            scenarios:
              - {id: slow, label: Slow 5%, kind: constant, rate: 5%}
              - {id: plan, label: Plan 12%, kind: constant, rate: 12%}
              - {id: fast, label: Fast 20%, kind: constant, rate: 20%}
            """)
        let pack = try Self.pack([path], dataset: dataset, language)
        let ctx = try BriefingContext(BriefingRequest(dataset: dataset, language: language, scenarioFiles: [path]))
        let pace = try #require(ctx.comparison?.pace)
        #expect(pace.tracking == "plan")
        let w = ctx.scenarioText
        let report = Self.text(pack, "report.md")
        #expect(report.contains(w.tracking(year: 2026, name: "Plan 12%", below: "Slow 5%", above: "Plan 12%")))
        #expect(report.contains(ctx.money(pace.projection)) && report.contains(ctx.money(pace.yearToDate)))
        let csv = Self.text(pack, "figures.csv")
        #expect(csv.contains("2026-01..2026-04") && csv.contains(",P2,"))
        let section = try #require(pack.document.sections.first { $0.id == "scenarios" })
        for p in section.paragraphs { for f in p.figures { #expect(p.text.contains(f.formatted), "'\(f.formatted)' not in \(p.text)") } }
    }
}
