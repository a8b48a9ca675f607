import TradeAnalysis

/// Phrases of the simulation: probabilities in words rounded to what the data support, the windows
/// table and the method section. Numbers arrive formatted for the language.
extension BriefingText {
    /// "about 3 in 10", "less than 1 in 20" / "khoảng 3/10", "dưới 1/20": a share of simulated paths
    /// rounded to a simple fraction, since the share moves by tens of points with the years used.
    public func chance(_ p: Double) -> String {
        if p < 0.05 { return t("less than 1 in 20", "dưới 1/20") }
        if p > 0.95 { return t("more than 19 in 20", "trên 19/20") }
        let (n, d) = Self.simpleFraction(p)
        return t("about \(n) in \(d)", "khoảng \(n)/\(d)")
    }

    /// The simplest fraction n/d (d in 2, 3, 4, 5, 6, 8, 10) within 2 points of `p`, else the nearest.
    static func simpleFraction(_ p: Double) -> (Int, Int) {
        var best: (n: Int, d: Int, error: Double)?
        for d in [2, 3, 4, 5, 6, 8, 10] {
            let n = max(1, min(d - 1, Int((p * Double(d)).rounded())))
            let error = abs(Double(n) / Double(d) - p)
            if error <= 0.02 + 1e-12 { return (n, d) }
            if best == nil || error < best?.error ?? 1 { best = (n, d, error) }
        }
        return (best?.n ?? 1, best?.d ?? 2)
    }

    /// "13–35% depending on the years used" / "13–35% tùy giai đoạn lấy số liệu".
    func dependingOnYears(_ low: String, _ high: String) -> String {
        t("\(low)–\(high) depending on the years used", "\(low)–\(high) tùy giai đoạn lấy số liệu")
    }

    func fanParagraphRounded(paths: String, window: String, level: String, shares: [(year: Int, chance: String, spread: String?)]) -> String {
        let list = shares.map { s in
            let spread = s.spread.map { " (\($0))" } ?? ""
            return t("by \(s.year) in \(s.chance) of them\(spread)", "vào năm \(s.year) ở \(s.chance) số kịch bản\(spread)")
        }.joined(separator: t(", and ", ", và "))
        return t("In \(paths) simulated paths drawn from the yearly changes of \(window), \(level) is reached \(list).",
                 "Trong \(paths) kịch bản mô phỏng từ biến động hằng năm của \(window), mức \(level) đạt được \(list).")
    }

    /// Why a steady rate and the simulation can disagree.
    func reconcile(sd: String) -> String {
        t("Steady rates and simulated paths answer different questions: a steady rate grows every year the same; the paths let years swing as they have (a log standard deviation of \(sd) a year), and one bad year late in the window is enough to miss a deadline.",
          "Tốc độ đều và kịch bản mô phỏng trả lời hai câu hỏi khác nhau: tốc độ đều giả định năm nào cũng tăng như nhau; các kịch bản để từng năm dao động như trong quá khứ (độ lệch chuẩn log \(sd)/năm), và chỉ một năm xấu gần hạn chót là đủ để lỡ mục tiêu.")
    }

    // MARK: Windows

    var uncertaintyHeading: String { t("How sure: the years used and the method", "Mức chắc chắn: giai đoạn số liệu và phương pháp") }
    func windowName(_ id: String, trough: Int?) -> String {
        switch id {
        case "all": return t("All years", "Mọi năm")
        case "trough": return trough.map { t("Since the \($0) trough", "Từ đáy năm \($0)") } ?? t("Since the last trough", "Từ đáy gần nhất")
        default:
            let n = id.dropLast()
            return t("Last \(n) years", "\(n) năm gần nhất")
        }
    }
    var windowColumn: String { t("Changes over", "Thay đổi trong") }
    var changesColumn: String { t("Changes used", "Số năm dùng") }
    var leftOutColumn: String { t("Left out", "Loại ra") }
    var compoundColumn: String { t("Compound rate a year", "Tăng trưởng bình quân/năm") }
    func probabilityColumn(level: String, year: Int) -> String { t("P(\(level) by \(year))", "XS đạt \(level) vào \(year)") }
    var none: String { t("none", "không") }
    /// `level` empty: no dated target to read the shares at.
    func windowsIntro(level: String) -> String {
        guard !level.isEmpty else {
            return t("The spread of simulated paths moves with the years the simulation learns from. Each row draws 10,000 paths in the same way from one window of history:",
                     "Độ phân tán của các kịch bản mô phỏng thay đổi theo giai đoạn số liệu mà mô phỏng dựa vào. Mỗi dòng mô phỏng 10.000 kịch bản theo cùng một cách từ một giai đoạn:")
        }
        return t("The share of simulated paths that reach \(level) moves with the years the simulation learns from. Each row draws 10,000 paths in the same way from one window of history:",
          "Tỷ lệ kịch bản đạt \(level) thay đổi theo giai đoạn số liệu mà mô phỏng dựa vào. Mỗi dòng mô phỏng 10.000 kịch bản theo cùng một cách từ một giai đoạn:")
    }

    // MARK: Method

