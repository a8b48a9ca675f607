/// The kinds of marks.
public enum MarkType: String, Codable, Hashable, Sendable, CaseIterable {
    /// Lines with optional markers; dashed for projections; gaps at missing values.
    case line
    /// Bars from zero: single, grouped by `color`, or stacked (`stack: true`); negatives go down.
    case bar
    /// Filled areas from zero, stacked when `stack: true`.
    case area
    /// A filled band between `y` and `y2`.
    case band
    /// Horizontal lines at each row's `y`.
    case rule
    /// Vertical range (error) bars from `low` to `high`, with a point at `y` when present.
    case range
    /// Points; hollow for estimates, preliminary and approximate values.
    case point
    /// Text at each row's position from the `label` column.
    case text
    /// Cells spanning each row's x period and `low`…`high`, coloured by the number in `color`.
    case heatmap
}

/// Which way bars run.
public enum BarOrientation: String, Codable, Hashable, Sendable, CaseIterable {
    /// Upwards from the x axis (default).
    case vertical
    /// Rightwards from a category axis on the left, labels written in full.
    case horizontal
}

/// The order of categories on a horizontal bar chart.
public enum CategorySort: String, Codable, Hashable, Sendable, CaseIterable {
    /// Largest total first (at the top).
    case value
    /// Alphabetical.
    case label
    /// In the order of the data.
    case given
}

/// One layer of marks drawn from one table.
public struct Layer: Codable, Hashable, Sendable {
    public var mark: MarkType
    /// The table's name in `data`; the first table (by name) when absent.
    public var data: String?
    /// Column names for each channel.
    public var x: String?
    public var y: String?
    public var y2: String?
    public var low: String?
    public var high: String?
    /// Column whose values split the rows into series (one colour each).
    public var color: String?
    public var label: String?
    /// Status column; defaults to "status" when the table has it.
    public var status: String?
    /// Qualifier column; defaults to "qualifier" when the table has it.
    public var qualifier: String?
    /// Stack the series of this layer (bar, area).
    public var stack: Bool?
    /// Legend and end-label name of the layer (when not split by `color`).
    public var name: String?
    public var style: LayerStyle?
    /// Bars: `horizontal` draws categories (the `x` column) down the left and values rightwards.
    public var orient: BarOrientation?
    /// Horizontal bars: category order (`value` by default).
    public var sort: CategorySort?
    /// Horizontal bars: keep the `top` largest categories and sum the rest into one "others" bar.
    public var top: Int?
    /// The name of the "others" bar ("Others", vi "Khác", by default).
    public var others: String?
    /// The meaning of the layer's marks (history, projection, target…); the theme draws each role
    /// with one colour, dash and weight in every chart.
    public var role: MarkRole?
    /// Roles of the series a `color` column splits the layer into, by the column's value
    /// (`{Exports: primary, Imports: secondary}`); `role` for values not listed.
    public var roles: [String: MarkRole]?

    public init(mark: MarkType, data: String? = nil, x: String? = nil, y: String? = nil, y2: String? = nil,
                low: String? = nil, high: String? = nil, color: String? = nil, label: String? = nil,
                status: String? = nil, qualifier: String? = nil, stack: Bool? = nil, name: String? = nil,
                style: LayerStyle? = nil, orient: BarOrientation? = nil, sort: CategorySort? = nil, top: Int? = nil,
                others: String? = nil, role: MarkRole? = nil, roles: [String: MarkRole]? = nil) {
        self.mark = mark; self.data = data; self.x = x; self.y = y; self.y2 = y2; self.low = low; self.high = high
        self.color = color; self.label = label; self.status = status; self.qualifier = qualifier
        self.stack = stack; self.name = name; self.style = style
        self.orient = orient; self.sort = sort; self.top = top; self.others = others; self.role = role
        self.roles = roles
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case mark, data, x, y, y2, low, high, color, label, status, qualifier, stack, name, style, orient, sort, top, others, role, roles
    }

    /// True for a bar layer drawn horizontally.
    var isHorizontal: Bool { mark == .bar && orient == .horizontal }
}

/// Where a line's name is written.
public enum LabelPlacement: String, Codable, Hashable, Sendable {
    /// At the right end of the line (direct label).
    case end
    /// Not written next to the line (it goes to the legend).
    case none
}

/// Drawing options of a layer.
public struct LayerStyle: Codable, Hashable, Sendable {
    /// Dashed line (a projection); rows with status `projection` are dashed anyway.
    public var dash: Bool?
    /// Same as `dash: true`, and the legend says so.
    public var projection: Bool?
    /// "#RRGGBB"; the theme's palette colour by default.
    public var color: String?
    /// Circle markers at each point (default when 24 points or fewer).
    public var markers: Bool?
    public var opacity: Double?
    /// Direct label at the end of a line (default when 2–4 lines).
    public var label: LabelPlacement?
    /// Line width in px.
    public var width: Double?

    public init(dash: Bool? = nil, projection: Bool? = nil, color: String? = nil, markers: Bool? = nil,
                opacity: Double? = nil, label: LabelPlacement? = nil, width: Double? = nil) {
        self.dash = dash; self.projection = projection; self.color = color; self.markers = markers
        self.opacity = opacity; self.label = label; self.width = width
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case dash, projection, color, markers, opacity, label, width }
}

/// The kinds of annotation.
public enum AnnotationType: String, Codable, Hashable, Sendable, CaseIterable {
    /// Text at an offset (`dx`, `dy` px) from the point (`x`, `y`), with a leader line.
    case callout
    /// A reference or target line at `y` (horizontal) or `x` (vertical), with `label`.
    case rule
    /// A translucent band from `y0` to `y1` over `x0`...`x1` (the whole axis when absent), `label` inside.
    case band
    /// An arrow at `y` pointing off the right end of the x axis (a value beyond it), from the middle
    /// of `x` (32 px inside the plot's right edge when absent) to just past the edge; `label` beside it.
    case arrow
}

/// A callout, rule, band or off-axis arrow drawn over the data.
public struct Annotation: Codable, Hashable, Sendable {
    public var type: AnnotationType
    public var x: Cell?
    public var y: Double?
    public var x0: Cell?
    public var x1: Cell?
    public var y0: Double?
    public var y1: Double?
    /// Callout text.
    public var text: String?
    /// Rule or band label.
    public var label: String?
    public var dx: Double?
    public var dy: Double?
    /// The meaning of a rule or band (a band is a `goal` by default; a rule without a role is a
    /// thin solid reference line).
    public var role: MarkRole?
    /// An arrow's colour ("#RRGGBB"), e.g. its row's series colour; the role's (or muted text) when absent.
    public var color: String?

    public init(type: AnnotationType, x: Cell? = nil, y: Double? = nil, x0: Cell? = nil, x1: Cell? = nil,
                y0: Double? = nil, y1: Double? = nil, text: String? = nil, label: String? = nil,
                dx: Double? = nil, dy: Double? = nil, role: MarkRole? = nil, color: String? = nil) {
        self.type = type; self.x = x; self.y = y; self.x0 = x0; self.x1 = x1; self.y0 = y0; self.y1 = y1
        self.text = text; self.label = label; self.dx = dx; self.dy = dy; self.role = role; self.color = color
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case type, x, y, x0, x1, y0, y1, text, label, dx, dy, role, color }
}
