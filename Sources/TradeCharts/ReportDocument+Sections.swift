/// Tables in the report's sections ("Like for like", "How sure"), and a section built from
/// paragraphs, a table and paragraphs after it.
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

        /// Markdown lines (a pipe table).
        func markdown() -> [String] {
            var out = ["| " + header.map(Escape.markdown).joined(separator: " | ") + " |"]
            out.append("|" + header.indices.map { numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
            out += rows.map { "| " + $0.map(Escape.markdown).joined(separator: " | ") + " |" }
            return out
        }

        /// HTML lines (a table with a header row).
        func html() -> [String] {
            func cell(_ tag: String, _ text: String, _ i: Int) -> String {
                "<\(tag)\(numeric.contains(i) ? " class=\"num\"" : "")>\(Escape.html(text))</\(tag)>"
            }
            return ["<table><thead><tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead><tbody>"]
                + rows.map { "<tr>" + $0.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>" }
                + ["</tbody></table>"]
        }
    }
}

extension ReportDocument.Section {
    /// Paragraphs, then a table when there is one, then the paragraphs after it.
    init(id: String, heading: String, paragraphs: [ReportDocument.Paragraph], table: ReportDocument.SectionTable? = nil,
         after: [ReportDocument.Paragraph] = []) {
        self.init(id: id, heading: heading,
                  blocks: paragraphs.map { .paragraph($0) } + (table.map { [.table($0)] } ?? []) + after.map { .paragraph($0) })
    }

    /// The section with `figures` carried by a paragraph with no text (figures.csv rows of the table).
    func withFigures(_ figures: [BriefingFigure]) -> Self {
        guard !figures.isEmpty else { return self }
        var copy = self
        copy.blocks.append(.paragraph(.init("", figures: figures)))
        return copy
    }
}
