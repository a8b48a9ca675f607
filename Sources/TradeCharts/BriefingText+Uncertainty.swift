import TradeAnalysis

/// Phrases of the simulation: probabilities in words rounded to what the data support, the windows
/// table and the method section. Numbers arrive formatted for the language.
extension BriefingText {
    /// "about 3 in 10", "less than 1 in 20" / "khoảng 3/10", "dưới 1/20": a share of simulated paths
    /// rounded to a simple fraction, since the share moves by tens of points with the years used.
    public func chance(_ p: Double) -> String {
        if p < 0.05 { return t("less than 1 in 20") }
        if p > 0.95 { return t("more than 19 in 20") }
        let (n, d) = Self.simpleFraction(p)
        return t("about \(n) in \(d)")
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
        t("\(low)–\(high) depending on the years used")
    }

    func fanParagraphRounded(paths: String, window: String, level: String, shares: [(year: Int, chance: String, spread: String?)]) -> String {
        let list = shares.map { s in
            let spread = s.spread.map { " (\($0))" } ?? ""
            return t("by \(s.year) in \(s.chance) of them\(spread)")
        }.joined(separator: t(", and "))
        return t("In \(paths) simulated paths drawn from the yearly changes of \(window), \(level) is reached \(list).")
    }

    /// Why a steady rate and the simulation can disagree.
    func reconcile(sd: String) -> String {
        t("Steady rates and simulated paths answer different questions: a steady rate grows every year the same; the paths let years swing as they have (a log standard deviation of \(sd) a year), and one bad year late in the window is enough to miss a deadline.")
    }

    // MARK: Windows

    var uncertaintyHeading: String { t("How sure: the years used and the method") }
    func windowName(_ id: String, trough: Int?) -> String {
        switch id {
        case "all": return t("All years")
        case "trough": return trough.map { t("Since the \($0) trough") } ?? t("Since the last trough")
        default:
            let n = id.dropLast()
            return t("Last \(n) years")
        }
    }
    var windowColumn: String { t("Changes over") }
    var changesColumn: String { t("Changes used") }
    var leftOutColumn: String { t("Left out") }
    var compoundColumn: String { t("Compound rate a year") }
    func probabilityColumn(level: String, year: Int) -> String { t("P(\(level) by \(year))") }
    var none: String { t("none") }
    /// `level` empty: no dated target to read the shares at.
    func windowsIntro(level: String) -> String {
        guard !level.isEmpty else {
            return t("The spread of simulated paths moves with the years the simulation learns from. Each row draws 10,000 paths in the same way from one window of history:")
        }
        return t("The share of simulated paths that reach \(level) moves with the years the simulation learns from. Each row draws 10,000 paths in the same way from one window of history:")
    }

    // MARK: Method

    func methodDistribution(base: String, baseYear: Int, status: String) -> String {
        t("Method. Each path starts from the \(baseYear) figure (\(base), \(status)) and grows each year by a growth drawn at random: log-normal, with the mean and standard deviation of the logarithms of the yearly changes in the window. Years are drawn independently: a good year does not make the next one likelier.")
    }
    func methodYears(window: String, count: Int, years: String, median: String, sd: String) -> String {
        t("The chart and the headline share use \(window): \(count) yearly changes (into \(years)), median growth \(median) a year, log standard deviation \(sd).")
    }
    func methodLeftOut(_ items: [String]) -> String {
        t("Left out: \(items.joined(separator: "; ")).")
    }
    func leftOutBound(_ years: String) -> String {
        t("\(years), where an end point is a bound (\"more than\", \"less than\") whose size is unknown")
    }
    func leftOutJoin(_ years: String, _ sources: String) -> String {
        t("\(years), which joins two statistical systems (\(sources)): one figure is computed by the dataset from another publication, so the change measures the systems as much as the trade")
    }
    func leftOutMissing(_ years: String) -> String { t("\(years), with no figure for the year or the year before") }
    func methodFlagged(approximate: String?, midpoint: String?) -> String {
        var parts: [String] = []
        if let approximate { parts.append(t("changes into \(approximate) use approximate figures")) }
        if let midpoint { parts.append(t("\(midpoint) uses a range at its midpoint")) }
        return t("Used but flagged: \(parts.joined(separator: "; ")).")
    }
    var methodWindowsWhy: String {
        t("The other windows are there to show how much the answer depends on the years chosen: a short window holds only the latest run of years, a long one the older swings.")
    }
    func methodPaths(paths: String, seed: String, baseYear: Int) -> String {
        t("\(paths) paths from the \(baseYear) base, random seed \(seed): the same data give the same figures. A target counts as reached in the first year a path is at or above it. Scenarios are assumptions, not forecasts.")
    }
    /// A warning when a simulation learns from fewer than `GrowthSample.fewChanges` yearly changes:
    /// `windows` names the windows (rows of the table) that do, `chart` says whether the chart's does.
    func fewChanges(_ windows: [(name: String, count: Int)], chart: Bool) -> String {
        let list = windows.map { t("\($0.name.lowercasedFirst) (\($0.count))") }.joined(separator: ", ")
        let rough = chart ? t("; read the shaded ranges and the shares as a rough guide") : ""
        return t("Few observations: \(list) \(windows.count == 1 ? "rests" : "rest") on fewer than \(GrowthSample.fewChanges) yearly changes, too few to know how widely growth swings\(rough). The compound rates use only each window's first and last figure.")
    }
    /// The fan chart's note when its sample is small: "Only 3 yearly changes: a rough guide."
    func fewChangesNote(_ count: Int) -> String {
        t("Only \(count) yearly \(count == 1 ? "change" : "changes"): the shaded ranges are a rough guide.")
    }
    /// The fan chart's note: the method in one line.
    func fanNote(paths: String, count: Int, years: String, leftOut: String, seed: String) -> String {
        let dropped = leftOut.isEmpty ? "" : " " + t("(\(leftOut) left out)")
        return t("Scenarios are assumptions, not forecasts. Shaded: 50% and 80% of \(paths) simulated paths, log-normal yearly growth from the \(count) changes into \(years)\(dropped), years independent, seed \(seed).")
    }
}
