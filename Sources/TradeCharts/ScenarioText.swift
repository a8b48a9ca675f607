import TradeAnalysis
import NumberText

/// The words of the scenario comparison (rules, reach years, gaps, the reach-year and sensitivity
/// charts), one catalogue per language. Numbers come in already formatted for the language, so
/// each sentence keeps its natural word order.
public struct ScenarioText: Sendable {
    /// Formats numbers for a catalogue: rates, money and plain numbers.
    public struct Numbers: Sendable {
        public var percent: @Sendable (Double) -> String
        public var money: @Sendable (Double) -> String
        public var number: @Sendable (Double) -> String

        public init(percent: @escaping @Sendable (Double) -> String, money: @escaping @Sendable (Double) -> String,
                    number: @escaping @Sendable (Double) -> String) {
            self.percent = percent
            self.money = money
            self.number = number
        }
    }

    public let language: Language
    let n: Numbers
    /// The analysed series' names ("Trade" for two-way trade without a label).
    let series: SeriesWords

    public init(_ language: Language, numbers: Numbers, series: SeriesWords? = nil) {
        self.language = language
        self.n = numbers
        self.series = series ?? .twoWayTrade(language)
    }

    private var vi: Bool { language == .vi }

    /// The rule in words: "8% a year from 2025", "explicit yearly values for 2026–2030",
    /// "trend fitted to 2021–2025 (+0.31 billion USD a year)".
    public func rule(_ rule: ScenarioRule) -> String {
        switch rule {
        case let .constant(rate, from):
            return vi ? "\(n.percent(rate))/năm từ năm \(from)" : "\(n.percent(rate)) a year from \(from)"
        case let .historical(rate, window, from):
            let span = "\(window.lowerBound)–\(window.upperBound)"
            return vi ? "\(n.percent(rate))/năm (tốc độ bình quân \(span)) từ năm \(from)"
                : "\(n.percent(rate)) a year (the compound rate of \(span)) from \(from)"
        case let .decaying(start, startIsLastYear, longRun, halfLife, from):
            let startWords = startIsLastYear ? (vi ? " (tăng trưởng năm \(from))" : " (\(from)'s growth)") : ""
            return vi ? "\(n.percent(start))\(startWords) giảm dần về \(n.percent(longRun))/năm, chênh lệch giảm một nửa sau mỗi \(n.number(halfLife)) năm"
                : "\(n.percent(start))\(startWords) fading toward \(n.percent(longRun)) a year, the gap halving every \(n.number(halfLife)) years"
        case let .rates(years):
            return vi ? "tốc độ tăng cho từng năm \(span(years))" : "explicit yearly rates for \(span(years))"
        case let .values(years):
            return vi ? "giá trị cho từng năm \(span(years))" : "explicit yearly values for \(span(years))"
        case let .trend(slope, window, _):
            let span = "\(window.lowerBound)–\(window.upperBound)"
            return vi ? "xu hướng tuyến tính khớp với \(span) (+\(n.money(slope))/năm)"
                : "trend fitted to \(span) (+\(n.money(slope)) a year)"
        }
    }

