import TradeAnalysis
import TradeData

/// Phrases of the growth, investment, scenario, required-growth and past-target charts.
extension BriefingText {
    // MARK: growth
    func annualTarget(_ low: String, _ high: String) -> String { t("Annual target \(low)–\(high)", "Mục tiêu \(low)–\(high)/năm") }
    /// A goal of one rate: "Annual target 12%".
    func annualTarget(_ rate: String) -> String { t("Annual target \(rate)", "Mục tiêu \(rate)/năm") }
    func requiredRule(level: String, year: Int, rate: String) -> String {
        t("\(level) by \(year) needs \(rate)", "\(level) vào \(year) cần \(rate)")
    }
    func offScale(_ list: String) -> String { t("Off the scale: \(list).", "Ngoài thang đo: \(list).") }
    var growthNote: String {
        t("Change on the previous full year. Light bars: preliminary, estimated or approximate; ^ and ≥: at least this much; v and ≤: at most this much (its base is a lower bound); vertical bar: range.",
          "So với cả năm trước. Cột nhạt: sơ bộ, ước tính hoặc xấp xỉ; ^ và ≥: ít nhất bằng mức này; v và ≤: tối đa bằng mức này (gốc so sánh là mức tối thiểu); vạch dọc: khoảng ước tính.")
    }
    /// The note of a sparse series' growth chart: which bars span a gap, as their windows.
    func growthGapNote(_ windows: [RateWindow]) -> String {
        let spans = Set(windows.map(\.years))
        let list: String
        if let span = spans.first, spans.count == 1, windows.count > 2, let first = windows.first, let last = windows.last {
            list = t("\(first) to \(last), \(span) years each", "\(first) đến \(last), mỗi cột \(span) năm")
        } else {
            list = windows.map { t("\($0), \($0.years) years", "\($0), \($0.years) năm") }.joined(separator: "; ")
        }
        return t("Years without a full-year figure are skipped: a bar after a gap is the compound growth a year since the previous full-year figure (\(list)). Light bars: preliminary, estimated or approximate; ^ and ≥: at least this much; v and ≤: at most this much (its base is a lower bound); vertical bar: range.",
                 "Bỏ qua các năm không có số liệu cả năm: cột sau khoảng trống là tăng trưởng bình quân năm kể từ số liệu cả năm trước đó (\(list)). Cột nhạt: sơ bộ, ước tính hoặc xấp xỉ; ^ và ≥: ít nhất bằng mức này; v và ≤: tối đa bằng mức này (gốc so sánh là mức tối thiểu); vạch dọc: khoảng ước tính.")
    }
    /// The growth chart's title; `window` when the last bar spans more than one year.
    func growthTitle(year: String, rate: String, fell: Bool, window: RateWindow? = nil) -> String {
        if let window {
            return fell ? t("\(series.title) fell \(rate) a year over \(window)", "\(series.title) giảm \(rate)/năm giai đoạn \(window)")
                : t("\(series.title) grew \(rate) a year over \(window)", "\(series.title) tăng \(rate)/năm giai đoạn \(window)")
        }
        return fell ? t("\(series.title) fell \(rate) in \(year)", "\(series.title) giảm \(rate) năm \(year)")
            : t("\(series.title) grew \(rate) in \(year)", "\(series.title) tăng \(rate) năm \(year)")
    }
    /// `gaps`: some bars span more than one year (a sparse series), so none is called year-on-year.
    func growthSubtitle(partner: LocalizedText, goal: Bool, rules: Bool, gaps: Bool = false) -> String {
        let p = series.isDefaultTrade ? t("trade with \(self.partner(partner))", "thương mại với \(self.partner(partner))") : series.inline
        let stem = gaps ? t("Growth a year of \(p) since each previous full-year figure",
                            "Tăng trưởng bình quân năm của \(p) so với số liệu cả năm trước đó")
            : t("Year-on-year growth of \(p)", "Tăng trưởng \(p) so với năm trước")
        switch (goal, rules) {
        case (false, false): return stem
        case (false, true): return stem + t(" and the rates the level targets need", " và mức các mục tiêu kim ngạch đòi hỏi")
        case (true, false): return stem + t(" and the annual growth target", " và mục tiêu tăng trưởng hằng năm")
        case (true, true): return stem + t(", the annual growth target and the rates the level targets need",
                                           ", mục tiêu tăng trưởng hằng năm và mức các mục tiêu kim ngạch đòi hỏi")
        }
    }
    /// `lastWindow`: the last bar's window when it spans a gap.
    /// `goalLine`: the annual goal is one rate, drawn as a line (not a band).
    func growthAlt(from: String, to: String, last: String, goal: Bool, rules: Bool, gaps: Bool = false, lastWindow: RateWindow? = nil,
                   goalLine: Bool = false) -> String {
        let band = goalLine ? t("the annual target as a line", "mục tiêu hằng năm là đường ngang") : t("the annual target band", "vùng mục tiêu hằng năm")
        let end = lastWindow.map { t("\(last) a year over \($0)", "giai đoạn \($0) là \(last)/năm") } ?? t("\(last) in \(to)", "năm \(to) là \(last)")
        let head = gaps ? t("Bar chart of the growth a year of \(series.inline) since each previous full-year figure, \(from)–\(to), \(end)",
                            "Biểu đồ cột tăng trưởng bình quân năm của \(series.inline) so với số liệu cả năm trước đó, \(from)–\(to), \(end)")
            : t("Bar chart of year-on-year growth of \(series.inline), \(from)–\(to), \(end)", "Biểu đồ cột tăng trưởng \(series.inline) so với năm trước, \(from)–\(to), \(end)")
        switch (goal, rules) {
        case (false, false): return head + "."
        case (true, false): return head + t(", with \(band).", ", cùng \(band).")
        case (false, true): return head + t(", with the required rates as dashed lines.", ", cùng các mức cần đạt là đường nét đứt.")
        case (true, true): return head + t(", with \(band) and the required rates as dashed lines.", ", cùng \(band) và các mức cần đạt là đường nét đứt.")
        }
    }
    /// The growth chart's caption, naming only what is drawn: the goal band and the target rules when present.
    func growthCaption(goal: Bool, rules: Bool, gaps: Bool = false, goalLine: Bool = false) -> String {
        let band = goalLine ? t("the solid line is the annual growth goal", "đường liền là mục tiêu tăng trưởng hằng năm")
            : t("the band is the annual growth goal", "vùng tô là mục tiêu tăng trưởng hằng năm")
        if gaps {
            let stem = t("Each bar is the compound growth a year since the previous full-year figure",
                         "Mỗi cột là tăng trưởng bình quân năm kể từ số liệu cả năm trước đó")
            switch (goal, rules) {
            case (false, false): return stem + "."
            case (false, true): return stem + t("; dashed lines are the rates the level targets need.", "; đường nét đứt là mức các mục tiêu kim ngạch đòi hỏi.")
            case (true, false): return stem + t("; \(band).", "; \(band).")
            case (true, true): return stem + t("; \(band), dashed lines the rates the level targets need.",
                                               "; \(band), đường nét đứt là mức các mục tiêu kim ngạch đòi hỏi.")
            }
        }
        switch (goal, rules) {
        case (true, true): return goalLine ? t("Each bar compares a full year with the one before; \(band), dashed lines the rates the level targets need.",
                                               "Mỗi cột so sánh một năm với năm trước; \(band), đường nét đứt là mức các mục tiêu kim ngạch đòi hỏi.") : growthCaption
        case (true, false): return t("Each bar compares a full year with the one before; \(band).",
                                     "Mỗi cột so sánh một năm với năm trước; \(band).")
        case (false, true): return t("Each bar compares a full year with the one before; dashed lines are the rates the level targets need.",
                                     "Mỗi cột so sánh một năm với năm trước; đường nét đứt là mức các mục tiêu kim ngạch đòi hỏi.")
        case (false, false): return t("Each bar compares a full year with the one before.", "Mỗi cột so sánh một năm với năm trước.")
        }
    }
    var growthCaption: String {
        t("Each bar compares a full year with the one before; the band is the annual growth goal, dashed lines the rates the level targets need.",
          "Mỗi cột so sánh một năm với năm trước; vùng tô là mục tiêu tăng trưởng hằng năm, đường nét đứt là mức các mục tiêu kim ngạch đòi hỏi.")
    }

