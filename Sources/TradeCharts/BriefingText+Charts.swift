import TradeAnalysis
import TradeData

/// Phrases of the standard charts. Numbers arrive formatted for the language.
extension BriefingText {
    var about: String { t("about", "khoảng") }
    var moreThan: String { t("more than", "trên") }
    var lessThan: String { t("less than", "dưới") }
    var reported: String { t("Reported", "Số liệu công bố") }
    var fullYear: String { t("Full year", "Cả năm") }
    var notAvailable: String { t("n/a", "k.c.") }
    var tradeInGoods: String { t("Trade in goods", "Kim ngạch hàng hóa") }
    var balanceLong: String { t("Balance (exports − imports)", "Cán cân (xuất khẩu − nhập khẩu)") }
    var growthPerYear: String { t("Growth a year", "Tăng trưởng mỗi năm") }
    var growthAxisTitle: String { t("Growth on the previous year", "Tăng trưởng so với năm trước") }
    var growthGapAxisTitle: String { t("Growth a year since the previous figure", "Tăng trưởng bình quân năm so với số liệu trước") }
    var growthFigure: String { t("Growth of \(series.inline)", "Tăng trưởng \(series.inline)") }
    var everyYear: String { t("every year", "hằng năm") }
    var validProjects: String { t("Valid investment projects", "Số dự án còn hiệu lực") }
    func momentumRateFigure(_ moved: RateWindow? = nil) -> String {
        moved.map { windowRateName($0) + t(" (momentum)", " (đà hiện tại)") } ?? t("Last year's growth (momentum)", "Tăng trưởng năm gần nhất (đà hiện tại)")
    }
    var momentumProjection: String { t("Momentum projection", "Dự phóng theo đà hiện tại") }
    var howRequired: String { t("computed: (target / base)^(1/years) − 1", "tính toán: (mục tiêu / năm gốc)^(1/số năm) − 1") }
    func howMomentum(_ moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("computed: \(m) held constant", "tính toán: giữ nguyên \(m)")
    }
    var howBalance: String { t("computed: exports − imports", "tính toán: xuất khẩu − nhập khẩu") }
    var howShare: String { t("computed: figure reached / target", "tính toán: mức đạt được / mục tiêu") }

    func andMoreSources(_ n: Int) -> String { t("; and \(n) more (see figures.csv)", "; và \(n) nguồn khác (xem figures.csv)") }
    func howGrowth(_ sources: String) -> String { t("computed from \(sources)", "tính từ \(sources)") }
    func howRate(_ window: String) -> String { t("computed: compound annual growth \(window)", "tính toán: tăng trưởng bình quân năm \(window)") }
    func howFan(_ paths: Int) -> String { t("computed: simulated paths (log-normal growth, fixed seed)", "tính toán: mô phỏng nhiều kịch bản (tăng trưởng log-chuẩn, hạt giống cố định)") }

    /// "Jan–Nov" / "tháng 1–11".
    func months(_ start: Int, _ end: Int) -> String {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if language == .vi { return start == end ? "tháng \(start)" : "tháng \(start)–\(end)" }
        return start == end ? en[start - 1] : "\(en[start - 1])–\(en[end - 1])"
    }

    func partner(_ p: LocalizedText) -> String { p.text(in: language) }
    func pair(_ reporter: LocalizedText, _ partner: LocalizedText) -> String {
        "\(reporter.text(in: language))–\(partner.text(in: language))"
    }

    var honestyNote: String {
        t("Hollow points: preliminary, estimated or approximate figures; ^ marks a lower bound; a vertical bar, a range of estimates. Dashed lines are paths, not forecasts.",
          "Điểm rỗng: số liệu sơ bộ, ước tính hoặc xấp xỉ; ^ là cận dưới; vạch dọc là khoảng ước tính. Đường nét đứt là lộ trình, không phải dự báo.")
    }

