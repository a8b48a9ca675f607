import OOXML

extension ReportDocument {
    /// Sources per slide on the sources slides, so each line stays readable.
    static let sourcesPerSlide = 12

    /// briefing.pptx: a key-figures slide, one 16:9 slide per chart (the headline as title, the
    /// chart, its source line; the alt text and the chart's figures in the speaker notes), then
    /// the numbered sources. Charts without an image in `images` are left out.
    public func slideDeck(images: [String: ChartImage]) -> SlideDeck {
        var slides: [SlideDeck.Slide] = []
        let rows = keyFigures.map { figure in
            [figure.label, figure.value, figure.period, figure.status, sourceIndices(figure).map { "[\($0 + 1)]" }.joined(separator: " ")]
        }
        let figureNotes = keyFigures.map { figure in
            let cited = sourceIndices(figure)
            return "\(figure.label): \(figure.value) (\(figure.period); \(figure.status))" + (cited.isEmpty ? "" : " — \(noteText(cited))")
        }
        slides.append(.init(title: title, content: .table(header: [headings.keyFigures, headings.value, headings.period, headings.status, headings.source],
                                                          rows: rows, rightAligned: [1], widths: [3.2, 2.2, 1.4, 3.2, 0.9]),
                            footer: subtitle, notes: figureNotes + [headings.generated]))

        for chart in charts {
            guard let image = images[chart.id] else { continue }
            var notes = ["\(headings.altText): \(chart.alt)", chart.caption]
            if !chart.figures.isEmpty {
                notes.append("\(headings.chartFigures):")
                notes += chart.figures.map { figure in
                    var line = "\(figure.figure), \(figure.period): \(figure.formatted)"
                    let qualifiers = [figure.status, figure.qualifier].filter { !$0.isEmpty }
                    if !qualifiers.isEmpty { line += " (\(qualifiers.joined(separator: "; ")))" }
                    if !figure.sourceDetail.isEmpty { line += " — \(figure.sourceDetail)" }
                    return line
                }
            }
            slides.append(.init(title: chart.title, content: .picture(picture(chart, image)), footer: sourceLine(chart), notes: notes))
        }

        let pages = stride(from: 0, to: sources.count, by: Self.sourcesPerSlide).map { start in
            Array(sources.indices[start..<min(start + Self.sourcesPerSlide, sources.count)])
        }
        for (page, indices) in pages.enumerated() {
            let lines = indices.map { i in sources[i].text + (sources[i].url.map { " — \($0)" } ?? "") }
            let title = pages.count > 1 ? "\(headings.sources) (\(page + 1)/\(pages.count))" : headings.sources
            slides.append(.init(title: title, content: .lines(lines, numbered: true, start: (indices.first ?? 0) + 1)))
        }
        return SlideDeck(properties: officeProperties, slides: slides)
    }

    /// The chart's source line as its image prints it, or the sources of its figures.
    func sourceLine(_ chart: Chart) -> String? {
        if let line = chart.sourceLine, !line.isEmpty {
            return line.hasPrefix(headings.source) ? line : "\(headings.source): \(line)"
        }
        let cited = sourceIndices(chart)
        return cited.isEmpty ? nil : "\(headings.source): " + cited.map { sources[$0].text }.joined(separator: "; ")
    }
}