    private func span(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// "2027" or "not by 2030" / "chưa đạt đến 2030".
    public func reachYear(_ year: Int?, horizon: Int) -> String {
        year.map(String.init) ?? notBy(horizon)
    }
    public func notBy(_ horizon: Int) -> String { vi ? "chưa đạt đến \(horizon)" : "not by \(horizon)" }

    /// "reaches 5 billion USD in 2027" / "5 billion USD not by 2030".
    public func reachSentence(level: String, year: Int?, horizon: Int) -> String {
        guard let year else { return "\(level) \(notBy(horizon))" }
        return vi ? "đạt \(level) năm \(year)" : "reaches \(level) in \(year)"
    }

    /// "0.42 billion USD above the target in 2028" / "1.2 billion USD short of it".
    public func gap(_ gap: Double?, year: Int) -> String {
        guard let gap else { return vi ? "chưa có giá trị cho năm \(year)" : "no value for \(year)" }
        if abs(gap) < 0.5e6 { return vi ? "vừa đúng mục tiêu năm \(year)" : "on the target in \(year)" }
        return gap > 0 ? (vi ? "vượt \(n.money(gap)) năm \(year)" : "\(n.money(gap)) above it in \(year)")
            : (vi ? "thiếu \(n.money(-gap)) năm \(year)" : "\(n.money(-gap)) short in \(year)")
    }

    /// One scenario's line of the report: "Cautious 8%: 8% a year from 2025; does not reach 5 billion
    /// USD within 2030 (1.2 billion USD short in 2028); 4.38 billion USD in 2030."
    public func summary(label: String, rule: String, standings: [(reach: String, gap: String?)],
                        horizonValue: String?, horizon: Int) -> String {
        let parts = standings.map { s in s.gap.map { "\(s.reach) (\($0))" } ?? s.reach }
        let end = horizonValue.map { vi ? "\($0) năm \(horizon)" : "\($0) in \(horizon)" }
        return "\(label): " + ([rule] + parts + [end].compactMap { $0 }).joined(separator: "; ") + "."
    }

    // MARK: table and csv headings
    public var scenario: String { vi ? "Kịch bản" : "Scenario" }
    public var set: String { vi ? "Bộ giả định" : "Assumption set" }
    public var rule: String { vi ? "Quy tắc" : "Rule" }
    public func reaches(_ level: String) -> String { vi ? "Đạt \(level)" : "Reaches \(level)" }
    public func gapIn(_ level: String, year: Int) -> String { vi ? "Chênh lệch với \(level) năm \(year)" : "Gap to \(level) in \(year)" }
    public func valueIn(_ year: Int) -> String { vi ? "Giá trị năm \(year)" : "Value in \(year)" }
    public var defaultSet: String { vi ? "Kịch bản mặc định" : "Default scenarios" }
}

extension ScenarioText {
    // MARK: how many scenarios reach each target (the analysis, the paths chart's alt text)
    /// A target as the summary counts it: by its own year, or within the years projected when it
    /// states none or its year is past the horizon.
    public enum ReachBy: Sendable, Equatable {
        case deadline(Int)
        case noYear(horizon: Int)
        case pastHorizon(horizon: Int, deadline: Int)
    }

    /// One target's count: "3 reach 5 billion USD by 2028, its deadline"; a target without a year is
    /// counted within the years projected, not given one.
    public func reachCountItem(_ count: Int, of total: Int, level: String, by: ReachBy) -> String {
        let who: String
        if total == 1 {
            who = vi ? (count == 1 ? "đạt" : "không đạt") : (count == 1 ? "reaches" : "does not reach")
        } else if vi {
            who = count == 0 ? "không kịch bản nào đạt" : count == total ? "cả \(total) kịch bản đều đạt" : "\(count) kịch bản đạt"
        } else {
            who = count == 0 ? "none reaches" : count == total ? (total == 2 ? "both reach" : "all \(total) reach")
                : count == 1 ? "1 reaches" : "\(count) reach"
        }
        switch by {
        case .deadline(let year):
            return vi ? "\(who) \(level) vào năm \(year), hạn của mục tiêu" : "\(who) \(level) by \(year), its deadline"
        case .noYear(let horizon):
            return vi ? "\(who) \(level) trong các năm dự phóng, đến \(horizon) (mục tiêu không nêu năm)"
                : "\(who) \(level) within the years projected, to \(horizon) (no year is stated for it)"
        case let .pastHorizon(horizon, deadline):
            return vi ? "\(who) \(level) trong các năm dự phóng, đến \(horizon) (hạn của mục tiêu, \(deadline), muộn hơn)"
                : "\(who) \(level) within the years projected, to \(horizon) (its deadline, \(deadline), is later)"
        }
    }

