import Foundation
import OOXML
import Testing
@testable import TradeCharts

/// The writers over the report model that cite sources (report.md, report.docx, briefing.pptx)
/// and embed.md, on a document written here: three sources, two key figures citing the same
/// one, a paragraph and a chart citing two.
@Suite("Word, PowerPoint, Markdown notes and embed snippets from the report model")
struct OfficeDocumentTests {
    static func figure(_ chart: String, _ name: String, _ formatted: String, source: String, detail: String) -> BriefingFigure {
        BriefingFigure(chart: chart, figure: name, period: "2025", value: 1, unit: "USD", formatted: formatted,
                       status: "preliminary", qualifier: "", source: source, sourceDetail: detail)
    }

    static var document: ReportDocument {
        var headings = ReportDocumentTests.headings
        headings.altText = "Alt text"
        headings.chartFigures = "Figures in the chart"
        return ReportDocument(
            language: "en", title: "Northland–Southland trade: briefing", subtitle: nil, headings: headings,
            keyFigures: [
                .init(label: "Two-way trade", value: "4.25 billion USD", period: "2025", status: "preliminary", source: 0, sourceKeys: ["NSO"]),
                .init(label: "Exports", value: "2.5 billion USD", period: "2025", status: "final", source: 0, sourceKeys: ["NSO"]),
                .init(label: "Investment", value: "310 million USD", period: "Jan–Nov 2025", status: "final", source: 1, sourceKeys: ["INV"]),
            ],
            analysis: [.init("Reaching 5 billion USD by 2027 needs 8.5% a year.", sourceKeys: ["NSO", "TGT"])],
            charts: [
                .init(id: "trade", title: "Trade reached 4.25 billion USD", caption: "Reported trade against the target band.",
                      alt: "Line chart of trade, 2015–2025, ending at 4.25 billion USD.", image: "trade.png",
                      files: ["trade.png", "trade.svg", "trade.pdf"], width: 960, height: 540,
                      figures: [figure("trade", "Two-way trade", "4.25 billion USD", source: "NSO", detail: "Northland Statistics Office"),
                                figure("trade", "Target", "5 billion USD", source: "TGT;computed", detail: "Joint statement")],
                      sourceLine: "Northland Statistics Office; joint statement"),
                .init(id: "small", title: "A small chart", caption: "Caption & more", alt: "Bars.", image: "small.png",
                      files: ["small.png"], width: 480, height: 360,
                      figures: [figure("small", "Exports", "2.5 billion USD", source: "NSO", detail: "Northland Statistics Office")]),
            ],
            caveats: ["Jan–Nov figures are part-year."],
            sources: [.init(key: "NSO", text: "Northland Statistics Office, Trade Yearbook 2025", url: "https://stats.example.org"),
                      .init(key: "INV", text: "Investment Agency, Bulletin 11/2025", url: nil),
                      .init(key: "TGT", text: "Joint statement of the two governments, 2024", url: nil)])
    }

    static let images = ["trade": ChartImage(png: [0x89, 0x50], svg: Array("<svg/>".utf8)), "small": ChartImage(png: [0x89], svg: nil)]

    @Test("each set of sources gets one note, at its first citation; later places show the numbers")
    func notes() {
        var citations = NoteCitations(Self.document)
        #expect(citations.cite([0])?.note == "[1] Northland Statistics Office, Trade Yearbook 2025")
        #expect(citations.cite([0])?.note == nil)
        #expect(citations.cite([0])?.label == "[1]")
        let pair = citations.cite([2, 0])
        #expect(pair?.label == "[1] [3]")
        #expect(pair?.note == "[1] Northland Statistics Office, Trade Yearbook 2025; [3] Joint statement of the two governments, 2024")
        #expect(citations.cite([]) == nil)
        #expect(Self.document.sourceIndices(Self.document.charts[0]) == [0, 2], "computed is not a source")
    }

