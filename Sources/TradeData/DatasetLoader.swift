import Foundation

/// A loaded dataset with every problem found. `dataset` holds whatever could be read, even when
/// there are errors, so a validator can report them all.
public struct LoadResult: Sendable {
    public let dataset: Dataset
    /// Errors and warnings, in file order.
    public let diagnostics: [Diagnostic]

    init(dataset: Dataset, diagnostics: [Diagnostic], files: [String] = []) {
        self.dataset = dataset
        var fileOrder: [String: Int] = [:]
        for file in files where fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
        for d in diagnostics where fileOrder[d.location.file] == nil { fileOrder[d.location.file] = fileOrder.count }
        // Files in the order they were read, then by line and column.
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            let ka = (fileOrder[a.element.location.file] ?? 0, a.element.location.line, a.element.location.column, a.offset)
            let kb = (fileOrder[b.element.location.file] ?? 0, b.element.location.line, b.element.location.column, b.offset)
            return ka < kb
        }.map(\.element)
    }

    public var errors: [Diagnostic] { diagnostics.errors }
    public var warnings: [Diagnostic] { diagnostics.warnings }
    public var hasErrors: Bool { !errors.isEmpty }
}

/// Loads datasets: a folder with `dataset.yaml` and observation files, a bare `.csv` or `.json`
/// file (sources are then free text), or a dataset compiled into the binary. Every path goes
/// through the same readers and the same `DatasetValidator`.
///
/// ```swift
/// let result = try DatasetLoader.load(path: "datasets/vietnam-laos")
/// for d in result.diagnostics { print(d) }   // datasets/vietnam-laos/trade.csv:14:8: warning: …
/// ```
public enum DatasetLoader {
    /// The names `loadEmbedded` accepts.
    public static var embeddedNames: [String] { EmbeddedDatasets.files.keys.sorted() }

