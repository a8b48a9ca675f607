import ChartScene

/// Colours, fonts and series styles of a chart.
public struct Theme: Hashable, Sendable {
    public var name: ThemeName
    public var background: Color
    /// Title and data-label text.
    public var text: Color
    /// Subtitle, tick labels, notes and source.
    public var mutedText: Color
    public var gridline: Color
    /// The zero line and the x axis line.
    public var axisLine: Color
    /// Series colours in order.
    public var palette: [Color]
    /// Dash pattern per series slot (print theme); empty = solid.
    public var seriesDashes: [[Double]]
    /// Hatch per series slot for filled marks (print theme).
    public var seriesHatches: [Hatch?]
    public var title: Font
    public var subtitle: Font
    public var axis: Font
    public var label: Font
    public var footer: Font
    public var lineWidth: Double

    /// Light, Okabe–Ito colour-blind-safe palette: blue, orange, bluish green, vermillion,
    /// reddish purple, sky blue, yellow, black.
    public static let briefing = Theme(
        name: .briefing, background: .white, text: Color(hex: 0x1A1A1A), mutedText: Color(hex: 0x595959),
        gridline: Color(hex: 0xDDDDDD), axisLine: Color(hex: 0x333333),
        palette: [0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0xF0E442, 0x000000].map { Color(hex: $0) },
        seriesDashes: [[]], seriesHatches: [nil])

    /// Greyscale-safe: black and greys, a different dash per line and a hatch per filled series.
    public static let print = Theme(
        name: .print, background: .white, text: .black, mutedText: Color(hex: 0x4D4D4D),
        gridline: Color(hex: 0xD0D0D0), axisLine: .black,
        palette: [0x000000, 0x6E6E6E, 0x9E9E9E, 0x3C3C3C, 0xB5B5B5].map { Color(hex: $0) },
        seriesDashes: [[], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3]],
        seriesHatches: [nil, Hatch(color: .black, spacing: 5, angle: 45, lineWidth: 0.8),
                        Hatch(color: .black, spacing: 5, angle: -45, lineWidth: 0.8),
                        Hatch(color: .black, spacing: 4, angle: 0, lineWidth: 0.8),
                        Hatch(color: .black, spacing: 4, angle: 90, lineWidth: 0.8)])

    /// Light text on near-black, Okabe–Ito colours with white in place of black.
    public static let dark = Theme(
        name: .dark, background: Color(hex: 0x15191E), text: Color(hex: 0xF2F2F2), mutedText: Color(hex: 0xB3B3B3),
        gridline: Color(hex: 0x3A4048), axisLine: Color(hex: 0xC8C8C8),
        palette: [0x56B4E9, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0xF0E442, 0x0072B2, 0xFFFFFF].map { Color(hex: $0) },
        seriesDashes: [[]], seriesHatches: [nil])

    public static func named(_ name: ThemeName) -> Theme {
        switch name {
        case .briefing: return .briefing
        case .print: return .print
        case .dark: return .dark
        }
    }

    init(name: ThemeName, background: Color, text: Color, mutedText: Color, gridline: Color, axisLine: Color,
         palette: [Color], seriesDashes: [[Double]], seriesHatches: [Hatch?]) {
        self.name = name; self.background = background; self.text = text; self.mutedText = mutedText
        self.gridline = gridline; self.axisLine = axisLine; self.palette = palette
        self.seriesDashes = seriesDashes; self.seriesHatches = seriesHatches
        title = Font(size: 20, weight: .bold)
        subtitle = Font(size: 14)
        axis = Font(size: 12)
        label = Font(size: 12, weight: .medium)
        footer = Font(size: 11)
        lineWidth = 2.25
    }

    /// The colour of series slot `i`.
    public func color(_ i: Int) -> Color { palette[i % palette.count] }
    /// The dash of series slot `i`.
    public func dash(_ i: Int) -> [Double] { seriesDashes[i % seriesDashes.count] }
    /// The hatch of series slot `i`.
    public func hatch(_ i: Int) -> Hatch? { seriesHatches[i % seriesHatches.count] }
}

extension Color {
    /// Parses "#RRGGBB" or "RRGGBB".
    init?(hexString: String) {
        var s = Substring(hexString)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self.init(hex: v)
    }
}
