import ChartScene

/// Wrapping and ellipsizing by measured width.
struct TextLayout {
    let measurer: any TextMeasurer

    func width(_ text: String, _ font: Font) -> Double { measurer.measure(text, font: font).width }

    /// Lines of at most `maxWidth`, breaking at spaces (or anywhere between characters for text
    /// without spaces, such as Lao), at most `maxLines`, the last one ellipsized when cut.
    func wrap(_ text: String, font: Font, maxWidth: Double, maxLines: Int) -> [String] {
        guard maxLines > 0, !text.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let word: Substring
            if let space = rest.firstIndex(of: " ") {
                word = rest[...space]
                rest = rest[rest.index(after: space)...]
            } else {
                word = rest
                rest = ""
            }
            let candidate = current + word
            if width(candidate.trimmingTrailingSpaces, font) <= maxWidth {
                current = candidate
                continue
            }
            if !current.isEmpty {
                lines.append(current.trimmingTrailingSpaces)
                current = ""
            }
            // the word alone is too wide: break it between characters
            var piece = ""
            for ch in word {
                if width(piece + String(ch), font) > maxWidth, !piece.isEmpty {
                    lines.append(piece)
                    piece = ""
                }
                piece.append(ch)
            }
            current = piece
        }
        if !current.trimmingTrailingSpaces.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = ellipsize(kept[maxLines - 1] + " " + lines[maxLines], font: font, maxWidth: maxWidth, force: true)
        return kept
    }

    /// `text` cut with "…" to fit `maxWidth` (always ending in "…" when `force`).
    func ellipsize(_ text: String, font: Font, maxWidth: Double, force: Bool = false) -> String {
        if !force, width(text, font) <= maxWidth { return text }
        var chars = Array(text)
        while !chars.isEmpty {
            let candidate = String(chars).trimmingTrailingSpaces + "…"
            if width(candidate, font) <= maxWidth { return candidate }
            chars.removeLast()
        }
        return "…"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
