extension WordDocument {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The .docx bytes. The same document gives the same bytes.
    public func docx() throws(ZipError) -> [UInt8] {
        var package = OPCPackage()
        package.relate("", type: OPCPackage.officeDocument, target: "word/document.xml")
        package.addProperties(properties)

        var body = WordBody(language: properties.language)
        let document = body.document(blocks)
        package.add("word/document.xml", XML.document(document), contentType: "\(Self.contentType).document.main+xml")
        package.add("word/styles.xml", XML.document(WordStyles.styles(language: properties.language)),
                    contentType: "\(Self.contentType).styles+xml")
        package.add("word/settings.xml", XML.document(WordStyles.settings(language: properties.language)),
                    contentType: "\(Self.contentType).settings+xml")
        package.add("word/footnotes.xml", XML.document(body.footnotesPart()), contentType: "\(Self.contentType).footnotes+xml")

        let source = "word/document.xml"
        // Relationship ids are assigned in this order, the same as WordBody assumed.
        package.relate(source, type: "\(Self.relationshipType)/styles", target: "styles.xml")
        package.relate(source, type: "\(Self.relationshipType)/settings", target: "settings.xml")
        package.relate(source, type: "\(Self.relationshipType)/footnotes", target: "footnotes.xml")
        for target in body.targets {
            switch target {
            case .image(let path, let bytes):
                package.relate(source, type: OPCPackage.image, target: path)
                package.add("word/\(path)", bytes, contentType: path.hasSuffix(".svg") ? "image/svg+xml" : "image/png")
            case .link(let url):
                package.relate(source, type: OPCPackage.hyperlink, target: url, external: true)
            }
        }
        return try package.bytes()
    }
}
