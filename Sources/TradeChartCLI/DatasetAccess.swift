// REPLACED AT MERGE by the data layer's DatasetLoader
import TradeData

/// The dataset a command works on. TEMPORARY: returns the built-in Vietnam–Laos dataset until the
/// data layer's loader is merged; a `--dataset` path is refused rather than silently ignored.
func loadDatasetForCommand(path: String?) throws -> Dataset {
    if let path { throw CLIError.usage("loading '\(path)' needs the dataset loader, which is not merged yet; omit --dataset") }
    return BuiltInDataset.vietnamLaos
}

/// The Vietnam–Laos figures of shared/reference/vietnam-laos, in the notation of trade.csv
/// (US$ millions; `>` lower bound, `~` approximate, `a-b` range, `*` preferred).
enum BuiltInDataset {
    static let rows: [(series: String, year: Int, value: String, status: ObservationStatus, source: String)] = [
        ("trade_total", 2010, "490.2", .derived, "DOTS213"), ("trade_total", 2011, "734", .final, "S_VCN"),
        ("trade_total", 2012, "866", .final, "S_VECON2013"), ("trade_total", 2013, "1091", .final, "S_VCN"),
        ("trade_total", 2014, "1287", .final, "S_VCN"), ("trade_total", 2015, "1121", .final, "S_VCN"),
        ("trade_total", 2016, "823", .final, "S_VCN"), ("trade_total", 2017, "892.9", .final, "S_VNP2018"),
        ("trade_total", 2018, ">1000", .final, "S_VNP2019a"), ("trade_total", 2019, "1100-1200", .estimate, "S_VNP2019b"),
        ("trade_total", 2020, "~1000", .final, "S_AMPLE"), ("trade_total", 2021, "1370", .final, "S_AMPLE"),
        ("trade_total", 2022, "*1630", .final, "S_AMPLE"), ("trade_total", 2022, "~1700", .final, "S_BDG2022"),
        ("trade_total", 2023, "~1600", .final, "S_VNPJAN24"), ("trade_total", 2024, "2200", .preliminary, "S_SGT2025"),
        ("trade_total", 2024, "*2250", .final, "S_VLT2025"), ("trade_total", 2025, "*2980", .final, "S_SGGP2026"),
        ("trade_total", 2025, "3000", .final, "SEED"),
        ("exports", 2020, "571.7", .final, "S_AMPLE"), ("exports", 2021, "594.7", .final, "S_AMPLE"),
        ("exports", 2022, "656.4", .final, "S_BDG2022"), ("exports", 2025, "1100", .final, "SEED"),
        ("imports", 2022, "1040", .final, "S_BDG2022"), ("imports", 2025, "1900", .final, "SEED"),
    ]

    static let sources: [(String, String, String)] = [
        ("DOTS213", "IMF Direction of Trade Statistics", "2022"), ("S_VCN", "Vietnam Customs News", "2017"),
        ("S_VECON2013", "vietnameconomy.org", "2013"), ("S_VNP2018", "VietnamPlus (Vietnam Customs)", "2018"),
        ("S_VNP2019a", "VietnamPlus (MoIT)", "2019-02"), ("S_VNP2019b", "VietnamPlus (VNA)", "2019-12-30"),
        ("S_AMPLE", "VietnamPlus (MoIT)", "2023-01"), ("S_BDG2022", "Bao Binh Duong (Vietnam Trade Office in Laos)", "2023-02"),
        ("S_VNPJAN24", "VietnamPlus (VNA)", "2024-02-27"), ("S_SGT2025", "The Saigon Times (MoIT)", "2025-01"),
        ("S_VLT2025", "vietlaotrade.com (MoIT)", "2025-06-11"), ("S_SGGP2026", "SGGP (MoIT)", "2026-01-15"),
        ("SEED", "VTC News (Ministry of Foreign Affairs)", "2026-01-30"), ("S_VNE4986420", "VnExpress", "2025-11-26"),
        ("S_CAFEF2025b", "CafeF", "2025-12-04"),
    ]

    static var vietnamLaos: Dataset {
        var observations: [String: [Observation]] = [:]
        for row in rows {
            guard let period = Period.year(row.year), let quantity = quantity(row.value) else { continue }
            let note = row.source == "S_SGGP2026" ? "US$2.98 billion, marking a 32.7 percent increase" : nil
            observations[row.series, default: []].append(Observation(
                period: period, quantity: quantity.scaled(by: 1e6), status: row.status, source: row.source,
                note: note, preferred: row.value.hasPrefix("*")))
        }
        let labels = ["trade_total": "Two-way trade", "exports": "Exports to Laos", "imports": "Imports from Laos"]
        let text = { (en: String) in LocalizedText(en: en) }
        return Dataset(
            id: "vietnam-laos", title: text("Vietnam–Laos trade"), reporter: text("Vietnam"), partner: text("Laos"),
            sources: sources.map { Source(key: $0.0, publisher: $0.1, date: $0.2) },
            targets: [
                Target(id: "trade-5bn", series: "trade_total", goal: .level(5e9), deadline: 2027...2028,
                       deadlineText: "in the next 2–3 years", label: text("5 billion USD"), statedOn: "2025-11", source: "S_VNE4986420"),
                Target(id: "trade-10bn", series: "trade_total", goal: .level(10e9), deadline: nil,
                       deadlineText: "in the coming years", label: text("10 billion USD"), statedOn: "2025-12", source: "S_CAFEF2025b"),
                Target(id: "growth-10-15", series: "trade_total", goal: .annualGrowth(low: 0.10, high: 0.15), deadline: nil,
                       label: text("Annual growth target of 10–15%"), source: "S_AMPLE"),
                Target(id: "trade-2bn-2015", series: "trade_total", goal: .level(2e9), deadline: 2015...2015,
                       label: text("2 billion USD by 2015"), outcome: .missed, outcomeNote: "2015: 1.121 billion", source: "S_VCN"),
                Target(id: "trade-4bn-2020", series: "trade_total", goal: .level(4e9), deadline: 2020...2020,
                       label: text("4 billion USD by 2020"), outcome: .missed, outcomeNote: "2020: about 1.0 billion", source: "S_VNP2019b"),
            ],
            series: observations.keys.sorted().map { Series(id: $0, label: labels[$0].map(text), observations: observations[$0] ?? []) }
        )
    }

    static func quantity(_ text: String) -> Quantity? {
        let body = text.hasPrefix("*") ? String(text.dropFirst()) : text
        if body.hasPrefix(">") { return Double(body.dropFirst()).map { Quantity($0, qualifier: .atLeast) } }
        if body.hasPrefix("~") { return Double(body.dropFirst()).map { Quantity($0, qualifier: .approximate) } }
        let parts = body.split(separator: "-")
        if parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]) { return Quantity(low: low, high: high) }
        return Double(body).map { Quantity($0) }
    }
}
