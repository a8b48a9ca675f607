import NumberText

/// The kind of x axis.
public enum XScaleType: String, Codable, Hashable, Sendable, CaseIterable {
    /// Years and parts of years: "2025", "2025-Q1", "2025-H1", "2025-06", "2025-01..2025-11".
    case period
    /// Numbers.
    case linear
    /// Positive numbers on a logarithmic scale.
    case log
    /// Categories in order of appearance.
    case band
}

/// How y values are written.
public enum YFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// Plain numbers ("2,980"); large axes scaled to "million"/"billion" in the caption.
    case number
    /// Amounts in `unit` ("2.98 billion USD").
    case currency
    /// Values are fractions written as percentages (0.327 → "32.7%").
    case percent
    /// Short magnitudes in labels ("2.98B", vi "2,98 tỷ").
    case compact
}

/// The x axis.
public struct XAxisSpec: Codable, Hashable, Sendable {
    /// Scale kind; guessed from the data when absent (period when values look like years).
    public var type: XScaleType?
    public var title: String?
    /// Two values bounding the axis (years or periods for a period axis, numbers otherwise).
    public var domain: [Cell]?
    /// Tick label style for linear and log axes: number, percent or compact.
    public var format: YFormat?
    /// Add the note explaining part-year (year-to-date) marks when any is drawn (default true);
    /// false when the spec's own notes explain them.
    public var partNote: Bool?

    public init(type: XScaleType? = nil, title: String? = nil, domain: [Cell]? = nil, format: YFormat? = nil,
                partNote: Bool? = nil) {
        self.type = type; self.title = title; self.domain = domain; self.format = format; self.partNote = partNote
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case type, title, domain, format, partNote }
}

/// A value marked on the y axis: a pointer at `value` and `label` beside it, in `color` (a hex
/// colour; the theme's text colour when absent).
public struct AxisMark: Codable, Hashable, Sendable {
    public var value: Double
    public var label: String
    public var color: String?

    public init(value: Double, label: String, color: String? = nil) {
        self.value = value; self.label = label; self.color = color
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case value, label, color }
}

/// The y axis.
public struct YAxisSpec: Codable, Hashable, Sendable {
    /// Caption above the axis; the unit caption ("billion USD") is appended.
    public var title: String?
    /// Unit of the values in base units, e.g. "USD".
    public var unit: String?
    public var format: YFormat?
    /// Include zero in the domain (always true for bars and areas).
    public var zero: Bool?
    /// Two numbers bounding the axis.
    public var domain: [Double]?
    /// Logarithmic axis.
    public var log: Bool?
    /// Named rows, the first at the top: y values are row indices (0, 1, …) and the names are the labels.
    public var rows: [String]?
    /// Values marked on the axis with their own labels (recent actual rates on a rate axis): a
    /// pointer on the axis and the label among the tick labels, which give way where they would meet.
    public var marks: [AxisMark]?

    public init(title: String? = nil, unit: String? = nil, format: YFormat? = nil, zero: Bool? = nil,
                domain: [Double]? = nil, log: Bool? = nil, rows: [String]? = nil, marks: [AxisMark]? = nil) {
        self.title = title; self.unit = unit; self.format = format; self.zero = zero; self.domain = domain; self.log = log
        self.rows = rows; self.marks = marks
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case title, unit, format, zero, domain, log, rows, marks }

    /// The style for data labels and callouts.
    func labelStyle() -> NumberStyle {
        switch format ?? (unit == nil ? .number : .currency) {
        case .number: return .number
        case .currency: return .currency(unit ?? "")
        case .percent: return .percent
        case .compact: return .compact
        }
    }
}
