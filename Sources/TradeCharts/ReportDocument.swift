/// The briefing report as plain data, computed once (`BriefingReport.document`): every number with
/// its period, status and source, the analysis paragraphs with the figures they quote, the charts,
/// caveats, numbered sources (footnotes) and the figures table. report.md, report.html,
/// figures.csv and alt-text.txt are writers over it (`markdown()`, `html(images:)`, `figuresCSV()`,
/// `altText()`), and so are the Word and PowerPoint writers: a number in a document is a number of
/// `figures`. All text is final, localised and unescaped; each writer escapes for its format.
public struct ReportDocument: Sendable, Equatable {
    /// A headline number with where it comes from.
    public struct KeyFigure: Sendable, Equatable {
        public var label: String
        public var value: String
        /// "2025", "Jan–Nov 2025", ...
        public var period: String
        /// "final", "preliminary; revised to ...", "estimate range", ...
        public var status: String
        /// Index into `sources` (0-based): footnote `source + 1`.
        public var source: Int?
        /// The dataset source keys this row cites, in the order it cites them (its own last).
        public var sourceKeys: [String]
        /// The figures.csv rows behind the value.
        public var figures: [BriefingFigure]

        public init(label: String, value: String, period: String, status: String, source: Int?,
                    sourceKeys: [String] = [], figures: [BriefingFigure] = []) {
            self.label = label; self.value = value; self.period = period; self.status = status; self.source = source
            self.sourceKeys = sourceKeys; self.figures = figures
        }
    }

    /// One paragraph of the analysis and the figures it quotes. A paragraph with empty `text`
    /// only carries figures (numbers the analysis computed but no sentence quotes); writers skip it.
    public struct Paragraph: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var figures: [BriefingFigure]
        /// Dataset source keys the paragraph cites (targets' sources).
        public var sourceKeys: [String]

