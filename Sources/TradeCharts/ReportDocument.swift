/// The briefing report as plain data, rendered to Markdown and HTML by its extensions.
/// All text is final, localised and unescaped; the renderers escape it.
public struct ReportDocument: Sendable, Equatable {
    /// A headline number with where it comes from.
    public struct KeyFigure: Sendable, Equatable {
        public var label: String
        public var value: String
        /// "2025", "Jan–Nov 2025", ...
        public var period: String
        /// "final", "preliminary; revised to ...", "estimate range", ...
        public var status: String
        /// Index into `sources` (0-based).
        public var source: Int?

        public init(label: String, value: String, period: String, status: String, source: Int?) {
            self.label = label; self.value = value; self.period = period; self.status = status; self.source = source
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
        /// Pixel size of `image` at scale 1, for width/height attributes.
        public var width: Int
        public var height: Int

        public init(id: String, title: String, caption: String, alt: String, image: String, files: [String], width: Int, height: Int) {
            self.id = id; self.title = title; self.caption = caption; self.alt = alt
            self.image = image; self.files = files; self.width = width; self.height = height
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
    public var analysis: [String]
    public var charts: [Chart]
    public var caveats: [String]
    public var sources: [SourceEntry]
    /// Charts left out of the pack, each with the reason ("investment: no 'investment_registered' series").
    public var skipped: [String]

    public init(language: String, title: String, subtitle: String?, headings: Headings, keyFigures: [KeyFigure],
                analysis: [String], charts: [Chart], caveats: [String], sources: [SourceEntry], skipped: [String] = []) {
        self.language = language; self.title = title; self.subtitle = subtitle; self.headings = headings
        self.keyFigures = keyFigures; self.analysis = analysis; self.charts = charts
        self.caveats = caveats; self.sources = sources; self.skipped = skipped
    }
}