    // MARK: trade-vs-target
    func targetBandName(_ band: String, _ window: String) -> String { t("Target: \(band), \(window)", "Mục tiêu: \(band), \(window)") }
    func requiredPath(level: String, year: Int, rate: String) -> String {
        t("\(level) by \(year): \(rate) a year", "\(level) vào \(year): \(rate)/năm")
    }
    func requiredRateFigure(level: String, year: Int) -> String {
        t("Growth a year needed for \(level) USD by \(year)", "Tăng trưởng cần thiết mỗi năm để đạt \(level) USD vào \(year)")
    }
    func momentumPath(_ rate: String, moved: RateWindow? = nil) -> String {
        let span = moved.map { " (\($0))" } ?? ""
        return t("Momentum\(span): \(rate) a year", "Đà hiện tại\(span): \(rate)/năm")
    }
    func baseCallout(year: Int, value: String, status: String, level: String, by: Int, rate: String) -> String {
        t("\(year): \(value) (\(status)). \(level) by \(by) needs \(rate) a year",
          "\(year): \(value) (\(status)). Để đạt \(level) vào \(by) cần \(rate)/năm")
    }
    func tradeTargetTitle(level: String, year: Int, rate: String) -> String {
        t("Reaching \(level) by \(year) needs \(rate) growth a year",
          "Để đạt \(level) vào năm \(year) cần tăng trưởng \(rate)/năm")
    }
    func tradeTargetSubtitle(partner: LocalizedText, from: String, to: String, band: String, window: String, lao: String?) -> String {
        let s = seriesWith(partner: partner)
        let main = t("\(s), \(from)–\(to), and the \(band) target for \(window)", "\(s), \(from)–\(to), và mục tiêu \(band) cho \(window)")
        return lao.map { "\(main) · \($0)" } ?? main
    }
    /// `line`: the targets are one level, drawn as a line, not a band.
    func tradeTargetAlt(from: String, base: String, value: String, band: String, rate: String, level: String, year: Int, line: Bool = false) -> String {
        let drawn = line ? t("the \(band) target as a line", "mục tiêu \(band) là đường ngang") : t("the \(band) target band", "vùng mục tiêu \(band)")
        return t("Line chart of \(series.inline) from \(from) to \(base), ending at \(value) in \(base), with \(drawn) and dashed paths of the growth each target needs; reaching \(level) USD by \(year) needs \(rate) a year.",
                 "Biểu đồ đường \(series.inline) từ \(from) đến \(base), năm \(base) đạt \(value), cùng \(drawn) và các lộ trình nét đứt theo mức tăng trưởng mỗi mục tiêu đòi hỏi; để đạt \(level) USD vào \(year) cần \(rate)/năm.")
    }
    func tradeTargetCaption(_ moved: RateWindow? = nil, line: Bool = false) -> String {
        let m = momentumWords(moved)
        let drawn = line ? t("the target level", "mức mục tiêu") : t("the target band", "vùng mục tiêu")
        return t("\(reportedSeries) against \(drawn); dashed lines are the constant growth paths each target requires from the base year, and the path if \(m) continued.",
                 "\(series.title) đã công bố so với \(drawn); các đường nét đứt là lộ trình tăng trưởng đều mà mỗi mục tiêu đòi hỏi từ năm gốc, và lộ trình nếu giữ \(m).")
    }

