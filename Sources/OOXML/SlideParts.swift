/// The XML of the slides, their notes, the one slide master and layout, and the notes master.
/// Every shape carries its own position, so clients that do not follow placeholder inheritance
/// (or follow it differently) draw the same slide.
enum SlideParts {
    static let namespaces: [(String, String)] = [
        ("xmlns:a", DrawingML.main), ("xmlns:r", OPCPackage.relationshipsNamespace), ("xmlns:p", SlideDeck.presentationNamespace),
    ]
    /// PowerPoint's "Medium Style 2 – Accent 1" table style id.
    static let tableStyle = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"

    static let margin = DrawingML.emu(cm: 1.27)
    static var contentWidth: Int { SlideDeck.width - 2 * margin }
    static let titleTop = DrawingML.emu(cm: 0.6), titleHeight = DrawingML.emu(cm: 2.3)
    static let contentTop = DrawingML.emu(cm: 3.1), contentBottom = DrawingML.emu(cm: 17.2)
    static let footerTop = DrawingML.emu(cm: 17.4), footerHeight = DrawingML.emu(cm: 1.2)

    // MARK: Slides

    static func slide(_ slide: SlideDeck.Slide, picture ids: (png: String, svg: String?)?, language: String) -> XML {
        var shapes: [XML] = [title(slide.title, id: 2, language: language)]
        switch slide.content {
        case .picture(let picture):
            if let ids { shapes.append(self.picture(picture, id: 3, png: ids.png, svg: ids.svg)) }
        case .table(let header, let rows, let rightAligned, let widths):
            shapes.append(SlideTable.frame(header: header, rows: rows, rightAligned: rightAligned, widths: widths, id: 3, language: language,
                                           x: margin, y: contentTop, width: contentWidth))
        case .lines(let lines, let numbered, let start):
            let size = lines.count > 10 ? 1200 : lines.count > 6 ? 1400 : 1800
            let paragraphs = lines.enumerated().map { i, line in
                paragraph(numbered ? "\(start + i). \(line)" : line, size: size, language: language,
                          properties: [("marL", "457200"), ("indent", "-457200")], spaceAfter: 300)
            }
            shapes.append(textBox(id: 3, name: "Content", x: margin, y: contentTop, cx: contentWidth, cy: contentBottom - contentTop,
                                  paragraphs: paragraphs, autofit: true))
        }
        if let footer = slide.footer {
            shapes.append(textBox(id: 4, name: "Source", x: margin, y: footerTop, cx: contentWidth, cy: footerHeight,
                                  paragraphs: [paragraph(footer, size: 1100, language: language, color: "595959")], autofit: true))
        }
        return .el("p:sld", namespaces, [
            .el("p:cSld", [], [tree(shapes)]),
            .el("p:clrMapOvr", [], [.el("a:masterClrMapping")]),
        ])
    }

    /// The speaker notes: the slide image above, the notes text below.
    static func notes(_ notes: [String], language: String) -> XML {
        let image: XML = .el("p:sp", [], [
            .el("p:nvSpPr", [], [
                .el("p:cNvPr", [("id", "2"), ("name", "Slide Image")]),
                .el("p:cNvSpPr", [], [.el("a:spLocks", [("noGrp", "1"), ("noRot", "1"), ("noChangeAspect", "1")])]),
                .el("p:nvPr", [], [.el("p:ph", [("type", "sldImg")])]),
            ]),
            .el("p:spPr", [], [DrawingML.transform(x: 381_000, y: 685_800, cx: 6_096_000, cy: 3_429_000)]),
        ])
        let paragraphs = (notes.isEmpty ? [""] : notes).map { paragraph($0, size: 1200, language: language) }
        let body: XML = .el("p:sp", [], [
            .el("p:nvSpPr", [], [
                .el("p:cNvPr", [("id", "3"), ("name", "Notes")]),
                .el("p:cNvSpPr", [], [.el("a:spLocks", [("noGrp", "1")])]),
                .el("p:nvPr", [], [.el("p:ph", [("type", "body"), ("idx", "1")])]),
            ]),
            .el("p:spPr", [], [DrawingML.transform(x: 685_800, y: 4_343_400, cx: 5_486_400, cy: 4_114_800)]),
            .el("p:txBody", [], [.el("a:bodyPr"), .el("a:lstStyle")] + paragraphs),
        ])
        return .el("p:notes", namespaces, [
            .el("p:cSld", [], [tree([image, body])]),
            .el("p:clrMapOvr", [], [.el("a:masterClrMapping")]),
        ])
    }