        public init(_ text: String, figures: [BriefingFigure] = [], sourceKeys: [String] = []) {
            self.text = text; self.figures = figures; self.sourceKeys = sourceKeys
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    /// A section of its own after the analysis (the scenarios compared, …): paragraphs and bulleted
    /// lists, each paragraph or item with the figures it quotes.
    public struct Section: Sendable, Equatable {
        public enum Block: Sendable, Equatable {
            case paragraph(Paragraph)
            case list([Paragraph])
            /// A small table of text cells (the windows of the simulation, stated against recomputed figures).
            case table(SectionTable)
        }

        /// The anchor of the section in report.html.
        public var id: String
        public var heading: String
        public var blocks: [Block]

        public init(id: String, heading: String, blocks: [Block]) {
            self.id = id; self.heading = heading; self.blocks = blocks
        }

        /// Every paragraph and list item, in reading order.
        public var paragraphs: [Paragraph] {
            blocks.flatMap { block -> [Paragraph] in
                switch block {
                case .paragraph(let p): [p]
                case .list(let items): items
                case .table: []
                }
            }
        }
    }

    /// One chart of the pack.
    public struct Chart: Sendable, Equatable {
        public var id: String
        public var title: String
        public var caption: String
        public var alt: String
        /// The image shown in documents (a PNG file name in the pack).
        public var image: String
        /// Every file of this chart in the pack (png, svg, pdf).
        public var files: [String]
        /// Pixel size of `image` at scale 1 (CSS px, 96 per inch), for width/height attributes.
        public var width: Int
        public var height: Int
        /// The size the chart was made for, in cm: its text sizes are right when it is placed so.
        public var widthCm: Double
        public var heightCm: Double
        /// Every number the chart shows, with its source (figures.csv rows).
        public var figures: [BriefingFigure]
        /// The source line the image prints under the chart, for slides that show it beside the image.
        public var sourceLine: String?

        public init(id: String, title: String, caption: String, alt: String, image: String, files: [String], width: Int, height: Int,
                    widthCm: Double? = nil, heightCm: Double? = nil, figures: [BriefingFigure] = [], sourceLine: String? = nil) {
            self.id = id; self.title = title; self.caption = caption; self.alt = alt
            self.image = image; self.files = files; self.width = width; self.height = height; self.figures = figures
            self.widthCm = widthCm ?? Double(width) * 2.54 / 96
            self.heightCm = heightCm ?? Double(height) * 2.54 / 96
            self.sourceLine = sourceLine
        }
    }

    /// A cited publication.
    public struct SourceEntry: Sendable, Equatable {
        public var key: String
        public var text: String
        public var url: String?

        public init(key: String, text: String, url: String?) { self.key = key; self.text = text; self.url = url }
    }

    /// Section headings and fixed phrases in the report's language.
    public struct Headings: Sendable, Equatable {
        public var keyFigures, figure, value, period, status, source, analysis, charts, caveats, sources, files: String
        public var generated: String
        /// Heading of the list of charts left out.
        public var notDrawn = "Charts not drawn"
        /// Labels in the slides' speaker notes: the chart's alt text, the numbers it shows.
        public var altText = "Alt text"
        public var chartFigures = "Figures in the chart"
        /// Title and first line of embed.md.
        public var embedTitle = "Embedding the charts"
        public var embedIntro = "Paste-ready snippets for each chart: Markdown, HTML and LaTeX. The alt text goes with the image; the caption below it."

        public init(keyFigures: String, figure: String, value: String, period: String, status: String, source: String,
                    analysis: String, charts: String, caveats: String, sources: String, files: String, generated: String) {
            self.keyFigures = keyFigures; self.figure = figure; self.value = value; self.period = period
            self.status = status; self.source = source; self.analysis = analysis; self.charts = charts
            self.caveats = caveats; self.sources = sources; self.files = files; self.generated = generated
        }
    }

    public var language: String
    public var title: String
    public var subtitle: String?
    public var headings: Headings
    public var keyFigures: [KeyFigure]
    public var analysis: [Paragraph]
    public var charts: [Chart]
    public var caveats: [String]
    /// The numbered sources (footnotes), in order of first citation in the document.
    public var sources: [SourceEntry]
    /// Charts left out of the pack, each with the reason ("investment: no 'investment_registered' series").
    public var skipped: [String]
    /// Sections after the analysis, before the charts.
    public var sections: [Section]

    public init(language: String, title: String, subtitle: String?, headings: Headings, keyFigures: [KeyFigure],
                analysis: [Paragraph], charts: [Chart], caveats: [String], sources: [SourceEntry], skipped: [String] = [],
                sections: [Section] = []) {
        self.language = language; self.title = title; self.subtitle = subtitle; self.headings = headings
        self.keyFigures = keyFigures; self.analysis = analysis; self.charts = charts
        self.caveats = caveats; self.sources = sources; self.skipped = skipped; self.sections = sections
    }

    /// Every number of the document, as figures.csv lists them: key figures, the analysis, the
    /// sections, then each chart.
    public var figures: [BriefingFigure] {
        keyFigures.flatMap(\.figures) + analysis.flatMap(\.figures) + sections.flatMap(\.paragraphs).flatMap(\.figures)
            + charts.flatMap(\.figures)
    }

    /// The paragraphs a reader sees (those with text).
    public var paragraphs: [String] { analysis.map(\.text).filter { !$0.isEmpty } }

    /// The 1-based footnote number of a source key, nil when the document does not cite it.
    public func footnote(for key: String) -> Int? { sources.firstIndex { $0.key == key }.map { $0 + 1 } }

    /// Every source key the document cites, each once, in order of first citation: key figures,
    /// the analysis, the sections, then the charts' figures. `computed` (figures tradechart derived) is not a source.
    public static func citedKeys(keyFigures: [KeyFigure], analysis: [Paragraph], sections: [Section] = [], charts: [Chart]) -> [String] {
        var keys: [String] = []
        func cite(_ key: String) {
            guard key != "computed", !key.isEmpty, !keys.contains(key) else { return }
            keys.append(key)
        }
        keyFigures.flatMap(\.sourceKeys).forEach(cite)
        analysis.flatMap(\.sourceKeys).forEach(cite)
        for paragraph in sections.flatMap(\.paragraphs) {
            (paragraph.sourceKeys + paragraph.figures.flatMap { ReportDocument.keys($0.source) }).forEach(cite)
        }
        for figure in charts.flatMap(\.figures) { figure.source.split(separator: ";").map(String.init).forEach(cite) }
        return keys
    }
}
