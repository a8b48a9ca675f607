import ArgumentParser
import Foundation
import Testing
@testable import TradeChartCLI

@Suite("track command")
struct TrackCommandTests {
    static let quarterly = "Tests/Fixtures/TradeData/quarterly-flow.csv"

    func track(_ arguments: [String]) throws -> String {
        let command = try #require(try TradeChartCommand.parseAsRoot(["track"] + arguments) as? TrackCommand)
        return try command.output()
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let text = try track(arguments + ["--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the JSON contract: keys always present, values in base units, growth as fractions")
    func contract() throws {
        let object = try json(["--as-of", "2025-09"])
        #expect(Set(object.keys).isSuperset(of: ["series", "year", "latest", "remainders", "required", "projection"]))
        #expect(object["series"] as? String == "trade_total")
        #expect(object["year"] as? Int == 2025)
        let latest = try #require(object["latest"] as? [String: Any])
        #expect(Set(latest.keys).isSuperset(of: ["period", "value", "growth"]))
        #expect(latest["period"] as? String == "2025-01..2025-09")
        #expect(latest["value"] as? Double == 2.36e9)
        #expect(latest["growth"] as? Double == 0.57)
        let remainders = try #require(object["remainders"] as? [[String: Any]])
        #expect(remainders.allSatisfy { Set($0.keys).isSuperset(of: ["after", "period", "value", "growth"]) })
        let h1 = try #require(remainders.first { $0["after"] as? String == "2025-H1" })
        #expect(h1["period"] as? String == "2025-Q3")
        #expect(h1["value"] as? Double == 580e6)
        let required = try #require(object["required"] as? [[String: Any]])
        #expect(required.allSatisfy { Set($0.keys).isSuperset(of: ["target", "yearValue", "remainingGrowth"]) })
        #expect(!required.contains { $0["target"] as? String == "trade_10bn_coming_years" })
        let projection = try #require(object["projection"] as? [String: Any])
        #expect(projection["method"] as? String == "yearToDateGrowth")
        #expect(projection["value"] is Double)
    }

    @Test("the shipped 2025: the second half about 9% below the second half of 2024")
    func shippedSecondHalf() throws {
        let object = try json([])
        let remainders = try #require(object["remainders"] as? [[String: Any]])
        let h2 = try #require(remainders.first { $0["after"] as? String == "2025-H1" })
        #expect(h2["period"] as? String == "2025-H2")
        // 2980 − 1780 = 1200 against 2250 − 1780 / 1.922 = 1323.9.
        let growth = try #require(h2["growth"] as? Double)
        #expect(abs(growth - (1200 / (2250 - 1780 / 1.922) - 1)) < 1e-9)
        let required = try #require(object["required"] as? [[String: Any]])
        #expect(required.allSatisfy { $0["remainingGrowth"] is NSNull })
        let projection = try #require(object["projection"] as? [String: Any])
        #expect(projection["value"] is NSNull)
        #expect(projection["method"] as? String == "none")
    }

    @Test("a bare quarterly CSV, as a table and as CSV")
    func bareCSV() throws {
        let path = Binary.root.appendingPathComponent(Self.quarterly).path
        let table = try track(["--dataset", path])
        #expect(table.contains("2024-01..2024-09 184.0 million USD, +2.2% on the same months of 2023 (180.0 million USD)"))
        #expect(table.contains("Projection (not a figure): 265.8 million USD for 2024"))
        let csv = try track(["--dataset", path, "--format", "csv"]).split(separator: "\n").map(String.init)
        #expect(csv[0] == "kind,period,after,target,deadline,value_usd,prior_usd,growth,qualifier,basis")
        #expect(csv[1].hasPrefix("latest,2024-01..2024-09,,,,184000000.0,180000000.0,0.0222"))
        #expect(csv.contains { $0.hasPrefix("remainder,2024-Q3,2024-H1,,,63000000.0,70000000.0,-0.0999") })
        #expect(csv.last?.hasPrefix("projection,2024") == true)
    }

    @Test("bad arguments and data without part-year figures exit with one line", .enabled(if: Binary.shouldRun))
    func errors() throws {
        let badPeriod = try Binary.run(["track", "--as-of", "September"], in: Binary.root.path)
        #expect(badPeriod.status == 64)
        #expect(badPeriod.stderr == "tradechart: error: --as-of 'September' is not a period; write a month such as 2025-09 or a period from January such as 2025-H1\n")
        let dir = try Binary.temporaryFolder()
        let yearly = dir + "/yearly.csv"
        try "series,period,value,unit,source\ntrade_total,2023,10,million USD,x\ntrade_total,2024,12,million USD,x\n"
            .write(toFile: yearly, atomically: true, encoding: .utf8)
        let noParts = try Binary.run(["track", "--dataset", yearly])
        #expect(noParts.status == 65)
        #expect(noParts.stderr == "tradechart: error: series 'trade_total' has no monthly, quarterly, half-year or year-to-date figures; the tracker needs figures from January onwards\n")
        #expect(noParts.stdout.isEmpty)
        let run = try Binary.run(["track", "--dataset", Self.quarterly, "--format", "json"], in: Binary.root.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"period\" : \"2024-01..2024-09\""))
    }
}

@Suite("scenarios by window")
struct ScenarioWindowCommandTests {
    @Test("scenarios JSON lists probabilities by window, target and year, and the method")
    func probabilities() throws {
        let command = try #require(try TradeChartCommand.parseAsRoot(["scenarios", "--format", "json"]) as? ScenariosCommand)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try command.output().utf8)) as? [String: Any])
        let rows = try #require(object["probabilities"] as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == ["window", "target", "year", "p"] })
        let windows = Set(rows.compactMap { $0["window"] as? String })
        #expect(windows == ["5y", "10y", "15y", "trough", "all"])
        let by2028 = rows.filter { $0["target"] as? String == "trade_5bn_2_3_years" && $0["year"] as? Int == 2028 }.compactMap { $0["p"] as? Double }
        #expect(by2028.count == 5)
        #expect((by2028.min() ?? 1) < 0.35 && (by2028.max() ?? 0) > 0.65)
        let method = try #require(object["fanMethod"] as? [String: Any])
        #expect(method["distribution"] as? String == "lognormal")
        #expect(method["seed"] as? Int == 2025 && method["paths"] as? Int == 10_000)
        let table = try #require(try TradeChartCommand.parseAsRoot(["scenarios"]) as? ScenariosCommand).output()
        #expect(table.contains("2011–2025 (15 years; all years)"))
        #expect(table.contains("2011 (join between sources), 2018 (a bound), 2019 (a bound)"))
    }
}
