import Foundation
import Testing
import TradeAnalysis
import TradeData

/// Data written for these tests (not the shipped dataset): a monthly series, a quarterly series and
/// a part-year series whose year-earlier months are known only from the stated growth.
enum TrackerFixtures {
    static func observation(_ period: String, _ millions: Double, _ qualifier: Quantity.Qualifier = .exact, note: String? = nil) -> Observation {
        Observation(period: Period(parsing: period)!, quantity: Quantity(millions * 1e6, qualifier: qualifier), source: "TEST", note: note)
    }

    static func dataset(_ observations: [Observation], targets: [Target] = []) -> Dataset {
        let label = LocalizedText(en: "Test")
        return Dataset(id: "test", title: label, reporter: label, partner: label, sources: [Source(key: "TEST", publisher: "Test office")],
                       targets: targets, series: [Series(id: "flow", observations: observations)])
    }

    static func level(_ id: String, _ millions: Double, _ deadline: ClosedRange<Int>?) -> Target {
        Target(id: id, series: "flow", goal: .level(millions * 1e6), deadline: deadline, label: LocalizedText(en: id), source: "TEST")
    }

    /// 2024: 100 a month. 2025: 120 a month to June, then 90 in July and August.
    static var monthly: Dataset {
        let months = (1...12).map { observation("2024-\($0 < 10 ? "0" : "")\($0)", 100) }
            + (1...8).map { observation("2025-0\($0)", $0 <= 6 ? 120 : 90) }
        return dataset(months, targets: [
            level("two-thousand", 2000, 2027...2027),
            level("no-year", 5000, nil),
            Target(id: "growth-goal", series: "flow", goal: .annualGrowth(low: 0.05, high: 0.08), deadline: nil, label: LocalizedText(en: "g"), source: "TEST"),
        ])
    }

    /// 2023: quarters 50, 60, 70, 80. 2024: 55, 66, 63 (to September).
    static var quarterly: Dataset {
        dataset(["2023-Q1": 50.0, "2023-Q2": 60, "2023-Q3": 70, "2023-Q4": 80, "2024-Q1": 55, "2024-Q2": 66, "2024-Q3": 63]
            .map { observation($0.key, $0.value) })
    }
}

@Suite("the current-year tracker")
struct YearTrackerTests {
    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("monthly figures: year to date, the rest of the year after each month, target paths, projection")
    func monthly() throws {
        let track = try YearTracker(dataset: TrackerFixtures.monthly, seriesID: "flow").track()
        #expect(track.year == 2025)
        // January–August: 6 × 120 + 2 × 90 = 900 against 800.
        #expect(track.latest.period == "2025-01..2025-08")
        #expect(track.latest.value == 900e6)
        #expect(Self.close(track.latest.growth, 0.125))
        #expect(track.latest.priorBasis == .observed)
        // After June: July–August 180 against 200, −10 %; after January: 780 against 700.
        let afterJune = try #require(track.remainders.first { $0.after == "2025-H1" })
        #expect(afterJune.period == "2025-07..2025-08")
        #expect(afterJune.value == 180e6)
        #expect(Self.close(afterJune.growth, -0.10))
        let afterJanuary = try #require(track.remainders.first { $0.after == "2025-01" })
        #expect(afterJanuary.period == "2025-02..2025-08")
        #expect(Self.close(afterJanuary.growth, 780.0 / 700 - 1))
        #expect(track.remainders.count == 7)
        // 2000 by 2027 from 1200 in 2024: (2000/1200)^(1/3) − 1 = 18.5631 %; 2025 needs 1422.757,
        // so September–December need (1422.757 − 900) / 400 − 1 = +30.69 %.
        let path = try #require(track.required.first { $0.target == "two-thousand" })
        #expect(path.deadline == 2027)
        #expect(Self.close(path.pathGrowth, 0.185631, 1e-5))
        #expect(Self.close(path.yearValue, 1422.757e6, 1e-6))
        #expect(Self.close(path.remainingGrowth, 0.30689, 1e-4))
        #expect(path.onPath == nil)
        // The 5–8 % goal needs 1260: the last four months may fall 10 %.
        let goal = try #require(track.required.first { $0.target == "growth-goal" })
        #expect(goal.deadline == nil)
        #expect(Self.close(goal.remainingGrowth, -0.10))
        // A target without a year has no path this year.
        #expect(!track.required.contains { $0.target == "no-year" })
        #expect(track.projection.method == .yearToDateGrowth)
        #expect(Self.close(track.projection.value, 1350e6))
        #expect(track.cumulative.first { $0.month == 8 }?.priorValue == 800e6)
    }

