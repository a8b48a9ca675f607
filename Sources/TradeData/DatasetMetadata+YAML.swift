import SafeYAML
import Yams

extension DatasetMetadata {
    private static let topKeys: Set<String> = [
        "id", "title", "reporter", "partner", "currency", "files", "series", "sources", "targets", "caveats",
    ]

    /// Reads `dataset.yaml`. YAML syntax errors throw `DatasetError.malformed` with Yams' line and
    /// column; problems in the content are returned as diagnostics.
    static func parse(yaml text: String, file: String) throws -> (DatasetMetadata, [Diagnostic]) {
        let root: Node?
        do {
            root = try SafeYAML.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlFailure(error, file: file)
        } catch let error as SafeYAML.LimitError {
            throw DatasetError.malformed(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        }
        var reader = YAMLReader(file: file)
        guard let root, let mapping = root.mapping else {
            throw DatasetError.malformed(SourceLocation(file: file, line: 1, column: 1),
                                         "expected a mapping with id, title, partner, sources and targets")
        }
        for (key, _) in mapping where !topKeys.contains(key.string ?? "") {
            reader.warning(key, "unknown key '\(key.string ?? "")': expected one of \(topKeys.sorted().joined(separator: ", "))")
        }
        var meta = DatasetMetadata(
            id: reader.string(root, "id") ?? DatasetMetadata.bare(file: file).id,
            title: reader.localized(root, "title", required: true),
            reporter: reader.localized(root, "reporter", required: false),
            partner: reader.localized(root, "partner", required: true))
        meta.currency = reader.string(root, "currency") ?? "USD"
        meta.files = (root["files"]?.sequence).map { $0.compactMap(\.string) } ?? []
        for (key, value) in root["series"]?.mapping ?? [:] {
            if let id = key.string { meta.seriesLabels[id] = reader.localized(value) }
        }
        for (key, value) in root["sources"]?.mapping ?? [:] {
            guard let key = key.string else { continue }
            guard let publisher = reader.string(value, "publisher") else {
                reader.error(value, "source '\(key)' has no publisher")
                continue
            }
            meta.sources.append(Source(key: key, publisher: publisher, date: reader.string(value, "date"),
                                       url: reader.string(value, "url"), note: reader.string(value, "note")))
        }
        for node in root["targets"]?.sequence ?? [] {
            if let target = reader.target(node, into: &meta) { meta.targets.append(target) }
        }
        meta.caveats = (root["caveats"]?.sequence ?? []).map { reader.localized($0) }
        return (meta, reader.diagnostics)
    }

    /// A Yams error as a located failure: scanner, parser and composer errors carry a `Mark`.
    static func yamlFailure(_ error: YamlError, file: String) -> DatasetError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .malformed(SourceLocation(file: file, line: mark.line, column: mark.column),
                              "malformed YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformed(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              "malformed YAML: duplicated key \(duplicates.joined(separator: ", "))")
        default:
            return .malformed(SourceLocation(file: file, line: 1, column: 1), "malformed YAML: \(error)")
        }
    }
}
