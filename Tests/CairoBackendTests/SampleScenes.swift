import ChartScene

/// Hand-built scenes with known geometry, so tests can probe pixels at known places.
enum SampleScenes {
    static let vietnamese = "Kim ngạch thương mại Việt Nam – Lào 2,98 tỷ USD"
    static let lao = "ການຄ້າ ລາວ–ຫວຽດນາມ ນ້ຳ ເຈົ້າ"
    static let red = Color(hex: 0xD62728)
    static let blue = Color(hex: 0x1F77B4)
    static let crosshair = Color(hex: 0x2CA02C)

    /// 600×400: a red rect at (20, 20, 100, 60); a hatched rect at (140, 20, 100, 60); a dashed line
    /// at y = 100; a blue rect in a group translated to (300, 20) and clipped to 50×50; Vietnamese
    /// text on baseline y = 150 and Lao on y = 200 from x = 20; anchored texts with green crosshairs.
    static func sample(title: String? = "Vietnam–Laos trade", description: String? = nil) -> Scene {
        var items: [SceneItem] = [
            .path(.rect(Rect(x: 20, y: 20, width: 100, height: 60), fill: red, role: "bar")),
            .path(.rect(Rect(x: 140, y: 20, width: 100, height: 60),
                fill: Color(hex: 0xDDDDDD), hatch: Hatch(color: .black, spacing: 6, angle: 45, lineWidth: 1),
                stroke: Stroke(color: .black, width: 1), role: "bar")),
            .path(.polyline([Point(x: 20, y: 100), Point(x: 580, y: 100)],
                stroke: Stroke(color: Color(hex: 0x555555), width: 2, dash: [6, 4], cap: .butt), role: "gridline")),
            .group(GroupItem(
                items: [.path(.rect(Rect(x: 0, y: 0, width: 100, height: 100), fill: blue))],
                clip: Rect(x: 0, y: 0, width: 50, height: 50), transform: .translation(x: 300, y: 20))),
            .text(TextItem(text: vietnamese, position: Point(x: 20, y: 150), font: Font(size: 20))),
            .text(TextItem(text: lao, position: Point(x: 20, y: 200), font: Font(size: 20, weight: .bold))),
        ]
        let anchored: [(Point, TextAnchor, TextBaseline, Double)] = [
            (Point(x: 300, y: 260), .middle, .middle, 0),
            (Point(x: 540, y: 260), .end, .alphabetic, 0),
            (Point(x: 20, y: 300), .start, .top, 0),
            (Point(x: 300, y: 380), .middle, .bottom, 0),
            (Point(x: 585, y: 380), .start, .alphabetic, -90),
        ]
        for (point, anchor, baseline, rotation) in anchored {
            items += crosshairs(at: point)
            items.append(.text(TextItem(
                text: "2,98 tỷ (\(anchor.rawValue)/\(baseline.rawValue))", position: point, font: Font(size: 14),
                color: Color(hex: 0x222222), anchor: anchor, baseline: baseline, rotation: rotation)))
        }
        return Scene(size: Size(width: 600, height: 400), items: items, title: title, description: description)
    }

    static func crosshairs(at p: Point) -> [SceneItem] {
        let stroke = Stroke(color: crosshair, width: 1)
        return [
            .path(.polyline([Point(x: p.x - 8, y: p.y), Point(x: p.x + 8, y: p.y)], stroke: stroke)),
            .path(.polyline([Point(x: p.x, y: p.y - 8), Point(x: p.x, y: p.y + 8)], stroke: stroke)),
        ]
    }

    /// One text run on a white canvas, for probing where its ink lands.
    static func single(_ text: TextItem, size: Size = Size(width: 400, height: 200)) -> Scene {
        Scene(size: size, items: [.text(text)])
    }
}
