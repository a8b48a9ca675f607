import Testing
@testable import ChartKit

/// d3-array's and d3-scale's published test tables.
@Suite("Nice ticks (d3 tables)")
struct TicksTests {
    @Test("ticks(0, 1, count)")
    func unitInterval() {
        let tenths = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
        #expect(Ticks.values(0, 1, count: 10) == tenths)
        #expect(Ticks.values(0, 1, count: 9) == tenths)
        #expect(Ticks.values(0, 1, count: 8) == tenths)
        #expect(Ticks.values(0, 1, count: 7) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(Ticks.values(0, 1, count: 6) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(Ticks.values(0, 1, count: 5) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(Ticks.values(0, 1, count: 4) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(Ticks.values(0, 1, count: 3) == [0.0, 0.5, 1.0])
        #expect(Ticks.values(0, 1, count: 2) == [0.0, 0.5, 1.0])
        #expect(Ticks.values(0, 1, count: 1) == [0.0, 1.0])
    }

    @Test("ticks(0, 10, count)")
    func zeroToTen() {
        let ones: [Double] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        #expect(Ticks.values(0, 10, count: 10) == ones)
        #expect(Ticks.values(0, 10, count: 9) == ones)
        #expect(Ticks.values(0, 10, count: 8) == ones)
        #expect(Ticks.values(0, 10, count: 7) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.values(0, 10, count: 6) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.values(0, 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.values(0, 10, count: 4) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.values(0, 10, count: 3) == [0, 5, 10])
        #expect(Ticks.values(0, 10, count: 2) == [0, 5, 10])
        #expect(Ticks.values(0, 10, count: 1) == [0, 10])
    }

    @Test("ticks(-10, 10, count)")
    func symmetric() {
        let twos: [Double] = [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]
        #expect(Ticks.values(-10, 10, count: 10) == twos)
        #expect(Ticks.values(-10, 10, count: 9) == twos)
        #expect(Ticks.values(-10, 10, count: 8) == twos)
        #expect(Ticks.values(-10, 10, count: 7) == twos)
        #expect(Ticks.values(-10, 10, count: 6) == [-10, -5, 0, 5, 10])
        #expect(Ticks.values(-10, 10, count: 5) == [-10, -5, 0, 5, 10])
        #expect(Ticks.values(-10, 10, count: 4) == [-10, -5, 0, 5, 10])
        #expect(Ticks.values(-10, 10, count: 3) == [-10, -5, 0, 5, 10])
        #expect(Ticks.values(-10, 10, count: 2) == [-10, 0, 10])
        #expect(Ticks.values(-10, 10, count: 1) == [0])
    }

    @Test("reversed, degenerate and empty inputs")
    func edges() {
        #expect(Ticks.values(1, 0, count: 10) == [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0])
        #expect(Ticks.values(10, -10, count: 2) == [10, 0, -10])
        #expect(Ticks.values(1, 1, count: 10) == [1])
        #expect(Ticks.values(0, 1, count: 0) == [])
        #expect(Ticks.values(0, 1, count: -1) == [])
        #expect(Ticks.values(.nan, 1, count: 10) == [])
    }

    @Test("tickIncrement and tickStep")
    func steps() {
        #expect(Ticks.increment(0, 1, count: 10) == -10)
        #expect(Ticks.increment(0, 10, count: 10) == 1)
        #expect(Ticks.increment(0, 100, count: 10) == 10)
        #expect(Ticks.step(0, 1, count: 10) == 0.1)
        #expect(Ticks.step(1, 0, count: 10) == -0.1)
        #expect(Ticks.step(0, 1, count: 3) == 0.5)
    }

    @Test("nice domains")
    func nice() {
        #expect(Ticks.nice(1.1, 10.9, count: 10) == (1, 11))
        #expect(Ticks.nice(10.9, 1.1, count: 10) == (11, 1))
        #expect(Ticks.nice(0.7, 11.001, count: 10) == (0, 12))
        #expect(Ticks.nice(123.1, 6.7, count: 10) == (130, 0))
        #expect(Ticks.nice(0, 0.49, count: 10) == (0, 0.5))
        #expect(Ticks.nice(0, 14.1, count: 5) == (0, 20))
        #expect(Ticks.nice(0, 15, count: 5) == (0, 20))
        #expect(Ticks.nice(12, 87, count: 5) == (0, 100))
        #expect(Ticks.nice(12, 87, count: 10) == (10, 90))
        #expect(Ticks.nice(12, 87, count: 100) == (12, 87))
    }
}
