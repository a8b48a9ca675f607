extension ReportDocument {
    /// GitHub-flavoured Markdown: a key-figures table, the analysis, each chart as an image with
    /// its caption, caveats, and numbered sources as footnotes.
    public func markdown() -> String {
        var out: [String] = ["# \(Escape.markdown(title))", ""]
        if let subtitle { out += ["_\(Escape.markdown(subtitle))_", ""] }

        out += ["## \(headings.keyFigures)", ""]
        out += ["| \(headings.figure) | \(headings.value) | \(headings.period) | \(headings.status) | \(headings.source) |",
                "|---|---:|---|---|---|"]
        for figure in keyFigures {
            let cite = figure.source.map { "[^\($0 + 1)]" } ?? ""
            out.append("| \(Escape.markdown(figure.label)) | \(Escape.markdown(figure.value)) | "
                + "\(Escape.markdown(figure.period)) | \(Escape.markdown(figure.status)) | \(cite) |")
        }
        out.append("")

        if !paragraphs.isEmpty {
            out += ["## \(headings.analysis)", ""]
            for paragraph in paragraphs { out += [Escape.markdown(paragraph), ""] }
        }

        out += ["## \(headings.charts)", ""]
        for chart in charts {
            out += ["### \(Escape.markdown(chart.title))", ""]
            out.append("![\(Escape.markdown(chart.alt))](\(chart.image))")
            out += ["", "_\(Escape.markdown(chart.caption))_", ""]
            let links = chart.files.map { "[\($0.split(separator: ".").last.map(String.init)?.uppercased() ?? $0)](\($0))" }
            out += ["\(headings.files): " + links.joined(separator: " · "), ""]
        }

        if !skipped.isEmpty {
            out += ["### \(headings.notDrawn)", ""]
            out += skipped.map { "- \(Escape.markdown($0))" }
            out.append("")
        }

        if !caveats.isEmpty {
            out += ["## \(headings.caveats)", ""]
            for (i, caveat) in caveats.enumerated() { out.append("\(i + 1). \(Escape.markdown(caveat))") }
            out.append("")
        }

        if !sources.isEmpty {
            out += ["## \(headings.sources)", ""]
            for (i, source) in sources.enumerated() {
                let url = source.url.map { " — " + Escape.markdown($0) } ?? ""
                out.append("[^\(i + 1)]: \(Escape.markdown(source.text))\(url)")
            }
            out.append("")
        }
        out.append("_\(Escape.markdown(headings.generated))_")
        return out.joined(separator: "\n") + "\n"
    }
}
