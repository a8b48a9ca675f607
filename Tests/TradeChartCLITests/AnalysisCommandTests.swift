import ArgumentParser
import Foundation
import Testing
@testable import TradeChartCLI

@Suite("targets and scenarios commands")
struct AnalysisCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func targets(_ arguments: [String]) throws -> String {
        let command = try #require(try TradeChartCommand.parseAsRoot(["targets"] + arguments) as? TargetsCommand)
        return try command.output()
    }

    func scenarios(_ arguments: [String]) throws -> String {
        let command = try #require(try TradeChartCommand.parseAsRoot(["scenarios"] + arguments) as? ScenariosCommand)
        return try command.output()
    }

    @Test("the targets table names its base and source; a yearless target is read at horizons, not given a year")
    func targetsTable() throws {
        let lines = try targets([]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Vietnam–Laos trade and investment: what the targets require")
        #expect(lines[1] == "Base: 2025 two-way trade 2.98 billion USD (MoIT, via SGGP 2026-01-15), preliminary")
        #expect(lines[2] == "Also reported for 2025: 3.00 billion USD (preliminary, citing the Ministry of Foreign Affairs, via VTC News 2026-01-30)")
        #expect(lines.contains("  5.00 billion USD  2027      2                 29.5%          +1.01 billion USD  \"in the next 2–3 years\""))
        #expect(lines.contains("  10.00 billion USD  49.7%  27.4%  12.9%  \"in the coming years\""))
        #expect(!lines.contains { $0.hasPrefix("  10.00 billion USD  2027") || $0.hasPrefix("  10.00 billion USD  2028") })
        #expect(lines.contains("  Last year's growth                 32.4%  2027 (1.84 years)   2030 (4.31 years)"))
        #expect(lines.contains("Annual growth of 10–15%: last year's growth 32.4%, met."))
    }

    @Test("targets JSON carries the documented keys, rates as fractions")
    func targetsJSON() throws {
        let text = try targets(["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["series"] as? String == "trade_total")
        let base = try #require(object["base"] as? [String: Any])
        #expect(base["period"] as? String == "2025")
        #expect(base["value"] as? Double == 2.98e9)
        let first = try #require((object["targets"] as? [[String: Any]])?.first)
        #expect(first["value"] as? Double == 5e9)
        #expect(first["year"] as? Int == 2027)
        #expect(((first["requiredAnnualGrowth"] as? Double ?? 0) * 1e4).rounded() == 2953)
        #expect(first["linearIncrementPerYear"] as? Double == 1.01e9)
        let reach = try #require((object["reachedAt"] as? [[String: Any]])?.first)
        #expect(Set(reach.keys).isSuperset(of: ["rate", "rateId", "target", "years", "year"]))
        #expect((object["status"] as? [Any])?.count == 6)
        let levels = try #require(object["levelTargets"] as? [[String: Any]])
        let ten = try #require(levels.first { ($0["value"] as? Double) == 1e10 })
        #expect(ten["year"] is NSNull, "a yearless target's year is null, not invented")
        #expect(ten["yearStated"] as? Bool == false)
        #expect((levels.first { ($0["value"] as? Double) == 5e9 })?["yearStated"] as? Bool == true)
    }

    @Test("targets CSV has one row per requirement, reach and status")
    func targetsCSV() throws {
        let lines = try targets(["--format", "csv"]).split(separator: "\n").map(String.init)
        #expect(lines[0] == "kind,target_id,target_usd,year,years,rate_id,rate,required_annual_growth,linear_increment_usd,on_track,base_period,base_usd,base_source")
        #expect(lines.count == 1 + 2 + 10 + 6)
        #expect(lines[1].hasPrefix("requirement,trade_5bn_2_3_years,5000000000.0,2027,2,,,0.2953"))
    }

    @Test("--horizon reads a yearless target at an assumed year and says so")
    func assumedHorizon() throws {
        let lines = try targets(["--horizon", "2030"]).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  10.00 billion USD  2030") && $0.hasSuffix("(no year stated; assumed horizon)") })
        #expect(lines.contains { $0.contains("read at 2030, an assumed horizon, not the source's") })
        let json = try targets(["--horizon", "2030", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ten = try #require((object["levelTargets"] as? [[String: Any]])?.first { ($0["value"] as? Double) == 1e10 })
        #expect(ten["year"] is NSNull && ten["assumedHorizon"] as? Int == 2030)
    }

    @Test("an earlier base year and an unknown series")
    func options() throws {
        let text = try targets(["--base", "2019"])
        #expect(text.contains("Base: 2019 two-way trade 1.15 billion USD (VietnamPlus / VNA 2019-12-30), a range of 1.10 billion USD to 1.20 billion USD, estimate"))
        do {
            _ = try targets(["--series", "nope"])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("no series 'nope' in the dataset; choose one of: trade_total, exports, imports, "))
            #expect(Failure.exitStatus(for: error) == 64)
        }
    }

    @Test("the default scenarios table, grid and fan")
    func scenariosTable() throws {
        let lines = try scenarios([]).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Vietnam–Laos trade and investment: scenarios to 2030")
        #expect(lines.contains { $0.hasPrefix("  Required for 5 billion by 2027") && $0.hasSuffix("29.5% a year                            3.86  5.00  6.48  8.39  10.87                  2027                   2030") })
        #expect(lines.contains("  30.0%          3.87  5.04*  6.55*    8.51*  11.06**"))
        #expect(lines.contains { $0.hasPrefix("  - 10,000 simulated paths from the 2025 base, random seed 2025") })
    }

    @Test("the example file projects its four scenarios")
    func exampleFile() throws {
        let path = Self.root.appendingPathComponent("examples/scenarios/government-momentum-cautious.yaml").path
        let csv = try scenarios([path, "--format", "csv"]).split(separator: "\n").map(String.init)
        #expect(csv.count == 1 + 4 * 6)
        #expect(csv[1] == "government-low,\"Government target, 10% a year\",10.0% a year,2025,2980000000.0,")
        let other = Self.root.appendingPathComponent("examples/scenarios/paths-and-trends.yaml").path
        #expect(try scenarios([other]).contains("Levels from announced projects"))
    }

    @Test("a typo in a scenario file is a data error with line and column")
    func typo() throws {
        let path = Self.root.appendingPathComponent("Tests/Fixtures/scenarios/typo.yaml").path
        do {
            _ = try scenarios([path])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "\(path):7:5: unknown key 'rat' (did you mean 'rate'?)")
            #expect(Failure.exitStatus(for: error) == 65)
        }
        do {
            _ = try scenarios(["/nonexistent/s.yaml"])
            Issue.record("expected an error")
        } catch {
            #expect(Failure.exitStatus(for: error) == 66)
            #expect("\(error)" == "/nonexistent/s.yaml: no such scenario file")
        }
    }
}
