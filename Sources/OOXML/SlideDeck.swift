/// A 16:9 slide deck as plain data: each slide a title, one content (picture, table or lines), an
/// optional footer line (the source) and speaker notes. `pptx()` writes it as a PresentationML
/// package with deterministic bytes.
public struct SlideDeck: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A picture fitted into the content area, centred.
        case picture(Picture)
        /// A table with a header row; `rightAligned` columns hold numbers; `widths` are relative
        /// column widths (the first column twice the others when they do not fit the columns).
        case table(header: [String], rows: [[String]], rightAligned: Set<Int>, widths: [Double] = [])
        /// Paragraphs of text, one per line, numbered when `numbered`.
        case lines([String], numbered: Bool, start: Int)
    }

    public struct Slide: Sendable, Equatable {
        public var title: String
        public var content: Content
        /// A small line under the content (the source line of a chart).
        public var footer: String?
        /// Speaker notes, one paragraph each.
        public var notes: [String]

        public init(title: String, content: Content, footer: String? = nil, notes: [String] = []) {
            self.title = title; self.content = content; self.footer = footer; self.notes = notes
        }
    }

    public var properties: DocumentProperties
    public var slides: [Slide]

    public init(properties: DocumentProperties, slides: [Slide]) { self.properties = properties; self.slides = slides }

    /// Slide width and height in EMU (16:9, 33.867 × 19.05 cm: PowerPoint's widescreen size).
    static let width = 12_192_000, height = 6_858_000
}
