import CCairo
import CPangoCairo
import ChartScene
import Foundation

/// The extents of one laid-out line, in scene units, relative to the layout's top-left origin.
struct LineExtents {
    /// Left edge of the logical rectangle.
    var x: Double
    /// Top edge of the logical rectangle.
    var y: Double
    var width: Double
    var height: Double
    /// Distance from the layout's top to the first baseline.
    var baseline: Double

    var metrics: TextMetrics {
        TextMetrics(width: width, ascent: baseline - y, descent: y + height - baseline)
    }

    /// How far below the layout's top a run's anchor point lies, for the scene's vertical anchor.
    func offset(for anchor: TextBaseline) -> Double {
        switch anchor {
        case .top: y
        case .middle: y + height / 2
        case .alphabetic: baseline
        case .bottom: y + height
        }
    }
}

/// The Pango objects for measuring and drawing, one set per thread and shared by the measurer
/// and the renderer on that thread: a font map on the application font configuration (see
/// `ApplicationFonts`) and, created only when a run needs it, one on the system configuration.
/// Each has one context and one reusable layout set up identically: hint metrics off, hint
/// style none, default antialias, unrounded glyph positions, absolute px font sizes.
/// Not thread-safe: use from the thread that made it (`current()`).
final class PangoTextEngine {
    /// The layout the last `setLine` filled (`PangoLayout*`), to draw with `pango_cairo_show_layout`.
    private(set) var layout: OpaquePointer
    /// On the application configuration, or on the system one when there is none.
    private let primary: PangoChannel
    private let applicationFonts: ApplicationFonts?
    /// On the system configuration, for runs the application fonts cannot shape (application mode only).
    private var systemChannel: PangoChannel?

    private static let threadKey = "tradechart.PangoTextEngine"

    /// The calling thread's engine (application fonts when available), created on first use.
    static func current() throws(RenderError) -> PangoTextEngine {
        let dictionary = Thread.current.threadDictionary
        if let engine = dictionary[threadKey] as? PangoTextEngine { return engine }
        let engine = try PangoTextEngine(applicationFonts: ApplicationFonts.shared)
        dictionary[threadKey] = engine
        return engine
    }

    /// An engine on `applicationFonts`, or with nil on the system configuration for every run.
    init(applicationFonts: ApplicationFonts?) throws(RenderError) {
        self.applicationFonts = applicationFonts
        primary = try PangoChannel(config: applicationFonts?.config ?? ApplicationFonts.system.config)
        layout = primary.layout
    }

    /// Lays out `text` (NFC-normalised) in `font` and returns its extents; `layout` then holds it.
    func setLine(_ text: String, font: Font) -> LineExtents {
        let normalized = nfc(text)
        let channel = self.channel(for: normalized, family: font.family)
        layout = channel.layout
        return channel.setLine(normalized, font: font)
    }

    /// The primary channel when its fonts can shape the run, otherwise the system channel.
    private func channel(for text: String, family: String) -> PangoChannel {
        guard let applicationFonts, !applicationFonts.canShape(text, family: family) else { return primary }
        if let systemChannel { return systemChannel }
        guard let channel = try? PangoChannel(config: ApplicationFonts.system.config) else {
            return primary  // no system configuration at all: the application fonts are all there is
        }
        systemChannel = channel
        return channel
    }
}

/// One Pango font map with its context and reusable layout.
final class PangoChannel {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    let layout: OpaquePointer
    private var descriptions: [Font: OpaquePointer] = [:]
    private var currentFont: Font?

    /// A new font map on `config` (`FcConfig*`; nil: fontconfig's current configuration).
    init(config: OpaquePointer?) throws(RenderError) {
        guard let fontMap = pango_cairo_font_map_new() else { throw RenderError.pango("create a font map") }
        if let config {
            guard g_type_check_instance_is_a(
                UnsafeMutableRawPointer(fontMap).assumingMemoryBound(to: GTypeInstance.self),
                pango_fc_font_map_get_type()) != 0
            else {
                g_object_unref(fontMap)
                throw RenderError.pango("use a fontconfig font map")
            }
            pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        }
        guard let context = pango_font_map_create_context(fontMap) else {
            g_object_unref(fontMap)
            throw RenderError.pango("create a text context")
        }
        guard let options = cairo_font_options_create() else {
            g_object_unref(UnsafeMutableRawPointer(context))
            g_object_unref(fontMap)
            throw RenderError.pango("create font options")
        }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            g_object_unref(fontMap)
            throw RenderError.pango("create a text layout")
        }
        pango_layout_set_single_paragraph_mode(layout, 1)
        self.fontMap = fontMap
        self.context = context
        self.layout = layout
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
    }

    /// Lays out `text` (already NFC) in `font` on the layout and returns its extents.
    func setLine(_ text: String, font: Font) -> LineExtents {
        if currentFont != font {
            pango_layout_set_font_description(layout, description(for: font))
            currentFont = font
        }
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let unit = Double(PANGO_SCALE)
        return LineExtents(
            x: Double(logical.x) / unit, y: Double(logical.y) / unit,
            width: Double(logical.width) / unit, height: Double(logical.height) / unit,
            baseline: Double(pango_layout_get_baseline(layout)) / unit)
    }

    private func description(for font: Font) -> OpaquePointer? {
        if let cached = descriptions[font] { return cached }
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, max(font.size, 0) * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, Self.weight(font.weight))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[font] = description
        return description
    }

    private static func weight(_ weight: FontWeight) -> PangoWeight {
        switch weight {
        case .regular: return PANGO_WEIGHT_NORMAL
        case .medium: return PANGO_WEIGHT_MEDIUM
        case .bold: return PANGO_WEIGHT_BOLD
        }
    }
}

/// `text` in Unicode normalisation form C (composed), so "ạ" typed as a + U+0323 shapes like
/// the precomposed letter. ASCII is returned as is.
func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    guard let normalized = g_utf8_normalize(text, -1, G_NORMALIZE_NFC) else { return text }
    defer { g_free(normalized) }
    return String(cString: normalized)
}