    // MARK: investment
    func partYearName(_ months: String) -> String { t("\(months) (part year)", "\(months) (chưa đủ năm)") }
    func partYearCallout(period: String, value: String) -> String {
        t("\(period): \(value), not the full year", "\(period): \(value), chưa phải cả năm")
    }
    var investmentNote: String {
        t("Light bars: derived or approximate. Hollow points with a line: part-year figures drawn over the months they cover.",
          "Cột nhạt: tính toán hoặc xấp xỉ. Điểm rỗng có vạch ngang: số liệu một phần năm, vẽ trên các tháng mà nó bao phủ.")
    }
    func cumulativeText(_ value: String, _ period: String) -> String {
        t("Cumulative registered capital: \(value) (\(period))", "Vốn đăng ký lũy kế: \(value) (\(period))")
    }
    func projectsText(_ count: String, _ period: String) -> String {
        t("\(count) valid projects (\(period))", "\(count) dự án còn hiệu lực (\(period))")
    }
    func investmentTitle(year: Int, full: String, part: (String, String)?) -> String {
        guard let part else { return t("Registered investment: \(full) in \(year)", "Vốn đầu tư đăng ký: \(full) năm \(year)") }
        return t("Registered investment in \(year): \(full) for the full year, \(part.0) for \(part.1)",
                 "Vốn đầu tư đăng ký năm \(year): \(full) cả năm, \(part.0) trong \(part.1)")
    }
    func investmentSubtitle(reporter: LocalizedText, partner: LocalizedText) -> String {
        t("\(reporter.text(in: language))'s registered investment in \(self.partner(partner)) by year",
          "Vốn đầu tư đăng ký của \(reporter.text(in: language)) sang \(self.partner(partner)) theo năm")
    }
    func investmentAlt(year: Int, full: String, part: String?, partValue: String?, stock: String) -> String {
        var s = t("Bar chart of registered investment by year; \(year): \(full) for the full year.",
                  "Biểu đồ cột vốn đầu tư đăng ký theo năm; năm \(year): \(full) cả năm.")
        if let part, let partValue {
            s += t(" The \(part) figure, \(partValue), is drawn as a hollow point over its months.",
                   " Số liệu \(part), \(partValue), được vẽ là điểm rỗng trên các tháng tương ứng.")
        }
        if !stock.isEmpty { s += " " + stock + "." }
        return s
    }
    var investmentCaption: String {
        t("Full-year registered investment as bars; part-year figures, often quoted as the year's, are drawn over the months they cover.",
          "Vốn đăng ký cả năm là cột; số liệu một phần năm, thường bị trích như số cả năm, được vẽ trên các tháng tương ứng.")
    }