    @Test("quarterly figures add up to year-to-date values")
    func quarterly() throws {
        let track = try YearTracker(dataset: TrackerFixtures.quarterly, seriesID: "flow").track()
        #expect(track.year == 2024)
        #expect(track.latest.period == "2024-01..2024-09")
        #expect(track.latest.value == 184e6)
        #expect(Self.close(track.latest.growth, 184.0 / 180 - 1))
        let afterQ1 = try #require(track.remainders.first { $0.after == "2024-Q1" })
        #expect(afterQ1.period == "2024-04..2024-09")
        #expect(Self.close(afterQ1.growth, 129.0 / 130 - 1))
        let afterH1 = try #require(track.remainders.first { $0.after == "2024-H1" })
        #expect(afterH1.period == "2024-Q3")
        #expect(Self.close(afterH1.growth, 63.0 / 70 - 1))
        #expect(Self.close(track.projection.value, 260e6 * 184 / 180))
        #expect(track.required.isEmpty)
    }

    @Test("as of a month, later figures are ignored")
    func asOf() throws {
        let track = try YearTracker(dataset: TrackerFixtures.monthly, seriesID: "flow", asOf: Period(parsing: "2025-H1")).track()
        #expect(track.latest.period == "2025-H1")
        #expect(Self.close(track.latest.growth, 0.20))
    }

    @Test("last year's months implied by the stated growth: the second half after a fast first half")
    func statedGrowth() throws {
        let data = TrackerFixtures.dataset([
            TrackerFixtures.observation("2024", 2250),
            TrackerFixtures.observation("2025-Q1", 980, .atLeast, note: "up 105.5%"),
            TrackerFixtures.observation("2025-H1", 1780, note: "up 92.2%"),
            TrackerFixtures.observation("2025", 2980, note: "up 32.7%"),
        ])
        let track = try YearTracker(dataset: data, seriesID: "flow").track()
        #expect(track.latest.period == "2025")
        #expect(Self.close(track.latest.growth, 2980.0 / 2250 - 1))
        #expect(track.latest.statedGrowth == 0.327)
        // H2 2025 = 2980 − 1780 = 1200; H2 2024 = 2250 − 1780 / 1.922 = 1323.88: −9.36 %.
        let second = try #require(track.remainders.first { $0.after == "2025-H1" })
        #expect(second.period == "2025-H2")
        #expect(Self.close(second.growth, -0.09358, 1e-4))
        #expect(second.priorBasis == .statedGrowth)
        #expect(second.growthQualifier == "approximate")
        // After a lower bound, the rest of the year is an upper bound.
        let afterQ1 = try #require(track.remainders.first { $0.after == "2025-Q1" })
        #expect(afterQ1.qualifier == "atMost")
        #expect(afterQ1.growthQualifier == "atMost")
        #expect(track.projection.method == .none)
        #expect(track.projection.value == nil)
    }

    @Test("a series of full years only cannot be tracked")
    func yearsOnly() {
        let data = TrackerFixtures.dataset([TrackerFixtures.observation("2023", 10), TrackerFixtures.observation("2024", 12)])
        #expect(throws: TrackerError.noPartYearFigures(series: "flow", year: nil)) { try YearTracker(dataset: data, seriesID: "flow") }
        #expect(throws: TrackerError.self) { try YearTracker(dataset: data, seriesID: "nope") }
    }
}

@Suite("changes stated in notes")
struct StatedChangeTests {
    @Test("growth and multiples are read; shares and plain numbers are not", arguments: [
        ("up 92.2%", StatedChange.growth(0.922)),
        ("US$2.98 billion, marking a 32.7 percent increase", .growth(0.327)),
        ("down 5%", .growth(-0.05)),
        ("+12.5 %", .growth(0.125)),
        ("7.5 times January–November 2024", .multiple(7.5)),
        ("\"6 times\" the same period of 2024 (about 2.1 times)", .multiple(6)),
    ] as [(String, StatedChange)])
    func reads(_ note: String, _ expected: StatedChange) {
        #expect(StatedChange(note: note) == expected)
    }

    @Test("no change in a share or a plain remark", arguments: ["53.6% of Vietnam's outward investment", "month not stated", ""])
    func none(_ note: String) {
        #expect(StatedChange(note: note) == nil)
    }

    @Test("notes read on many threads at once read as they do one at a time")
    func concurrentReading() {
        let notes = ["up 92.2%", "down 5%", "7.5 times January–November 2024", "53.6% of outward investment",
                     "a 3.4 per cent rise", "fell 12 percent", "2 fold", "month not stated"]
        let expected = notes.map { StatedChange(note: $0) }
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            let k = i % notes.count
            if StatedChange(note: notes[k]) != expected[k] { mismatches.increment() }
        }
        #expect(mismatches.value == 0)
        #expect(expected.compactMap { $0 }.count == 6)
    }
}

/// A thread-safe count for the concurrent test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
