import ChartScene

/// Small path shapes used by marks and legends.
enum Shapes {
    /// A circle as four cubic Béziers.
    static func circle(center c: Point, radius r: Double, fill: Color?, stroke: Stroke?, role: String) -> PathItem {
        let k = 0.5522847498 * r
        let elements: [PathElement] = [
            .move(Point(x: c.x + r, y: c.y)),
            .curve(c1: Point(x: c.x + r, y: c.y + k), c2: Point(x: c.x + k, y: c.y + r), to: Point(x: c.x, y: c.y + r)),
            .curve(c1: Point(x: c.x - k, y: c.y + r), c2: Point(x: c.x - r, y: c.y + k), to: Point(x: c.x - r, y: c.y)),
            .curve(c1: Point(x: c.x - r, y: c.y - k), c2: Point(x: c.x - k, y: c.y - r), to: Point(x: c.x, y: c.y - r)),
            .curve(c1: Point(x: c.x + k, y: c.y - r), c2: Point(x: c.x + r, y: c.y - k), to: Point(x: c.x + r, y: c.y)),
            .close,
        ]
        return PathItem(elements: elements, fill: fill, stroke: stroke, role: role)
    }

    /// A caret (chevron) pointing up (`up`) or down above/below `p`, for "at least"/"at most" bounds.
    static func caret(at p: Point, up: Bool, size s: Double, stroke: Stroke, role: String) -> PathItem {
        let dir = up ? -1.0 : 1.0
        let tip = Point(x: p.x, y: p.y + dir * (s * 2.2))
        return PathItem(elements: [
            .move(Point(x: p.x - s, y: tip.y - dir * s)), .line(tip), .line(Point(x: p.x + s, y: tip.y - dir * s)),
        ], stroke: stroke, role: role)
    }

    /// A closed polygon.
    static func polygon(_ points: [Point], fill: Color?, hatch: Hatch? = nil, stroke: Stroke? = nil, role: String) -> PathItem {
        var elements: [PathElement] = points.enumerated().map { $0.offset == 0 ? .move($0.element) : .line($0.element) }
        elements.append(.close)
        return PathItem(elements: elements, fill: fill, hatch: hatch, stroke: stroke, role: role)
    }

    /// A filled arrowhead with its tip at `tip`, pointing away from `from`.
    static func arrowhead(at tip: Point, from: Point, size: Double, fill: Color, role: String) -> PathItem {
        let dx = tip.x - from.x, dy = tip.y - from.y
        let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
        let ux = dx / length, uy = dy / length
        let back = Point(x: tip.x - ux * size, y: tip.y - uy * size)
        let half = size * 0.5
        return polygon([tip, Point(x: back.x - uy * half, y: back.y + ux * half), Point(x: back.x + uy * half, y: back.y - ux * half)],
                       fill: fill, role: role)
    }
}