    @Test("report.md references every note exactly once, repeats no note and lists every source")
    func markdownNotes() throws {
        let md = Self.document.markdown()
        let definitions = md.split(separator: "\n").filter { $0.hasPrefix("[^") }
        #expect(definitions.count == 3, "NSO; INV; NSO+TGT (paragraph and chart share it)")
        for i in 1...definitions.count {
            #expect(md.components(separatedBy: "[^\(i)]").count == 3, "note \(i): one reference and one definition")
        }
        let texts = definitions.map { $0.drop { $0 != " " } }
        #expect(Set(texts).count == texts.count)
        #expect(md.contains("| Exports | 2.5 billion USD | 2025 | final | \\[1\\] |"), "the second citation shows the number only")
        #expect(md.contains("_Reported trade against the target band._ \\[1\\] \\[3\\]"))
        for (i, source) in Self.document.sources.enumerated() { #expect(md.contains("\n\(i + 1). \(source.text)")) }
    }

    @Test("report.docx: title, key-figures table, figures with alt text, one footnote per note, every source")
    func word() throws {
        let word = Self.document.wordDocument(images: Self.images)
        #expect(word.blocks.first == .heading(0, [.text("Northland–Southland trade: briefing")]))
        #expect(word.pictures.map(\.description) == Self.document.charts.map(\.alt))
        #expect(word.pictures[0].svg != nil && word.pictures[1].svg == nil)
        #expect(abs(word.pictures[0].aspect - 960.0 / 540.0) < 1e-12)
        #expect(abs((word.pictures[0].widthCm ?? 0) - 25.4) < 1e-9, "placed at the size the chart was made for (Word caps it at the text width)")
        let tables = word.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        #expect(tables.count == 1)
        #expect(tables[0].rows.count == 3)
        #expect(tables[0].rows[1][4] == [.text("[1]")])
        var footnotes: [[WordDocument.Inline]] = []
        func collect(_ inlines: [WordDocument.Inline]) {
            for case .footnote(let content) in inlines { footnotes.append(content) }
        }
        for block in word.blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines), .note(let inlines): collect(inlines)
            case .table(let table): table.rows.flatMap { $0 }.forEach(collect)
            case .figure(let figure): collect(figure.caption)
            case .numbered(let items), .bullets(let items): items.forEach(collect)
            }
        }
        #expect(footnotes.count == 3)
        let lists = word.blocks.compactMap { if case .numbered(let items) = $0 { items } else { nil } }
        let sources = try #require(lists.last)
        #expect(sources.count == 3)
        #expect(sources[0] == [.text("Northland Statistics Office, Trade Yearbook 2025"), .text(" — "),
                               .link("https://stats.example.org", url: "https://stats.example.org")])
        #expect(word.properties.language == "en")
    }

    @Test("a chart without an image is left out of the documents")
    func missingImage() {
        let word = Self.document.wordDocument(images: ["small": Self.images["small"]!])
        #expect(word.pictures.map(\.name) == ["small"])
        #expect(Self.document.slideDeck(images: [:]).slides.count == 2)
    }

    @Test("briefing.pptx: key figures, one slide per chart with its headline, source line and notes, then sources")
    func slides() throws {
        let deck = Self.document.slideDeck(images: Self.images)
        #expect(deck.slides.map(\.title) == ["Northland–Southland trade: briefing", "Trade reached 4.25 billion USD", "A small chart", "Sources"])
        guard case .table(let header, let rows, _, _) = deck.slides[0].content else { Issue.record("no table"); return }
        #expect(header.count == 5)
        #expect(rows[2] == ["Investment", "310 million USD", "Jan–Nov 2025", "final", "[2]"])
        let chart = deck.slides[1]
        guard case .picture(let picture) = chart.content else { Issue.record("no picture"); return }
        #expect(picture.description == Self.document.charts[0].alt)
        #expect(chart.footer == "Source: Northland Statistics Office; joint statement")
        #expect(chart.notes.first == "Alt text: Line chart of trade, 2015–2025, ending at 4.25 billion USD.")
        #expect(chart.notes.contains("Two-way trade, 2025: 4.25 billion USD (preliminary) — Northland Statistics Office"))
        #expect(chart.notes.contains("Target, 2025: 5 billion USD (preliminary) — Joint statement"))
        #expect(deck.slides[2].footer == "Source: Northland Statistics Office, Trade Yearbook 2025", "from the figures when the chart has no line")
        guard case .lines(let lines, true, 1) = deck.slides[3].content else { Issue.record("no numbered sources"); return }
        #expect(lines == ["Northland Statistics Office, Trade Yearbook 2025 — https://stats.example.org",
                          "Investment Agency, Bulletin 11/2025", "Joint statement of the two governments, 2024"])
    }

    @Test("the scenario section becomes slides after the key figures: its items as lines, six a slide; intro, items and figures in the notes")
    func scenarioSlides() throws {
        var document = Self.document
        let items = (1...8).map { i in
            ReportDocument.Paragraph("Path \(i): \(i)% a year from 2025; reaches 5 billion USD in \(2030 + i).",
                                     figures: [BriefingFigure(chart: "report", figure: "Path \(i) reaches 5 billion USD", period: "2025→2040",
                                                              value: Double(2030 + i), unit: "year", formatted: "\(2030 + i)", status: "projection",
                                                              qualifier: "", source: "", sourceDetail: "")])
        }
        document.sections = [.init(id: "this-year", heading: "This year so far", blocks: [.paragraph("Not a scenario.")]),
                             .init(id: "scenarios", heading: "Scenarios: Northland plan",
                                   blocks: [.paragraph("The scenarios of “Northland plan”."), .list(items), .paragraph("Assumptions, not forecasts.")])]
        let slides = document.slideDeck(images: [:]).slides
        #expect(slides.map(\.title) == ["Northland–Southland trade: briefing", "Scenarios: Northland plan (1/2)", "Scenarios: Northland plan (2/2)", "Sources"])
        guard case .lines(let first, false, _) = slides[1].content, case .lines(let second, false, _) = slides[2].content else {
            Issue.record("no lines"); return
        }
        #expect(first == items.prefix(6).map { $0.text } && second == items.suffix(2).map { $0.text })
        #expect(slides[2].notes.first == "The scenarios of “Northland plan”.")
        #expect(slides[2].notes.contains("Assumptions, not forecasts."))
        #expect(slides[2].notes.contains(items[7].text))
        #expect(slides[2].notes.contains("Path 8 reaches 5 billion USD, 2025→2040: 2038 (projection)"))
        #expect(!slides.flatMap(\.notes).contains("Not a scenario."))
    }

    @Test("more sources than fit on a slide continue on the next")
    func manySources() {
        var document = Self.document
        document.sources = (1...30).map { .init(key: "S\($0)", text: "Source \($0)", url: nil) }
        let slides = document.slideDeck(images: [:]).slides.dropFirst()
        #expect(slides.map(\.title) == ["Sources (1/3)", "Sources (2/3)", "Sources (3/3)"])
        guard case .lines(let lines, _, let start) = slides.last?.content else { Issue.record("no lines"); return }
        #expect(start == 25 && lines == (25...30).map { "Source \($0)" })
    }

    @Test("embed.md: Markdown, an HTML figure with alt text and a LaTeX figure per chart")
    func embed() {
        let text = Self.document.embedSnippets()
        #expect(text.contains("![Line chart of trade, 2015–2025, ending at 4.25 billion USD.](trade.png)\\\n_Reported trade against the target band._"))
        #expect(text.contains("  <img src=\"trade.svg\" width=\"960\" height=\"540\" alt=\"Line chart of trade, 2015–2025, ending at 4.25 billion USD.\">"))
        #expect(text.contains("  <figcaption>Caption &amp; more</figcaption>"))
        #expect(text.contains("  \\includegraphics[width=\\linewidth]{trade.pdf}"), "25.4 cm is wider than a column")
        #expect(text.contains("  \\includegraphics[width=12.7cm]{small.png}"), "480 px at 96 dpi")
        #expect(text.contains("  \\caption{Caption \\& more}"))
        #expect(text.components(separatedBy: "```html").count == 3)
    }
}
