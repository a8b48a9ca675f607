import Foundation

extension ReportDocument {
    /// A self-contained HTML page: images embedded as data URIs (from `images`, keyed by file
    /// name), no external CSS, fonts or scripts, so the file can be mailed or archived alone.
    ///
    /// A chart with an SVG in `inlineSVGs` (keyed by chart id) is written into the page as `<svg>`
    /// markup instead of an `<img>`: an `<img>` shows an SVG but never its `<title>`s, so only
    /// inline markup lets a reader hover a value and see its period, status and source (the pack
    /// passes its text-mode SVGs, whose ids are unique per chart, so several can share the page).
    public func html(images: [String: Data], inlineSVGs: [String: Data] = [:]) -> String {
        var body: [String] = []
        body.append("<header><h1>\(Escape.html(title))</h1>")
        if let subtitle { body.append("<p class=\"subtitle\">\(Escape.html(subtitle))</p>") }
        body.append("</header>")

        body.append("<section id=\"key-figures\"><h2>\(Escape.html(headings.keyFigures))</h2>")
        body.append("<table><thead><tr><th>\(Escape.html(headings.figure))</th><th class=\"num\">\(Escape.html(headings.value))</th>"
            + "<th>\(Escape.html(headings.period))</th><th>\(Escape.html(headings.status))</th><th>\(Escape.html(headings.source))</th></tr></thead><tbody>")
        for figure in keyFigures {
            let cite = figure.source.map { "<a href=\"#source-\($0 + 1)\">[\($0 + 1)]</a>" } ?? ""
            body.append("<tr><td>\(Escape.html(figure.label))</td><td class=\"num\">\(Escape.html(figure.value))</td>"
                + "<td>\(Escape.html(figure.period))</td><td>\(Escape.html(figure.status))</td><td>\(cite)</td></tr>")
        }
        body.append("</tbody></table></section>")

        if !paragraphs.isEmpty {
            body.append("<section id=\"analysis\"><h2>\(Escape.html(headings.analysis))</h2>")
            body += paragraphs.map { "<p>\(Escape.html($0))</p>" }
            body.append("</section>")
        }

        for section in sections {
            // "section-": a section may share its name with a chart (scenarios, this-year), and ids are unique.
            body.append("<section id=\"section-\(Escape.html(section.id))\"><h2>\(Escape.html(section.heading))</h2>")
            for block in section.blocks {
                switch block {
                case .paragraph(let p):
                    if !p.text.isEmpty { body.append("<p>\(Escape.html(p.text))</p>") }
                case .list(let items):
                    body.append("<ul>" + items.filter { !$0.text.isEmpty }.map { "<li>\(Escape.html($0.text))</li>" }.joined() + "</ul>")
                    case .table(let table):
                    body += table.html()
                }
            }
            body.append("</section>")
        }

        body.append("<section id=\"charts\"><h2>\(Escape.html(headings.charts))</h2>")
        for chart in charts {
            // The chart's sources as links to the Sources list: those its image's source line names.
            let cited = sourceIndices(chart).map { "<a href=\"#source-\($0 + 1)\">[\($0 + 1)]</a>" }.joined(separator: " ")
            let citation = cited.isEmpty ? "" : "<span class=\"sources\">\(cited)</span> "
            if let data = inlineSVGs[chart.id] {
                body.append("<figure id=\"\(Escape.html(chart.id))\" class=\"inline-svg\">" + Self.svgMarkup(data)
                    + "<figcaption><strong>\(Escape.html(chart.title)).</strong> \(Escape.html(chart.caption)) " + citation
                    + "<span class=\"files\">\(Escape.html(headings.files)): \(fileLinks(chart))</span></figcaption></figure>")
                continue
            }
            let src: String
            if let data = images[chart.image] {
                let mime = chart.image.hasSuffix(".svg") ? "image/svg+xml" : "image/png"
                src = "data:\(mime);base64," + data.base64EncodedString()
            } else {
                src = Escape.html(chart.image)
            }
            let links = fileLinks(chart)
            body.append("<figure id=\"\(Escape.html(chart.id))\"><img src=\"\(src)\" alt=\"\(Escape.html(chart.alt))\" "
                + "width=\"\(chart.width)\" height=\"\(chart.height)\">"
                + "<figcaption><strong>\(Escape.html(chart.title)).</strong> \(Escape.html(chart.caption)) " + citation
                + "<span class=\"files\">\(Escape.html(headings.files)): \(links)</span></figcaption></figure>")
        }
        if !skipped.isEmpty {
            body.append("<h3>\(Escape.html(headings.notDrawn))</h3><ul class=\"skipped\">")
            body += skipped.map { "<li>\(Escape.html($0))</li>" }
            body.append("</ul>")
        }
        body.append("</section>")

        if !caveats.isEmpty {
            body.append("<section id=\"caveats\"><h2>\(Escape.html(headings.caveats))</h2><ol>")
            body += caveats.map { "<li>\(Escape.html($0))</li>" }
            body.append("</ol></section>")
        }
        if !sources.isEmpty {
            body.append("<section id=\"sources\"><h2>\(Escape.html(headings.sources))</h2><ol>")
            for (i, source) in sources.enumerated() {
                let url = source.url.map { " <span class=\"url\">\(Escape.html($0))</span>" } ?? ""
                body.append("<li id=\"source-\(i + 1)\">\(Escape.html(source.text))\(url)</li>")
            }
            body.append("</ol></section>")
        }
        body.append("<footer><p>\(Escape.html(headings.generated))</p></footer>")

        return """
        <!DOCTYPE html>
        <html lang="\(Escape.html(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escape.html(title))</title>
        <style>
        \(Self.stylesheet)
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    /// Links to each of a chart's files, named by format ("PNG · SVG").
    private func fileLinks(_ chart: Chart) -> String {
        chart.files.map { name in
            "<a href=\"\(Escape.html(name))\">\(Escape.html(name.split(separator: ".").last.map { $0.uppercased() } ?? name))</a>"
        }.joined(separator: " · ")
    }

    /// An SVG file's markup from its root element on (the XML declaration dropped).
    static func svgMarkup(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard let root = text.range(of: "<svg") else { return "" }
        return String(text[root.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let stylesheet = """
    body { font-family: "Noto Sans", "Noto Sans Lao", "Segoe UI", Arial, sans-serif; color: #1a1a1a;
           max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
    h1 { font-size: 1.8rem; margin-bottom: 0.2rem; } .subtitle { color: #555; margin-top: 0; }
    h2 { font-size: 1.3rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; margin-top: 2rem; }
    table { border-collapse: collapse; width: 100%; table-layout: auto; }
    th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e5e5e5; vertical-align: top;
             overflow-wrap: break-word; }
    th { font-weight: 600; background: #f5f5f5; } .num { text-align: right; white-space: nowrap; }
    figure { margin: 1.5rem 0; } img { max-width: 100%; height: auto; display: block; border: 1px solid #eee; box-sizing: border-box; }
    figure.inline-svg > svg { max-width: 100%; height: auto; display: block; border: 1px solid #eee; box-sizing: border-box; }
    figcaption { color: #333; font-size: 0.95rem; margin-top: 0.4rem; overflow-wrap: anywhere; }
    .files { display: block; color: #666; font-size: 0.85rem; }
    li { margin-bottom: 0.3rem; overflow-wrap: anywhere; } .url { color: #555; font-size: 0.9rem; }
    footer { color: #777; font-size: 0.85rem; margin-top: 2rem; }
    @media (max-width: 40rem) {
      table, thead, tbody, tr, th, td { display: block; width: auto; }
      thead { display: none; }
      tr { border-bottom: 1px solid #ddd; padding: 0.4rem 0; }
      td { border: none; padding: 0.1rem 0; }
      td.num { text-align: left; font-weight: 600; white-space: normal; }
    }
    """
}
