/// An Open Packaging Conventions package (the zip of a .docx or .pptx): parts with their content
/// types and relationships. Parts are written in the order they were added, after
/// `[Content_Types].xml`.
struct OPCPackage {
    /// A relationship from one part to another (or to an external address).
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var external = false
    }

    private var parts: [(path: String, bytes: [UInt8], contentType: String, method: ZipArchive.Method)] = []
    private var relationships: [String: [Relationship]] = [:]
    private var relationshipOrder: [String] = []

    /// Default content types by extension.
    static let defaults: [(String, String)] = [
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
        ("png", "image/png"),
        ("svg", "image/svg+xml"),
    ]

    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    static let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    static let hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Adds a part at `path` (no leading slash). Images are stored (already compressed), XML deflated.
    mutating func add(_ path: String, _ bytes: [UInt8], contentType: String) {
        let method: ZipArchive.Method = path.hasSuffix(".png") ? .stored : .deflated
        parts.append((path, bytes, contentType, method))
    }

    /// Adds a relationship from `source` ("" for the package, else a part path) and returns its id.
    @discardableResult
    mutating func relate(_ source: String, type: String, target: String, external: Bool = false) -> String {
        if relationships[source] == nil { relationshipOrder.append(source) }
        let id = "rId\((relationships[source]?.count ?? 0) + 1)"
        relationships[source, default: []].append(Relationship(id: id, type: type, target: target, external: external))
        return id
    }

    /// The package's zip bytes.
    func bytes() throws(ZipError) -> [UInt8] {
        var zip = ZipArchive()
        try zip.add("[Content_Types].xml", contentTypes())
        for source in relationshipOrder {
            try zip.add(Self.relationshipsPath(for: source), relationshipsPart(source))
        }
        for part in parts { try zip.add(part.path, part.bytes, method: part.method) }
        return try zip.bytes()
    }

    /// `_rels/.rels` for the package, `word/_rels/document.xml.rels` for `word/document.xml`.
    static func relationshipsPath(for source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return source.isEmpty ? "_rels/.rels" : "_rels/\(source).rels" }
        return "\(source[..<slash])/_rels/\(source[source.index(after: slash)...]).rels"
    }

    private func contentTypes() -> [UInt8] {
        var children: [XML] = Self.defaults.map { .el("Default", [("Extension", $0.0), ("ContentType", $0.1)]) }
        for part in parts where !Self.defaults.contains(where: { part.path.hasSuffix(".\($0.0)") && $0.1 == part.contentType }) {
            children.append(.el("Override", [("PartName", "/" + part.path), ("ContentType", part.contentType)]))
        }
        return XML.document(.el("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")], children))
    }

    private func relationshipsPart(_ source: String) -> [UInt8] {
        let children: [XML] = (relationships[source] ?? []).map { rel in
            var attributes = [("Id", rel.id), ("Type", rel.type), ("Target", rel.target)]
            if rel.external { attributes.append(("TargetMode", "External")) }
            return .el("Relationship", attributes)
        }
        return XML.document(.el("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")], children))
    }
}

/// The document properties written into `docProps/core.xml` and `docProps/app.xml`. Fixed values,
/// never the clock, so a second run gives the same bytes.
public struct DocumentProperties: Sendable, Equatable {
    public var title: String
    public var subject: String?
    public var creator: String
    public var description: String?
    /// BCP 47 language of the content ("en", "vi").
    public var language: String
    /// The application named in `app.xml`.
    public var application: String

    public init(title: String, subject: String? = nil, creator: String, description: String? = nil,
                language: String, application: String) {
        self.title = title; self.subject = subject; self.creator = creator; self.description = description
        self.language = language; self.application = application
    }
}

extension OPCPackage {
    /// Adds core and extended properties and relates them to the package.
    mutating func addProperties(_ properties: DocumentProperties) {
        var core: [XML] = [.el("dc:title", text: properties.title)]
        if let subject = properties.subject { core.append(.el("dc:subject", text: subject)) }
        core.append(.el("dc:creator", text: properties.creator))
        if let description = properties.description { core.append(.el("dc:description", text: description)) }
        core.append(.el("dc:language", text: properties.language))
        add("docProps/core.xml", XML.document(.el("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ], core)), contentType: "application/vnd.openxmlformats-package.core-properties+xml")
        add("docProps/app.xml", XML.document(.el("Properties", [
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        ], [.el("Application", text: properties.application)])),
            contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        relate("", type: Self.coreProperties, target: "docProps/core.xml")
        relate("", type: Self.extendedProperties, target: "docProps/app.xml")
    }
}