    // MARK: scenarios
    func fanFigure(_ p: Int) -> String { t("Simulated paths, \(p)th percentile", "Kịch bản mô phỏng, bách phân vị \(p)") }
    func probabilityFigure(level: String, year: Int) -> String {
        t("Share of simulated paths at \(level) USD or more by \(year)", "Tỷ lệ kịch bản mô phỏng đạt \(level) USD trở lên vào \(year)")
    }
    /// A scenario's legend name; a user's own scenario keeps its label as written.
    /// `window`: the rate's window when a sparse series moved it (named by it, "Rate 2020→2024").
    func scenarioName(rate id: RateID, label: String, rate: String?, window: RateWindow? = nil) -> String {
        let r = rate.map { t(", \($0) a year", ", \($0)/năm") } ?? ""
        if let window, id.isHistorical { return t("Rate \(window)", "Tốc độ bình quân \(window)") + r }
        switch id {
        case .momentum: return t("Momentum", "Đà hiện tại") + r
        case .compound(let years): return t("\(years)-year rate", "Tốc độ bình quân \(years) năm") + r
        case .goalLow, .goalHigh: return t("Annual goal", "Mục tiêu hằng năm") + r
        case .required: return t("Required", "Cần đạt") + r
        case .scenario: return label
        }
    }
    func reachWords(name: String, level: String, year: Int) -> String {
        t("\(name): \(level) in \(year)", "\(name): \(level) năm \(year)")
    }
    func scenariosSubtitle(base: Int, horizon: Int) -> String {
        t(series.isDefaultTrade ? "Two-way trade paths from \(base) to \(horizon) under each growth assumption, with the range of simulated paths."
            : "Paths of \(series.inline) from \(base) to \(horizon) under each growth assumption, with the range of simulated paths.",
          "Lộ trình \(series.inline) từ \(base) đến \(horizon) theo từng giả định tăng trưởng, cùng khoảng kịch bản mô phỏng.")
    }
    func fanSentence(level: String, year: Int, share: String) -> String {
        t("\(share) of simulated paths reach \(level) by \(year).", "\(share) số kịch bản mô phỏng đạt \(level) vào \(year).")
    }
    func scenariosTitle(rate: String, level: String, year: Int, moved: RateWindow? = nil) -> String {
        let pace = paceWords(moved)
        return t("At \(pace) (\(rate) a year) \(series.short) \(series.verb("reaches", "reach")) \(level) USD in \(year)",
                 "Giữ \(pace) (\(rate)/năm), \(series.short) đạt \(level) USD năm \(year)")
    }
    var scenariosTitleFallback: String { t("Growth scenarios for \(series.inline)", "Các kịch bản tăng trưởng \(series.inline)") }
    var scenariosNote: String {
        t("Scenarios are assumptions, not forecasts. Shaded ranges: 50% and 80% of simulated paths with the historical spread of yearly growth.",
          "Kịch bản là giả định, không phải dự báo. Vùng tô: 50% và 80% số kịch bản mô phỏng theo độ biến động tăng trưởng trong quá khứ.")
    }
    /// `band`, `lines`: what the chart draws of the targets (a band of levels, lines for single levels).
    func scenariosAlt(base: Int, horizon: Int, reaches: String, band: Bool = true, lines: Bool = false) -> String {
        let drawn: String
        switch (band, lines) {
        case (true, false): drawn = t(" and the target band", " và vùng mục tiêu")
        case (true, true): drawn = t(", the target band and target lines", ", vùng mục tiêu và các đường mục tiêu")
        case (false, true): drawn = t(" and the targets as lines", " và các mục tiêu là đường ngang")
        case (false, false): drawn = ""
        }
        let tail = reaches.isEmpty ? "" : " " + reaches + "."
        return t("Line chart of growth scenarios for \(series.inline) from \(base) to \(horizon), with shaded ranges of simulated paths\(drawn).\(tail)",
                 "Biểu đồ đường các kịch bản tăng trưởng \(series.inline) từ \(base) đến \(horizon), cùng vùng kịch bản mô phỏng\(drawn).\(tail)")
    }
    var scenariosCaption: String {
        t("Each dashed line holds one growth assumption from the base year; the shaded ranges show how far yearly swings like the past ones could move the outcome.",
          "Mỗi đường nét đứt giữ một giả định tăng trưởng từ năm gốc; vùng tô cho thấy biến động hằng năm như trong quá khứ có thể làm kết quả lệch bao xa.")
    }

