import Foundation
import Testing
@testable import TradeChartCLI

/// The audit's table as a test: every figure the shipped Vietnam–Laos pack (report.md, figures.csv) and
/// `targets`, `scenarios` and `track --format json` show, each read where it is shown (parsed from the
/// text, the CSV row or the JSON key), against the same figure recomputed here from the raw rows of
/// `datasets/vietnam-laos/*.csv`. The recomputation shares nothing with TradeData or TradeAnalysis:
/// its own CSV reader, its own reading of "~", ">", "<" and ranges, its own rules (a change joining two
/// sources, one figure derived, is left out; a bound end point is left out), its own arithmetic.
///
/// The simulation's shares cannot be recomputed path by path without its generator; they are checked
/// against bounds that hold for any correct simulation of the stated model (log-normal yearly growth with
/// the window's mean and standard deviation): the chance of being at the target in the deadline year is
/// a lower bound of the chance of reaching it by then, the sum over the years up to it an upper bound;
/// 10,000 paths add at most about ±0.015 (three standard errors).
@Suite("audit: every figure recomputed independently")
struct AuditTests {
    // MARK: the raw data, read independently

    /// One raw row: the value as written, read into a central value and limits (USD, or a count).
    struct Raw {
        var series, period, written, unit, status, source, preferred, note: String
        var value: Double
        var low: Double?
        var high: Double?
        /// "", "approximate", "atLeast", "atMost", "range".
        var qualifier: String
        var isBound: Bool { qualifier == "atLeast" || qualifier == "atMost" }
    }

