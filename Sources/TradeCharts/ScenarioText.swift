import TradeAnalysis

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

    public let language: BriefingLanguage
    let n: Numbers

    public init(_ language: BriefingLanguage, numbers: Numbers) {
        self.language = language
        self.n = numbers
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

    /// "reaches 5 billion USD in 2027" / "does not reach 5 billion USD by 2030".
    public func reachSentence(level: String, year: Int?, horizon: Int) -> String {
        guard let year else { return vi ? "chưa đạt \(level) đến năm \(horizon)" : "does not reach \(level) by \(horizon)" }
        return vi ? "đạt \(level) vào năm \(year)" : "reaches \(level) in \(year)"
    }

    /// "0.42 billion USD above the target in 2028" / "1.2 billion USD short of it".
    public func gap(_ gap: Double?, year: Int) -> String {
        guard let gap else { return vi ? "chưa có giá trị cho năm \(year)" : "no value for \(year)" }
        if abs(gap) < 0.5e6 { return vi ? "vừa đúng mục tiêu năm \(year)" : "on the target in \(year)" }
        return gap > 0 ? (vi ? "vượt \(n.money(gap)) năm \(year)" : "\(n.money(gap)) above it in \(year)")
            : (vi ? "thiếu \(n.money(-gap)) năm \(year)" : "\(n.money(-gap)) short in \(year)")
    }

    /// One scenario's line of the report: "Cautious 8% (8% a year from 2025): reaches 5 billion USD
    /// in 2032 (1.2 billion USD short in 2028); 6.5 billion USD in 2035."
    public func summary(label: String, rule: String, standings: [(level: String, reach: String, gap: String)],
                        horizonValue: String?, horizon: Int) -> String {
        let parts = standings.map { "\($0.reach) (\($0.gap))" }
        let end = horizonValue.map { vi ? "; \($0) năm \(horizon)" : "; \($0) in \(horizon)" } ?? ""
        return "\(label) (\(rule)): " + parts.joined(separator: "; ") + end + "."
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
