import ChartScene

/// Boxes that in-plot labels keep clear of: data marks (bars, markers, ranges, pieces of lines)
/// and the labels placed so far.
///
/// - Complexity: building from marks is linear in the number of path elements of the (already
///   pixel-reduced) marks; a line contributes at most about 128 boxes however long it is, so a
///   placement costs O(candidates × boxes), independent of the number of data points.
struct Obstacles {
    private(set) var boxes: [Rect] = []

    /// Roles of mark paths that labels must not cover. Fills (areas, bands) may sit under text.
    static let markRoles: Set<String> = ["bar", "point", "point-hollow", "range", "span", "bound", "line", "area-line", "rule", "leader", "arrow", "arrow-head"]

    mutating func add(_ box: Rect) { boxes.append(box) }

    /// Adds the boxes of the mark paths among `items` (groups included).
    mutating func add(marks items: [SceneItem]) {
        for item in items {
            switch item {
            case .group(let g): add(marks: g.items)
            case .text: break
            case .path(let p):
                guard let role = p.role, Self.markRoles.contains(role) else { continue }
                let pad = (p.stroke?.width ?? 0) / 2 + 0.5
                if role == "line" || role == "area-line" || role == "leader" {
                    addPolyline(p.elements, pad: pad)
                } else if let b = p.bounds {
                    add(b.insetBy(dx: -pad, dy: -pad))
                }
            }
        }
    }

    /// A polyline as small boxes: short pieces along each segment for sparse lines, boxes over
    /// runs of consecutive points for dense ones (at most ~128 per line).
    private mutating func addPolyline(_ elements: [PathElement], pad: Double) {
        let points: [Point] = elements.compactMap {
            switch $0 {
            case .move(let p), .line(let p): return p
            case .curve(_, _, let to): return to
            case .close: return nil
            }
        }
        guard let first = points.first else { return }
        if points.count == 1 { add(Rect(x: first.x - pad, y: first.y - pad, width: 2 * pad, height: 2 * pad)); return }
        if points.count <= 129 {
            for (a, b) in zip(points, points.dropFirst()) {
                let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                let pieces = max(1, min(16, Int((length / 12).rounded(.up))))
                for k in 0..<pieces {
                    let t0 = Double(k) / Double(pieces), t1 = Double(k + 1) / Double(pieces)
                    add(Self.box(Point(x: a.x + (b.x - a.x) * t0, y: a.y + (b.y - a.y) * t0),
                                 Point(x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1), pad: pad))
                }
            }
            return
        }
        let chunk = (points.count + 127) / 128
        var start = 0
        while start < points.count - 1 {
            let end = min(points.count - 1, start + chunk)
            var box = Self.box(points[start], points[end], pad: pad)
            for p in points[start...end] { box = box.union(p) }
            add(box)
            start = end
        }
    }

    private static func box(_ a: Point, _ b: Point, pad: Double) -> Rect {
        Rect(x: min(a.x, b.x) - pad, y: min(a.y, b.y) - pad, width: abs(b.x - a.x) + 2 * pad, height: abs(b.y - a.y) + 2 * pad)
    }

    /// How many boxes `r` overlaps, and the area it covers of them.
    func cost(_ r: Rect) -> (count: Int, area: Double) {
        var count = 0, area = 0.0
        for b in boxes where b.intersects(r) {
            count += 1
            area += (min(b.maxX, r.maxX) - max(b.minX, r.minX)) * (min(b.maxY, r.maxY) - max(b.minY, r.minY))
        }
        return (count, area)
    }
}

/// Places in-plot labels (end, rule, band, callout and point labels). Labels never overlap one
/// another and stay inside their area: of the candidate positions that do, it takes the one
/// covering the fewest marks (then the least area, then the earliest candidate). When none does,
/// the text is shortened with "…" and tried again; a label that still finds no room is left out.
/// A halo in the background colour is drawn under each label.
struct LabelPlacer {
    let measurer: any TextMeasurer
    let background: Color
    /// Data marks: labels prefer not to cover them.
    var obstacles: Obstacles
    /// Labels placed so far: never covered.
    private(set) var labels = Obstacles()

    init(measurer: any TextMeasurer, background: Color, obstacles: Obstacles) {
        self.measurer = measurer; self.background = background; self.obstacles = obstacles
    }

    /// How far (px) a label keeps off the marks it is weighed against: its halo's reach, so a
    /// label does not touch a line that passes beside it.
    static let clearance = 2.0

    /// How many placed labels `box` overlaps.
    func labelCost(_ box: Rect) -> Int { labels.cost(box).count }

    /// Marks `box` as taken by a label.
    mutating func addLabel(_ box: Rect) { labels.add(box) }

    /// The best of `candidates` within `area`, or nil when even shortened text finds no room
    /// (when `shorten` is false, nil as soon as the whole text finds none).
    /// The chosen box becomes an obstacle for the labels placed after it.
    mutating func place(_ candidates: [TextItem], within area: Rect, shorten: Bool = true) -> TextItem? {
        var current = candidates
        let layout = TextLayout(measurer: measurer)
        for _ in 0..<(shorten ? 4 : 1) {
            var best: TextItem?
            var bestKey = (Int.max, Double.infinity)
            for candidate in current {
                let box = candidate.bounds(measurer: measurer)
                guard area.contains(box), labels.cost(box).count == 0 else { continue }
                let (count, overlap) = obstacles.cost(box.insetBy(dx: -Self.clearance, dy: -Self.clearance))
                if (count, overlap) < bestKey { best = candidate; bestKey = (count, overlap) }
                if count == 0 { break }
            }
            if let best {
                labels.add(best.bounds(measurer: measurer).insetBy(dx: -2, dy: -1))
                return best
            }
            guard let text = current.first?.text, text != "…" else { return nil }
            let shorter = layout.ellipsize(text, font: current[0].font, maxWidth: layout.width(text, current[0].font) * 0.6)
            current = current.map { var c = $0; c.text = shorter; return c }
        }
        return nil
    }

    /// The label preceded by its halo: a slightly padded rect in the background colour at 85%
    /// opacity, so lines and gridlines under the text do not cross it.
    func withHalo(_ item: TextItem) -> [SceneItem] {
        let box = item.bounds(measurer: measurer).insetBy(dx: -2, dy: -1)
        return [.path(.rect(box, fill: background.withAlpha(0.85), role: "label-halo")), .text(item)]
    }

    /// Places the label and returns it with its halo (nothing when it finds no room).
    mutating func placed(_ candidates: [TextItem], within area: Rect) -> [SceneItem] {
        place(candidates, within: area).map(withHalo) ?? []
    }
}

extension Rect {
    /// The smallest rect containing this one and `p`.
    func union(_ p: Point) -> Rect {
        let x0 = min(minX, p.x), y0 = min(minY, p.y), x1 = max(maxX, p.x), y1 = max(maxY, p.y)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

extension TextItem {
    /// The same text at `position` with another anchor and baseline.
    func moved(to position: Point, anchor: TextAnchor, baseline: TextBaseline) -> TextItem {
        var item = self
        item.position = position; item.anchor = anchor; item.baseline = baseline
        return item
    }
}