    // MARK: required-growth
    func requiredCategory(level: String, year: Int) -> String { t("\(level) by \(year)", "\(level) vào \(year)") }
    /// A target without a stated year read at one horizon: "20 billion if by 2030".
    func horizonCategory(level: String, year: Int) -> String { t("\(level) if by \(year)", "\(level) nếu vào \(year)") }
    func actualCategory(id: RateID, from: String, to: String) -> String {
        id == .momentum && Int(to).map({ $0 - 1 }) == Int(from) ? t("Actual \(to)", "Thực tế \(to)") : t("Avg \(from)–\(to)", "BQ \(from)–\(to)")
    }
    func requiredTitle(low: String, high: String, covered: String, beyond: String, beyondRate: String) -> String {
        t("Recent growth of \(low)–\(high) a year is enough for \(covered), not for \(beyond) (\(beyondRate))",
          "Tốc độ gần đây \(low)–\(high)/năm đủ cho \(covered), chưa đủ cho \(beyond) (\(beyondRate))")
    }
    var requiredTitleFallback: String { t("Growth each target needs, beside recent growth", "Mức tăng trưởng mỗi mục tiêu cần, so với thực tế") }
    func requiredSubtitle(base: String, year: Int) -> String {
        t("Compound growth a year needed from \(base) in \(year), and the actual rates of recent years",
          "Tăng trưởng bình quân mỗi năm cần thiết từ mức \(base) năm \(year), và tốc độ thực tế những năm gần đây")
    }
    var requiredNote: String {
        t("A target without a stated year gets no deadline: \"if by\" bars show what it would need at each horizon. Actual rates from the preferred full-year figures.",
          "Mục tiêu không nêu năm không được gán thời hạn: cột \"nếu vào\" cho thấy mức cần thiết ở từng mốc. Tốc độ thực tế tính từ số liệu cả năm.")
    }
    func requiredAlt(_ list: String) -> String {
        t("Bar chart of the growth a year each target needs beside recent actual growth: \(list).",
          "Biểu đồ cột mức tăng trưởng mỗi năm các mục tiêu cần, bên cạnh tốc độ thực tế: \(list).")
    }
    var requiredCaption: String {
        t("Required compound growth for each target and year, beside the growth actually achieved recently.",
          "Tăng trưởng bình quân cần thiết cho từng mục tiêu và năm, bên cạnh tốc độ đã đạt được gần đây.")
    }

