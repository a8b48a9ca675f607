import ChartKit
import ChartScene
import Foundation
import Testing
@testable import TradeCharts
import TradeData

/// The pack of a series with figures for 2020, 2022 and 2024 only (Tests/Fixtures/partners/morocco-spain):
/// every growth rate is named by its actual window, in the report, the charts and figures.csv.
@Suite("Packs of sparse series name their growth windows")
struct SparsePackTests {
    @Test("no rate is called last year's or 3-/5-year, and windows are the data's", arguments: BriefingLanguage.allCases)
    func windows(language: BriefingLanguage) throws {
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
