import TradeData

/// Phrases of the registered-against-realised investment chart. Numbers arrive formatted for the language.
extension BriefingText {
    var registeredStock: String { t("Registered", "Vốn đăng ký") }
    var realisedStock: String { t("Realised (disbursed)", "Vốn thực hiện (giải ngân)") }
    var cumulativeAxis: String { t("Cumulative investment", "Vốn đầu tư lũy kế") }
    var cumulativeRealised: String { t("Cumulative realised (disbursed) capital", "Vốn thực hiện (giải ngân) lũy kế") }
    var realisedShareFigure: String { t("Realised as a share of registered", "Tỷ lệ vốn thực hiện trên vốn đăng ký") }
    var howRealisedShare: String { t("computed: realised / registered at the same date", "tính toán: vốn thực hiện / vốn đăng ký cùng thời điểm") }
    var noStockPair: String {
        t("no date has both a registered and a realised figure", "không có thời điểm nào có cả vốn đăng ký và vốn thực hiện")
    }
    func stockUnitsDiffer(_ a: String, _ b: String) -> String {
        t("'\(a)' and '\(b)' are in different units", "'\(a)' và '\(b)' khác đơn vị")
    }

    /// "About 3 billion USD of the 5.82 billion USD registered had been realised by Nov 2025".
    func stockTitle(realised: String, registered: String, period: String) -> String {
        t("\(capitalised(realised)) of the \(registered) registered had been realised by \(period)",
          "Đến \(period), vốn thực hiện đạt \(realised) trên \(registered) vốn đăng ký")
    }
    func stockTitleFallback(_ period: String) -> String {
        t("Registered and realised investment to \(period)", "Vốn đăng ký và vốn thực hiện đến \(period)")
    }
    func stockSubtitle(reporter: LocalizedText, partner: LocalizedText, from: String, to: String) -> String {
        t("\(reporter.text(in: language))'s investment in \(self.partner(partner)): cumulative registered and realised (disbursed) capital, \(from) to \(to)",
          "Đầu tư của \(reporter.text(in: language)) sang \(self.partner(partner)): vốn đăng ký và vốn thực hiện (giải ngân) lũy kế, \(from) đến \(to)")
    }

    /// The realised share at the dates both figures are reported, "about half" only when every one is.
    func stockShare(count: Int, share: String, from: String, to: String, half: Bool) -> String {
        let halfText = half ? t(": about half", ", tức khoảng một nửa") : ""
        if count == 1 {
            return t("At \(from), the one date both are reported, realised capital was \(share) of registered\(halfText).",
                     "Tại \(from), thời điểm duy nhất có cả hai số liệu, vốn thực hiện bằng \(share) vốn đăng ký\(halfText).")
        }
        return t("At the \(count) dates both are reported (\(from) to \(to)), realised capital was \(share) of registered\(halfText).",
                 "Tại \(count) thời điểm có cả hai số liệu (\(from) đến \(to)), vốn thực hiện bằng \(share) vốn đăng ký\(halfText).")
    }
    func stockHonesty(midYear: Bool) -> String {
        t("Each point is the stock at the month reported. Hollow points: approximate figures (\"about\"); ^ marks a lower bound (\"more than\")."
            + (midYear ? " A figure dated by year only is drawn at mid-year." : ""),
          "Mỗi điểm là số lũy kế tại tháng công bố. Điểm rỗng: số liệu xấp xỉ (\"khoảng\"); ^ là cận dưới (\"trên\")."
            + (midYear ? " Số liệu chỉ ghi năm được đặt ở giữa năm." : ""))
    }
    func stockAlt(registered: String, registeredSpan: String, realised: String, realisedSpan: String, share: String?) -> String {
        t("Line chart of cumulative registered investment, \(registeredSpan), ending at \(registered), and cumulative realised (disbursed) investment, \(realisedSpan), ending at \(realised)."
            + (share.map { " " + $0 } ?? ""),
          "Biểu đồ đường vốn đăng ký lũy kế, \(registeredSpan), cuối kỳ \(registered), và vốn thực hiện (giải ngân) lũy kế, \(realisedSpan), cuối kỳ \(realised)."
            + (share.map { " " + $0 } ?? ""))
    }
    var stockCaption: String {
        t("Registered capital is what licensed projects committed; realised (disbursed) capital is what was actually put in. Both are stocks to the date shown, not yearly flows.",
          "Vốn đăng ký là số vốn các dự án được cấp phép cam kết; vốn thực hiện (giải ngân) là số vốn đã thực sự đưa vào. Cả hai là số lũy kế đến thời điểm ghi, không phải dòng vốn hằng năm.")
    }
    /// "about 3 billion USD" → "About 3 billion USD" at the start of an English sentence.
    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
