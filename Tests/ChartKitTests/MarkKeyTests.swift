import ChartKit
import Testing

@Suite("MarkKey: which marks set figures apart")
struct MarkKeyTests {
    @Test("final exact figures set nothing apart")
    func plain() throws {
        let table = try DataTable(columns: [("value", .numbers([1, 2])), ("status", .text(["final", "final"])), ("qualifier", .text(["", ""]))])
        #expect(MarkKey(table).isEmpty)
    }

    @Test("hollow for preliminary, estimated and approximate figures, not for derived ones")
    func hollow() throws {
        for (status, qualifier, hollow) in [("preliminary", "", true), ("estimate", "", true), ("final", "approximate", true), ("derived", "", false)] {
            let table = try DataTable(columns: [("value", .numbers([1])), ("status", .text([status])), ("qualifier", .text([qualifier]))])
            #expect(MarkKey(table).hollow == hollow, "\(status) \(qualifier)")
        }
    }

    @Test("bounds and ranges, from the qualifier or from low/high, across tables")
    func bounds() throws {
        let bounds = try DataTable(columns: [("value", .numbers([1, 2])), ("qualifier", .text(["atLeast", "<"]))])
        let ranged = try DataTable(columns: [("value", .numbers([1])), ("low", .numbers([0.9])), ("high", .numbers([1.1]))])
        let key = MarkKey(bounds, ranged)
        #expect(key == MarkKey(hollow: false, atLeast: true, atMost: true, range: true))
        #expect(MarkKey(bounds).range == false && MarkKey(ranged).range)
    }
}
