import Testing
@testable import ChartScene

@Suite("Scene geometry")
struct GeometryTests {
    @Test("rectangles that share only an edge do not intersect")
    func edgeContact() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(!a.intersects(Rect(x: 10, y: 0, width: 5, height: 5)))
        #expect(a.intersects(Rect(x: 9, y: 9, width: 5, height: 5)))
        #expect(a.contains(Rect(x: 1, y: 1, width: 2, height: 2)))
    }

    @Test("the approximate measurer ignores combining marks and is deterministic")
    func measurer() {
        let m = ApproximateTextMeasurer()
        let font = Font(size: 10)
        #expect(m.measure("e\u{0301}", font: font).width == m.measure("e", font: font).width)
        #expect(m.measure("2025", font: font).width == 4 * 0.57 * 10)
    }
}
