import OOXML

extension ReportDocument {
    /// Sources per slide on the sources slides, so each line stays readable.
    static let sourcesPerSlide = 12

    /// Scenarios per slide on the scenario slides, so each rule and reach year stays readable.
    static let scenariosPerSlide = 6

    /// briefing.pptx: a key-figures slide, the scenario list (each scenario's label, rule in words,
    /// reach years, gaps and horizon value, as the report's scenario section; the section's intro,
    /// assumptions and figures in the notes), one 16:9 slide per chart (the headline as title, the
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

        slides += scenarioSlides()

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

    /// The scenario section as slides of at most `scenariosPerSlide` items: the section's heading
    /// as title (numbered when it takes several), the items as lines; the intro, the items in full,
    /// the closing notes and the items' figures in the speaker notes.
    func scenarioSlides() -> [SlideDeck.Slide] {
        guard let section = sections.first(where: { $0.id.hasPrefix("scenario") }) else { return [] }
        var items: [Paragraph] = [], notes: [String] = []
        for block in section.blocks {
            switch block {
            case .list(let list): items += list
            case .paragraph(let p) where !p.text.isEmpty: notes.append(p.text)
            default: break
            }
        }
        guard !items.isEmpty else { return [] }
        let pages = stride(from: 0, to: items.count, by: Self.scenariosPerSlide).map { Array(items[$0..<min($0 + Self.scenariosPerSlide, items.count)]) }
        return pages.enumerated().map { page, list in
            let title = pages.count > 1 ? "\(section.heading) (\(page + 1)/\(pages.count))" : section.heading
            var lines = notes + list.map(\.text)
            let figures = list.flatMap(\.figures)
            if !figures.isEmpty {
                lines.append("\(headings.chartFigures):")
                lines += figures.map { "\($0.figure), \($0.period): \($0.formatted)" + ($0.status.isEmpty ? "" : " (\($0.status))") }
            }
            return .init(title: title, content: .lines(list.map(\.text), numbered: false, start: 1), notes: lines)
        }
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
