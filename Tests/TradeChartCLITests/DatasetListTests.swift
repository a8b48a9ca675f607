import Foundation
import Testing
import TradeData
@testable import TradeChartCLI

@Suite("tradechart data list and datasets by name")
struct DatasetListTests {
    @Test("every shipped dataset loads by name, without errors")
    func byName() throws {
        for name in DatasetLoader.embeddedNames {
            let result = try DatasetInput.load(name)
            #expect(result.errors.isEmpty, "\(name): \(result.errors.map(\.description))")
            #expect(result.dataset.id == name)
        }
    }

    @Test("an unknown name is one line naming the shipped datasets, exit 66")
    func unknownName() throws {
        #expect {
            _ = try DatasetInput.load("no-such-dataset")
        } throws: { error in
            let failure = error as? CommandFailure
            return failure?.exitStatus == 66 && failure?.description == "no-such-dataset: no such file or folder: expected a dataset folder with "
                + "dataset.yaml, a .csv or .json file, or a shipped dataset (\(DatasetLoader.embeddedNames.joined(separator: ", ")))"
        }
    }

    @Test("the list names each dataset with its pair, series, years and targets, computed from the data")
    func entries() throws {
        for name in DatasetLoader.embeddedNames {
            let dataset = try DatasetLoader.loadValidEmbedded(name).dataset
            let entry = DataCommand.List.Entry(name: name, dataset: dataset)
            #expect(entry.pair == "\(dataset.reporter.en)–\(dataset.partner.en)")
            #expect(entry.series == dataset.series.map(\.id) && entry.targets.count == dataset.targets.count)
            let years = dataset.series.flatMap(\.observations).map(\.period.year)
            #expect(entry.firstYear == years.min() && entry.lastYear == years.max())
        }
        let table = DataCommand.List.table(try DatasetLoader.embeddedNames.map {
            DataCommand.List.Entry(name: $0, dataset: try DatasetLoader.loadValidEmbedded($0).dataset)
        })
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["name", "pair", "series", "years", "targets"])
        for name in DatasetLoader.embeddedNames { #expect(lines.contains { $0.hasPrefix("  \(name) ") }) }
    }

    @Test("a synthetic entry prints its own words and a single year once")
    func synthetic() {
        let dataset = Dataset(id: "x", title: LocalizedText(en: "Ruritania–Freedonia trade"),
                              reporter: LocalizedText(en: "Ruritania"), partner: LocalizedText(en: "Freedonia"),
                              series: [Series(id: "trade_total", observations: [])])
        let entry = DataCommand.List.Entry(name: "ruritania-freedonia", dataset: dataset)
        #expect(entry.pair == "Ruritania–Freedonia" && entry.years == "")
        let csv = DataCommand.List.csv([entry])
        #expect(csv == "name,reporter,partner,title,series,first_year,last_year,targets\nruritania-freedonia,Ruritania,Freedonia,Ruritania–Freedonia trade,trade_total,,,\n")
    }
}

@Suite("datasets by name, end to end", .enabled(if: Binary.shouldRun))
struct DatasetNameEndToEndTests {
    @Test("data list prints every shipped dataset; --format json is the same list")
    func list() throws {
        let run = try Binary.run(["data", "list"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        for name in DatasetLoader.embeddedNames { #expect(run.stdout.contains("  \(name) ")) }
        let json = try Binary.run(["data", "list", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.compactMap { $0["name"] as? String } == DatasetLoader.embeddedNames)
    }

    @Test("targets and data show take a shipped dataset's name; an existing folder of that name wins")
    func names() throws {
        let name = try #require(DatasetLoader.embeddedNames.first)
        let targets = try Binary.run(["targets", "--dataset", name, "--format", "json"])
        #expect(targets.status == 0, "\(targets.stderr)")
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let own = dir + "/" + name
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        try """
            id: own
            title: {en: Ruritania–Freedonia trade}
            reporter: {en: Ruritania}
            partner: {en: Freedonia}
            sources:
              R: {publisher: Ruritania Statistics Office, date: "2025", url: stats.example.org}
            """.write(toFile: own + "/dataset.yaml", atomically: true, encoding: .utf8)
        try "series,period,value,unit,source\ntrade_total,2024,12,million USD,R\n"
            .write(toFile: own + "/trade.csv", atomically: true, encoding: .utf8)
        let show = try Binary.run(["data", "show", name], in: dir)
        #expect(show.status == 0 && show.stdout.hasPrefix("Ruritania–Freedonia trade"), "\(show.stdout)\(show.stderr)")
        let missing = try Binary.run(["report", "--dataset", "no-such-dataset", "--out", dir + "/pack"])
        #expect(missing.status == 66 && missing.stderr.contains("or a shipped dataset ("))
        #expect(!FileManager.default.fileExists(atPath: dir + "/pack"))
    }
}