    /// "Of the 10 scenarios in the scenario section, 3 reach 5 billion USD by 2028, its deadline; none
    /// reaches 10 billion USD within the years projected, to 2031 (no year is stated for it)."
    /// `chart`: said of the scenarios a chart draws (its alt text) rather than of the report's section.
    public func reachSummary(total: Int, items: [(count: Int, level: String, by: ReachBy)], chart: Bool = false) -> String {
        let parts = items.map { reachCountItem($0.count, of: total, level: $0.level, by: $0.by) }
        if total == 1 {
            let one = chart ? (vi ? "Kịch bản duy nhất trên biểu đồ" : "The one scenario drawn")
                : (vi ? "Kịch bản duy nhất ở phần kịch bản" : "The one scenario in the scenario section")
            return one + " " + parts.joined(separator: vi ? " và " : " and ") + "."
        }
        let of = chart ? (vi ? "Trong \(total) kịch bản trên biểu đồ, " : "Of the \(total) scenarios drawn, ")
            : (vi ? "Trong \(total) kịch bản ở phần kịch bản, " : "Of the \(total) scenarios in the scenario section, ")
        return of + parts.joined(separator: "; ") + "."
    }

    /// The figure name of a count: "Scenarios reaching 5 billion USD by 2028".
    public func reachCountFigure(level: String, year: Int) -> String {
        vi ? "Số kịch bản đạt \(level) đến năm \(year)" : "Scenarios reaching \(level) by \(year)"
    }
    /// The figure name of the number of scenarios compared.
    public var scenarioCountFigure: String { vi ? "Số kịch bản" : "Scenarios compared" }
    public var howTotal: String { vi ? "các kịch bản được so sánh, đếm" : "the scenarios compared, counted" }
    public var howCount: String {
        vi ? "đếm các kịch bản có năm đạt mục tiêu không muộn hơn năm đó" : "the scenarios whose reach year is that year or earlier, counted"
    }
}

extension ScenarioText {
    // MARK: reach-year chart
    public func reachTitle(count: Int, of total: Int, level: String, year: Int) -> String {
        // "1 of 6 scenarios reaches": the verb agrees with the one scenario counted.
        vi ? "\(count)/\(total) kịch bản đạt \(level) vào năm \(year)"
            : "\(count) of \(total) scenarios \(count == 1 ? "reaches" : "reach") \(level) by \(year)"
    }
    public var reachTitleFallback: String { vi ? "Năm mỗi kịch bản đạt các mục tiêu" : "The year each scenario reaches the targets" }
    public func reachSubtitle(base: Int, horizon: Int) -> String {
        vi ? "Năm đầu tiên mỗi kịch bản đạt từng mục tiêu, từ năm gốc \(base) đến \(horizon); kịch bản sớm nhất ở trên cùng."
            : "The first year each scenario reaches each target, from the \(base) base to \(horizon); earliest at the top."
    }
    public func reachNote(horizon: Int) -> String {
        vi ? "Đường dọc: năm mục tiêu do nguồn nêu. Mũi tên: chưa đạt đến \(horizon). Kịch bản là giả định, không phải dự báo."
            : "Vertical lines: the year each target's source states. Arrows: not reached by \(horizon). Scenarios are assumptions, not forecasts."
    }
    public func deadline(level: String, year: Int) -> String { vi ? "Hạn \(level): \(year)" : "\(level) due: \(year)" }
    public func reachAlt(base: Int, horizon: Int, reaches: String) -> String {
        vi ? "Biểu đồ năm đạt mục tiêu của từng kịch bản, từ \(base) đến \(horizon). \(reaches)."
            : "Chart of the year each scenario reaches each target, from \(base) to \(horizon). \(reaches)."
    }
    public var reachCaption: String {
        vi ? "Mỗi hàng là một kịch bản; điểm đánh dấu năm đạt từng mục tiêu, đường dọc là hạn của mục tiêu."
            : "Each row is one scenario; markers show the year it reaches each target, vertical lines the targets' deadlines."
    }
    public func reachFigure(name: String, level: String) -> String {
        vi ? "\(name): năm đạt \(level)" : "\(name): year \(level) is reached"
    }
    public func gapFigure(name: String, level: String) -> String {
        vi ? "\(name): chênh lệch với \(level)" : "\(name): gap to \(level)"
    }
}

extension ScenarioText {
    // MARK: sensitivity chart
    public var noGrid: String { vi ? "không có lưới độ nhạy" : "no sensitivity grid" }
    public var growthRate: String { vi ? "Tốc độ tăng mỗi năm" : "Growth a year" }
    public func contour(_ level: String) -> String { vi ? "Đường đạt \(level)" : "Reaches \(level)" }
    public func requiredMark(rate: String, level: String, year: Int) -> String {
        vi ? "\(rate) cho \(level) vào \(year)" : "\(rate) for \(level) by \(year)"
    }
    /// "by 2027: 29.5%": the rate a target needs by its year, short enough for a tick label.
    public func requiredTick(year: Int, rate: String) -> String { vi ? "đến \(year): \(rate)" : "by \(year): \(rate)" }
    /// "2025: 32.4%", "2020–25: 24.4%": a recent rate by its window, short enough for a tick label.
    public func actualTick(window: RateWindow?, rate: String) -> String {
        guard let window else { return rate }
        if window.years == 1 { return "\(window.to): \(rate)" }
        let end = window.from / 100 == window.to / 100 ? String(format: "%02d", window.to % 100) : "\(window.to)"
        return "\(window.from)–\(end): \(rate)"
    }
    public func gridFigure(rate: String) -> String { vi ? "Giá trị với tăng trưởng \(rate)/năm" : "Value at \(rate) a year" }
    public func howGrid(base: Int) -> String {
        vi ? "giá trị năm \(base) tăng đều theo tốc độ đã cho" : "the \(base) value compounded at the given rate"
    }
    public func sensitivityTitle(level: String, year: Int, rate: String) -> String {
        vi ? "\(series.shortTitle) theo tốc độ tăng và năm: \(level) vào \(year) cần \(rate)/năm"
            : "\(series.shortTitle) by growth rate and year: \(level) by \(year) needs \(rate) a year"
    }
    public var sensitivityTitleFallback: String { vi ? "\(series.shortTitle) theo tốc độ tăng và năm" : "\(series.shortTitle) by growth rate and year" }
    public func sensitivitySubtitle(base: String, year: Int, unit: String) -> String {
        vi ? "Giá trị cuối năm (\(unit)) nếu từ \(base) năm \(year) \(series.short) tăng đều theo mỗi tốc độ."
            : "Year-end value (\(unit)) if \(series.short) \(series.verb("grows", "grow")) at each steady rate from \(base) in \(year)."
    }
    public var sensitivityNote: String {
        vi ? "Đường màu: tốc độ vừa đạt mỗi mục tiêu trong từng năm. Trên trục tốc độ: tốc độ mỗi mục tiêu cần đến năm của nó (cùng màu, “đến”) và tốc độ thực tế gần đây (màu đen)."
            : "Coloured lines: the rate that just reaches each target in each year. On the rate axis: the rate each target needs by its year (its colour, “by”) and recent actual rates (black)."
    }
    public func sensitivityAlt(base: Int, horizon: Int, required: String, actual: String) -> String {
        let r = required.isEmpty ? "" : (vi ? " Tốc độ cần: \(required)." : " Required: \(required).")
        let x = actual.isEmpty ? "" : (vi ? " Thực tế gần đây: \(actual)." : " Recent actual rates: \(actual).")
        return (vi ? "Bản đồ nhiệt giá trị \(series.short) theo tốc độ tăng đều và năm, \(base + 1)–\(horizon)."
                   : "Heat map of \(series.isDefaultTrade ? "trade value" : "the value of " + series.inline) by steady growth rate and year, \(base + 1) to \(horizon).") + r + x
    }
    public var sensitivityCaption: String {
        vi ? "Đọc theo hàng: một tốc độ tăng đều; theo cột: một năm. Ô càng đậm giá trị càng cao."
            : "Read a row for one steady growth rate, a column for one year; darker cells are higher values."
    }
}

extension ScenarioText {
    /// "10 billion: not by 2030" / "5, 10 tỷ: chưa đạt đến 2030", beside the arrow off the axis.
    public func notReached(levels: [String], horizon: Int) -> String {
        levels.joined(separator: ", ") + ": " + notBy(horizon)
    }
}

extension ScenarioText {
    // MARK: scenario paths chart
    /// The legend name of the scenarios drawn in grey among many.
    public func otherScenarios(_ count: Int) -> String {
        vi ? "\(count) kịch bản khác (màu xám)" : "\(count) other scenarios (grey)"
    }
    /// A role's name in the legend of the reach-year chart.
    public func role(_ role: ScenarioRole) -> String {
        switch role {
        case .historical: vi ? "Theo quá khứ" : "Historical"
        case .plan: vi ? "Kế hoạch" : "Plan"
        case .cautious: vi ? "Thận trọng" : "Cautious"
        case .ambitious: vi ? "Tham vọng" : "Ambitious"
        }
    }
    /// "In 2030, the scenarios range from 4.38 billion USD (Cautious 8%) to 13.36 billion USD (Bold 35%)".
    public func rangeTitle(horizon: Int, low: String, lowName: String, high: String, highName: String) -> String {
        vi ? "Năm \(horizon), các kịch bản từ \(low) (\(lowName)) đến \(high) (\(highName))"
            : "In \(horizon), the scenarios range from \(low) (\(lowName)) to \(high) (\(highName))"
    }
    /// "Bold 35%: 13.36 billion USD in 2030".
    public func singleTitle(name: String, value: String, horizon: Int) -> String {
        vi ? "\(name): \(value) năm \(horizon)" : "\(name): \(value) in \(horizon)"
    }
    /// The figure name of a scenario's value at the horizon (or at the end of its path).
    public func valueFigure(name: String) -> String { vi ? "\(name): giá trị cuối kỳ" : "\(name): value at the end of the path" }
    /// A subtitle sentence when some scenarios are greyed: "In colour: the 4 scenarios the file highlights."
    public func highlighted(_ count: Int, of total: Int, marked: Bool) -> String {
        marked ? (vi ? "Tô màu: \(count)/\(total) kịch bản được đánh dấu trong tệp." : "In colour: the \(count) of \(total) scenarios the file highlights.")
            : (vi ? "Tô màu: \(count)/\(total) kịch bản." : "In colour: \(count) of \(total) scenarios.")
    }
}

extension ScenarioText {
    // MARK: the report's scenario section
    /// "Scenarios: Independent view" / "Scenarios compared: Ministry plan; Independent view" / "Scenarios".
    public func sectionHeading(titles: [String]) -> String {
        switch titles.count {
        case 0: return vi ? "Kịch bản" : "Scenarios"
        case 1: return (vi ? "Kịch bản: " : "Scenarios: ") + titles[0]
        default: return (vi ? "So sánh các bộ giả định: " : "Scenarios compared: ") + titles.joined(separator: "; ")
        }
    }
    /// The section's first paragraph, naming the file(s) the scenarios come from.
    public func sectionIntro(sets: [(title: String, file: String?, count: Int)], base: String, baseYear: Int, horizon: Int) -> String {
        let what = vi ? "năm đầu tiên đạt từng mục tiêu, chênh lệch với mục tiêu trong năm của mục tiêu và giá trị năm \(horizon)"
            : "the year each target is first reached, the gap to each target in the target's year, and the value in \(horizon)"
        let from = vi ? "tính từ \(base) năm \(baseYear) đến \(horizon)" : "projected from \(base) in \(baseYear) to \(horizon)"
        func name(_ s: (title: String, file: String?, count: Int)) -> String {
            let file = s.file.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            let inner = [file, vi ? "\(s.count) kịch bản" : "\(s.count) scenario\(s.count == 1 ? "" : "s")"].compactMap { $0 }
                .filter { $0 != s.title }.joined(separator: ", ")
            return "“\(s.title)” (\(inner))"
        }
        if sets.count == 1, let set = sets.first {
            return vi ? "Các kịch bản của \(name(set)), \(from); với mỗi kịch bản: \(what)."
                : "The scenarios of \(name(set)), \(from); for each: \(what)."
        }
        let list = sets.map(name).joined(separator: vi ? " và " : " and ")
        return vi ? "\(sets.count) bộ giả định được so sánh: \(list), \(from); với mỗi kịch bản: \(what)."
            : "\(sets.count) sets of assumptions compared: \(list), \(from); for each scenario: \(what)."
    }
    public func defaultIntro(base: String, baseYear: Int, horizon: Int) -> String {
        vi ? "Không có tệp kịch bản: đây là các kịch bản mặc định, mỗi kịch bản giữ một tốc độ tăng từ số liệu hoặc từ mục tiêu, tính từ \(base) năm \(baseYear) đến \(horizon)."
            : "No scenario file was given: these are the default scenarios, each holding a rate taken from the data or from the targets, projected from \(base) in \(baseYear) to \(horizon)."
    }
    public var assumptionsNote: String {
        vi ? "Kịch bản là giả định, không phải dự báo: mỗi kịch bản chỉ cho biết điều gì xảy ra nếu quy tắc của nó đúng."
            : "Scenarios are assumptions, not forecasts: each shows what follows if its rule holds."
    }

