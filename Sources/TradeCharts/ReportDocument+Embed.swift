import Foundation

extension ReportDocument {
    /// Widest a chart is placed at its own size in LaTeX: an A4 text column (16 cm); wider charts
    /// are scaled to `\linewidth` (and their text with them: make the pack at `--size a4-column`).
    static let latexColumnCm = 16.0

    /// embed.md: per chart, paste-ready Markdown, an HTML `<figure>` with the alt text, and a
    /// LaTeX figure with `\includegraphics[width=…]`, each in a fenced block, all at the size the
    /// chart was made for (HTML in CSS px, LaTeX in cm), so its text prints at its point sizes.
    public func embedSnippets() -> String {
        var out: [String] = ["# \(Escape.markdown(headings.embedTitle))", "", Escape.markdown(headings.embedIntro), ""]
        for chart in charts {
            let vector = chart.files.first { $0.hasSuffix(".svg") } ?? chart.image
            let print = chart.files.first { $0.hasSuffix(".pdf") } ?? chart.image
            // The size the chart's text was set for; CSS pixels are 96 per inch.
            let latexWidth = chart.widthCm <= Self.latexColumnCm + 0.005 ? Self.centimetres(chart.widthCm) : "\\linewidth"
            out += ["## \(Escape.markdown(chart.title))", ""]
            out += ["Markdown:", "", "```markdown",
                    "![\(Escape.markdown(chart.alt))](\(chart.image))\\",
                    "_\(Escape.markdown(chart.caption))_", "```", ""]
            out += ["HTML:", "", "```html",
                    "<figure>",
                    "  <img src=\"\(Escape.html(vector))\" width=\"\(chart.width)\" height=\"\(chart.height)\" alt=\"\(Escape.html(chart.alt))\">",
                    "  <figcaption>\(Escape.html(chart.caption))</figcaption>",
                    "</figure>", "```", ""]
            out += ["LaTeX:", "", "```latex",
                    "\\begin{figure}[htbp]", "  \\centering",
                    "  \\includegraphics[width=\(latexWidth)]{\(print)}",
                    "  \\caption{\(Escape.latex(chart.caption))}",
                    "  \\label{fig:\(chart.id)}",
                    "\\end{figure}", "```", ""]
        }
        return out.joined(separator: "\n")
    }

    /// `16cm`, `12.5cm`: two decimals at most, trailing zeros dropped.
    static func centimetres(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "cm"
    }
}
