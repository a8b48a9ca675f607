import OOXML

/// Sections of the report after the target analysis ("This year so far", "Like for like",
/// "Uncertainty and method"): a heading, paragraphs with the figures they quote, and at most one
/// small table. Every writer renders them the same way, after the analysis.
extension ReportDocument {
    /// A small table of a section: text cells, already formatted for the language.
    public struct SectionTable: Sendable, Equatable {
        public var header: [String]
        public var rows: [[String]]
        /// Columns holding numbers (right-aligned).
        public var numeric: Set<Int>

        public init(header: [String], rows: [[String]], numeric: Set<Int> = []) {
            self.header = header; self.rows = rows; self.numeric = numeric
        }
    }

    /// One section: `id` is its HTML anchor.
    public struct Section: Sendable, Equatable {
        public var id: String
        public var heading: String
        public var paragraphs: [Paragraph]
        public var table: SectionTable?
        /// Paragraphs shown after the table (a method, notes on the table).
        public var after: [Paragraph]

        public init(id: String, heading: String, paragraphs: [Paragraph], table: SectionTable? = nil, after: [Paragraph] = []) {
            self.id = id; self.heading = heading; self.paragraphs = paragraphs; self.table = table; self.after = after
        }

        /// Every paragraph, in reading order.
        public var allParagraphs: [Paragraph] { paragraphs + after }
    }

    /// Markdown lines of the sections; `mark` gives a paragraph's citation marks.
    func sectionsMarkdown(mark: (Paragraph) -> String) -> [String] {
        var out: [String] = []
        for section in sections {
            out += ["## \(Escape.markdown(section.heading))", ""]
            for paragraph in section.paragraphs where !paragraph.text.isEmpty {
                out += [Escape.markdown(paragraph.text) + mark(paragraph), ""]
            }
            if let table = section.table {
                out.append("| " + table.header.map(Escape.markdown).joined(separator: " | ") + " |")
                out.append("|" + table.header.indices.map { table.numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
                for row in table.rows { out.append("| " + row.map(Escape.markdown).joined(separator: " | ") + " |") }
                out.append("")
            }
            for paragraph in section.after where !paragraph.text.isEmpty {
                out += [Escape.markdown(paragraph.text) + mark(paragraph), ""]
            }
        }
        return out
    }

    /// HTML of the sections.
    func sectionsHTML() -> [String] {
        var body: [String] = []
        for section in sections {
            body.append("<section id=\"\(Escape.html(section.id))\"><h2>\(Escape.html(section.heading))</h2>")
            body += section.paragraphs.filter { !$0.text.isEmpty }.map { "<p>\(Escape.html($0.text))</p>" }
            if let table = section.table {
                func cell(_ tag: String, _ text: String, _ i: Int) -> String {
                    "<\(tag)\(table.numeric.contains(i) ? " class=\"num\"" : "")>\(Escape.html(text))</\(tag)>"
                }
                body.append("<table><thead><tr>" + table.header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead><tbody>")
                body += table.rows.map { "<tr>" + $0.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>" }
                body.append("</tbody></table>")
            }
            body += section.after.filter { !$0.text.isEmpty }.map { "<p>\(Escape.html($0.text))</p>" }
            body.append("</section>")
        }
        return body
    }

    /// Word blocks of the sections; `mark` gives a paragraph's citation inlines.
    func sectionsWord(mark: (Paragraph) -> [WordDocument.Inline]) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = []
        for section in sections {
            blocks.append(.heading(1, [.text(section.heading)]))
            for paragraph in section.paragraphs where !paragraph.text.isEmpty {
                blocks.append(.paragraph([.text(paragraph.text)] + mark(paragraph)))
            }
            if let table = section.table {
                blocks.append(.table(.init(header: table.header, rows: table.rows.map { $0.map { [.text($0)] } },
                                           rightAligned: table.numeric)))
            }
            for paragraph in section.after where !paragraph.text.isEmpty {
                blocks.append(.paragraph([.text(paragraph.text)] + mark(paragraph)))
            }
        }
        return blocks
    }
}
