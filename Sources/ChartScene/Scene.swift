/// One segment of a path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// Cubic Bézier to `to` with control points `c1`, `c2`.
    case curve(c1: Point, c2: Point, to: Point)
    case close
}

/// A filled and/or stroked outline.
public struct PathItem: Hashable, Sendable, Codable {
    public var elements: [PathElement]
    public var fill: Color?
    public var hatch: Hatch?
    public var stroke: Stroke?
    /// Semantic role for tests and accessibility ("bar", "line", "gridline"...); not drawn.
    public var role: String?
    /// The data values the path draws (one for a bar or point, one per vertex for a line); nil for
    /// axes, gridlines and decoration. Not drawn; the text-mode SVG writes it as `<title>`.
    public var data: [MarkDatum]?

    public init(elements: [PathElement], fill: Color? = nil, hatch: Hatch? = nil, stroke: Stroke? = nil, role: String? = nil,
                data: [MarkDatum]? = nil) {
        self.elements = elements; self.fill = fill; self.hatch = hatch; self.stroke = stroke; self.role = role
        self.data = data
    }

    /// The path with `data` attached.
    public func with(data: [MarkDatum]?) -> PathItem {
        var copy = self
        copy.data = data
        return copy
    }

    public static func rect(_ r: Rect, fill: Color? = nil, hatch: Hatch? = nil, stroke: Stroke? = nil, role: String? = nil) -> PathItem {
        PathItem(
            elements: [
                .move(Point(x: r.minX, y: r.minY)), .line(Point(x: r.maxX, y: r.minY)),
                .line(Point(x: r.maxX, y: r.maxY)), .line(Point(x: r.minX, y: r.maxY)), .close,
            ], fill: fill, hatch: hatch, stroke: stroke, role: role)
    }

    public static func polyline(_ points: [Point], stroke: Stroke, role: String? = nil) -> PathItem {
        var elements: [PathElement] = []
        elements.reserveCapacity(points.count)
        for (i, p) in points.enumerated() { elements.append(i == 0 ? .move(p) : .line(p)) }
        return PathItem(elements: elements, stroke: stroke, role: role)
    }
}

public enum TextAnchor: String, Hashable, Sendable, Codable { case start, middle, end }
public enum TextBaseline: String, Hashable, Sendable, Codable { case top, middle, alphabetic, bottom }

/// A single line of text positioned at `position` by its anchor and baseline.
public struct TextItem: Hashable, Sendable, Codable {
    public var text: String
    public var position: Point
    public var font: Font
    public var color: Color
    public var anchor: TextAnchor
    public var baseline: TextBaseline
    /// Degrees clockwise around `position`.
    public var rotation: Double
    public var role: String?

    public init(
        text: String, position: Point, font: Font, color: Color = .black, anchor: TextAnchor = .start,
        baseline: TextBaseline = .alphabetic, rotation: Double = 0, role: String? = nil
    ) {
        self.text = text; self.position = position; self.font = font; self.color = color
        self.anchor = anchor; self.baseline = baseline; self.rotation = rotation; self.role = role
    }
}

/// Items drawn together, optionally clipped and transformed.
public struct GroupItem: Hashable, Sendable, Codable {
    public var items: [SceneItem]
    public var clip: Rect?
    public var transform: Transform?
    public var role: String?

    public init(items: [SceneItem], clip: Rect? = nil, transform: Transform? = nil, role: String? = nil) {
        self.items = items; self.clip = clip; self.transform = transform; self.role = role
    }
}

public indirect enum SceneItem: Hashable, Sendable {
    case path(PathItem)
    case text(TextItem)
    case group(GroupItem)
}

/// A finished chart as plain data: what a backend draws, what tests inspect.
public struct Scene: Hashable, Sendable, Codable {
    public var size: Size
    public var background: Color?
    public var items: [SceneItem]
    /// The chart's title, written as SVG `<title>` and PDF metadata.
    public var title: String?
    /// Alt text, written as SVG `<desc>`.
    public var description: String?
    /// The language of the chart's words as a BCP 47 tag ("en", "vi"), written as `xml:lang`.
    public var language: String?

    public init(size: Size, background: Color? = .white, items: [SceneItem], title: String? = nil, description: String? = nil,
                language: String? = nil) {
        self.size = size; self.background = background; self.items = items; self.title = title; self.description = description
        self.language = language
    }
}
