import NumberText
/// A chart described as data: decoded from YAML or JSON (`ChartSpec.decode(yaml:file:)`), built
/// in code, or made by `ChartSpec.quick(...)`. `ChartBuilder` turns it into a `Scene`.
/// See `charts/README.md` for the format with examples.
public struct ChartSpec: Codable, Hashable, Sendable {
    public var title: String?
    public var subtitle: String?
    /// Notes printed above the source line, one paragraph each.
    public var notes: [String]
    /// The source line ("Source: ..." is added when the text does not start with it).
    public var source: String?
    /// Canvas size in CSS px (96 per inch); 960×540 (25.4 cm × 14.29 cm) by default.
    public var size: ChartSize
    public var theme: ThemeName
    /// Language of number formats and generated words.
    public var language: Language
    /// Named tables; a layer names its table with `data` (or uses the only/first one).
    public var data: [String: DataSource]
    public var x: XAxisSpec
    public var y: YAxisSpec
    public var layers: [Layer]
    public var annotations: [Annotation]
    /// Alt text; generated from the title and series when absent.
    public var alt: String?
    /// Small multiples: one panel per value of a column, sharing scales by default.
    public var facet: FacetSpec?
    /// The file the spec was read from and the position of each value in it (set by `decode`),
    /// so that problems its data shows are reported at their line and column. Not part of the
    /// spec's value: equality and hashing ignore it.
    public var origin: SpecOrigin? {
        get { originSlot.value }
        set { originSlot.value = newValue }
    }
    private var originSlot = OriginSlot()

    public init(
        title: String? = nil, subtitle: String? = nil, notes: [String] = [], source: String? = nil,
        size: ChartSize = .default, theme: ThemeName = .briefing, language: Language = .en,
        data: [String: DataSource] = [:], x: XAxisSpec = XAxisSpec(), y: YAxisSpec = YAxisSpec(),
        layers: [Layer] = [], annotations: [Annotation] = [], alt: String? = nil, facet: FacetSpec? = nil
    ) {
        self.title = title; self.subtitle = subtitle; self.notes = notes; self.source = source
        self.size = size; self.theme = theme; self.language = language; self.data = data
        self.x = x; self.y = y; self.layers = layers; self.annotations = annotations; self.alt = alt
        self.facet = facet
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, subtitle, notes, source, size, theme, language, data, x, y, layers, annotations, alt, facet
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        source = try c.decodeIfPresent(String.self, forKey: .source)
        size = try c.decodeIfPresent(ChartSize.self, forKey: .size) ?? .default
        theme = try c.decodeIfPresent(ThemeName.self, forKey: .theme) ?? .briefing
        language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .en
        data = try c.decodeIfPresent([String: DataSource].self, forKey: .data) ?? [:]
        x = try c.decodeIfPresent(XAxisSpec.self, forKey: .x) ?? XAxisSpec()
        y = try c.decodeIfPresent(YAxisSpec.self, forKey: .y) ?? YAxisSpec()
        layers = try c.decodeIfPresent([Layer].self, forKey: .layers) ?? []
        annotations = try c.decodeIfPresent([Annotation].self, forKey: .annotations) ?? []
        alt = try c.decodeIfPresent(String.self, forKey: .alt)
        facet = try c.decodeIfPresent(FacetSpec.self, forKey: .facet)
    }
}

/// Canvas size in CSS px, 96 to the inch: the size the chart is laid out and placed at
/// (960 px = 25.4 cm). Text sizes are fixed in points at this size, so a smaller canvas reflows
/// (wrapped titles and legends, fewer ticks and direct labels) instead of shrinking its text.
public struct ChartSize: Codable, Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Multiplies the theme's type sizes: 1 is print (ticks 9 pt, notes 8.25 pt), the slide
    /// size uses 4/3. At least 1 and at most 3, so text never falls below the print sizes.
    public var textScale: Double

    public init(width: Double, height: Double, textScale: Double = 1) {
        self.width = width; self.height = height; self.textScale = textScale
    }

    /// 960×540: 16:9, 25.4 cm × 14.29 cm.
    public static let `default` = ChartSize(width: 960, height: 540)
    /// The largest side accepted.
    public static let maximumSide = 16384.0
    /// The text scales accepted.
    public static let textScales = 1.0...3.0

    /// The width in centimetres (96 px per inch).
    public var widthCentimetres: Double { width / LengthUnit.cm.pixels }
    /// The height in centimetres (96 px per inch).
    public var heightCentimetres: Double { height / LengthUnit.cm.pixels }

    enum CodingKeys: String, CodingKey, CaseIterable { case width, height, textScale }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        width = try c.decode(Double.self, forKey: .width)
        height = try c.decode(Double.self, forKey: .height)
        textScale = try c.decodeIfPresent(Double.self, forKey: .textScale) ?? 1
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(width, forKey: .width)
        try c.encode(height, forKey: .height)
        if textScale != 1 { try c.encode(textScale, forKey: .textScale) }
    }

    /// Throws `ChartError.invalidSize` unless both sides are in 1...16384 and the text scale in 1...3.
    public func validate() throws {
        let range = 1.0...Self.maximumSide
        guard range.contains(width), range.contains(height) else {
            throw ChartError.invalidSize(width: width, height: height)
        }
        guard Self.textScales.contains(textScale) else { throw ChartError.invalidTextScale(textScale) }
    }
}

/// The named themes.
public enum ThemeName: String, Codable, Hashable, Sendable, CaseIterable {
    /// Light, Okabe–Ito colour-blind-safe palette (default).
    case briefing
    /// Distinguishable in greyscale: dashes and hatched fills.
    case print
    /// Light text on a dark background.
    case dark
}

/// Holds a spec's origin outside its value.
private struct OriginSlot: Hashable, Sendable {
    var value: SpecOrigin?
    static func == (lhs: OriginSlot, rhs: OriginSlot) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
