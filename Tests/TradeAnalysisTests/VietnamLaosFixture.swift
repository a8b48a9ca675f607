import Foundation
import TradeAnalysis
import TradeData

/// The Vietnam–Laos dataset built in code from /work/shared/reference/vietnam-laos (trade.csv,
/// targets.csv), as the data layer will ship it: values in USD, disagreements kept.
enum VietnamLaosFixture {
    /// (year, quantity in US$ millions, status, source, preferred)
    static let totals: [(Int, Quantity, ObservationStatus, String, Bool)] = [
        (2010, .exact(490.2), .derived, "DOTS213", false), (2011, .exact(734), .final, "S_VCN", false),
        (2012, .exact(866), .final, "S_VECON2013", false), (2013, .exact(1091), .final, "S_VCN", false),
        (2014, .exact(1287), .final, "S_VCN", false), (2015, .exact(1121), .final, "S_VCN", false),
        (2016, .exact(823), .final, "S_VCN", false), (2017, .exact(892.9), .final, "S_VNP2018", false),
        (2018, Quantity(1000, qualifier: .atLeast), .final, "S_VNP2019a", false),
        (2019, Quantity(low: 1100, high: 1200), .estimate, "S_VNP2019b", false),
        (2020, Quantity(1000, qualifier: .approximate), .final, "S_AMPLE", false),
        (2021, .exact(1370), .final, "S_AMPLE", false),
        (2022, .exact(1630), .final, "S_AMPLE", true),
        (2022, Quantity(1700, qualifier: .approximate), .final, "S_BDG2022", false),
        (2023, Quantity(1600, qualifier: .approximate), .final, "S_VNPJAN24", false),
        (2024, .exact(2200), .preliminary, "S_SGT2025", false),
        (2024, .exact(2250), .final, "S_VLT2025", true),
        (2025, .exact(2980), .final, "S_SGGP2026", true),
        (2025, .exact(3000), .final, "SEED", false),
    ]

    /// An analyzer of `trade_total` from its 2025 base.
    static func analyzer() throws -> TargetAnalyzer { try TargetAnalyzer(dataset: dataset) }

    static var dataset: Dataset {
        let trade = Series(id: "trade_total", label: LocalizedText(en: "Two-way trade"), observations: totals.map { year, q, status, source, preferred in
            Observation(period: Period(year: year)!, quantity: q.scaled(by: 1e6), status: status, source: source,
                        note: year == 2025 && source == "S_SGGP2026" ? "US$2.98 billion, marking a 32.7 percent increase" : nil,
                        preferred: preferred)
        })
        let label = { (text: String) in LocalizedText(en: text) }
        return Dataset(
            id: "vietnam-laos", title: label("Vietnam–Laos trade"), reporter: label("Vietnam"), partner: label("Laos"),
            sources: [
                Source(key: "S_SGGP2026", publisher: "SGGP (MoIT)", date: "2026-01-15"),
                Source(key: "SEED", publisher: "VTC News (citing the Ministry of Foreign Affairs)", date: "2026-01-30"),
                Source(key: "S_VLT2025", publisher: "vietlaotrade.com (MoIT)", date: "2025-06-11"),
            ],
            targets: [
                Target(id: "trade-5bn", series: "trade_total", goal: .level(5e9), deadline: 2027...2028,
                       deadlineWords: LocalizedText(en: "in the next 2–3 years"), label: label("5 billion USD"), source: "S_VNE4986420"),
                Target(id: "trade-10bn", series: "trade_total", goal: .level(10e9), deadline: nil,
                       deadlineWords: LocalizedText(en: "in the coming years"), label: label("10 billion USD"), source: "S_CAFEF2025b"),
                Target(id: "growth-10-15", series: "trade_total", goal: .annualGrowth(low: 0.10, high: 0.15), deadline: nil,
                       label: label("Annual growth target 10–15%"), source: "S_AMPLE"),
                Target(id: "trade-2bn-2015", series: "trade_total", goal: .level(2e9), deadline: 2015...2015,
                       label: label("2 billion USD by 2015"), outcome: .missed, outcomeNote: "2015: 1.121 billion", source: "S_VNP2019b"),
                Target(id: "trade-4bn-2020", series: "trade_total", goal: .level(4e9), deadline: 2020...2020,
                       label: label("4 billion USD by 2020"), outcome: .missed, outcomeNote: "2020: about 1.0 billion", source: "S_VNP2019b"),
            ],
            series: [trade]
        )
    }
}

/// Rounds to `digits` decimals for comparing with hand-checked figures.
func rounded(_ x: Double?, _ digits: Double = 4) -> Double? {
    x.map { ($0 * pow(10, digits)).rounded() / pow(10, digits) }
}
