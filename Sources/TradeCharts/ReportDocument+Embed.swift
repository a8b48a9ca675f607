import Foundation

extension ReportDocument {
    /// Widest a chart is placed at its own size in LaTeX: an A4 text column (16 cm); wider charts
    /// are scaled to `\linewidth`.
    static let latexColumnCm = 16.0

    /// embed.md: per chart, paste-ready Markdown, an HTML `<figure>` with the alt text, and a
    /// LaTeX figure with `\includegraphics[width=…]`, each in a fenced block.
    public func embedSnippets() -> String {
        var out: [String] = ["# \(Escape.markdown(headings.embedTitle))", "", Escape.markdown(headings.embedIntro), ""]
        for chart in charts {
            let vector = chart.files.first { $0.hasSuffix(".svg") } ?? chart.image
            let print = chart.files.first { $0.hasSuffix(".pdf") } ?? chart.image
            // CSS pixels at 96 per inch: the size the chart's text was set for.
            let widthCm = Double(chart.width) / 96 * 2.54
            let latexWidth = widthCm <= Self.latexColumnCm ? String(format: "%.1fcm", widthCm) : "\\linewidth"
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
}
