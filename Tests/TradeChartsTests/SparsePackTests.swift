import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData
import NumberText

/// The pack of a series with figures for 2020, 2022 and 2024 only (Tests/Fixtures/partners/morocco-spain):
/// every growth rate is named by its actual window, in the report, the charts and figures.csv.
@Suite("Packs of sparse series name their growth windows")
struct SparsePackTests {
    @Test("no rate is called last year's or 3-/5-year, and windows are the data's", arguments: Language.allCases)
    func windows(language: Language) throws {
        let pack = try PartnerWordsTests.pack("morocco-spain", language)
        let texts = try PartnerWordsTests.texts(pack)
        let nominal = language == .vi ? ["tốc độ năm gần nhất", "Tăng trưởng năm gần nhất", "bình quân 3 năm", "bình quân 5 năm", "so với năm trước"]
            : ["last year", "3-year", "5-year", "year-on-year", "Year-on-year"]
        for (place, text) in texts {
            for word in nominal { #expect(!text.contains(word), "\(language) \(place): '\(word)'") }
        }
        let all = texts.map(\.text).joined(separator: "\n")
        #expect(all.contains("2022→2024") && all.contains("2020→2024"))
        let growth = try #require(pack.charts.first { $0.id == .growth })
        #expect(growth.spec.title?.contains("2022→2024") == true)
        #expect(growth.figures.prefix(2).map(\.period) == ["2020→2022", "2022→2024"])
        let historical = pack.document.figures.filter { $0.sourceDetail.hasPrefix(language == .vi ? "tính toán: tăng trưởng bình quân năm" : "computed: compound annual growth") }
        #expect(!historical.isEmpty)
        for figure in historical where !["2022→2024", "2020→2024"].contains(figure.period) {
            Issue.record("\(language): \(figure.chart) \(figure.figure) over \(figure.period)")
        }
        let reportRates = pack.document.figures.filter { $0.chart == "report" && $0.unit == "rate" && $0.source == "computed" }
        #expect(Set(reportRates.map(\.period)).isSuperset(of: ["2022→2024", "2020→2024"]))
    }
}

/// The report's track record names every earlier target: missed ones (also without a figure for the
/// deadline year), met ones in the year first reached, and a deadline year that fell back.
@Suite("The report's track record of earlier targets")
struct TrackRecordTests {
    @Test("met early and fell back; missed; an approximate or bound figure is not read as a fall", arguments: Language.allCases)
    func record(language: Language) throws {
        let text = try PartnerWordsTests.pack("egypt-turkey", language).document.paragraphs.joined(separator: "\n")
        if language == .en {
            #expect(text.contains("An earlier target was missed: 5 billion USD by 2018 (reached: 4.8 billion USD)."))
            #expect(text.contains("An earlier target was met: 7 billion USD by 2023, first reached in 2022 (7.3 billion USD), and 2023 fell back below it (6.8 billion USD)."))
        } else {
            #expect(text.contains("Một mục tiêu trước đây không đạt: 5 tỷ USD vào năm 2018 (đạt: 4,8 tỷ USD)."))
            #expect(text.contains("7 tỷ USD vào năm 2023, đạt lần đầu năm 2022 (7,3 tỷ USD), năm 2023 lại xuống dưới mức này (6,8 tỷ USD)."))
        }
    }

    @Test("a missed target without a figure for its year is said so, not dropped")
    func noFigure() throws {
        let dataset = try DatasetLoader.loadValidEmbedded("vietnam-thailand").dataset
        let pack = try BriefingPack.make(BriefingRequest(dataset: dataset, formats: [.svg]),
                                         measurer: { ApproximateTextMeasurer() }, renderer: NoRenderer())
        #expect(pack.document.paragraphs.contains { $0.contains("25 billion USD by 2025 (the dataset has no 2025 figure yet)") })
    }

    @Test("alt texts name only what is drawn: no band for a single level, no dashed lines without required rates")
    func altTexts() throws {
        let pack = try PartnerWordsTests.pack("egypt-turkey", .en)
        let growth = try #require(pack.charts.first { $0.id == .growth })
        #expect(growth.spec.alt?.hasSuffix("with the annual target band.") == true, "\(growth.spec.alt ?? "")")
        let scenarios = try #require(pack.charts.first { $0.id == .scenarios })
        #expect(scenarios.spec.alt?.contains("target band") == false && scenarios.spec.alt?.contains("targets as lines") == true)
    }
}

/// A dataset with quarterly figures only gets no analysis, and says why in the pack's language.
@Suite("Quarterly-only data")
struct QuarterlyOnlyTests {
    @Test("the reason names the part-year periods, in English and Vietnamese", arguments: Language.allCases)
    func reason(language: Language) throws {
        let pack = try PartnerWordsTests.pack("peru-brazil", language)
        let words = language == .vi ? "chỉ có số liệu một phần năm (2023-Q1 đến 2025-Q1)" : "has part-year figures only (2023-Q1 to 2025-Q1)"
        #expect(pack.document.paragraphs.contains { $0.contains(words) }, "\(pack.document.paragraphs)")
        #expect(pack.document.skipped.contains { $0.contains(words) })
        if language == .vi { #expect(!pack.document.skipped.contains { $0.contains("has no full-year figure") }) }
    }
}