    static func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if c == "\"" {
                if quoted, chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted.toggle() }
            } else if c == ",", !quoted { fields.append(field); field = "" } else { field.append(c) }
        }
        fields.append(field)
        return fields
    }

    static func rows(_ file: String) throws -> [Raw] {
        let url = Binary.root.appendingPathComponent("datasets/vietnam-laos/\(file)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line in
            let f = csvFields(line)
            guard f.count >= 7 else { return nil }
            let scale = f[3].hasPrefix("million") ? 1e6 : f[3].hasPrefix("billion") ? 1e9 : 1
            var text = f[2], qualifier = ""
            if text.hasPrefix("~") { qualifier = "approximate"; text.removeFirst() }
            if text.hasPrefix(">") { qualifier = "atLeast"; text.removeFirst() }
            if text.hasPrefix("<") { qualifier = "atMost"; text.removeFirst() }
            var value: Double, low: Double?, high: Double?
            if let dots = text.range(of: "..") {
                guard let a = Double(text[..<dots.lowerBound]), let b = Double(text[dots.upperBound...]) else { return nil }
                qualifier = "range"; value = (a + b) / 2 * scale; low = a * scale; high = b * scale
            } else {
                guard let v = Double(text) else { return nil }
                value = v * scale; low = qualifier == "atMost" ? nil : value; high = qualifier == "atLeast" ? nil : value
            }
            return Raw(series: f[0], period: f[1], written: f[2], unit: f[3], status: f[4], source: f[5], preferred: f[6],
                       note: f.count > 7 ? f[7] : "", value: value, low: low, high: high, qualifier: qualifier)
        }
    }

    /// The row of `series` for `period`: the one marked preferred when there are several.
    static func pick(_ rows: [Raw], _ series: String, _ period: String) -> Raw? {
        let matching = rows.filter { $0.series == series && $0.period == period }
        return matching.first { $0.preferred == "yes" } ?? (matching.count == 1 ? matching.first : nil)
    }

    /// "up 105.5%" → 1.055, "7.5 times" → 7.5, "6 times" → 6: the change a note states, as a ratio.
    static func statedRatio(_ note: String) -> Double? {
        if let m = note.firstMatch(of: /up ([0-9]+(?:\.[0-9]+)?)\s*(?:%|percent)/), let v = Double(m.1) { return 1 + v / 100 }
        if let m = note.firstMatch(of: /([0-9]+(?:\.[0-9]+)?) times/), let v = Double(m.1) { return v }
        return nil
    }

    // MARK: what is shown, read where it is shown

    /// figures.csv as rows of its ten columns.
    struct FiguresCSV {
        var rows: [[String]]
        init(_ text: String) { rows = text.split(separator: "\n").dropFirst().map(AuditTests.csvFields) }
        /// The first row of `chart` whose figure is `figure` (or starts with it when `prefix`) for `period`.
        func row(_ chart: String, _ figure: String, _ period: String? = nil, prefix: Bool = false) -> [String]? {
            rows.first { r in
                r.count >= 8 && r[0] == chart && (prefix ? r[1].hasPrefix(figure) : r[1] == figure) && (period == nil || r[2] == period)
            }
        }
    }

    /// A number as a sentence shows it: its value in base units, the half unit of its last digit, its qualifier word.
    struct Shown {
        var value: Double
        var halfUnit: Double
        var qualifier: String
    }

    /// The number right after `prefix` in `text` ("about −9.4%", "2.98 billion USD", "3.7×", "8 of"; the first
    /// end of a range, "13–35%", in the range's unit). `vi`: a decimal comma and "khoảng", "tỷ", "triệu".
    static func shown(_ text: String, after prefix: String, vi: Bool = false) -> Shown? {
        guard let start = text.range(of: prefix) else { return nil }
        var rest = text[start.upperBound...]
        var qualifier = ""
        for (word, name) in [("about ", "about"), ("About ", "about"), ("khoảng ", "about"), ("at least ", "at least"), ("at most ", "at most"),
                             ("more than ", "more than"), ("less than ", "less than")] where rest.hasPrefix(word) {
            qualifier = name; rest = rest.dropFirst(word.count)
        }
        var sign = 1.0
        if rest.hasPrefix("−") || rest.hasPrefix("-") { sign = -1; rest = rest.dropFirst() } else if rest.hasPrefix("+") { rest = rest.dropFirst() }
        let (point, group): (Character, Character) = vi ? (",", ".") : (".", ",")
        let digits = String(rest.prefix { $0.isNumber || $0 == point || $0 == group })
        guard let number = Double(digits.filter { $0 != group }.map { $0 == point ? "." : String($0) }.joined()) else { return nil }
        let decimals = digits.firstIndex(of: point).map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        var after = rest.dropFirst(digits.count)
        // "13–35%": the unit is the range's.
        if after.hasPrefix("–") { after = after.dropFirst().drop { $0.isNumber || $0 == point || $0 == group } }
        let scale: Double = after.hasPrefix("%") ? 0.01 : after.hasPrefix(" billion") || after.hasPrefix(" tỷ") ? 1e9
            : after.hasPrefix(" million") || after.hasPrefix(" triệu") ? 1e6 : 1
        return Shown(value: sign * number * scale, halfUnit: 0.5 * pow(10, -Double(decimals)) * scale, qualifier: qualifier)
    }

    // MARK: the table

    struct Row: CustomStringConvertible {
        var figure: String
        var shown: String
        var value: Double?
        var independent: Double
        var tolerance: Double
        /// The qualifier the shown figure must carry ("about", "approximate", …), nil when not checked.
        var expectedQualifier: String?
        var shownQualifier: String?
        var description: String {
            "\(figure) [\(shown)]: \(value.map { "\($0)" } ?? "missing") vs \(independent) (±\(tolerance))"
                + (expectedQualifier.map { ", qualifier \(shownQualifier ?? "none") (expected \($0))" } ?? "")
        }
        var holds: Bool {
            guard let value, abs(value - independent) <= tolerance else { return false }
            return expectedQualifier == nil || expectedQualifier == shownQualifier
        }
    }

    /// The pack, `targets`, `scenarios` and `track` of the shipped dataset, written and read once.
    struct Outputs {
        var report: String
        var reportVi: String
        var figures: FiguresCSV
        var targets: [String: Any]
        var scenarios: [String: Any]
        var track: [String: Any]
        var trackSep: [String: Any]
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let command = try TradeChartCommand.parseAsRoot(arguments + ["--format", "json"])
        let text: String
        switch command {
        case let c as TrackCommand: text = try c.output()
        case let c as TargetsCommand: text = try c.output()
        case let c as ScenariosCommand: text = try c.output()
        default: throw CocoaError(.featureUnsupported)
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func pack(_ language: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tradechart-audit-\(language)-\(UUID().uuidString)")
        var command = try TradeChartCommand.parseAsRoot(["report", "--out", dir.path, "--formats", "svg", "--lang", language, "--force"])
        try command.run()
        return dir
    }

    static func outputs() throws -> Outputs {
        let en = try pack("en"), vi = try pack("vi")
        defer { try? FileManager.default.removeItem(at: en); try? FileManager.default.removeItem(at: vi) }
        return Outputs(
            report: try String(contentsOf: en.appendingPathComponent("report.md"), encoding: .utf8),
            reportVi: try String(contentsOf: vi.appendingPathComponent("report.md"), encoding: .utf8),
            figures: FiguresCSV(try String(contentsOf: en.appendingPathComponent("figures.csv"), encoding: .utf8)),
            targets: try json(["targets"]), scenarios: try json(["scenarios"]),
            track: try json(["track"]), trackSep: try json(["track", "--as-of", "2025-09"]))
    }

    /// Builds the table: each `csv`, `text`, `json` call adds one row.
    struct Table {
        var rows: [Row] = []
        let out: Outputs

        /// A figures.csv row: its value column (6 decimals for rates) and its qualifier column.
        mutating func csv(_ figure: String, _ chart: String, _ label: String, _ period: String?, _ independent: Double,
                          qualifier: String? = nil, prefix: Bool = false) {
            let r = out.figures.row(chart, label, period, prefix: prefix)
            rows.append(Row(figure: figure, shown: "figures.csv \(chart) '\(label)' \(period ?? "")", value: r.flatMap { Double($0[3]) },
                            independent: independent, tolerance: max(5.1e-7, 1e-9 * abs(independent)),
                            expectedQualifier: qualifier, shownQualifier: r?[7]))
        }

        /// A number in a sentence of report.md (or the Vietnamese one), to the digits it is shown with.
        mutating func text(_ figure: String, after prefix: String, _ independent: Double, qualifier: String? = nil, vi: Bool = false,
                           slack: Double = 0, line containing: String? = nil) {
            var source = vi ? out.reportVi : out.report
            if let containing { source = source.split(separator: "\n").first { $0.contains(containing) }.map(String.init) ?? "" }
            let s = AuditTests.shown(source, after: prefix, vi: vi)
            rows.append(Row(figure: figure, shown: "report\(vi ? " (vi)" : "").md after '\(prefix)'", value: s?.value, independent: independent,
                            tolerance: (s?.halfUnit ?? 0) * 1.0001 + 1e-12 + slack, expectedQualifier: qualifier, shownQualifier: s?.qualifier))
        }

        /// A JSON value, to 1e-9.
        mutating func json(_ figure: String, _ shown: String, _ value: Double?, _ independent: Double, tolerance: Double? = nil) {
            rows.append(Row(figure: figure, shown: shown, value: value, independent: independent,
                            tolerance: tolerance ?? 1e-9 * max(1, abs(independent))))
        }
    }

    static func object(_ any: Any?) -> [String: Any]? { any as? [String: Any] }
    static func list(_ any: Any?) -> [[String: Any]] { any as? [[String: Any]] ?? [] }

    /// Standard normal upper tail.
    static func upperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.squareRoot()) }

    // swiftlint:disable:next function_body_length
    static func table() throws -> [Row] {
        let trade = try rows("trade.csv"), investment = try rows("investment.csv"), other = try rows("other.csv")
        let out = try outputs()
        var tb = Table(out: out)
        func t(_ period: String) throws -> Double { try #require(pick(trade, "trade_total", period)).value }
        func raw(_ rows: [Raw], _ series: String, _ period: String) throws -> Raw { try #require(pick(rows, series, period)) }
        func i(_ period: String) throws -> Double { try raw(investment, "investment_registered", period).value }
        let t24 = try t("2024"), t25 = try t("2025")
        let base = t25, baseYear = 2025

        // Key figures.
        tb.csv("two-way trade 2025", "report", "Two-way trade", "2025", base)
        tb.text("two-way trade 2025", after: "| Two-way trade | ", base)
        let rounded = try #require(trade.first { $0.series == "trade_total" && $0.period == "2025" && $0.preferred != "yes" })
        tb.csv("two-way trade 2025, the other report (~3000)", "report", "Two-way trade, also reported", "2025", rounded.value, qualifier: "approximate")
        tb.csv("growth 2025 on 2024", "report", "Growth of two-way trade", "2024→2025", t25 / t24 - 1)
        tb.text("growth 2025 on 2024", after: "| Growth of two-way trade | ", t25 / t24 - 1)
        let stated2025 = try #require(statedRatio(try raw(trade, "trade_total", "2025").note))
        tb.csv("growth 2025 as stated", "report", "Growth of two-way trade, as stated", "2025", stated2025 - 1)
        tb.text("growth 2025 as stated", after: "computed; ", stated2025 - 1)
        tb.csv("exports 2025", "report", "Vietnam's exports to Laos", "2025", try raw(trade, "exports", "2025").value)
        tb.csv("imports 2025", "report", "Vietnam's imports from Laos", "2025", try raw(trade, "imports", "2025").value)
        tb.csv("registered investment 2025", "report", "Registered investment", "2025", try i("2025"))
        tb.text("registered investment 2025", after: "| Registered investment | ", try i("2025"))
        tb.csv("registered investment Jan–Nov 2025", "report", "Registered investment (part year)", "2025-01..2025-11", try i("2025-01..2025-11"))
        let cumulative = try raw(investment, "investment_cumulative", "2025-12")
        tb.csv("cumulative registered Dec 2025 (>6210)", "report", "Cumulative registered investment", "2025-12", cumulative.value, qualifier: cumulative.qualifier)
        tb.text("cumulative registered Dec 2025", after: "| Cumulative registered investment | ", cumulative.value, qualifier: "more than")
        tb.csv("valid projects Nov 2025", "report", "Valid investment projects", "2025-11", try raw(investment, "investment_projects", "2025-11").value)
        for (series, label) in [("scholarships_vn_to_lao", "Scholarships from Vietnam to Laos"),
                                ("scholarships_vn_to_lao_additional", "Additional scholarships from Vietnam to Laos"),
                                ("scholarships_lao_to_vn", "Scholarships from Laos to Vietnam")] {
            tb.csv(label, "report", label, "2025", try raw(other, series, "2025").value)
        }

        // What the targets need: 5 bn by 2027 and by 2028 (a 2027..2028 deadline), 10 bn at horizons (no year).
        let targetsJSON = list(out.targets["targets"])
        for (year, prose) in [(2027, "must grow "), (2028, "; by 2028, ")] {
            let need = pow(5e9 / base, 1 / Double(year - baseYear)) - 1
            tb.csv("5 bn by \(year) needs", "report", "Growth a year needed for 5 billion USD by \(year)", "2025→\(year)", need)
            tb.csv("5 bn by \(year) needs", "required-growth", "Growth a year needed for 5 billion USD by \(year)", "2025→\(year)", need)
            tb.csv("5 bn by \(year) needs", "trade-vs-target", "Growth a year needed for 5 billion USD by \(year)", "2025→\(year)", need)
            tb.text("5 bn by \(year) needs", after: prose, need)
            tb.json("5 bn by \(year) needs", "targets JSON targets[\(year)].requiredAnnualGrowth",
                    targetsJSON.first { $0["year"] as? Int == year && $0["value"] as? Double == 5e9 }?["requiredAnnualGrowth"] as? Double, need)
        }
        let tenBn = list(object(list(out.targets["levelTargets"]).first { $0["value"] as? Double == 1e10 })?["horizons"])
        for (k, year) in [2028, 2030, 2035].enumerated() {
            let need = pow(1e10 / base, 1 / Double(year - baseYear)) - 1
            tb.csv("10 bn if by \(year) needs", "report", "Growth a year needed for 10 billion USD if reached by \(year) (no year stated)", "2025→\(year)", need)
            tb.json("10 bn if by \(year) needs", "targets JSON levelTargets[10 bn].horizons", tenBn.first { $0["year"] as? Int == year }?["requiredAnnualGrowth"] as? Double, need)
            tb.text("10 bn if by \(year) needs", after: k == 0 ? "Reaching it needs " : "a year by \([2028, 2030][k - 1]), ", need)
        }

        // Recent rates: momentum, 3- and 5-year compound rates (2020 is "~1000": about).
        let momentum = t25 / t24 - 1, cagr3 = pow(t25 / (try t("2022")), 1.0 / 3) - 1, cagr5 = pow(t25 / (try t("2020")), 0.2) - 1
        let rates = list(out.targets["rates"])
        for (id, label, value, words, qualifier) in [("momentum", "Last year's growth", momentum, "last year's growth ", ""),
                                                     ("cagr3", "3-year compound rate", cagr3, "3-year compound rate ", ""),
                                                     ("cagr5", "5-year compound rate", cagr5, "5-year compound rate ", "approximate")] {
            for chart in ["report", "sensitivity", "required-growth"] {
                tb.csv(label, chart, label, nil, value, qualifier: qualifier)
            }
            tb.text(label, after: words, value, qualifier: qualifier.isEmpty ? "" : "about")
            tb.json(label, "targets JSON rates[\(id)]", object(object(rates.first { $0["id"] as? String == id })?["rate"])?["value"] as? Double, value)
        }
        tb.text("5-year compound rate (vi)", after: "tăng trưởng bình quân 5 năm ", cagr5, qualifier: "about", vi: true)
        tb.text("5-year rate in the windows table", after: "| Last 5 years (= since the 2020 trough) | 2020→2025 | 5 | none | ", cagr5, qualifier: "about")
        tb.text("5-year rate scenario's name", after: "- 5-year rate, ", cagr5, qualifier: "about")

        // The year so far: the rest of the year after each part-year figure, against the same months of 2024
        // implied by the growth each source states.
        let parts: [(period: String, label: String, rest: String, restPeriod: String)] = [
            ("2025-Q1", "Apr–Dec 2025", "after Jan–Mar 2025, Apr–Dec", "2025-04..2025-12"),
            ("2025-H1", "Jul–Dec 2025", "after Jan–Jun 2025, the second half", "2025-H2"),
            ("2025-01..2025-07", "Aug–Dec 2025", "after Jan–Jul 2025, Aug–Dec", "2025-08..2025-12"),
            ("2025-01..2025-09", "Oct–Dec 2025", "after Jan–Sep 2025, the fourth quarter", "2025-Q4"),
            ("2025-01..2025-10", "Nov–Dec 2025", "after Jan–Oct 2025, Nov–Dec", "2025-11..2025-12"),
            ("2025-01..2025-11", "Dec 2025", "after Jan–Nov 2025, Dec", "2025-12"),
        ]
        let priorYTD = { (period: String) throws -> Double in
            let r = try raw(trade, "trade_total", period)
            return r.value / (try #require(statedRatio(r.note)))
        }
        let trackRemainders = list(out.track["remainders"])
        for part in parts {
            let r = try raw(trade, "trade_total", part.period)
            let restValue = t25 - r.value, restGrowth = restValue / (t24 - (try priorYTD(part.period))) - 1
            // A lower bound so far (">980") leaves the rest at most its figure; a derived base makes the rest approximate.
            let q = r.qualifier == "atLeast" ? "atMost" : "approximate"
            tb.csv("rest of 2025 after \(part.period)", "report", "Growth of the rest of the year on a year earlier, \(part.label)", part.restPeriod, restGrowth, qualifier: q)
            tb.csv("rest of 2025 after \(part.period), value", "report", "Value of the rest of the year, \(part.label)", part.restPeriod, restValue,
                   qualifier: r.qualifier == "atLeast" ? "atMost" : r.qualifier == "approximate" ? "approximate" : "")
            tb.json("rest of 2025 after \(part.period)", "track JSON remainders[after \(part.period)].growth",
                    trackRemainders.first { $0["after"] as? String == part.period }?["growth"] as? Double, restGrowth)
            tb.text("rest of 2025 after \(part.period)", after: "\(part.rest) ", restValue, qualifier: r.qualifier == "atLeast" ? "less than" : r.qualifier == "approximate" ? "about" : "")
            tb.csv("same months of 2024 as \(part.period)", "this-year", "Cumulative from January, 2024", part.period.replacingOccurrences(of: "2025", with: "2024"),
                   try priorYTD(part.period), qualifier: "approximate")
        }
        let h1 = try raw(trade, "trade_total", "2025-H1").value
        let h2 = (t25 - h1) / (t24 - (try priorYTD("2025-H1"))) - 1
        tb.text("second half of 2025 on a year earlier", after: "the second half 1.2 billion USD (", h2, qualifier: "about")
        tb.csv("second half of 2025, as the report states it", "report",
               "Growth of the rest of the year on a year earlier: the second half of 2025", "2025-H2", h2, qualifier: "approximate")
        tb.text("second half of 2025, the headline's round figure", after: "the second half of 2025 fell ", -h2, qualifier: "about", slack: 0.005)
        tb.text("second half of 2025 in the scenarios chart's title", after: "but the second half of 2025 fell ", -h2, qualifier: "about", slack: 0.005)
        let sep = try raw(trade, "trade_total", "2025-01..2025-09").value
        tb.json("July–September 2025 on a year earlier", "track --as-of 2025-09 remainders[after 2025-H1].growth",
                list(out.trackSep["remainders"]).first { $0["after"] as? String == "2025-H1" }?["growth"] as? Double,
                (sep - h1) / ((try priorYTD("2025-01..2025-09")) - (try priorYTD("2025-H1"))) - 1)
        let latest = object(out.track["latest"])
        tb.json("2025 year to date = the full year", "track JSON latest.value", latest?["value"] as? Double, t25)
        tb.json("2025 on 2024", "track JSON latest.growth", latest?["growth"] as? Double, t25 / t24 - 1)
        tb.text("2025 on 2024 (this year so far)", after: "2025: 2.98 billion USD (preliminary), ", t25 / t24 - 1)
        // The targets' paths for 2025, from 2024: the goal's low end and the constant rates to 5 bn by 2027 and 2028.
        let trackRequired = list(out.track["required"])
        for (label, rate, deadline) in [("Annual goal's low end (10%)", 0.10, nil as Int?),
                                        ("Path from 2024 to 5 billion by 2027 (30.5% a year)", pow(5e9 / t24, 1.0 / 3) - 1, 2027 as Int?),
                                        ("Path from 2024 to 5 billion by 2028 (22.1% a year)", pow(5e9 / t24, 0.25) - 1, 2028 as Int?)] {
            tb.csv("2025 on the path: \(label)", "this-year", "Full-year value on the path: \(label)", "2025", t24 * (1 + rate))
            tb.csv("growth of the path: \(label)", "report", "Growth a year of the path: \(label)", nil, rate)
            tb.json("2025 on the path: \(label)", "track JSON required.yearValue",
                    trackRequired.first { ($0["deadline"] as? Int) == deadline }?["yearValue"] as? Double, t24 * (1 + rate))
        }

        // Like for like: the multiples and growth the sources state against the dataset's own like-for-like figures.
        let janNov25 = try raw(investment, "investment_registered", "2025-01..2025-11")
        let janNov24 = try i("2024-01..2024-11"), full = try i("2025") / (try i("2024"))
        let multiple = janNov25.value / janNov24
        tb.csv("investment Jan–Nov 2025 on Jan–Nov 2024", "report", "Change recomputed from the dataset: Vietnam's registered investment in Laos",
               "2024-01..2024-11→2025-01..2025-11", multiple)
        tb.csv("investment multiple as stated (7.5×)", "report", "Change as stated by the source: Vietnam's registered investment in Laos",
               "2025-01..2025-11", try #require(statedRatio(janNov25.note)))
        tb.text("investment multiple as stated (7.5×)", after: "in Laos | Jan–Nov 2025 | ", try #require(statedRatio(janNov25.note)))
        tb.text("investment Jan–Nov 2025 on Jan–Nov 2024", after: "| Jan–Nov 2025 | 7.5× (Quan Doi Nhan Dan (English)) | ", multiple)
        tb.text("investment Jan–Nov 2025 on Jan–Nov 2024 (caveat)", after: "like-for-like figures give ", multiple)
        tb.csv("investment 2025 on 2024, full years", "report", "Change recomputed from the dataset: Vietnam's registered investment in Laos (full year)", "2024→2025", full)
        tb.text("investment 2025 on 2024, full years", after: "Full year on full year (2025): ", full)
        tb.text("investment 2025 on 2024, full years (caveat)", after: "160.68 million) and ", full)
        let janAug = try raw(investment, "investment_registered", "2025-01..2025-08")
        tb.csv("investment Jan–Aug 2025 on Jan–Aug 2024", "report", "Change recomputed from the dataset: Vietnam's registered investment in Laos",
               "2024-01..2024-08→2025-01..2025-08", janAug.value / (try i("2024-01..2024-08")))
        tb.csv("investment Jan–Aug multiple as stated (6×)", "report", "Change as stated by the source: Vietnam's registered investment in Laos",
               "2025-01..2025-08", try #require(statedRatio(janAug.note)))
        tb.csv("investment 2022 on 2021", "report", "Change recomputed from the dataset: Vietnam's registered investment in Laos", "2021→2022",
               try i("2022") / (try i("2021")))
        for (year, qualifier) in [(2012, ""), (2018, "atLeast"), (2024, "approximate"), (2025, "")] {
            let now = try raw(trade, "trade_total", "\(year)"), before = try raw(trade, "trade_total", "\(year - 1)")
            tb.csv("trade \(year) on \(year - 1), recomputed", "report", "Change recomputed from the dataset: Two-way trade", "\(year - 1)→\(year)",
                   now.value / before.value, qualifier: qualifier)
            let stated = try #require(statedRatio(now.note))
            tb.csv("trade \(year) as stated", "report", "Change as stated by the source: Two-way trade", "\(year)", stated)
            tb.csv("\(year - 1) base the stated change implies", "report", "Base implied by the stated change: Two-way trade", "\(year - 1)",
                   now.value / stated, qualifier: "approximate")
        }
        tb.text("trade 2018 on 2017 against a lower bound", after: "| Two-way trade | 2018 | +13% (VietnamPlus (MoIT)) | ",
                try t("2018") / (try t("2017")) - 1, qualifier: "at least")
        tb.text("trade 2024 on 2023 (stated +38.2%)", after: "| Two-way trade | 2024 | +38.2% (vietlaotrade.com (MoIT)) | ",
                t24 / (try t("2023")) - 1, qualifier: "about")

        // The balance of the rounded parts, and every year's balance.
        let exports = { (y: Int) in pick(trade, "exports", "\(y)") }, imports = { (y: Int) in pick(trade, "imports", "\(y)") }
        for year in 2010...2025 {
            guard let e = exports(year), let m = imports(year) else { continue }
            // A balance is approximate when a part is, or when its parts come from two compilers, or do not add to the total.
            tb.csv("balance \(year)", "exports-imports", "Balance", "\(year)", e.value - m.value)
        }
        let balance = try #require(exports(2025)).value - (try #require(imports(2025))).value
        tb.csv("balance 2025 (rounded parts)", "report", "Balance", "2025", balance, qualifier: "approximate")
        tb.text("balance 2025 (rounded parts)", after: "The 2025 balance, ", balance, qualifier: "about")
        tb.text("balance 2025 in the exports–imports title", after: "a balance of ", balance, qualifier: "about")
        tb.text("the parts add up to", after: "1.9 billion USD add up to ", try #require(exports(2025)).value + (try #require(imports(2025))).value)

        // ±2% revision of the preliminary base.
        let revisions = list(out.targets["revisionSensitivity"])
        for year in [2027, 2028] {
            let n = Double(year - baseYear)
            let down = pow(5e9 / (base * 0.98), 1 / n) - 1, up = pow(5e9 / (base * 1.02), 1 / n) - 1
            tb.csv("5 bn by \(year), base revised down 2%", "report", "Growth a year needed for 5 billion USD by \(year) if the base is revised down", nil, down)
            tb.csv("5 bn by \(year), base revised up 2%", "report", "Growth a year needed for 5 billion USD by \(year) if the base is revised up", nil, up)
            let shown = revisions.first { $0["year"] as? Int == year }
            tb.json("5 bn by \(year), base revised down 2%", "targets JSON revisionSensitivity", shown?["requiredIfRevisedDown"] as? Double, down)
            tb.json("5 bn by \(year), base revised up 2%", "targets JSON revisionSensitivity", shown?["requiredIfRevisedUp"] as? Double, up)
            tb.text("5 bn by \(year), base revised up 2%", after: "5 billion by \(year) needs ", up)
            tb.text("5 bn by \(year), base revised down 2%", after: "5 billion by \(year) needs \(year == 2027 ? "28.3" : "18")–", down)
        }

        // The annual goal (10–15%) against the level targets, and its record.
        let goalLow = 0.10, goalHigh = 0.15
        var met = 0, missed = 0, unknown = 0, joins: [Int] = []
        for year in 2011...2025 {
            guard let now = pick(trade, "trade_total", "\(year)"), let before = pick(trade, "trade_total", "\(year - 1)") else { continue }
            if now.source != before.source, now.status == "derived" || before.status == "derived" { joins.append(year); continue }
            let low = now.low.flatMap { a in before.high.map { a / $0 - 1 } }, high = now.high.flatMap { b in before.low.map { b / $0 - 1 } }
            if let low, low >= goalLow { met += 1 } else if let high, high < goalLow { missed += 1 } else { unknown += 1 }
        }
        let policy = object(list(out.targets["policyConsistency"]).first)
        tb.csv("years the goal's low end was met", "report", "Years the goal's low end was met: Annual growth of 10–15%", nil, Double(met))
        tb.text("years the goal's low end was met", after: "growth reached 10% or more in ", Double(met))
        tb.csv("years the goal's record covers", "report", "Years the goal's record covers: Annual growth of 10–15%", nil, Double(met + missed + unknown))
        tb.text("years judged", after: "or more in \(met) of ", Double(met + missed + unknown))
        tb.json("years the goal's low end was met", "targets JSON policyConsistency.metYears", (policy?["metYears"] as? [Int]).map { Double($0.count) }, Double(met))
        tb.json("years missed", "targets JSON policyConsistency.missedYears", (policy?["missedYears"] as? [Int]).map { Double($0.count) }, Double(missed))
        tb.json("changes joining two sources, not counted", "targets JSON policyConsistency.joinYears", (policy?["joinYears"] as? [Int])?.first.map(Double.init),
                Double(try #require(joins.first)))
        let atHigh = Double(baseYear) + (log(5e9 / base) / log(1 + goalHigh)).rounded(.up)
        tb.text("5 bn at the goal's high end (15%)", after: "(at the goal's high end it comes in ", atHigh)

        // Windows: compound rates, the changes used, the log mean and SD of the yearly changes, shares of paths.
        let windows = list(object(out.scenarios["fanMethod"])?["windows"])
        for (id, from, label, qualifier) in [("5y", 2020, "5-year compound rate", "approximate"), ("10y", 2015, "10-year compound rate", ""),
                                             ("all", 2010, "15-year compound rate", "")] {
            let rate = pow(t25 / (try t("\(from)")), 1 / Double(baseYear - from)) - 1
            tb.csv("\(label) (window \(id))", "report", label, "\(from)→2025", rate, qualifier: qualifier)
            tb.json("\(label) (window \(id))", "scenarios JSON fanMethod.windows[\(id)].compoundRate",
                    object(object(windows.first { $0["id"] as? String == id || ($0["sameAs"] as? [String] ?? []).contains(id) })?["compoundRate"])?["value"] as? Double, rate)
        }
        tb.text("10-year compound rate in the windows table", after: "| Last 10 years | 2015→2025 | 8 | 2018–2019 | ", pow(t25 / (try t("2015")), 0.1) - 1)
        /// The log changes of a window (the years into which the change runs), the independent rules.
        func changes(_ years: ClosedRange<Int>) throws -> [Double] {
            try years.compactMap { year in
                let now = try raw(trade, "trade_total", "\(year)"), before = try raw(trade, "trade_total", "\(year - 1)")
                if now.isBound || before.isBound { return nil }
                if now.source != before.source, now.status == "derived" || before.status == "derived" { return nil }
                return log(now.value / before.value)
            }
        }
        var moments: [String: (mean: Double, sd: Double)] = [:]
        for (id, years) in [("5y", 2021...2025), ("10y", 2016...2025), ("all", 2011...2025)] {
            let logs = try changes(years)
            let mean = logs.reduce(0, +) / Double(logs.count)
            let sd = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(logs.count - 1)).squareRoot()
            moments[id] = (mean, sd)
            let w = windows.first { $0["id"] as? String == id || ($0["sameAs"] as? [String] ?? []).contains(id) }
            tb.json("changes used, window \(id)", "scenarios JSON fanMethod.windows[\(id)].used", (w?["used"] as? [Any]).map { Double($0.count) }, Double(logs.count))
            tb.json("mean log change, window \(id)", "scenarios JSON fanMethod.windows[\(id)].logMean", w?["logMean"] as? Double, mean)
            tb.json("SD of log changes, window \(id)", "scenarios JSON fanMethod.windows[\(id)].logSD", w?["logSD"] as? Double, sd)
        }
        let all = try #require(moments["all"])
        tb.csv("SD of log changes, all years", "report", "Standard deviation of log yearly changes", "2010→2025", all.sd)
        tb.csv("median yearly growth of the simulation", "report", "Median yearly growth of the simulation", "2010→2025", exp(all.mean) - 1)
        tb.text("SD of log changes, all years", after: "(a log standard deviation of ", all.sd)
        tb.text("median yearly growth of the simulation", after: "median growth ", exp(all.mean) - 1)
        // Shares of paths reaching 5 bn: within the model's bounds, the same in JSON, figures.csv and the report table.
        let probabilities = list(out.scenarios["probabilities"])
        var byYear: [Int: [Double]] = [:]
        for (id, label) in [("5y", "Last 5 years (= since the 2020 trough)"), ("10y", "Last 10 years"), ("all", "All years (= last 15 years)")] {
            let m = try #require(moments[id])
            for year in [2027, 2028] {
                let atYear = { (y: Int) in upperTail((log(5e9 / base) - Double(y - baseYear) * m.mean) / (m.sd * Double(y - baseYear).squareRoot())) }
                let low = atYear(year), high = min(1, (baseYear + 1...year).map(atYear).reduce(0, +))
                let p = probabilities.first { $0["window"] as? String == id && $0["year"] as? Int == year }?["p"] as? Double
                tb.json("share of paths at 5 bn by \(year), window \(id)", "scenarios JSON probabilities", p, (low + high) / 2,
                        tolerance: (high - low) / 2 + 0.015)
                tb.csv("share of paths at 5 bn by \(year), window \(id)", "report",
                       "Share of simulated paths at 5 billion USD or more by \(year) (\(label))", nil, try #require(p))
                byYear[year, default: []].append(try #require(p))
            }
            let p27 = probabilities.first { $0["window"] as? String == id && $0["year"] as? Int == 2027 }?["p"] as? Double ?? 1
            let p28 = probabilities.first { $0["window"] as? String == id && $0["year"] as? Int == 2028 }?["p"] as? Double ?? 0
            tb.json("reaching by 2027 implies reaching by 2028, window \(id)", "scenarios JSON probabilities (P2028 − P2027 ≥ 0)",
                    max(0, p27 - p28), 0, tolerance: 0)
        }
        let spread27 = try #require(byYear[2027]), spread28 = try #require(byYear[2028])
        tb.text("lowest share by 2027 across windows", after: "in about 1 in 8 of them (", try #require(spread27.min()))
        tb.text("highest share by 2027 across windows", after: "(13–", try #require(spread27.max()))
        tb.text("lowest share by 2028 across windows", after: "in about 3 in 10 of them (", try #require(spread28.min()))
        tb.text("highest share by 2028 across windows", after: "(28–", try #require(spread28.max()))
        let headline27 = probabilities.first { $0["window"] as? String == "all" && $0["year"] as? Int == 2027 }?["p"] as? Double
        let headline28 = probabilities.first { $0["window"] as? String == "all" && $0["year"] as? Int == 2028 }?["p"] as? Double
        tb.json("'about 1 in 8' by 2027 (all years)", "report.md prose", 1.0 / 8, try #require(headline27), tolerance: 0.0125)
        tb.json("'about 3 in 10' by 2028 (all years)", "report.md prose", 3.0 / 10, try #require(headline28), tolerance: 0.025)

        // Scenarios: each default rate held from 2025: the 2030 value, the year 5 bn is reached, the 2028 gap.
        let required27 = pow(5e9 / base, 0.5) - 1
        for (name, rate) in [("Momentum", momentum), ("Required", required27), ("5-year rate", cagr5), ("Annual goal, 15%", 0.15), ("Annual goal, 10%", 0.10)] {
            let end = base * pow(1 + rate, 5), gap = base * pow(1 + rate, 3) - 5e9
            let reach = (1...5).first { base * pow(1 + rate, Double($0)) >= 5e9 }.map { Double(baseYear + $0) } ?? Double(baseYear + 6)
            tb.csv("\(name): 2030 value", "scenarios", name, "2030", end, prefix: true)
            tb.csv("\(name): 2028 gap to 5 bn", "reach-years", name, "2028", gap, prefix: true)
            tb.csv("\(name): year 5 bn is reached", "reach-years", name, "2025→2030", reach, prefix: true)
        }
        for year in 2026...2030 {
            tb.csv("momentum projection \(year)", "trade-vs-target", "Momentum projection", "\(year)", base * pow(1 + momentum, Double(year - baseYear)))
        }
        // The sensitivity grid: every cell is the base compounded at its rate.
        for rate in stride(from: 0, through: 40, by: 5) {
            for year in 2026...2030 {
                tb.csv("grid \(rate)% \(year)", "sensitivity", "Value at \(rate)% a year", "\(year)", base * pow(1 + Double(rate) / 100, Double(year - baseYear)))
            }
        }

        // Growth bars: every full year on the one before, with the qualifier of its end points.
        for year in 2011...2025 {
            let now = try raw(trade, "trade_total", "\(year)"), before = try raw(trade, "trade_total", "\(year - 1)")
            let q = [now, before].contains { $0.qualifier == "atLeast" || $0.qualifier == "atMost" }
                ? (now.qualifier == "atLeast" || before.qualifier == "atMost" ? "atLeast" : "atMost")
                : [now, before].contains { $0.qualifier == "range" } ? "range" : [now, before].contains { $0.qualifier == "approximate" } ? "approximate" : ""
            tb.csv("growth \(year)", "growth", "Growth of two-way trade", "\(year - 1)→\(year)", now.value / before.value - 1, qualifier: q)
        }

        // Earlier targets: the share reached in the deadline year, or in the year first met.
        for (label, level, year, qualifier) in [("1 billion USD by 2015", 1e9, 2013, ""), ("2 billion USD in 2015", 2e9, 2015, ""),
                                                ("4 billion USD by 2020", 4e9, 2020, "approximate"), ("5 billion USD in 2020", 5e9, 2020, "approximate"),
                                                ("5 billion USD within 2–3 years", 5e9, 2025, "")] {
            tb.csv("share of \(label) reached", "past-targets", "Share of the target reached: \(label)", "\(year)", (try t("\(year)")) / level, qualifier: qualifier)
        }
        // 3 of 4: the closed targets (deadline up to 2025) not reached by their deadline.
        let closed: [(Double, Int)] = [(1e9, 2015), (2e9, 2015), (5e9, 2020), (4e9, 2020)]
        let missedTargets = try closed.filter { level, deadline in try (2010...deadline).allSatisfy { (try t("\($0)")) < level } }.count
        tb.text("earlier targets missed", after: "### ", Double(missedTargets), line: "earlier trade targets")
        tb.text("earlier targets, closed", after: "### \(missedTargets) of ", Double(closed.count), line: "earlier trade targets")

        // Registered against realised investment: the share at each date both are reported.
        var shares: [Double] = []
        for date in ["2023-09", "2024-08", "2024-12", "2025-04", "2025-11"] {
            let share = try raw(investment, "investment_realized_cumulative", date).value / (try raw(investment, "investment_cumulative", date).value)
            shares.append(share)
            tb.csv("realised share of registered, \(date)", "investment-stock", "Realised as a share of registered", date, share, qualifier: "approximate")
        }
        tb.text("realised, Nov 2025", after: "### ", try raw(investment, "investment_realized_cumulative", "2025-11").value, qualifier: "about",
                line: "registered had been realised")
        tb.text("registered, Nov 2025", after: "billion USD of the ", try raw(investment, "investment_cumulative", "2025-11").value)
        tb.text("lowest realised share", after: "realised capital was about ", try #require(shares.min()))
        tb.text("highest realised share", after: "realised capital was about 49–", try #require(shares.max()))
        return tb.rows
    }

    @Test("the audit table: every figure shown equals its independent recomputation, qualifiers carried")
    func audit() throws {
        let table = try Self.table()
        for row in table { #expect(row.holds, "\(row)") }
        print("audit table: \(table.count) rows")
        #expect(table.count >= 250, "the audit table has \(table.count) rows")
    }

    @Test("no deadline for the yearless target, and the scenarios window in its clean JSON shape")
    func shapes() throws {
        let out = try Self.outputs()
        let tenBn = out.figures.rows.filter { $0.count >= 4 && $0[1] == "Target level" || $0.count >= 4 && $0[1] == "10 billion USD in the coming years" }
        #expect(tenBn.filter { Double($0[3]) == 1e10 }.allSatisfy { $0[2] == "no year stated" })
        let windows = Self.list(Self.object(out.scenarios["fanMethod"])?["windows"])
        let five = try #require(windows.first { $0["id"] as? String == "5y" })
        #expect(Self.object(five["window"])?["kind"] as? String == "lastYears" && Self.object(five["window"])?["years"] as? Int == 5)
        let all = try #require(windows.first { ($0["sameAs"] as? [String] ?? []).contains("all") })
        #expect(Self.object(all["window"])?["kind"] as? String == "lastYears" && Self.object(all["window"])?["years"] as? Int == 15)
        #expect(windows.allSatisfy { w in ["lastYears", "sinceTrough", "allYears"].contains(Self.object(w["window"])?["kind"] as? String ?? "") })
        let command = try #require(try TradeChartCommand.parseAsRoot(["scenarios", "--format", "json"]) as? ScenariosCommand)
        #expect(!(try command.output()).contains("\"_0\""))
        // A rate from an approximate end point is never shown bare.
        #expect(!out.report.contains("5-year compound rate 24.4%") && !out.report.contains("5-year rate, 24.4%"))
        #expect(out.reportVi.contains("khoảng 24,4%"))
        // The record names the join it leaves out.
        #expect(out.report.contains("not counted: 2011"))
    }
}
