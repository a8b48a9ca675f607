/// The report's notes, shared by every writer with footnotes (report.md, report.docx): each place
/// that cites sources (a key-figure row, an analysis paragraph, a chart) has one note of its own,
/// naming every source it cites by its number in the Sources list. A note is used once, so
/// Markdown readers (pandoc) neither drop nor duplicate it; the Sources list names every source.
extension ReportDocument {
    /// 0-based indices into `sources` that a key-figure row cites, in citation order.
    func sourceIndices(_ figure: KeyFigure) -> [Int] {
        let cited = indices(of: figure.sourceKeys)
        if cited.isEmpty, let source = figure.source, sources.indices.contains(source) { return [source] }
        return cited
    }

    /// The sources an analysis paragraph cites: its own keys and those of the figures it quotes.
    func sourceIndices(_ paragraph: Paragraph) -> [Int] {
        indices(of: paragraph.sourceKeys + paragraph.figures.flatMap { Self.keys($0.source) })
    }

    /// The sources of every number a chart shows or derives (a computed figure's inputs too): the
    /// sources its image's source line names.
    func sourceIndices(_ chart: Chart) -> [Int] {
        indices(of: chart.figures.flatMap(\.sourceKeys))
    }

    /// A note's text: "[1] Publisher, Title (2025); [3] …", each source with its list number.
    func noteText(_ indices: [Int]) -> String {
        indices.map { "[\($0 + 1)] \(sources[$0].text)" }.joined(separator: "; ")
    }

    /// The `;`-separated keys of a figure's source, without `computed`.
    static func keys(_ source: String) -> [String] {
        source.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "computed" }
    }

    private func indices(of keys: [String]) -> [Int] {
        var out: [Int] = []
        for key in keys {
            guard let number = footnote(for: key), !out.contains(number - 1) else { continue }
            out.append(number - 1)
        }
        return out
    }
}

/// Hands out notes while a writer walks the document in reading order: every citing place shows
/// its sources' numbers ("[1] [3]"); the first place citing a given set of sources also gets the
/// note with their full citations, later places citing the same set only the numbers. So no two
/// notes say the same thing, and each note is referenced once.
struct NoteCitations {
    let document: ReportDocument
    private var seen: Set<[Int]> = []

    init(_ document: ReportDocument) { self.document = document }

    /// The numbers label and, for the first citation of this set, the note text; nil label when
    /// `indices` is empty.
    mutating func cite(_ indices: [Int]) -> (label: String, note: String?)? {
        guard !indices.isEmpty else { return nil }
        let indices = indices.sorted()
        let label = indices.map { "[\($0 + 1)]" }.joined(separator: " ")
        guard seen.insert(indices).inserted else { return (label, nil) }
        return (label, document.noteText(indices))
    }
}
