import Foundation
import Testing
@testable import TradeData

@Suite("The shipped datasets")
struct EmbeddedDatasetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets")

    @Test("EmbeddedDatasets.swift is up to date with datasets/ (run `make embed` when this fails)")
    func upToDate() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\($0)/dataset.yaml").path) }
        #expect(Set(names) == Set(EmbeddedDatasets.files.keys))
        for name in names {
            let dir = Self.folder.appendingPathComponent(name)
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            let embedded = EmbeddedDatasets.files[name] ?? [:]
            #expect(Set(files) == Set(embedded.keys), "files of datasets/\(name)")
            for file in files {
                let disk = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                #expect(embedded[file] == disk, "datasets/\(name)/\(file) differs from the embedded copy")
            }
        }
    }

    @Test("the embedded copy and the folder on disk load identically, through the same checks")
    func sameAsDisk() throws {
        let embedded = try DatasetLoader.loadEmbedded()
        let disk = try DatasetLoader.load(path: Self.folder.appendingPathComponent("vietnam-laos").path)
        #expect(embedded.dataset.series.map(\.observations.count) == disk.dataset.series.map(\.observations.count))
        #expect(embedded.diagnostics.map(\.message) == disk.diagnostics.map(\.message))
        #expect(embedded.errors.isEmpty)
        #expect(embedded.warnings.map(\.description) == [
            "datasets/vietnam-laos/trade.csv:11:18: warning: exports + imports (1.126 billion USD) differ from trade_total (1.091 billion USD) by 3.2% in 2013",
            "datasets/vietnam-laos/trade.csv:32:18: warning: exports + imports (1.031 billion USD) differ from trade_total (~1.00 billion USD) by 3.1% in 2020",
            "datasets/vietnam-laos/trade.csv:37:18: warning: exports + imports (1.696 billion USD) differ from trade_total (1.63 billion USD) by 4.1% in 2022",
            "datasets/vietnam-laos/trade.csv:40:1: warning: imports has no full-year figure for 2021",
            "datasets/vietnam-laos/trade.csv:56:1: warning: exports has no full-year figure for 2023–2024",
            "datasets/vietnam-laos/trade.csv:57:1: warning: imports has no full-year figure for 2023–2024",
        ])
    }

    @Test("the figures that briefings quote, with their disagreements kept")
    func figures() throws {
        let d = try DatasetLoader.loadValidEmbedded().dataset
        let trade = try #require(d.series("trade_total"))
        let y2025 = try #require(Period.year(2025)), y2024 = try #require(Period.year(2024))
        #expect(trade.preferred(at: y2025)?.value == 2.98e9)
        #expect(trade.observations(at: y2025).map(\.source) == ["S_SGGP2026", "S_VTC2026"])
        #expect(trade.preferred(at: y2024)?.value == 2.25e9)
        #expect(trade.yearly.first?.period.year == 2010 && trade.yearly.first?.status == .derived)
        let investment = try #require(d.series("investment_registered"))
        let janNov = try #require(Period(parsing: "2025-01..2025-11"))
        #expect(investment.observations(at: janNov).map(\.value) == [590.3e6, 590.3e6])
        #expect(investment.preferred(at: y2025)?.value == 757.9e6)
        #expect(d.series("scholarships_vn_to_lao")?.observations.first?.value == 1160)
        #expect(d.series("scholarships_lao_to_vn")?.unit == .count)
        #expect(d.partner.lo == "ລາວ" && d.caveats.count == 6 && d.caveats.allSatisfy { $0.vi != nil })
        let five = try #require(d.targets.first { $0.id == "trade_5bn_2_3_years" })
        #expect(five.goal == .level(5e9) && five.deadline == 2027...2028)
        let ten = try #require(d.targets.first { $0.id == "trade_10bn_coming_years" })
        #expect(ten.goal == .level(1e10) && ten.deadline == nil)
        let growth = try #require(d.targets.first { $0.id == "trade_growth_10_15" })
        #expect(growth.goal == .annualGrowth(low: 0.10, high: 0.15))
        #expect(d.targets.filter { $0.outcome == .missed }.map(\.id) == ["trade_2bn_2015", "trade_5bn_2020", "trade_4bn_2020"])
        #expect(d.targets.first { $0.id == "trade_1bn_2015" }?.outcome == .met)
    }

    @Test("every source is a publication a reader can look up: publisher, date and a web address, never a file path")
    func sourcesArePublications() throws {
        for name in DatasetLoader.embeddedNames {
            let d = try DatasetLoader.loadValidEmbedded(name).dataset
            for source in d.sources {
                let url = try #require(source.url, "\(name): \(source.key) has no url")
                #expect(source.date != nil, "\(name): \(source.key) has no date")
                #expect(!url.hasPrefix("/") && !url.hasPrefix(".") && !url.contains("shared/") && !url.contains(" "),
                        "\(name): \(source.key) url '\(url)' is not a web address")
                #expect(url.split(separator: "/").first?.contains(".") == true || url.hasPrefix("https://") || url.hasPrefix("http://"),
                        "\(name): \(source.key) url '\(url)' names no site")
                let words = [source.publisher, source.title ?? "", source.note ?? ""].joined(separator: " ").lowercased()
                #expect(!words.contains("seed"), "\(name): \(source.key) uses an internal nickname")
            }
            for series in d.series {
                for o in series.observations { #expect(!(o.note ?? "").lowercased().contains("seed"), "\(name): \(series.id) \(o.period)") }
            }
            for caveat in d.caveats { #expect(!caveat.en.lowercased().contains("seed")) }
        }
    }

    @Test("the VTC News article is cited as the publication, with its date")
    func vtcCitation() throws {
        let d = try DatasetLoader.loadValidEmbedded().dataset
        let vtc = try #require(d.source("S_VTC2026"))
        #expect(vtc.citation.hasPrefix("VTC News (citing the Ministry of Foreign Affairs), [announcement of"))
        #expect(vtc.citation.hasSuffix(", 2026-01-30") && vtc.url == "vtcnews.vn")
        let dots = try #require(d.source("DOTS213"))
        #expect(dots.citation == "IMF Direction of Trade Statistics (Vietnam as reporter), “Exports, FOB to Partner Countries; Imports, CIF from Partner Countries”, 2022 snapshot")
    }

    @Test("registered and realised investment are separate series; realised is about half of registered")
    func realisedInvestment() throws {
        let d = try DatasetLoader.loadValidEmbedded().dataset
        let registered = try #require(d.series("investment_cumulative"))
        let realised = try #require(d.series("investment_realized_cumulative"))
        #expect(realised.preferredObservations.map(\.period.description)
            == ["2023-09", "2024-08", "2024-12", "2025-04", "2025-10", "2025-11"])
        #expect(realised.preferredObservations.allSatisfy { $0.quantity.qualifier == .approximate })
        for o in realised.preferredObservations {
            let reg = try #require(registered.preferred(at: o.period) ?? registered.preferredObservations.last { $0.period < o.period })
            let share = o.value / reg.value
            #expect(share > 0.45 && share < 0.55, "realised \(o.period) is \(share) of registered")
        }
        let laoRealised = try #require(d.series("investment_realized_cumulative_lao_reported")?.preferredObservations.first)
        let laoRegistered = try #require(d.series("investment_cumulative_lao_reported")?.preferredObservations.first)
        #expect(laoRealised.value == 1.5e9 && laoRegistered.value == 3.6e9 && laoRealised.source == "S_VIR2017")
    }

    @Test("the like-for-like investment multiples in caveat 1 are the dataset's own (3.7× and 4.0×), beside the stated 7.5×")
    func investmentMultiples() throws {
        let d = try DatasetLoader.loadValidEmbedded().dataset
        let investment = try #require(d.series("investment_registered"))
        func value(_ period: String) throws -> Double {
            let parsed = try #require(Period(parsing: period))
            return try #require(investment.preferred(at: parsed)?.value)
        }
        let janNov = try value("2025-01..2025-11") / value("2024-01..2024-11")
        let fullYear = try value("2025") / value("2024")
        #expect(String(format: "%.1f", janNov) == "3.7" && String(format: "%.1f", fullYear) == "4.0")
        let caveat = try #require(d.caveats.first { $0.en.contains("7.5") })
        #expect(caveat.en.contains("3.7×") && caveat.en.contains("4.0×") && caveat.en.contains("\"7.5 times\""))
        #expect(caveat.vi?.contains("3,7 lần") == true && caveat.vi?.contains("4,0 lần") == true)
    }

    @Test("every shipped dataset: derived totals are the sum of their parts; each target's series exists")
    func derivedTotals() throws {
        for name in DatasetLoader.embeddedNames {
            let d = try DatasetLoader.loadValidEmbedded(name).dataset
            let trade = try #require(d.series("trade_total"), "\(name)")
            for o in trade.observations where o.status == .derived && (o.note ?? "").hasPrefix("sum of") {
                let exports = try #require(d.series("exports")?.preferred(at: o.period)?.value)
                let imports = try #require(d.series("imports")?.preferred(at: o.period)?.value)
                #expect(abs(exports + imports - o.value) <= 0.15e6, "\(name) \(o.period): \(exports + imports) vs \(o.value)")
            }
            for target in d.targets { #expect(d.series(target.series) != nil, "\(name): \(target.id)") }
        }
    }

    @Test("Vietnam–Cambodia: the targets as stated, 10 billion met early then fallen back, 20 billion with no year")
    func cambodia() throws {
        let d = try DatasetLoader.loadValidEmbedded("vietnam-cambodia").dataset
        #expect(d.partner.en == "Cambodia" && d.partner.vi == "Campuchia" && d.caveats.allSatisfy { $0.vi != nil })
        let trade = try #require(d.series("trade_total"))
        func year(_ y: Int) throws -> Double {
            let period = try #require(Period.year(y))
            return try #require(trade.preferred(at: period)?.value)
        }
        #expect(try year(2018) < 5e9 && year(2019) > 5e9)
        #expect(try year(2022) >= 1e10 && year(2023) < 1e10 && year(2024) >= 1e10)
        let y2025 = try #require(Period.year(2025))
        #expect(trade.preferred(at: y2025)?.status == .preliminary)
        #expect(trade.yearly.map(\.period.year) == Array(2010...2025))
        let targets = Dictionary(uniqueKeysWithValues: d.targets.map { ($0.id, $0) })
        #expect(targets["trade_5bn_2018"]?.outcome == .missed && targets["trade_5bn_2018"]?.deadline == 2018...2018)
        #expect(targets["trade_5bn_2020"]?.outcome == .met && targets["trade_5bn_2020"]?.deadline == 2020...2020)
        #expect(targets["trade_10bn_2023"]?.outcome == .met && targets["trade_10bn_2023"]?.deadline == 2023...2023)
        let twenty = try #require(targets["trade_20bn_soon"])
        #expect(twenty.goal == .level(2e10) && twenty.deadline == nil && twenty.outcome == .open)
        // Exports and imports only where a source publishes them (IMF 2010–2020, 2022).
        #expect(d.series("exports")?.yearly.map(\.period.year) == Array(2010...2020) + [2022])
    }

    @Test("Vietnam–Thailand: two 2020 targets (one met, one missed), 25 billion by 2025 missed with no 2025 total, 25 billion by 2030 open")
    func thailand() throws {
        let d = try DatasetLoader.loadValidEmbedded("vietnam-thailand").dataset
        #expect(d.partner.en == "Thailand" && d.partner.vi == "Thái Lan" && d.caveats.allSatisfy { $0.vi != nil })
        let trade = try #require(d.series("trade_total"))
        func year(_ y: Int) throws -> Double {
            let period = try #require(Period.year(y))
            return try #require(trade.preferred(at: period)?.value)
        }
        // 15 billion first passed in 2017; 20 billion not before 2022.
        #expect(try year(2016) < 15e9 && year(2017) >= 15e9)
        #expect(try (2010...2021).allSatisfy { try year($0) < 20e9 } && year(2022) >= 20e9)
        #expect(trade.yearly.map(\.period.year) == Array(2010...2024))
        // The derived years are approximate and say how they were derived.
        for y in [2021, 2023] {
            let period = try #require(Period.year(y))
            let o = try #require(trade.preferred(at: period))
            #expect(o.status == .derived && o.quantity.qualifier == .approximate && (o.note ?? "").hasPrefix("not stated"))
        }
        let byId = Dictionary(uniqueKeysWithValues: d.targets.map { ($0.id, $0) })
        #expect(byId["trade_15bn_2020"]?.outcome == .met && byId["trade_20bn_2020"]?.outcome == .missed)
        #expect(byId["trade_25bn_2025"]?.outcome == .missed && byId["trade_25bn_2025"]?.deadline == 2025...2025)
        #expect(byId["trade_25bn_2030"]?.outcome == .open && byId["trade_25bn_2030"]?.deadline == 2030...2030)
        // Thai statistics are their own series, never mixed into Vietnam's.
        #expect(d.series("trade_total_thai_reported")?.observations.count == 3)
    }
}

