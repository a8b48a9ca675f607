extension ReportDocument {
    /// Markdown that GitHub and pandoc read the same way: a key-figures table, the analysis, each
    /// chart as an image (the alt text in its alt attribute; the caption below it in the same
    /// paragraph, so pandoc does not turn the alt text into a visible figure caption), caveats and
    /// the numbered sources. Notes follow `NoteCitations`: each is referenced exactly once.
    public func markdown() -> String {
        var citations = NoteCitations(self)
        var notes: [String] = []
        /// A table cell: the source numbers, and the note at the first citation of that set.
        func cell(_ indices: [Int]) -> String {
            guard let cited = citations.cite(indices) else { return "" }
            return Escape.markdown(cited.label) + reference(cited.note)
        }
        /// After a sentence: the note at the first citation, else the numbers.
        func mark(_ indices: [Int]) -> String {
            guard let cited = citations.cite(indices) else { return "" }
            return cited.note == nil ? " " + Escape.markdown(cited.label) : reference(cited.note)
        }
        func reference(_ note: String?) -> String {
            guard let note else { return "" }
            notes.append(note)
            return "[^\(notes.count)]"
        }

        var out: [String] = ["# \(Escape.markdown(title))", ""]
        if let subtitle { out += ["_\(Escape.markdown(subtitle))_", ""] }

        out += ["## \(Escape.markdown(headings.keyFigures))", ""]
        out += ["| \(headings.figure) | \(headings.value) | \(headings.period) | \(headings.status) | \(headings.source) |",
                "|---|---:|---|---|---|"]
        for figure in keyFigures {
            out.append("| \(Escape.markdown(figure.label)) | \(Escape.markdown(figure.value)) | "
                + "\(Escape.markdown(figure.period)) | \(Escape.markdown(figure.status)) | \(cell(sourceIndices(figure))) |")
        }
        out.append("")

        if !paragraphs.isEmpty {
            out += ["## \(Escape.markdown(headings.analysis))", ""]
            for paragraph in analysis where !paragraph.text.isEmpty {
                out += [Escape.markdown(paragraph.text) + mark(sourceIndices(paragraph)), ""]
            }
        }

        for section in sections {
            out += ["## \(Escape.markdown(section.heading))", ""]
            for block in section.blocks {
                switch block {
                case .paragraph(let p):
                    if !p.text.isEmpty { out += [Escape.markdown(p.text) + mark(sourceIndices(p)), ""] }
                case .list(let items):
                    out += items.filter { !$0.text.isEmpty }.map { "- " + Escape.markdown($0.text) + mark(sourceIndices($0)) }
                    out.append("")
                    case .table(let table):
                    out += table.markdown() + [""]
                }
            }
        }

        out += ["## \(Escape.markdown(headings.charts))", ""]
        for chart in charts {
            out += ["### \(Escape.markdown(chart.title))", ""]
            // A backslash line break keeps image and caption in one paragraph.
            out.append("![\(Escape.markdown(chart.alt))](\(chart.image))\\")
            out += ["_\(Escape.markdown(chart.caption))_" + mark(sourceIndices(chart)), ""]
            let links = chart.files.map { "[\($0.split(separator: ".").last.map(String.init)?.uppercased() ?? $0)](\($0))" }
            out += ["\(Escape.markdown(headings.files)): " + links.joined(separator: " · "), ""]
        }

        if !skipped.isEmpty {
            out += ["### \(Escape.markdown(headings.notDrawn))", ""]
            out += skipped.map { "- \(Escape.markdown($0))" }
            out.append("")
        }

        if !caveats.isEmpty {
            out += ["## \(Escape.markdown(headings.caveats))", ""]
            for (i, caveat) in caveats.enumerated() { out.append("\(i + 1). \(Escape.markdown(caveat))") }
            out.append("")
        }

        if !sources.isEmpty {
            out += ["## \(Escape.markdown(headings.sources))", ""]
            for (i, source) in sources.enumerated() {
                let url = source.url.map { " — " + Escape.markdown($0) } ?? ""
                out.append("\(i + 1). \(Escape.markdown(source.text))\(url)")
            }
            out.append("")
        }
        out += ["_\(Escape.markdown(headings.generated))_", ""]
        for (i, note) in notes.enumerated() { out.append("[^\(i + 1)]: \(Escape.markdown(note))") }
        return out.joined(separator: "\n") + "\n"
    }
}