    // MARK: past-targets
    func pastCategory(level: String, when: String, open: Bool) -> String {
        t("\(level) by \(when)\(open ? " (open)" : "")", "\(level) vào \(when)\(open ? " (còn hạn)" : "")")
    }
    func shareBy(_ share: String, _ year: Int) -> String { t("\(share) by \(year)", "\(share) tính đến \(year)") }
    func soFar(_ year: Int) -> String { t("\(year) so far", "mới đạt \(year)") }
    func reachedIn(_ year: Int) -> String { t("reached \(year)", "đạt \(year)") }
    func noFigureFor(_ year: Int) -> String { t("no \(year) figure", "không có số liệu \(year)") }
    func metThenFellBack(year: Int, deadline: Int, share: String) -> String {
        t("met in \(year); \(deadline): \(share)", "đạt năm \(year); \(deadline): \(share)")
    }
    func shareReached(_ target: String) -> String { t("Share of the target reached: \(target)", "Tỷ lệ đạt so với mục tiêu: \(target)") }
    func pastTitle(missed: Int, of total: Int) -> String {
        switch (missed, total) {
        case (0, 1): return t("The earlier trade target was met", "Mục tiêu thương mại trước đây đã đạt")
        case (0, _): return t("All \(total) earlier trade targets were met", "Cả \(total) mục tiêu thương mại trước đây đều đạt")
        case (1, 1): return t("The earlier trade target was missed", "Mục tiêu thương mại trước đây không đạt")
        default: return t("\(missed) of \(total) earlier trade targets were missed", "\(missed)/\(total) mục tiêu thương mại trước đây không đạt")
        }
    }
    var pastTitleFallback: String { t("Trade targets and what was reached", "Các mục tiêu thương mại và kết quả") }
    func pastSubtitle(partner: LocalizedText) -> String {
        t("Each target for \(seriesInlineWith(partner: partner)) beside the figure of its deadline year, or of the year it was first met (open targets: the latest year)",
          "Mỗi mục tiêu kim ngạch với \(self.partner(partner)) bên cạnh số liệu năm hạn chót, hoặc năm lần đầu đạt (mục tiêu đang thực hiện: năm gần nhất)")
    }
    var pastNote: String {
        t("Percentages: the share of the target reached. Light bars: approximate or preliminary figures.",
          "Tỷ lệ %: mức đạt so với mục tiêu. Cột nhạt: số liệu xấp xỉ hoặc sơ bộ.")
    }
    func pastAlt(_ list: String) -> String {
        t("Grouped bar chart of each trade target beside the figure reached: \(list).",
          "Biểu đồ cột nhóm từng mục tiêu thương mại bên cạnh mức đạt được: \(list).")
    }
    /// The caption when every target drawn is still open (no earlier target to read).
    var pastCaptionOpenOnly: String {
        t("Each open target beside the latest year's figure and the share of it reached so far.",
          "Mỗi mục tiêu đang thực hiện bên cạnh số liệu năm gần nhất và tỷ lệ đã đạt.")
    }
    var pastCaption: String {
        t("Earlier targets beside what was reached in their deadline year, or in the year a target was first met; the open targets beside the latest year.",
          "Các mục tiêu trước đây bên cạnh mức đạt được vào năm hạn chót, hoặc năm lần đầu đạt; các mục tiêu đang thực hiện bên cạnh năm gần nhất.")
    }
}
