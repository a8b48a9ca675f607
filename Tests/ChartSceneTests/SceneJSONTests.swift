import Foundation
import Testing
@testable import ChartScene

@Suite("Scene JSON dump")
struct SceneJSONTests {
    static let sample = Scene(
        size: Size(width: 100, height: 50),
        items: [
            .path(.rect(Rect(x: 0.1 + 0.2, y: 1, width: 2, height: 3), fill: Color(hex: 0x0072B2), role: "bar")),
            .group(GroupItem(
                items: [.text(TextItem(text: "Tỷ \"USD\"", position: Point(x: 10, y: 20), font: Font(size: 12), role: "title"))],
                clip: Rect(x: 0, y: 0, width: 100, height: 50))),
        ],
        title: "t")

    @Test("numbers are rounded to two decimals and keys sorted")
    func stableText() throws {
        let dump = try Self.sample.jsonDump()
        #expect(dump.contains("\"M\",\n"))
        #expect(dump.contains("0.3,"))
        #expect(!dump.contains("0.30000000000000004"))
        #expect(dump.contains("\"text\": \"Tỷ \\\"USD\\\"\""))
        let background = try #require(dump.range(of: "\"background\""))
        let items = try #require(dump.range(of: "\"items\""))
        #expect(background.lowerBound < items.lowerBound)
        #expect(try Self.sample.jsonDump() == dump)
    }

    @Test("the exact dump of a small scene")
    func exactDump() throws {
        let scene = Scene(size: Size(width: 10, height: 5), background: nil,
                          items: [.path(.polyline([Point(x: 1, y: 2.345), Point(x: 3, y: -0.001)],
                                                  stroke: Stroke(color: .black, width: 1.5, dash: [4, 2]), role: "line"))])
        let expected = """
        {
          "items": [
            {
              "path": {
                "elements": [
                  [
                    "M",
                    1,
                    2.35
                  ],
                  [
                    "L",
                    3,
                    0
                  ]
                ],
                "role": "line",
                "stroke": {
                  "cap": "butt",
                  "color": {
                    "alpha": 1,
                    "blue": 0,
                    "green": 0,
                    "red": 0
                  },
                  "dash": [
                    4,
                    2
                  ],
                  "join": "miter",
                  "width": 1.5
                }
              }
            }
          ],
          "size": {
            "height": 5,
            "width": 10
          }
        }

        """
        #expect(try scene.jsonDump() == expected)
    }

    @Test("a dump decodes back to the same scene when values are already rounded")
    func roundTrip() throws {
        let scene = Scene(size: Size(width: 100, height: 50), items: [
            .path(PathItem(elements: [.move(Point(x: 1, y: 2)), .curve(c1: Point(x: 2, y: 3), c2: Point(x: 4, y: 5), to: Point(x: 6, y: 7)), .close],
                           fill: Color(red: 0.5, green: 0.25, blue: 0), hatch: Hatch(color: .black), role: "band")),
            .text(TextItem(text: "ສະບາຍດີ", position: Point(x: 3, y: 4), font: Font(size: 14, weight: .bold),
                           anchor: .end, baseline: .middle, rotation: -90, role: "axis-label")),
        ], title: "x", description: "alt")
        let data = Data(try scene.jsonDump().utf8)
        #expect(try JSONDecoder().decode(Scene.self, from: data) == scene)
    }

    @Test("text bounds follow anchor, baseline and quarter-turn rotation")
    func textBounds() {
        let m = ApproximateTextMeasurer()
        let t = TextItem(text: "2025", position: Point(x: 100, y: 50), font: Font(size: 10), anchor: .end, baseline: .top)
        let b = t.bounds(measurer: m)
        #expect(abs(b.minX - 77.2) < 1e-9 && b.minY == 50)
        #expect(abs(b.width - 22.8) < 1e-9 && abs(b.height - 13.6) < 1e-9)
        var r = t
        r.rotation = -90
        r.anchor = .middle
        r.baseline = .bottom
        let rb = r.bounds(measurer: m)
        #expect(abs(rb.width - 13.6) < 1e-9 && abs(rb.height - 22.8) < 1e-9)
        #expect(abs(rb.minY - (50 - 11.4)) < 1e-9)
    }
}
