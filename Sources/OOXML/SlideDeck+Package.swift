extension SlideDeck {
    static let presentationNamespace = "http://schemas.openxmlformats.org/presentationml/2006/main"
    static let contentType = "application/vnd.openxmlformats-officedocument.presentationml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The .pptx bytes. The same deck gives the same bytes.
    public func pptx() throws(ZipError) -> [UInt8] {
        var package = OPCPackage()
        package.relate("", type: OPCPackage.officeDocument, target: "ppt/presentation.xml")
        package.addProperties(properties)
        let rel = Self.relationshipType
        let presentation = "ppt/presentation.xml"

        var ids: [String] = []
        let masterID = package.relate(presentation, type: "\(rel)/slideMaster", target: "slideMasters/slideMaster1.xml")
        let notesMasterID = package.relate(presentation, type: "\(rel)/notesMaster", target: "notesMasters/notesMaster1.xml")
        for index in slides.indices {
            ids.append(package.relate(presentation, type: "\(rel)/slide", target: "slides/slide\(index + 1).xml"))
        }
        package.relate(presentation, type: "\(rel)/presProps", target: "presProps.xml")
        package.relate(presentation, type: "\(rel)/theme", target: "theme/theme1.xml")
        package.relate(presentation, type: "\(rel)/tableStyles", target: "tableStyles.xml")

        package.add(presentation, XML.document(presentationPart(master: masterID, notesMaster: notesMasterID, slides: ids)),
                    contentType: "\(Self.contentType).presentation.main+xml")
        package.add("ppt/presProps.xml", XML.document(.el("p:presentationPr", SlideParts.namespaces)),
                    contentType: "\(Self.contentType).presProps+xml")
        package.add("ppt/tableStyles.xml", XML.document(.el("a:tblStyleLst", [("xmlns:a", DrawingML.main), ("def", SlideParts.tableStyle)])),
                    contentType: "\(Self.contentType).tableStyles+xml")

        let master = "ppt/slideMasters/slideMaster1.xml"
        let layout = "ppt/slideLayouts/slideLayout1.xml"
        let notesMaster = "ppt/notesMasters/notesMaster1.xml"
        let layoutID = package.relate(master, type: "\(rel)/slideLayout", target: "../slideLayouts/slideLayout1.xml")
        package.relate(master, type: "\(rel)/theme", target: "../theme/theme1.xml")
        package.relate(layout, type: "\(rel)/slideMaster", target: "../slideMasters/slideMaster1.xml")
        package.relate(notesMaster, type: "\(rel)/theme", target: "../theme/theme2.xml")
        package.add(master, XML.document(SlideParts.master(layout: layoutID)), contentType: "\(Self.contentType).slideMaster+xml")
        package.add(layout, XML.document(SlideParts.layout()), contentType: "\(Self.contentType).slideLayout+xml")
        package.add("ppt/theme/theme1.xml", XML.document(SlideTheme.theme(name: "Briefing")), contentType: "application/vnd.openxmlformats-officedocument.theme+xml")
        package.add(notesMaster, XML.document(SlideParts.notesMaster()), contentType: "\(Self.contentType).notesMaster+xml")
        package.add("ppt/theme/theme2.xml", XML.document(SlideTheme.theme(name: "Notes")), contentType: "application/vnd.openxmlformats-officedocument.theme+xml")

        for (index, slide) in slides.enumerated() {
            let number = index + 1
            let path = "ppt/slides/slide\(number).xml"
            let notesPath = "ppt/notesSlides/notesSlide\(number).xml"
            package.relate(path, type: "\(rel)/slideLayout", target: "../slideLayouts/slideLayout1.xml")
            var pictureIDs: (png: String, svg: String?)?
            if case .picture(let picture) = slide.content {
                let base = "../media/slide\(number)-\(picture.name.isEmpty ? "image" : picture.name)"
                let png = package.relate(path, type: OPCPackage.image, target: base + ".png")
                package.add("ppt/media/" + base.dropFirst("../media/".count) + ".png", picture.png, contentType: "image/png")
                var svg: String?
                if let bytes = picture.svg {
                    svg = package.relate(path, type: OPCPackage.image, target: base + ".svg")
                    package.add("ppt/media/" + base.dropFirst("../media/".count) + ".svg", bytes, contentType: "image/svg+xml")
                }
                pictureIDs = (png, svg)
            }
            package.relate(path, type: "\(rel)/notesSlide", target: "../notesSlides/notesSlide\(number).xml")
            package.add(path, XML.document(SlideParts.slide(slide, picture: pictureIDs, language: properties.language)),
                        contentType: "\(Self.contentType).slide+xml")
            package.relate(notesPath, type: "\(rel)/notesMaster", target: "../notesMasters/notesMaster1.xml")
            package.relate(notesPath, type: "\(rel)/slide", target: "../slides/slide\(number).xml")
            package.add(notesPath, XML.document(SlideParts.notes(slide.notes, language: properties.language)),
                        contentType: "\(Self.contentType).notesSlide+xml")
        }
        return try package.bytes()
    }

    private func presentationPart(master: String, notesMaster: String, slides ids: [String]) -> XML {
        .el("p:presentation", SlideParts.namespaces + [("saveSubsetFonts", "1")], [
            .el("p:sldMasterIdLst", [], [.el("p:sldMasterId", [("id", "2147483648"), ("r:id", master)])]),
            .el("p:notesMasterIdLst", [], [.el("p:notesMasterId", [("r:id", notesMaster)])]),
            .el("p:sldIdLst", [], ids.enumerated().map { i, id in .el("p:sldId", [("id", "\(256 + i)"), ("r:id", id)]) }),
            .el("p:sldSz", [("cx", "\(Self.width)"), ("cy", "\(Self.height)")]),
            .el("p:notesSz", [("cx", "6858000"), ("cy", "9144000")]),
        ])
    }
}
