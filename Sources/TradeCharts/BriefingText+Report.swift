import TradeAnalysis
import TradeData

/// Phrases of the report's key figures and analysis. Numbers arrive formatted for the language.
extension BriefingText {
    func reportTitle(_ dataset: String) -> String { t("\(dataset): briefing", "\(dataset): tài liệu tóm tắt") }
    var notDrawn: String { t("Charts not drawn", "Biểu đồ không vẽ") }
    var altTextLabel: String { t("Alt text", "Văn bản thay thế") }
    var chartFiguresLabel: String { t("Figures in the chart", "Số liệu trong biểu đồ") }
    var embedTitle: String { t("Embedding the charts", "Chèn biểu đồ vào tài liệu") }
    var embedIntro: String {
        t("Paste-ready snippets for each chart: Markdown, HTML and LaTeX. The alt text goes with the image; the caption below it.",
          "Đoạn mã dán sẵn cho từng biểu đồ: Markdown, HTML và LaTeX. Văn bản thay thế đi kèm hình; chú thích ở dưới.")
    }
    func skippedLine(id: String, reason: String) -> String { "\(id): \(reason)" }
    var oneSourceOnly: String { t("one source only, not independently confirmed", "chỉ một nguồn, chưa được xác nhận độc lập") }
    var alsoReportedFigure: String { t("\(series.title), also reported", "\(series.title), số liệu khác") }
    func alsoReported(_ amount: String, _ publisher: String) -> String {
        t("also reported: \(amount) (\(publisher))", "số khác: \(amount) (\(publisher))")
    }
    var computedWord: String { t("computed", "tính toán") }
    var statedWord: String { t("as stated by the source", "theo nguồn công bố") }
    var statedGrowthFigure: String { t("Growth of \(series.inline), as stated", "Tăng trưởng \(series.inline), theo nguồn") }
    var partYearWord: String { t("part year", "chưa đủ năm") }
    var targetLevelFigure: String { t("Target level", "Mức mục tiêu") }
    var fromTargets: String { t("the dataset's targets", "các mục tiêu trong bộ dữ liệu") }
    /// Words for the sources tradechart names itself; nil for a dataset's own source.
    func builtInSource(_ key: String) -> String? {
        switch key {
        case Source.notStatedKey: t("source not stated in the file", "tệp dữ liệu không nêu nguồn")
        case TargetText.source: t("stated by the user (--target)", "do người dùng nêu (--target)")
        default: nil
        }
    }
    var simulatedPaths: String { t("Simulated paths", "Số kịch bản mô phỏng") }

    func noAnalysis(_ reason: String) -> String {
        t("No target analysis: \(reason).", "Không có phân tích mục tiêu: \(reason).")
    }

    /// "To reach 5 billion USD by 2027, two-way trade must grow 29.5% a year; by 2028, 18.8% a year (from 2.98 billion USD in 2025)."
    func requiredSentence(target: String, parts: [(year: Int, rate: String)], base: String, baseYear: Int, noYear: Bool) -> String {
        guard let first = parts.first else { return "" }
        let rest = parts.dropFirst().map { t("by \($0.year), \($0.rate) a year", "vào năm \($0.year), \($0.rate)/năm") }
        let more = rest.isEmpty ? "" : "; " + rest.joined(separator: "; ")
        let caveat = noYear ? t(" No year was stated for this target; \(first.year) is an assumed horizon, not the source's.",
                                " Mục tiêu này không nêu năm; \(first.year) là mốc giả định, không phải của nguồn.") : ""
        return t("To reach \(target) by \(first.year), \(series.inline) must grow \(first.rate) a year\(more) (from \(base) in \(baseYear)).",
                 "Để đạt \(target) vào năm \(first.year) cần tăng trưởng \(first.rate)/năm\(more) (từ mức \(base) năm \(baseYear)).") + caveat
    }