    /// "Reported two-way trade"; a label as it is: "Germany's exports to Poland as reported".
    private var reportedSeries: String { series.isDefaultTrade ? "Reported \(series.inline)" : "\(series.title) as reported" }
    var assumedHorizon: String { t("assumed horizon", "mốc giả định") }
    func noYearRule(_ level: String) -> String { t("Target: \(level), no year stated", "Mục tiêu: \(level), không nêu năm") }
    func baseOnlyCallout(year: Int, value: String, status: String) -> String { "\(year): \(value) (\(status))" }
    func tradeTargetNoYearTitle(level: String, rate: String?, year: Int?, moved: RateWindow? = nil) -> String {
        guard let rate, let year else {
            return t("\(series.title) against the \(level) target, which has no stated year", "\(series.title) so với mục tiêu \(level), không nêu năm")
        }
        let pace = paceWords(moved)
        return t("At \(pace) (\(rate)) \(series.short) \(series.verb("reaches", "reach")) \(level) in \(year); no target year",
                 "Giữ \(pace) (\(rate)), \(series.short) đạt \(level) năm \(year); mục tiêu không nêu năm")
    }
    func tradeTargetNoYearSubtitle(partner: LocalizedText, from: String, to: String, level: String) -> String {
        let s = seriesWith(partner: partner)
        return t("\(s), \(from)–\(to), and the \(level) target (no year stated)", "\(s), \(from)–\(to), và mục tiêu \(level) (không nêu năm)")
    }
    func tradeTargetNoYearAlt(from: String, base: String, value: String, level: String, moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("Line chart of \(series.inline) from \(from) to \(base), ending at \(value) in \(base), with the \(level) target as a line (no year stated) and the path if \(m) continued.",
                 "Biểu đồ đường \(series.inline) từ \(from) đến \(base), năm \(base) đạt \(value), cùng mục tiêu \(level) là đường ngang (không nêu năm) và lộ trình nếu giữ \(m).")
    }
    func tradeTargetNoYearCaption(_ moved: RateWindow? = nil) -> String {
        let m = momentumWords(moved)
        return t("\(reportedSeries) against the target level, which has no stated year; the dashed line is the path if \(m) continued.",
                 "\(series.title) đã công bố so với mức mục tiêu không nêu năm; đường nét đứt là lộ trình nếu giữ \(m).")
    }

    // MARK: exports-imports
    func exportsImportsTitle(balance: String, year: Int, deficit: Bool) -> String {
        deficit ? t("Imports exceed exports: a balance of \(balance) in \(year)", "Nhập khẩu vượt xuất khẩu: cán cân \(balance) năm \(year)")
            : t("Exports exceed imports: a balance of \(balance) in \(year)", "Xuất khẩu vượt nhập khẩu: cán cân \(balance) năm \(year)")
    }
    var exportsImportsTitleFallback: String { t("Exports and imports by year", "Xuất khẩu và nhập khẩu theo năm") }
    func exportsImportsSubtitle(reporter: LocalizedText, partner: LocalizedText, from: Int, to: Int) -> String {
        t("\(self.partner(reporter))'s exports to and imports from \(self.partner(partner)), \(from)–\(to)",
          "Xuất khẩu sang và nhập khẩu từ \(self.partner(partner)) của \(self.partner(reporter)), \(from)–\(to)")
    }
    var exportsImportsNote: String {
        t("Light bars: preliminary figures. Balance = exports − imports, where both are published.",
          "Cột nhạt: số liệu sơ bộ. Cán cân = xuất khẩu − nhập khẩu, khi có cả hai số liệu.")
    }
    func missingYears(_ neither: String, oneSided: String) -> String {
        let base = t("n/a: no export or import figure published for \(neither)", "k.c.: không có số liệu xuất, nhập khẩu công bố cho \(neither)")
        return oneSided.isEmpty ? base + "." : base + t("; only one side published for \(oneSided).", "; chỉ có một chiều cho \(oneSided).")
    }
    func exportsImportsAlt(from: Int, to: Int, balance: (String, Int)?) -> String {
        let b = balance.map { t(" The balance in \($0.1) was \($0.0).", " Cán cân năm \($0.1) là \($0.0).") } ?? ""
        return t("Grouped bar chart of exports and imports by year, \(from)–\(to), with the balance as a line; years without figures are marked n/a.",
                 "Biểu đồ cột nhóm xuất khẩu và nhập khẩu theo năm, \(from)–\(to), cán cân là đường; năm không có số liệu được ghi k.c.") + b
    }
    var exportsImportsCaption: String {
        t("Exports and imports in the same year side by side; missing years are left empty, not drawn as zero.",
          "Xuất khẩu và nhập khẩu cùng năm đặt cạnh nhau; năm thiếu số liệu để trống, không vẽ thành cột bằng không.")
    }
}
