import OOXML

/// The drawing of one chart as Word and PowerPoint embed it: a PNG (2× the chart's size) and,
/// when it keeps the file small, the SVG alongside.
public struct ChartImage: Sendable, Equatable {
    public var png: [UInt8]
    public var svg: [UInt8]?

    public init(png: [UInt8], svg: [UInt8]?) { self.png = png; self.svg = svg }
}

extension ReportDocument {
    /// The fixed properties of the pack's Word and PowerPoint files (no dates: a second run gives
    /// the same bytes).
    var officeProperties: DocumentProperties {
        DocumentProperties(title: title, subject: subtitle, creator: "tradechart", description: headings.generated,
                           language: language, application: "tradechart")
    }

    func picture(_ chart: Chart, _ image: ChartImage) -> Picture {
        Picture(png: image.png, svg: image.svg, aspect: chart.widthCm / max(chart.heightCm, 0.01), widthCm: chart.widthCm,
                name: chart.id, description: chart.alt)
    }

    /// report.docx: the title, the key-figures table, the analysis, each chart with its caption
    /// (alt text in the picture's description), caveats and the numbered sources; every place
    /// that cites sources has a footnote naming them. Charts without an image in `images` are left out.
    public func wordDocument(images: [String: ChartImage]) -> WordDocument {
        typealias Inline = WordDocument.Inline
        var citations = NoteCitations(self)
        /// A table cell: the source numbers, and the note at the first citation of that set.
        func cell(_ indices: [Int]) -> [Inline] {
            guard let cited = citations.cite(indices) else { return [] }
            return [.text(cited.label)] + (cited.note.map { [.footnote([.text($0)])] } ?? [])
        }
        /// After a sentence: the note at the first citation, else the numbers.
        func mark(_ indices: [Int]) -> [Inline] {
            guard let cited = citations.cite(indices) else { return [] }
            return cited.note.map { [.footnote([.text($0)])] } ?? [.text(" \(cited.label)")]
        }

        var blocks: [WordDocument.Block] = [.heading(0, [.text(title)])]
        if let subtitle { blocks.append(.note([.text(subtitle)])) }

        blocks.append(.heading(1, [.text(headings.keyFigures)]))
        let rows: [[[Inline]]] = keyFigures.map { figure in
            [[.text(figure.label)], [.text(figure.value)], [.text(figure.period)], [.text(figure.status)], cell(sourceIndices(figure))]
        }
        blocks.append(.table(.init(header: [headings.figure, headings.value, headings.period, headings.status, headings.source],
                                   rows: rows, rightAligned: [1], widths: [3.2, 1.8, 1.5, 2.2, 1.1])))

        if !paragraphs.isEmpty {
            blocks.append(.heading(1, [.text(headings.analysis)]))
            for paragraph in analysis where !paragraph.text.isEmpty {
                blocks.append(.paragraph([.text(paragraph.text)] + mark(sourceIndices(paragraph))))
            }
        }

        for section in sections {
            blocks.append(.heading(1, [.text(section.heading)]))
            for block in section.blocks {
                switch block {
                case .paragraph(let p):
                    if !p.text.isEmpty { blocks.append(.paragraph([.text(p.text)] + mark(sourceIndices(p)))) }
                case .list(let items):
                    blocks.append(.bullets(items.filter { !$0.text.isEmpty }.map { [.text($0.text)] + mark(sourceIndices($0)) }))
                    case .table(let table):
                    blocks.append(.table(.init(header: table.header, rows: table.rows.map { $0.map { [.text($0)] } },
                                               rightAligned: table.numeric)))
                }
            }
        }

        blocks.append(.heading(1, [.text(headings.charts)]))
        for chart in charts {
            guard let image = images[chart.id] else { continue }
            blocks.append(.heading(2, [.text(chart.title)]))
            blocks.append(.figure(.init(picture: picture(chart, image), caption: [.italic(chart.caption)] + mark(sourceIndices(chart)))))
        }
        if !skipped.isEmpty {
            blocks.append(.heading(2, [.text(headings.notDrawn)]))
            blocks.append(.bullets(skipped.map { [.text($0)] }))
        }

        if !caveats.isEmpty {
            blocks.append(.heading(1, [.text(headings.caveats)]))
            blocks.append(.numbered(caveats.map { [.text($0)] }))
        }
        if !sources.isEmpty {
            blocks.append(.heading(1, [.text(headings.sources)]))
            blocks.append(.numbered(sources.map { source in
                [.text(source.text)] + (source.url.map { [.text(" — "), .link($0, url: $0)] } ?? [])
            }))
        }
        blocks.append(.note([.text(headings.generated)]))
        return WordDocument(properties: officeProperties, blocks: blocks)
    }
}
