extension ReportDocument {
    /// figures.csv: every number of the document with its source (RFC 4180, LF line ends).
    public func figuresCSV() -> String { BriefingFigure.csv(figures) }

    /// alt-text.txt: per chart, its files, its title and its alt text, blocks separated by a blank line.
    public func altText() -> String {
        charts.map { [$0.files.joined(separator: ", "), $0.title, $0.alt].joined(separator: "\n") }
            .joined(separator: "\n\n") + "\n"
    }
}