    /// "No year was stated for 20 billion USD ("soon"): reaching it by 2028 would need 20.3% a year; by 2030, 12.0%; by 2035, 5.9% (from …)."
    func horizonSentence(target: String, said: String?, parts: [(year: Int, rate: String)], base: String, baseYear: Int) -> String {
        let quote = said.map { " (\"\($0)\")" } ?? ""
        let list = parts.map { t("\($0.rate) a year by \($0.year)", "\($0.rate)/năm nếu đạt vào năm \($0.year)") }
            .joined(separator: t(", ", ", "))
        return t("No year was stated for \(target)\(quote), so none is assumed. Reaching it needs \(list) (from \(base) in \(baseYear)).",
                 "Mục tiêu \(target)\(quote) không nêu năm, nên không giả định thời hạn. Để đạt mục tiêu này cần \(list) (từ mức \(base) năm \(baseYear)).")
    }
    func horizonRateFigure(level: String, year: Int) -> String {
        t("Growth a year needed for \(level) USD if reached by \(year) (no year stated)",
          "Tăng trưởng cần thiết mỗi năm để đạt \(level) USD nếu vào \(year) (không nêu năm)")
    }

    var everyRecentRate: String { t("every recent rate is enough", "mọi tốc độ gần đây đều đủ") }
    var noRecentRate: String { t("no recent rate is enough", "chưa tốc độ gần đây nào đủ") }
    func onlyRates(_ names: [String]) -> String {
        t("only \(names.joined(separator: " and ")) \(names.count > 1 ? "are" : "is") enough", "chỉ \(names.joined(separator: " và ")) là đủ")
    }
    func verdict(target: String, which: String) -> String { t("for \(target), \(which)", "với \(target), \(which)") }
    func paceSentence(_ rates: [(String, String)]) -> String {
        let list = rates.map { "\($0.0.lowercasedFirst) \($0.1)" }.joined(separator: ", ")
        return t("Recent growth a year: \(list).", "Tốc độ tăng trưởng gần đây: \(list).")
    }
    func statedSentence(stated: String, year: Int, prior: String, priorYear: Int, computed: String) -> String {
        t("The source gives \(stated) for \(year); from the dataset's \(priorYear) figure (\(prior)) the growth is \(computed), which this analysis uses.",
          "Nguồn công bố \(stated) cho năm \(year); tính từ số liệu năm \(priorYear) trong bộ dữ liệu (\(prior)) mức tăng là \(computed), được dùng trong phân tích này.")
    }
    func missedItem(target: String, year: Int, reached: String) -> String {
        t("\(target) by \(year) (reached: \(reached))", "\(target) vào năm \(year) (đạt: \(reached))")
    }
    func missedNoFigure(target: String, year: Int) -> String {
        t("\(target) by \(year) (the dataset has no \(year) figure yet)", "\(target) vào năm \(year) (bộ dữ liệu chưa có số liệu năm \(year))")
    }
    /// "10 billion USD by 2023, first reached in 2022 (10.57 billion USD), and 2023 fell back to 8.57 billion USD".
    func metItem(target: String, year: Int, first: Int, reached: String, fellBack: String?, bound: Bool = false) -> String {
        let back = fellBack.map { figure in
            bound ? t("; the \(year) figure is stated only as \(figure)", "; số liệu năm \(year) chỉ được nêu là \(figure)")
                : t(", and \(year) fell back below it (\(figure))", ", năm \(year) lại xuống dưới mức này (\(figure))")
        } ?? ""
        return first < year ? t("\(target) by \(year), first reached in \(first) (\(reached))\(back)", "\(target) vào năm \(year), đạt lần đầu năm \(first) (\(reached))\(back)")
            : t("\(target) by \(year) (reached: \(reached))", "\(target) vào năm \(year) (đạt: \(reached))")
    }
    func metSentence(_ items: [String]) -> String {
        t("Earlier targets met: \(items.joined(separator: "; ")).", "Các mục tiêu trước đây đã đạt: \(items.joined(separator: "; ")).")
    }
    func missedSentence(_ items: [String]) -> String {
        t("Earlier targets were missed: \(items.joined(separator: "; ")).", "Các mục tiêu trước đây không đạt: \(items.joined(separator: "; ")).")
    }
}