    // MARK: the year so far
    /// "In Jan–Apr 2026 (preliminary): 1.77 billion USD, +11.8% on the same months of 2025.
    /// At that pace the full year would be about 5.59 billion USD (a projection, not a reported figure)."
    public func paceOpening(year: Int, months: String, status: String, value: String, growth: String?, projection: String,
                            annualised: Bool) -> String {
        let g = growth.map { vi ? ", \($0) so với cùng kỳ năm \(year - 1)" : ", \($0) on the same months of \(year - 1)" } ?? ""
        let how = annualised ? (vi ? " (quy ra cả năm theo số tháng; là ước tính, không phải số liệu công bố)" : " (annualised by months; a projection, not a reported figure)")
            : (vi ? " (số cả năm \(year - 1) nhân với mức tăng từ đầu năm; là ước tính, không phải số liệu công bố)"
                  : " (\(year - 1)'s full year times the year-to-date growth; a projection, not a reported figure)")
        return vi ? "\(months) (\(status)): \(value)\(g). Theo nhịp này, cả năm \(year) vào khoảng \(projection)\(how)."
            : "In \(months) (\(status)): \(value)\(g). At that pace the full year \(year) would be about \(projection)\(how)."
    }
    /// "For 2026 the scenarios give, against that pace: Plan 12% 5.6 billion USD (+8.23 million USD); …"
    public func paceScenarios(year: Int, items: [String]) -> String {
        (vi ? "Giá trị năm \(year) theo các kịch bản, so với nhịp đó: " : "For \(year) the scenarios give, against that pace: ")
            + items.joined(separator: "; ") + "."
    }
    public func paceItem(name: String, value: String, difference: String) -> String { "\(name) \(value) (\(difference))" }
    /// "So far the year is tracking closest to Plan 12% (its pace lies between Slow 5% and Plan 12%)."
    public func tracking(year: Int, name: String, below: String?, above: String?) -> String {
        let between: String
        switch (below, above) {
        case let (b?, a?): between = vi ? " (nhịp này nằm giữa \(b) và \(a))" : " (its pace lies between \(b) and \(a))"
        case (_?, nil): between = vi ? " (nhịp này cao hơn mọi kịch bản)" : " (its pace is above every scenario)"
        case (nil, _?): between = vi ? " (nhịp này thấp hơn mọi kịch bản)" : " (its pace is below every scenario)"
        case (nil, nil): between = ""
        }
        return vi ? "Đến nay, năm \(year) gần nhất với kịch bản \(name)\(between)." : "So far the year is tracking closest to \(name)\(between)."
    }
    public func signed(_ money: String, negative: Bool) -> String { (negative ? "−" : "+") + money }
    public var ytdFigure: String { vi ? "\(series.shortTitle) từ đầu năm" : "\(series.shortTitle) so far this year" }
    public var ytdGrowthFigure: String { vi ? "Tăng so với cùng kỳ" : "Growth on the same months a year earlier" }
    public func paceFigure(year: Int) -> String { vi ? "Cả năm \(year) theo nhịp từ đầu năm" : "Full year \(year) at the year-to-date pace" }
    public func scenarioYearFigure(name: String, year: Int) -> String { vi ? "\(name): giá trị năm \(year)" : "\(name): value in \(year)" }
    public var howPace: String { vi ? "số cả năm trước × (1 + tăng trưởng từ đầu năm)" : "last year's full year × (1 + year-to-date growth)" }
    public var howAnnualised: String { vi ? "số từ đầu năm × 12 / số tháng" : "year-to-date figure × 12 / months covered" }
    public var howYearToDateGrowth: String { vi ? "so với cùng các tháng năm trước" : "on the same months a year earlier" }
}
