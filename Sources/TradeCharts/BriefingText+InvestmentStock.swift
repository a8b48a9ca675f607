import TradeData

/// Phrases of the registered-against-realised investment chart. Numbers arrive formatted for the language.
extension BriefingText {
    var registeredStock: String { t("Registered") }
    var realisedStock: String { t("Realised (disbursed)") }
    var cumulativeAxis: String { t("Cumulative investment") }
    var cumulativeRealised: String { t("Cumulative realised (disbursed) capital") }
    var realisedShareFigure: String { t("Realised as a share of registered") }
    var howRealisedShare: String { t("computed: realised / registered at the same date") }
    var noStockPair: String {
        t("no date has both a registered and a realised figure")
    }
    func stockUnitsDiffer(_ a: String, _ b: String) -> String {
        t("'\(a)' and '\(b)' are in different units")
    }

    /// "About 3 billion USD of the 5.82 billion USD registered had been realised by Nov 2025".
    func stockTitle(realised: String, registered: String, period: String) -> String {
        capitalised(t("\(realised) of the \(registered) registered had been realised by \(period)"))
    }
    func stockTitleFallback(_ period: String) -> String {
        t("Registered and realised investment to \(period)")
    }
    func stockSubtitle(reporter: LocalizedText, partner: LocalizedText, from: String, to: String) -> String {
        guard names(reporter), names(partner) else {
            return t("Cumulative registered and realised (disbursed) capital, \(from) to \(to)")
        }
        return t("\(reporter.text(in: language))'s investment in \(self.partner(partner)): cumulative registered and realised (disbursed) capital, \(from) to \(to)")
    }

    /// The realised share at the dates both figures are reported, "about half" only when every one is.
    func stockShare(count: Int, share: String, from: String, to: String, half: Bool) -> String {
        let halfText = half ? t(": about half") : ""
        if count == 1 {
            return t("At \(from), the one date both are reported, realised capital was \(share) of registered\(halfText).")
        }
        return t("At the \(count) dates both are reported (\(from) to \(to)), realised capital was \(share) of registered\(halfText).")
    }
    func stockHonesty(midYear: Bool) -> String {
        let points = t("Each point is the stock at the month reported. Hollow points: approximate figures (\"about\"); ^ marks a lower bound (\"more than\").")
        return midYear ? points + " " + t("A figure dated by year only is drawn at mid-year.") : points
    }
    func stockAlt(registered: String, registeredSpan: String, realised: String, realisedSpan: String, share: String?) -> String {
        t("Line chart of cumulative registered investment, \(registeredSpan), ending at \(registered), and cumulative realised (disbursed) investment, \(realisedSpan), ending at \(realised).")
            + (share.map { " " + $0 } ?? "")
    }
    var stockCaption: String {
        t("Registered capital is what licensed projects committed; realised (disbursed) capital is what was actually put in. Both are stocks to the date shown, not yearly flows.")
    }
    /// "about 3 billion USD" → "About 3 billion USD" at the start of an English sentence.
    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
