import CCairo
import CPangoCairo
import ChartScene

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
}

/// One Pango context and one reusable layout, set up identically for measuring and drawing:
/// hint metrics off, hint style none, default antialias, unrounded glyph positions, absolute
/// px font sizes. Not thread-safe: use from one thread at a time.
final class PangoTextEngine {
    private let ownedFontMap: UnsafeMutablePointer<PangoFontMap>?
    private let context: OpaquePointer
    /// The layout every call reuses (`PangoLayout*`).
    let layout: OpaquePointer
    private var descriptions: [Font: OpaquePointer] = [:]
    private var currentFont: Font?

    /// An engine on the calling thread's default Pango font map (no font map creation per render).
    static func forCurrentThread() throws(RenderError) -> PangoTextEngine {
        guard let map = pango_cairo_font_map_get_default() else { throw RenderError.pango("get the default font map") }
        return try PangoTextEngine(fontMap: map, owned: false)
    }

    /// An engine with a font map of its own, for use from any thread under a lock.
    static func withPrivateFontMap() throws(RenderError) -> PangoTextEngine {
        guard let map = pango_cairo_font_map_new() else { throw RenderError.pango("create a font map") }
        return try PangoTextEngine(fontMap: map, owned: true)
    }

    private init(fontMap: UnsafeMutablePointer<PangoFontMap>, owned: Bool) throws(RenderError) {
        ownedFontMap = owned ? fontMap : nil
        guard let context = pango_font_map_create_context(fontMap) else {
            if owned { g_object_unref(fontMap) }
            throw RenderError.pango("create a text context")
        }
        guard let options = cairo_font_options_create() else {
            g_object_unref(UnsafeMutableRawPointer(context))
            if owned { g_object_unref(fontMap) }
            throw RenderError.pango("create font options")
        }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            if owned { g_object_unref(fontMap) }
            throw RenderError.pango("create a text layout")
        }
        pango_layout_set_single_paragraph_mode(layout, 1)
        self.context = context
        self.layout = layout
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
        if let ownedFontMap { g_object_unref(ownedFontMap) }
    }

    /// Lays out `text` (NFC-normalised) in `font` on the shared layout and returns its extents.
    func setLine(_ text: String, font: Font) -> LineExtents {
        if currentFont != font {
            pango_layout_set_font_description(layout, description(for: font))
            currentFont = font
        }
        pango_layout_set_text(layout, nfc(text), -1)
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
