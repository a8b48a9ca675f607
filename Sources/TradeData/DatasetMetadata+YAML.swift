import SafeYAML
import Yams

extension DatasetMetadata {
    /// The keys `dataset.yaml` allows at the top, in a source and in a target (anything else is
    /// an error with a "did you mean"; see datasets/README.md).
    static let topKeys = [
        "id", "title", "reporter", "partner", "currency", "files", "series", "sources", "targets", "caveats",
    ]
    static let sourceKeys = ["publisher", "title", "date", "url", "note"]
    static let targetKeys = [
        "id", "series", "source", "level", "growth", "deadline", "deadline_text", "label", "stated_by", "stated_on",
        "outcome", "outcome_note", "note",
    ]

    /// Reads `dataset.yaml`. YAML syntax errors throw `DatasetError.malformed` with Yams' line and
    /// column; problems in the content are returned as diagnostics.
    static func parse(yaml text: String, file: String) throws -> (DatasetMetadata, [Diagnostic]) {
        let root: Node?
        do {
            root = try SafeYAML.compose(yaml: text)
        } catch let error as SafeYAML.LimitError {
            throw DatasetError.malformed(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        } catch {
            let problem = SafeYAML.problem(in: error, yaml: text)
            throw DatasetError.malformed(SourceLocation(file: file, line: problem.line, column: problem.column),
                                         "malformed YAML: \(problem.message)")
        }
        var reader = YAMLReader(file: file)
        guard let root, root.mapping != nil else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1),
                                         "expected a mapping with id, title, partner, sources and targets")
        }
        reader.checkKeys(root, allowed: topKeys)
        var meta = DatasetMetadata(
            id: reader.string(root, "id") ?? DatasetMetadata.bare(file: file).id,
            title: reader.localized(root, "title", required: true),
            reporter: reader.localized(root, "reporter", required: false),
            partner: reader.localized(root, "partner", required: true))
        meta.currency = reader.string(root, "currency") ?? "USD"
        // Every figure, target and chart is in US dollars: another currency would be labelled USD.
        if UnitParser.parse(meta.currency)?.unit != .usd || UnitParser.parse(meta.currency)?.factor != 1 {
            reader.error(root["currency"], "currency '\(meta.currency)' is not supported: figures must be in USD "
                + "(convert them and say so in each source's note)")
        }
        meta.files = (root["files"]?.sequence).map { $0.compactMap(\.string) } ?? []
        for (key, value) in root["series"]?.mapping ?? [:] {
            if let id = key.string { meta.seriesLabels[SeriesID.normalised(id)] = reader.localized(value) }
        }
        for (key, value) in root["sources"]?.mapping ?? [:] {
            guard let key = key.string else { continue }
            reader.checkKeys(value, allowed: sourceKeys)
            guard let publisher = reader.string(value, "publisher") else {
                reader.error(value, "source '\(key)' has no publisher")
                continue
            }
            meta.sources.append(Source(key: key, publisher: publisher, title: reader.string(value, "title"),
                                       date: reader.string(value, "date"),
                                       url: reader.string(value, "url"), note: reader.string(value, "note")))
        }
        for node in root["targets"]?.sequence ?? [] {
            meta.targets += reader.targets(node, into: &meta)
        }
        meta.caveats = (root["caveats"]?.sequence ?? []).map { reader.localized($0) }
        return (meta, reader.diagnostics)
    }
}
