/// How an SVG writes its text, the one vocabulary of the CLI (`--svg-text`), the pack and the
/// Cairo backend.
public enum SVGTextMode: String, CaseIterable, Sendable, Hashable {
    /// Glyph outlines (Cairo's SVG surface): looks the same on every machine, but the text cannot
    /// be selected, searched, edited or translated. The default.
    case outlines
    /// `<text>` elements with a font-family list and `xml:lang` per run, placed where the outlines
    /// are; selectable and editable, and each data mark has a `<title>` (its value, period, status
    /// and source). A reader's machine without the fonts (Noto Sans, Noto Sans Lao) substitutes others.
    case text
}