    // MARK: Masters

    static func master(layout: String) -> XML {
        .el("p:sldMaster", namespaces, [
            .el("p:cSld", [], [
                .el("p:bg", [], [.el("p:bgRef", [("idx", "1001")], [.el("a:schemeClr", [("val", "bg1")])])]),
                tree([titlePlaceholder(id: 2, name: "Title Placeholder")]),
            ]),
            .el("p:clrMap", [("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2"), ("accent1", "accent1"), ("accent2", "accent2"),
                             ("accent3", "accent3"), ("accent4", "accent4"), ("accent5", "accent5"), ("accent6", "accent6"),
                             ("hlink", "hlink"), ("folHlink", "folHlink")]),
            .el("p:sldLayoutIdLst", [], [.el("p:sldLayoutId", [("id", "2147483649"), ("r:id", layout)])]),
            .el("p:txStyles", [], [
                .el("p:titleStyle", [], [level(size: 2600, bold: true)]),
                .el("p:bodyStyle", [], [level(size: 1800, bold: false)]),
                .el("p:otherStyle", [], [level(size: 1800, bold: false)]),
            ]),
        ])
    }

    static func layout() -> XML {
        .el("p:sldLayout", namespaces + [("preserve", "1")], [
            .el("p:cSld", [("name", "Title Only")], [tree([titlePlaceholder(id: 2, name: "Title")])]),
            .el("p:clrMapOvr", [], [.el("a:masterClrMapping")]),
        ])
    }

    static func notesMaster() -> XML {
        .el("p:notesMaster", namespaces, [
            .el("p:cSld", [], [
                .el("p:bg", [], [.el("p:bgRef", [("idx", "1001")], [.el("a:schemeClr", [("val", "bg1")])])]),
                tree([]),
            ]),
            .el("p:clrMap", [("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2"), ("accent1", "accent1"), ("accent2", "accent2"),
                             ("accent3", "accent3"), ("accent4", "accent4"), ("accent5", "accent5"), ("accent6", "accent6"),
                             ("hlink", "hlink"), ("folHlink", "folHlink")]),
        ])
    }

    // MARK: Shapes

    static func tree(_ shapes: [XML]) -> XML {
        .el("p:spTree", [], [
            .el("p:nvGrpSpPr", [], [.el("p:cNvPr", [("id", "1"), ("name", "")]), .el("p:cNvGrpSpPr"), .el("p:nvPr")]),
            .el("p:grpSpPr", [], [.el("a:xfrm", [], [
                .el("a:off", [("x", "0"), ("y", "0")]), .el("a:ext", [("cx", "0"), ("cy", "0")]),
                .el("a:chOff", [("x", "0"), ("y", "0")]), .el("a:chExt", [("cx", "0"), ("cy", "0")]),
            ])]),
        ] + shapes)
    }

    static func titlePlaceholder(id: Int, name: String) -> XML {
        .el("p:sp", [], [
            .el("p:nvSpPr", [], [
                .el("p:cNvPr", [("id", "\(id)"), ("name", name)]),
                .el("p:cNvSpPr", [], [.el("a:spLocks", [("noGrp", "1")])]),
                .el("p:nvPr", [], [.el("p:ph", [("type", "title")])]),
            ]),
            .el("p:spPr", [], [DrawingML.transform(x: margin, y: titleTop, cx: contentWidth, cy: titleHeight), DrawingML.rectangle]),
            .el("p:txBody", [], [.el("a:bodyPr", [("anchor", "b")], [.el("a:normAutofit")]), .el("a:lstStyle"), .el("a:p")]),
        ])
    }

