import Foundation
import Testing
@testable import TradeChartCLI

/// `tradechart track` on two pairs it was not written against, checked by hand: the expected figures
/// are the sums and ratios of the fixture's rows written out here, not computed by the tracker's code.
/// - Tests/Fixtures/partners/senegal-malaysia: every month of 2024 and January–August 2025 (July and
///   August approximate, August preliminary), a level target and an annual goal;
/// - Tests/Fixtures/partners/portugal-angola-quarterly.csv: a bare CSV (no dataset.yaml) of the
///   quarters of 2024 and Q1–Q3 2025, no yearly 2024 row and no targets.
@Suite("track checked by hand on unseen monthly and quarterly data")
struct TrackHandCheckTests {
    static let monthly = Binary.root.appendingPathComponent("Tests/Fixtures/partners/senegal-malaysia").path
    static let quarterly = Binary.root.appendingPathComponent("Tests/Fixtures/partners/portugal-angola-quarterly.csv").path

    func output(_ arguments: [String]) throws -> String {
        let command = try #require(try TradeChartCommand.parseAsRoot(["track"] + arguments) as? TrackCommand)
        return try command.output()
    }

    func json(_ dataset: String) throws -> [String: Any] {
        let text = try output(["--dataset", dataset, "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func close(_ a: Any?, _ b: Double) -> Bool {
        guard let a = a as? Double else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test("monthly: latest year to date, the rest after each month, what the paths need, the projection")
    func monthly() throws {
        let t = try json(Self.monthly)
        #expect(t["series"] as? String == "trade_total" && t["year"] as? Int == 2025)
        // 2024 by month: 30 32 35 33 36 38 40 37 | 39 41 42 47 (450); 2025: 40 41 44 38 37 38 ~36 ~33.
        let ytd2024 = [30.0, 62, 97, 130, 166, 204, 244, 281], ytd2025 = [40.0, 81, 125, 163, 200, 238, 274, 307]
        let latest = try #require(t["latest"] as? [String: Any])
        #expect(latest["period"] as? String == "2025-01..2025-08")
        #expect(Self.close(latest["value"], 307e6))
        #expect(Self.close(latest["growth"], 307.0 / 281 - 1))
        #expect(latest["qualifier"] as? String == "approximate" && latest["status"] as? String == "preliminary")
        let remainders = try #require(t["remainders"] as? [[String: Any]])
        let afters = ["2025-01", "2025-01..2025-02", "2025-Q1", "2025-01..2025-04", "2025-01..2025-05", "2025-H1", "2025-01..2025-07"]
        let periods = ["2025-02..2025-08", "2025-03..2025-08", "2025-04..2025-08", "2025-05..2025-08", "2025-06..2025-08",
                       "2025-07..2025-08", "2025-08"]
        #expect(remainders.map { $0["after"] as? String } == afters)
        #expect(remainders.map { $0["period"] as? String } == periods)
        for (i, r) in remainders.enumerated() {
            let rest = 307 - ytd2025[i], restBefore = 281 - ytd2024[i]
            #expect(Self.close(r["value"], rest * 1e6), "\(afters[i])")
            #expect(Self.close(r["priorValue"], restBefore * 1e6), "\(afters[i])")
            #expect(Self.close(r["growth"], rest / restBefore - 1), "\(afters[i])")
            #expect(r["growthQualifier"] as? String == "approximate")
        }
        // The first half's rest: July–August 69 against 77, about −10.4%.
        #expect(Self.close(remainders[5]["growth"], 69.0 / 77 - 1))
        let required = try #require(t["required"] as? [[String: Any]])
        let level = try #require(required.first { $0["target"] as? String == "seven_hundred_by_2027" })
        let path = pow(700.0 / 450, 1.0 / 3) - 1
        #expect(Self.close(level["pathGrowth"], path))
        #expect(Self.close(level["yearValue"], 450e6 * (1 + path)))
        #expect(Self.close(level["remainingGrowth"], (450 * (1 + path) - 307) / (450 - 281) - 1))
        let goal = try #require(required.first { $0["target"] as? String == "goal_8_12" })
        #expect(Self.close(goal["yearValue"], 486e6))
        #expect(Self.close(goal["remainingGrowth"], (486.0 - 307) / (450 - 281) - 1))
        #expect(goal["deadline"] is NSNull && goal["targetValue"] is NSNull)
        let projection = try #require(t["projection"] as? [String: Any])
        #expect(projection["method"] as? String == "yearToDateGrowth")
        #expect(Self.close(projection["value"], 450e6 * 307 / 281))
        // The table carries the year to date's qualifier into what depends on it.
        let table = try output(["--dataset", Self.monthly])
        #expect(table.contains("Latest: 2025-01..2025-08 about 307.0 million USD (preliminary), about +9.3% on the same months of 2024 (281.0 million USD)"))
        #expect(table.contains("about +26.9%") && table.contains("about +5.9%"))
        #expect(table.contains("Projection (not a figure): about 491.6 million USD for 2025"))
    }

    @Test("bare quarterly CSV: quarters summed from January, the full year before from its quarters")
    func quarterly() throws {
        let t = try json(Self.quarterly)
        // 2024: 300 320 290 350 (1,260, no yearly row); 2025: 345 352 270.
        let latest = try #require(t["latest"] as? [String: Any])
        #expect(latest["period"] as? String == "2025-01..2025-09")
        #expect(Self.close(latest["value"], 967e6) && Self.close(latest["priorValue"], 910e6))
        #expect(Self.close(latest["growth"], 967.0 / 910 - 1))
        let remainders = try #require(t["remainders"] as? [[String: Any]])
        #expect(remainders.map { $0["after"] as? String } == ["2025-Q1", "2025-H1"])
        #expect(remainders.map { $0["period"] as? String } == ["2025-04..2025-09", "2025-Q3"])
        #expect(Self.close(remainders[0]["growth"], 622.0 / 610 - 1) && Self.close(remainders[0]["value"], 622e6))
        #expect(Self.close(remainders[1]["growth"], 270.0 / 290 - 1) && Self.close(remainders[1]["value"], 270e6))
        #expect((t["required"] as? [Any])?.isEmpty == true)
        #expect(Self.close(t["priorYearValue"], 1260e6))
        let projection = try #require(t["projection"] as? [String: Any])
        #expect(projection["method"] as? String == "yearToDateGrowth")
        #expect(Self.close(projection["value"], 1260e6 * 967 / 910))
        let csv = try output(["--dataset", Self.quarterly, "--format", "csv"])
        #expect(csv.contains("remainder,2025-Q3,2025-H1,,,270000000.0,290000000.0,-0.0689"))
    }
}