    /// Loads a dataset folder or a bare CSV/JSON file. Throws only when the input cannot be read
    /// (`DatasetError.missingFile`, `.unreadable`); bad content comes back as diagnostics.
    public static func load(path: String) throws -> LoadResult {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DatasetError.missingFile(path)
        }
        if isFolder.boolValue {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            return try load(folder: DiskFolder(root: trimmed))
        }
        // A folder's `dataset.yaml` given by itself stands for its folder (`--dataset kenya/dataset.yaml`).
        if (path as NSString).lastPathComponent == "dataset.yaml" {
            let folder = (path as NSString).deletingLastPathComponent
            return try load(folder: DiskFolder(root: folder.isEmpty ? "." : folder))
        }
        return parse(text: try DatasetFile.readText(path: path), file: path)
    }

    /// Loads a dataset compiled into the binary; diagnostics name `datasets/<name>/<file>`.
    public static func loadEmbedded(_ name: String = "vietnam-laos") throws -> LoadResult {
        guard let files = EmbeddedDatasets.files[name] else {
            throw DatasetError.unknownEmbedded(name, available: embeddedNames)
        }
        return try load(folder: EmbeddedFolder(root: "datasets/\(name)", files: files))
    }

    /// Loads a dataset folder held in memory: `files` maps names (`dataset.yaml`, `trade.csv`) to
    /// their text; diagnostics name `root/<name>`. For tests, fuzzing and embedding.
    public static func load(files: [String: String], root: String) -> LoadResult {
        // An in-memory folder lists its names without failing, so `load(folder:)` cannot throw here.
        (try? load(folder: EmbeddedFolder(root: root, files: files)))
            ?? LoadResult(dataset: build([], metadata: .bare(file: root)), diagnostics: [])
    }

    /// Loads and throws `DatasetError.invalid` when there are errors; returns the warnings.
    public static func loadValid(path: String) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        try valid(load(path: path))
    }

    /// `loadValid` for a compiled-in dataset.
    public static func loadValidEmbedded(_ name: String = "vietnam-laos") throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        try valid(loadEmbedded(name))
    }

    /// Reads a bare observation file from text: JSON when `file` ends in `.json`, else CSV.
    public static func parse(text: String, file: String) -> LoadResult {
        let (read, diagnostics) = readObservations(text: text, file: file)
        var rows = read
        var metadata = DatasetMetadata.bare(file: file)
        var seen = Set<String>()
        metadata.sources = rows.map(\.observation.source).filter { !$0.isEmpty && seen.insert($0).inserted }
            .map { Source(key: $0, publisher: $0) }
        var checks = DatasetValidator.validate(rows, metadata: metadata, knownSources: false)
        // A figure the file names no source for cites "source not stated in the file", never an empty citation.
        if rows.contains(where: { $0.observation.source.isEmpty }) {
            for i in rows.indices where rows[i].observation.source.isEmpty { rows[i].observation.source = Source.notStatedKey }
            metadata.sources.append(.notStated)
        }
        if rows.isEmpty, diagnostics.errors.isEmpty {
            checks.append(Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1),
                                     "no observations: the file has a header but no data rows"))
        }
        return LoadResult(dataset: build(rows, metadata: metadata), diagnostics: diagnostics + checks)
    }

    static func load(folder: any DatasetFiles) throws -> LoadResult {
        let yamlName = "dataset.yaml"
        let yamlPath = folder.path(yamlName)
        var diagnostics: [Diagnostic] = []
        var metadata = DatasetMetadata.bare(file: folder.root)
        var metadataRead = false
        do {
            let (parsed, found) = try DatasetMetadata.parse(yaml: try folder.text(yamlName), file: yamlPath)
            (metadata, metadataRead) = (parsed, true)
            diagnostics += found
        } catch DatasetError.malformed(let location, let message) {
            diagnostics.append(Diagnostic(.error, location, message))
        }
        var names = metadata.files
        if names.isEmpty {
            names = try folder.names().filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }.sorted()
        }
        var rows: [ObservationRow] = []
        for name in names {
            let text: String
            do {
                text = try folder.text(name)
            } catch DatasetError.missingFile {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: yamlPath, line: 1, column: 1),
                                              "listed file '\(name)' is missing from \(folder.root)"))
                continue
            }
            let (read, found) = readObservations(text: text, file: folder.path(name))
            rows += read
            diagnostics += found
        }
        if metadataRead {
            diagnostics += DatasetValidator.validate(rows, metadata: metadata, knownSources: true)
        }
        return LoadResult(dataset: build(rows, metadata: metadata), diagnostics: diagnostics,
                          files: [yamlPath] + names.map { folder.path($0) })
    }

    /// One file's rows; a file that cannot be parsed at all becomes one located error.
    static func readObservations(text: String, file: String) -> ([ObservationRow], [Diagnostic]) {
        do {
            if file.lowercased().hasSuffix(".json") { return try JSONObservationReader.read(text, file: file) }
            return TableObservationReader.read(try DelimitedTable.parse(text, file: file))
        } catch DatasetError.malformed(let location, let message) {
            return ([], [Diagnostic(.error, location, message)])
        } catch {
            return ([], [Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "\(error)")])
        }
    }

    static func build(_ rows: [ObservationRow], metadata: DatasetMetadata) -> Dataset {
        var order: [String] = []
        var grouped: [String: [ObservationRow]] = [:]
        for row in rows {
            if grouped[row.series] == nil { order.append(row.series) }
            grouped[row.series, default: []].append(row)
        }
        let series = order.compactMap { id in
            grouped[id].map {
                Series(id: id, unit: $0[0].unit, label: metadata.seriesLabels[id], observations: $0.map(\.observation))
            }
        }
        // A dated target without a stated outcome is judged by the figures (met, missed or open).
        let targets = metadata.targets.map { target -> Target in
            guard !target.outcomeStated else { return target }
            var judged = target
            judged.outcome = target.outcome(byFigures: series.first { $0.id == target.series })
            return judged
        }
        return Dataset(
            id: metadata.id, title: metadata.title, reporter: metadata.reporter, partner: metadata.partner,
            currency: metadata.currency, sources: metadata.sources, targets: targets, series: series,
            caveats: metadata.caveats)
    }

    private static func valid(_ result: LoadResult) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        guard !result.hasErrors else { throw DatasetError.invalid(result.diagnostics) }
        return (result.dataset, result.warnings)
    }
}
