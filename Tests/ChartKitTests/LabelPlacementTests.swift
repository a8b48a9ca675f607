import ChartScene
import Testing
@testable import ChartKit

@Suite("In-plot label placement and halos")
struct LabelPlacementTests {
    static let inPlotRoles: Set<String> = ["end-label", "rule-label", "band-label", "callout", "label"]

    func boxes(_ scene: Scene, role: String) -> [Rect] {
        scene.paths(role: role).compactMap(\.bounds)
    }

    @Test("every in-plot label is drawn right after a halo in the background colour that covers it")
    func halos() throws {
        for name in ExampleSpecTests.names {
            let scene = try Support.builder.scene(for: Support.example(name))
            let items = scene.flattenedItems
            var labelled = 0
            for (i, item) in items.enumerated() {
                guard case .text(let t) = item, let role = t.role, Self.inPlotRoles.contains(role) else { continue }
                labelled += 1
                guard i > 0, case .path(let halo) = items[i - 1], halo.role == "label-halo", let box = halo.bounds else {
                    Issue.record("\(name): '\(t.text)' has no halo")
                    continue
                }
                #expect(box.contains(t.bounds(measurer: Support.measurer)))
                #expect(halo.fill == scene.background?.withAlpha(0.85))
            }
            #expect(labelled >= 1)
        }
    }

    @Test("the rule label of the print example avoids the bars, keeping the placer's clearance, in full")
    func ruleLabelAvoidsBars() throws {
        for name in ["exports-imports-vi.yaml", "growth-dark.yaml"] {
            let scene = try Support.builder.scene(for: Support.example(name))
            let label = try #require(scene.texts(role: "rule-label").first).bounds(measurer: Support.measurer)
            for bar in boxes(scene, role: "bar") { #expect(!bar.intersects(label), "\(name): rule label over a bar") }
        }
        // Where the left end is taken (the label would come within the clearance of a bar), it
        // slides along the rule to a gap between bars rather than being shortened.
        let spec = try Support.example("exports-imports-vi.yaml")
        let scene = try Support.builder.scene(for: spec)
        let label = try #require(scene.texts(role: "rule-label").first)
        let rule = try #require(spec.annotations.first { $0.type == .rule })
        #expect(label.text == rule.label ?? rule.text)
        let padded = label.bounds(measurer: Support.measurer).insetBy(dx: -LabelPlacer.clearance, dy: -LabelPlacer.clearance)
        for bar in boxes(scene, role: "bar") { #expect(!bar.intersects(padded)) }
    }

    @Test("an end label leaves the projection that continues from its point and the callout's leader alone")
    func endLabelAvoidsProjection() throws {
        let scene = try Support.builder.scene(for: Support.example("vietnam-laos-trade.yaml"))
        let reported = try #require(scene.texts(role: "end-label").first { $0.text == "Reported" })
        let box = reported.bounds(measurer: Support.measurer)
        var obstacles = Obstacles()
        obstacles.add(marks: scene.items)
        let lines = scene.paths(role: "line").filter { $0.stroke?.dash == [6, 4] }
        #expect(lines.count == 1)
        var projection = Obstacles()
        projection.add(marks: lines.map { .path($0) })
        #expect(projection.cost(box).count == 0)
        for leader in boxes(scene, role: "leader") { #expect(!leader.intersects(box)) }
        for callout in scene.texts(role: "callout") { #expect(!callout.bounds(measurer: Support.measurer).intersects(box)) }
        // Placed just under the point, not in the end-label column.
        #expect(reported.baseline == .top)
    }

    @Test("a line's obstacle boxes stay few for dense lines")
    func denseLineBoxes() {
        let points = (0..<4000).map { Point(x: Double($0) / 4, y: Double($0 % 50)) }
        var obstacles = Obstacles()
        obstacles.add(marks: [.path(.polyline(points, stroke: Stroke(color: .black, width: 2), role: "line"))])
        #expect(obstacles.boxes.count == 125)  // 3,999 segments in runs of 32 points
        let covered = obstacles.boxes.reduce(obstacles.boxes[0]) { a, b in
            Rect(x: min(a.minX, b.minX), y: min(a.minY, b.minY), width: max(a.maxX, b.maxX) - min(a.minX, b.minX),
                 height: max(a.maxY, b.maxY) - min(a.minY, b.minY))
        }
        #expect(covered == Rect(x: -1.5, y: -1.5, width: 1002.75, height: 52))
    }

    @Test("the placer takes the first candidate that overlaps nothing")
    func placerPrefersFree() {
        var placer = LabelPlacer(measurer: Support.measurer, background: .white, obstacles: Obstacles())
        placer.obstacles.add(Rect(x: 0, y: 0, width: 100, height: 20))
        let a = TextItem(text: "Label", position: Point(x: 10, y: 10), font: Font(size: 12), baseline: .middle)
        let b = a.moved(to: Point(x: 10, y: 40), anchor: .start, baseline: .middle)
        let c = a.moved(to: Point(x: 10, y: 80), anchor: .start, baseline: .middle)
        let area = Rect(x: 0, y: 0, width: 200, height: 200)
        #expect(placer.place([a, b, c], within: area)?.position == Point(x: 10, y: 40))
        // b is now taken: the next label with the same candidates goes to c.
        #expect(placer.place([a, b, c], within: area)?.position == Point(x: 10, y: 80))
        // Covering a mark is allowed when nothing else fits; covering a label never is.
        #expect(placer.place([a, b], within: area)?.position == Point(x: 10, y: 10))
        #expect(placer.place([b, c], within: area)?.text == nil)
    }
}
