import Foundation
import Testing
import TradeAnalysis
import TradeData
@testable import TradeChartCLI

/// The audit's table as a test: each figure the tool shows (where, and its value there) against the
/// same figure recomputed here from the raw rows of `datasets/vietnam-laos/*.csv`, read by a few
/// lines of code that share nothing with the data or analysis layers.
@Suite("audit: every figure recomputed independently")
struct AuditTests {
    /// The raw rows of a shipped file: series, period, value (as written), unit, status, source, preferred, note.
    static func rows(_ file: String) throws -> [[String]] {
        let url = Binary.root.appendingPathComponent("datasets/vietnam-laos/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
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
    }

    /// The figure in USD of `series` for `period` (the preferred row when there are several), qualifier signs stripped.
    static func raw(_ rows: [[String]], _ series: String, _ period: String) -> Double? {
        let matching = rows.filter { $0[0] == series && $0[1] == period }
        guard let row = matching.first(where: { $0[6] == "yes" }) ?? matching.last else { return nil }
        let text = row[2].trimmingCharacters(in: CharacterSet(charactersIn: "~><"))
        if let dots = text.range(of: "..") {
            guard let a = Double(text[..<dots.lowerBound]), let b = Double(text[dots.upperBound...]) else { return nil }
            return (a + b) / 2 * 1e6
        }
        return Double(text).map { $0 * 1e6 }
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

    struct Row: CustomStringConvertible {
        var figure: String
        var shown: String
        var value: Double?
        var independent: Double
        var description: String { "\(figure) [\(shown)]: \(value.map { "\($0)" } ?? "missing") vs \(independent)" }
    }

    @Test("the audit table")
    func table() throws {
        let trade = try Self.rows("trade.csv"), investment = try Self.rows("investment.csv")
        func t(_ period: String) throws -> Double { try #require(Self.raw(trade, "trade_total", period)) }
        func i(_ period: String) throws -> Double { try #require(Self.raw(investment, "investment_registered", period)) }
        let track = try Self.json(["track"])
        let trackSep = try Self.json(["track", "--as-of", "2025-09"])
        let scenarios = try Self.json(["scenarios"])
        let remainders = track["remainders"] as? [[String: Any]] ?? []
        func remainder(_ t: [String: Any], after: String) -> Double? {
            (t["remainders"] as? [[String: Any]])?.first { $0["after"] as? String == after }?["growth"] as? Double
        }
        let analyzer = try TargetAnalyzer(dataset: try DatasetInput.valid(nil))
        let likeForLike = Metrics.statedVersusRecomputed(try #require(analyzer.dataset.series("investment_registered")))
        let janNov = likeForLike.first { $0.period == "2025-01..2025-11" && $0.preferred }
        let tradeFacts = Metrics.statedVersusRecomputed(analyzer.series)
        let windows = (scenarios["fanMethod"] as? [String: Any])?["windows"] as? [[String: Any]] ?? []
        let fiveYear = (windows.first { $0["id"] as? String == "5y" }?["compoundRate"] as? [String: Any])?["value"] as? Double
        let balance = Metrics.balanceFigures(exports: try #require(analyzer.dataset.series("exports")),
                                             imports: try #require(analyzer.dataset.series("imports")), total: analyzer.series)
            .first { $0.period == "2025" }
        let targets = try Self.json(["targets"])
        let revision = analyzer.revisionSensitivity().first { $0.year == 2027 }
        let shownRevision = (targets["revisionSensitivity"] as? [[String: Any]])?.first { $0["year"] as? Int == 2027 }
        let h1Prior = try t("2025-H1") / 1.922, sepPrior = try t("2025-01..2025-09") / 1.57
        // Log changes 2012–2017 and 2020–2025: 2011 joins the IMF sum for 2010 to a customs figure,
        // 2018 is a lower bound (so 2018 and 2019 are out), 2019 a range used at its midpoint.
        let years = [2012, 2013, 2014, 2015, 2016, 2017, 2020, 2021, 2022, 2023, 2024, 2025]
        let logs = try years.map { Foundation.log(try t("\($0)") / t("\($0 - 1)")) }
        let allWindow = windows.first { ($0["sameAs"] as? [String] ?? []).contains("all") || $0["id"] as? String == "all" }

        let table: [Row] = [
            Row(figure: "2025 year to date = full year", shown: "track latest.value", value: (track["latest"] as? [String: Any])?["value"] as? Double,
                independent: try t("2025")),
            Row(figure: "2025 growth on 2024", shown: "track latest.growth", value: (track["latest"] as? [String: Any])?["growth"] as? Double,
                independent: try t("2025") / t("2024") - 1),
            Row(figure: "second half of 2025 on the second half of 2024", shown: "track remainders[after 2025-H1]", value: remainder(track, after: "2025-H1"),
                independent: try (t("2025") - t("2025-H1")) / (t("2024") - h1Prior) - 1),
            Row(figure: "October–December 2025 on a year earlier", shown: "track remainders[after Jan–Sep]", value: remainder(track, after: "2025-01..2025-09"),
                independent: try (t("2025") - t("2025-01..2025-09")) / (t("2024") - sepPrior) - 1),
            Row(figure: "July–September 2025 on a year earlier", shown: "track --as-of 2025-09 remainders[after 2025-H1]",
                value: remainder(trackSep, after: "2025-H1"), independent: try (t("2025-01..2025-09") - t("2025-H1")) / (sepPrior - h1Prior) - 1),
            Row(figure: "2025 value on the path to 5 bn by 2027", shown: "track required", value: (track["required"] as? [[String: Any]])?
                .first { $0["deadline"] as? Int == 2027 }?["yearValue"] as? Double, independent: try t("2024") * pow(5e9 / t("2024"), 1.0 / 3)),
            Row(figure: "investment Jan–Nov 2025 on Jan–Nov 2024 (stated 7.5×)", shown: "like for like", value: janNov?.recomputedRatio?.value,
                independent: try i("2025-01..2025-11") / i("2024-01..2024-11")),
            Row(figure: "investment 2025 on 2024, full years", shown: "like for like", value: janNov?.fullYear?.ratio, independent: try i("2025") / i("2024")),
            Row(figure: "2024 growth recomputed (stated +38.2%)", shown: "like for like", value: tradeFacts.first { $0.period == "2024" && $0.preferred }?.recomputedRatio.map { $0.value - 1 },
                independent: try t("2024") / t("2023") - 1),
            Row(figure: "2025 balance (approximate)", shown: "balance", value: balance?.balance.value,
                independent: try #require(Self.raw(trade, "exports", "2025")) - #require(Self.raw(trade, "imports", "2025"))),
            Row(figure: "5 bn by 2027 if 2025 is revised down 2%", shown: "targets JSON revisionSensitivity", value: shownRevision?["requiredIfRevisedDown"] as? Double,
                independent: try (5e9 / (t("2025") * 0.98)).squareRoot() - 1),
            Row(figure: "5 bn by 2027 if 2025 is revised up 2%", shown: "targets JSON revisionSensitivity", value: shownRevision?["requiredIfRevisedUp"] as? Double,
                independent: try (5e9 / (t("2025") * 1.02)).squareRoot() - 1),
            Row(figure: "compound rate 2020→2025", shown: "scenarios fanMethod 5y", value: fiveYear, independent: try pow(t("2025") / t("2020"), 0.2) - 1),
            Row(figure: "mean yearly log change, all years", shown: "scenarios fanMethod all", value: allWindow?["logMean"] as? Double,
                independent: logs.reduce(0, +) / Double(logs.count)),
        ]
        for row in table {
            let value = try #require(row.value, "\(row.figure): not shown in \(row.shown)")
            #expect(abs(value - row.independent) <= 1e-9 * max(1, abs(row.independent)), "\(row)")
        }
        #expect(balance?.approximate == true)
        #expect(revision?.baseStatus == "preliminary")
        #expect(janNov?.stated == .multiple(7.5))
        #expect(!remainders.isEmpty)
    }
}
