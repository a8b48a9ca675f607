/// What `dataset.yaml` says: names, sources, targets, caveats, series labels and the files
/// holding the observations.
struct DatasetMetadata: Sendable {
    var id: String
    var title: LocalizedText
    var reporter: LocalizedText
    var partner: LocalizedText
    var currency: String = "USD"
    /// Observation files in load order; empty means every .csv and .json beside dataset.yaml.
    var files: [String] = []
    var seriesLabels: [String: LocalizedText] = [:]
    var sources: [Source] = []
    var targets: [Target] = []
    var caveats: [LocalizedText] = []
    /// Source keys named by targets, with where, for validation.
    var sourceReferences: [(key: String, location: SourceLocation)] = []
    /// Series named by targets, with where, for validation.
    var seriesReferences: [(series: String, location: SourceLocation)] = []

    /// The metadata of a bare CSV or JSON file: named after the file, free-text sources.
    static func bare(file: String) -> DatasetMetadata {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let id = name.split(separator: ".").first.map(String.init) ?? name
        return DatasetMetadata(id: id, title: LocalizedText(en: id), reporter: LocalizedText(en: ""),
                               partner: LocalizedText(en: ""))
    }
}