    static func title(_ text: String, id: Int, language: String) -> XML {
        .el("p:sp", [], [
            .el("p:nvSpPr", [], [
                .el("p:cNvPr", [("id", "\(id)"), ("name", "Title")]),
                .el("p:cNvSpPr", [], [.el("a:spLocks", [("noGrp", "1")])]),
                .el("p:nvPr", [], [.el("p:ph", [("type", "title")])]),
            ]),
            .el("p:spPr", [], [DrawingML.transform(x: margin, y: titleTop, cx: contentWidth, cy: titleHeight)]),
            .el("p:txBody", [], [
                .el("a:bodyPr", [("anchor", "b")], [.el("a:normAutofit")]), .el("a:lstStyle"),
                paragraph(text, size: text.count > 90 ? 2000 : 2400, language: language, bold: true),
            ]),
        ])
    }

    static func textBox(id: Int, name: String, x: Int, y: Int, cx: Int, cy: Int, paragraphs: [XML], autofit: Bool) -> XML {
        .el("p:sp", [], [
            .el("p:nvSpPr", [], [.el("p:cNvPr", [("id", "\(id)"), ("name", name)]), .el("p:cNvSpPr", [("txBox", "1")]), .el("p:nvPr")]),
            .el("p:spPr", [], [DrawingML.transform(x: x, y: y, cx: cx, cy: cy), DrawingML.rectangle, .el("a:noFill")]),
            .el("p:txBody", [], [
                .el("a:bodyPr", [("wrap", "square"), ("lIns", "0"), ("rIns", "0")], autofit ? [.el("a:normAutofit")] : []),
                .el("a:lstStyle"),
            ] + paragraphs),
        ])
    }

    /// A picture fitted into the content area, centred, with its alt text in `descr`.
    static func picture(_ picture: Picture, id: Int, png: String, svg: String?) -> XML {
        let areaHeight = contentBottom - contentTop
        let aspect = max(picture.aspect, 0.01)
        var cx = contentWidth, cy = Int((Double(contentWidth) / aspect).rounded())
        if cy > areaHeight { cy = areaHeight; cx = Int((Double(areaHeight) * aspect).rounded()) }
        let x = (SlideDeck.width - cx) / 2
        return .el("p:pic", [], [
            .el("p:nvPicPr", [], [
                .el("p:cNvPr", [("id", "\(id)"), ("name", picture.name.isEmpty ? "Picture" : picture.name), ("descr", picture.description)]),
                .el("p:cNvPicPr", [], [.el("a:picLocks", [("noChangeAspect", "1")])]),
                .el("p:nvPr"),
            ]),
            .el("p:blipFill", [], [DrawingML.blip(png: png, svg: svg), .el("a:stretch", [], [.el("a:fillRect")])]),
            .el("p:spPr", [], [DrawingML.transform(x: x, y: contentTop, cx: cx, cy: cy), DrawingML.rectangle]),
        ])
    }

    /// One paragraph with one run; size in hundredths of a point.
    static func paragraph(_ text: String, size: Int, language: String, bold: Bool = false, color: String? = nil,
                          properties: [(String, String)] = [], spaceAfter: Int? = nil, alignment: String? = nil) -> XML {
        var paragraphAttributes = properties
        if let alignment { paragraphAttributes.append(("algn", alignment)) }
        var paragraphChildren: [XML] = []
        if let spaceAfter { paragraphChildren.append(.el("a:spcAft", [], [.el("a:spcPts", [("val", "\(spaceAfter)")])])) }
        paragraphChildren.append(.el("a:buNone"))
        var runAttributes = [("lang", language), ("sz", "\(size)")]
        if bold { runAttributes.append(("b", "1")) }
        var runChildren: [XML] = []
        if let color { runChildren.append(.el("a:solidFill", [], [.el("a:srgbClr", [("val", color)])])) }
        runChildren += SlideTheme.fonts
        return .el("a:p", [], [
            .el("a:pPr", paragraphAttributes, paragraphChildren),
            .el("a:r", [], [.el("a:rPr", runAttributes, runChildren), .el("a:t", text: text)]),
        ])
    }

    private static func level(size: Int, bold: Bool) -> XML {
        .el("a:lvl1pPr", [], [.el("a:defRPr", [("sz", "\(size)"), ("b", bold ? "1" : "0")], [
            .el("a:solidFill", [], [.el("a:schemeClr", [("val", "tx1")])]),
        ] + SlideTheme.fonts)])
    }
}
