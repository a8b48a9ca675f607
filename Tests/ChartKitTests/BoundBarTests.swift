import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// A bar whose value is a bound: the caret points the way the value may lie (up for "at least",
/// down for "at most"), on the bar's end when that lengthens the bar, beyond it pointing back when it
/// shortens it; a callout set below a negative bar's end has room there instead of being pushed into
/// the bar.
@Suite("bars from bounds: carets and labels at the bar's end")
struct BoundBarTests {
    static func scene(_ values: [String], _ qualifiers: [String], configure: (inout ChartSpec) -> Void = { _ in }) throws -> Scene {
        let periods = (0..<values.count).map { "\(2020 + $0)" }
        let spec = try Support.spec(.bar, [("period", periods), ("value", values), ("qualifier", qualifiers)], configure: {
            $0.x = XAxisSpec(type: .period)
            configure(&$0)
        })
        return try Support.builder.scene(for: spec)
    }

    /// The caret's tip (its middle point) and whether it points up (the tip above its feet).
    static func caret(_ path: PathItem) -> (tip: Point, up: Bool)? {
        let points = path.elements.compactMap { element -> Point? in
            switch element {
            case let .move(p), let .line(p): return p
            default: return nil
            }
        }
        guard points.count == 3 else { return nil }
        return (points[1], points[1].y < points[0].y)
    }

    @Test("four cases: at least / at most, above / below zero", arguments: [
        ("0.3", "atLeast", true, true), ("0.3", "atMost", false, false),
        ("-0.3", "atLeast", true, false), ("-0.3", "atMost", false, true),
    ])
    func carets(value: String, qualifier: String, up: Bool, onEnd: Bool) throws {
        let scene = try Self.scene(["0.1", value, "0.2"], ["", qualifier, ""])
        let bars = scene.paths(role: "bar").compactMap(\.bounds).sorted { $0.minX < $1.minX }
        let carets = scene.paths(role: "bound")
        #expect(bars.count == 3 && carets.count == 1)
        let bar = bars[1], c = try #require(Self.caret(carets[0]))
        #expect(c.up == up, "\(qualifier) \(value): points \(c.up ? "up" : "down")")
        #expect(abs(c.tip.x - bar.midX) < 0.01)
        let negative = value.hasPrefix("-")
        // The bar's end is its bottom below zero, its top above.
        let end = negative ? bar.maxY : bar.minY
        // Beyond the end (away from zero) either way; on the end it points away, beyond it points back.
        let beyond = negative ? c.tip.y > end : c.tip.y < end
        #expect(beyond, "the caret stands outside the bar")
        let away = negative ? !c.up : c.up
        #expect(away == onEnd, "\(qualifier) \(value): \(onEnd ? "lengthens" : "shortens") the bar")
    }

    @Test("a callout under a negative bar's end sits below it, inside the plot, clear of the bar")
    func calloutBelowNegativeBar() throws {
        // The lowest bar ends close to a nice tick (−18.9% over −20%): without room the label would be pushed up into the bar.
        let scene = try Self.scene(["0.55", "0.17", "-0.189", "0.18", "0.8"], ["", "", "atLeast", "", ""]) {
            $0.y = YAxisSpec(format: .percent, zero: true)
            $0.annotations = [Annotation(type: .callout, x: Cell("2022"), y: -0.189, text: "≥ −18.9%", dy: 22)]
        }
        let bar = try #require(scene.paths(role: "bar").compactMap(\.bounds).sorted { $0.minX < $1.minX }.dropFirst(2).first)
        let label = try #require(scene.texts(role: "callout").first { $0.text == "≥ −18.9%" })
        let box = label.bounds(measurer: Support.measurer)
        #expect(box.minY >= bar.maxY, "the label starts below the bar's end")
        #expect(box.minX < bar.midX && box.maxX > bar.midX, "under the bar")
        let grid = scene.paths(role: "gridline").compactMap(\.bounds)
        let plotBottom = try #require(grid.map(\.maxY).max())
        #expect(box.maxY <= plotBottom + 1, "inside the plot")
        #expect(Support.overlaps(scene).isEmpty, "\(Support.overlaps(scene))")
    }
}
