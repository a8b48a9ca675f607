/// A Word document as plain data: headings, paragraphs with footnotes and links, tables and
/// figures. `docx()` writes it as a WordprocessingML package with deterministic bytes.
///
/// Footnotes are numbered in the order they appear; each `.footnote` inline is its own note.
public struct WordDocument: Sendable, Equatable {
    /// A run of text inside a paragraph.
    public enum Inline: Sendable, Equatable {
        case text(String)
        case italic(String)
        case bold(String)
        /// A footnote at this point; its content follows the footnote number.
        case footnote([Inline])
        /// A link to an external address.
        case link(String, url: String)
    }

    /// A table: a header row and body rows of cells, each cell a paragraph.
    public struct Table: Sendable, Equatable {
        public var header: [String]
        public var rows: [[[Inline]]]
        /// Columns whose cells are right-aligned (numbers).
        public var rightAligned: Set<Int>
        /// Relative column widths; equal when empty.
        public var widths: [Double]

        public init(header: [String], rows: [[[Inline]]], rightAligned: Set<Int> = [], widths: [Double] = []) {
            self.header = header; self.rows = rows; self.rightAligned = rightAligned; self.widths = widths
        }
    }

    /// A picture across the text width, then its caption.
    public struct Figure: Sendable, Equatable {
        public var picture: Picture
        public var caption: [Inline]

        public init(picture: Picture, caption: [Inline]) { self.picture = picture; self.caption = caption }
    }

    public enum Block: Sendable, Equatable {
        /// Level 0 (the document title) to 3.
        case heading(Int, [Inline])
        case paragraph([Inline])
        /// A smaller, italic paragraph (subtitle, generated-by line).
        case note([Inline])
        case table(Table)
        case figure(Figure)
        /// Items numbered 1, 2, … as text (the numbers do not depend on the client's list settings).
        case numbered([[Inline]])
        case bullets([[Inline]])
    }

    public var properties: DocumentProperties
    public var blocks: [Block]

    public init(properties: DocumentProperties, blocks: [Block]) {
        self.properties = properties; self.blocks = blocks
    }

    /// The pictures of the document, in order.
    public var pictures: [Picture] {
        blocks.compactMap { if case .figure(let figure) = $0 { figure.picture } else { nil } }
    }
}