    func methodDistribution(base: String, baseYear: Int, status: String) -> String {
        t("Method. Each path starts from the \(baseYear) figure (\(base), \(status)) and grows each year by a growth drawn at random: log-normal, with the mean and standard deviation of the logarithms of the yearly changes in the window. Years are drawn independently: a good year does not make the next one likelier.",
          "Phương pháp. Mỗi kịch bản bắt đầu từ số năm \(baseYear) (\(base), \(status)) và mỗi năm tăng theo một mức tăng trưởng rút ngẫu nhiên: phân phối log-chuẩn, với trung bình và độ lệch chuẩn của logarit các thay đổi hằng năm trong giai đoạn. Các năm độc lập với nhau: một năm tốt không làm năm sau dễ tốt hơn.")
    }
    func methodYears(window: String, count: Int, years: String, median: String, sd: String) -> String {
        t("The chart and the headline share use \(window): \(count) yearly changes (into \(years)), median growth \(median) a year, log standard deviation \(sd).",
          "Biểu đồ và tỷ lệ chính dùng \(window): \(count) thay đổi hằng năm (vào các năm \(years)), tăng trưởng trung vị \(median)/năm, độ lệch chuẩn log \(sd).")
    }
    func methodLeftOut(_ items: [String]) -> String {
        t("Left out: \(items.joined(separator: "; ")).", "Loại ra: \(items.joined(separator: "; ")).")
    }
    func leftOutBound(_ years: String) -> String {
        t("\(years), where an end point is a bound (\"more than\", \"less than\") whose size is unknown",
          "\(years), vì một đầu là cận (\"trên\", \"dưới\") không rõ độ lớn")
    }
    func leftOutJoin(_ years: String, _ sources: String) -> String {
        t("\(years), which joins two statistical systems (\(sources)): one figure is computed by the dataset from another publication, so the change measures the systems as much as the trade",
          "\(years), vì nối hai hệ thống thống kê (\(sources)): một số liệu do bộ dữ liệu tính từ ấn phẩm khác, nên thay đổi phản ánh khác biệt hệ thống chứ không chỉ thương mại")
    }
    func leftOutMissing(_ years: String) -> String { t("\(years), with no figure for the year or the year before", "\(years), thiếu số liệu năm đó hoặc năm trước") }
    func methodFlagged(approximate: String?, midpoint: String?) -> String {
        var parts: [String] = []
        if let approximate { parts.append(t("changes into \(approximate) use approximate figures", "thay đổi vào \(approximate) dùng số xấp xỉ")) }
        if let midpoint { parts.append(t("\(midpoint) uses a range at its midpoint", "\(midpoint) dùng điểm giữa của khoảng ước tính")) }
        return t("Used but flagged: \(parts.joined(separator: "; ")).", "Có dùng nhưng lưu ý: \(parts.joined(separator: "; ")).")
    }
    var methodWindowsWhy: String {
        t("The other windows are there to show how much the answer depends on the years chosen: a short window holds only the latest run of years, a long one the older swings.",
          "Các giai đoạn khác cho thấy kết quả phụ thuộc bao nhiêu vào việc chọn năm: giai đoạn ngắn chỉ có chuỗi năm gần nhất, giai đoạn dài có cả những dao động cũ.")
    }
    func methodPaths(paths: String, seed: String, baseYear: Int) -> String {
        t("\(paths) paths from the \(baseYear) base, random seed \(seed): the same data give the same figures. A target counts as reached in the first year a path is at or above it. Scenarios are assumptions, not forecasts.",
          "\(paths) kịch bản từ năm gốc \(baseYear), hạt giống ngẫu nhiên \(seed): cùng số liệu cho cùng kết quả. Mục tiêu được tính là đạt vào năm đầu tiên kịch bản bằng hoặc vượt mức đó. Kịch bản là giả định, không phải dự báo.")
    }
    /// A warning when a simulation learns from fewer than `GrowthSample.fewChanges` yearly changes:
    /// `windows` names the windows (rows of the table) that do, `chart` says whether the chart's does.
    func fewChanges(_ windows: [(name: String, count: Int)], chart: Bool) -> String {
        let list = windows.map { t("\($0.name.lowercasedFirst) (\($0.count))", "\($0.name.lowercasedFirst) (\($0.count))") }.joined(separator: ", ")
        return t("Few observations: \(list) \(windows.count == 1 ? "rests" : "rest") on fewer than \(GrowthSample.fewChanges) yearly changes, too few to know how widely growth swings\(chart ? "; read the shaded ranges and the shares as a rough guide" : ""). The compound rates use only each window's first and last figure.",
                 "Ít quan sát: \(list) dựa trên dưới \(GrowthSample.fewChanges) thay đổi hằng năm, quá ít để biết tăng trưởng dao động rộng đến đâu\(chart ? "; chỉ nên xem vùng tô và các tỷ lệ như ước lượng thô" : ""). Tốc độ bình quân chỉ dùng số liệu đầu và cuối của mỗi giai đoạn.")
    }
    /// The fan chart's note when its sample is small: "Only 3 yearly changes: a rough guide."
    func fewChangesNote(_ count: Int) -> String {
        t("Only \(count) yearly \(count == 1 ? "change" : "changes"): the shaded ranges are a rough guide.",
          "Chỉ có \(count) thay đổi hằng năm: vùng tô chỉ là ước lượng thô.")
    }
    /// The fan chart's note: the method in one line.
    func fanNote(paths: String, count: Int, years: String, leftOut: String, seed: String) -> String {
        t("Scenarios are assumptions, not forecasts. Shaded: 50% and 80% of \(paths) simulated paths, log-normal yearly growth from the \(count) changes into \(years)\(leftOut.isEmpty ? "" : " (\(leftOut) left out)"), years independent, seed \(seed).",
          "Kịch bản là giả định, không phải dự báo. Vùng tô: 50% và 80% của \(paths) kịch bản mô phỏng, tăng trưởng log-chuẩn từ \(count) thay đổi vào \(years)\(leftOut.isEmpty ? "" : " (loại \(leftOut))"), các năm độc lập, hạt giống \(seed).")
    }
}
