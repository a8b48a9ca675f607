/// Writes a WordDocument's blocks as `word/document.xml`, collecting footnotes, images and links
/// (with the relationship ids `WordDocument.docx()` gives them: rId1–3 are styles, settings and
/// footnotes, then one per target in order).
struct WordBody {
    enum Target {
        case image(path: String, bytes: [UInt8])
        case link(String)
    }

    let language: String
    private(set) var targets: [Target] = []
    private(set) var footnotes: [[XML]] = []
    private var pictureCount = 0

    /// A4 portrait with 2 cm margins: the text is 17 cm wide.
    static let pageWidthTwips = 11_906, pageHeightTwips = 16_838, marginTwips = 1_134
    static var textWidthCm: Double { Double(pageWidthTwips - 2 * marginTwips) / 567.0 }

    init(language: String) { self.language = language }

    private mutating func addTarget(_ target: Target) -> String {
        targets.append(target)
        return "rId\(targets.count + 3)"
    }

    mutating func document(_ blocks: [WordDocument.Block]) -> XML {
        var children: [XML] = []
        for block in blocks { children += self.block(block) }
        children.append(.el("w:sectPr", [], [
            .el("w:footnotePr", [], [.el("w:numFmt", [("w:val", "decimal")])]),
            .el("w:pgSz", [("w:w", "\(Self.pageWidthTwips)"), ("w:h", "\(Self.pageHeightTwips)")]),
            .el("w:pgMar", [("w:top", "\(Self.marginTwips)"), ("w:right", "\(Self.marginTwips)"),
                            ("w:bottom", "\(Self.marginTwips)"), ("w:left", "\(Self.marginTwips)"),
                            ("w:header", "567"), ("w:footer", "567"), ("w:gutter", "0")]),
        ]))
        return .el("w:document", [
            ("xmlns:w", WordDocument.wordNamespace),
            ("xmlns:r", OPCPackage.relationshipsNamespace),
            ("xmlns:wp", WordDocument.drawingNamespace),
            ("xmlns:a", DrawingML.main),
            ("xmlns:pic", DrawingML.picture),
        ], [.el("w:body", [], children)])
    }

    private mutating func block(_ block: WordDocument.Block) -> [XML] {
        switch block {
        case .heading(let level, let inlines):
            return [paragraph(style: level <= 0 ? "Title" : "Heading\(min(level, 3))", inlines)]
        case .paragraph(let inlines):
            return [paragraph(style: nil, inlines)]
        case .note(let inlines):
            return [paragraph(style: "Subtitle", inlines)]
        case .numbered(let items):
            return items.enumerated().map { i, item in paragraph(style: "ListNumbered", [.text("\(i + 1).\t")] + item) }
        case .bullets(let items):
            return items.map { paragraph(style: "ListBulleted", [.text("•\t")] + $0) }
        case .table(let table):
            return [self.table(table), paragraph(style: nil, [])]
        case .figure(let figure):
            return [self.figure(figure.picture), paragraph(style: "Caption", figure.caption)]
        }
    }

    private mutating func paragraph(style: String?, _ inlines: [WordDocument.Inline], alignment: String? = nil,
                                    keepNext: Bool = false) -> XML {
        var properties: [XML] = []
        if let style { properties.append(.el("w:pStyle", [("w:val", style)])) }
        if keepNext { properties.append(.el("w:keepNext")) }
        if let alignment { properties.append(.el("w:jc", [("w:val", alignment)])) }
        var children: [XML] = properties.isEmpty ? [] : [.el("w:pPr", [], properties)]
        children += runs(inlines)
        return .el("w:p", [], children)
    }

    private mutating func runs(_ inlines: [WordDocument.Inline]) -> [XML] {
        var out: [XML] = []
        for inline in inlines {
            switch inline {
            case .text(let text): out.append(Self.run(text))
            case .italic(let text): out.append(Self.run(text, properties: [.el("w:i")]))
            case .bold(let text): out.append(Self.run(text, properties: [.el("w:b")]))
            case .link(let text, let url):
                let id = addTarget(.link(url))
                out.append(.el("w:hyperlink", [("r:id", id)], [Self.run(text, properties: [.el("w:rStyle", [("w:val", "Hyperlink")])])]))
            case .footnote(let content):
                let id = footnotes.count + 1
                footnotes.append([])
                footnotes[id - 1] = runs(Self.plain(content))
                out.append(.el("w:r", [], [
                    .el("w:rPr", [], [.el("w:rStyle", [("w:val", "FootnoteReference")])]),
                    .el("w:footnoteReference", [("w:id", "\(id)")]),
                ]))
            }
        }
        return out
    }

    /// Footnote content without links or nested notes: links in `footnotes.xml` would need that
    /// part's own relationships, so a link is written as its text and address.
    static func plain(_ inlines: [WordDocument.Inline]) -> [WordDocument.Inline] {
        inlines.compactMap { inline in
            switch inline {
            case .link(let text, let url): .text(text == url ? url : "\(text) (\(url))")
            case .footnote: nil
            default: inline
            }
        }
    }

    /// A run of text; tabs become `<w:tab/>`, leading or trailing spaces are preserved.
    static func run(_ text: String, properties: [XML] = []) -> XML {
        var children: [XML] = properties.isEmpty ? [] : [.el("w:rPr", [], properties)]
        for (i, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { children.append(.el("w:tab")) }
            if !piece.isEmpty { children.append(.el("w:t", [("xml:space", "preserve")], text: String(piece))) }
        }
        return .el("w:r", [], children)
    }

    private mutating func table(_ table: WordDocument.Table) -> XML {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        let weights = table.widths.count == columns ? table.widths : Array(repeating: 1, count: columns)
        let total = max(weights.reduce(0, +), 1)
        let widthTwips = Double(Self.pageWidthTwips - 2 * Self.marginTwips)
        let grid = weights.map { Int((widthTwips * $0 / total).rounded()) }
        let border: [(String, String)] = [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "A6A6A6")]
        var children: [XML] = [
            .el("w:tblPr", [], [
                .el("w:tblW", [("w:w", "5000"), ("w:type", "pct")]),
                .el("w:tblBorders", [], ["top", "bottom", "insideH"].map { .el("w:\($0)", border) }),
                .el("w:tblLayout", [("w:type", "fixed")]),
                .el("w:tblCellMar", [], [.el("w:left", [("w:w", "80"), ("w:type", "dxa")]), .el("w:right", [("w:w", "80"), ("w:type", "dxa")])]),
                .el("w:tblLook", [("w:val", "0420"), ("w:firstRow", "1"), ("w:lastRow", "0"), ("w:firstColumn", "0"),
                                  ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1")]),
            ]),
            .el("w:tblGrid", [], grid.map { .el("w:gridCol", [("w:w", "\($0)")]) }),
        ]
        func row(_ cells: [[WordDocument.Inline]], header: Bool) -> XML {
            var rowChildren: [XML] = header ? [.el("w:trPr", [], [.el("w:tblHeader"), .el("w:cantSplit")])] : [.el("w:trPr", [], [.el("w:cantSplit")])]
            for column in 0..<columns {
                let content = column < cells.count ? cells[column] : []
                let inlines = header ? content.map { inline -> WordDocument.Inline in
                    if case .text(let text) = inline { return .bold(text) }
                    return inline
                } : content
                rowChildren.append(.el("w:tc", [], [
                    .el("w:tcPr", [], [.el("w:tcW", [("w:w", "\(grid[column])"), ("w:type", "dxa")])]),
                    paragraph(style: "TableText", inlines, alignment: table.rightAligned.contains(column) ? "right" : nil),
                ]))
            }
            return .el("w:tr", [], rowChildren)
        }
        children.append(row(table.header.map { [.text($0)] }, header: true))
        for cells in table.rows { children.append(row(cells, header: false)) }
        return .el("w:tbl", [], children)
    }

    /// An inline picture at its own width (the text width at most), kept with its caption.
    private mutating func figure(_ picture: Picture) -> XML {
        pictureCount += 1
        let base = "media/\(picture.name.isEmpty ? "image" : picture.name)-\(pictureCount)"
        let pngID = addTarget(.image(path: base + ".png", bytes: picture.png))
        let svgID = picture.svg.map { addTarget(.image(path: base + ".svg", bytes: $0)) }
        let cx = DrawingML.emu(cm: min(picture.widthCm ?? Self.textWidthCm, Self.textWidthCm))
        let cy = Int((Double(cx) / max(picture.aspect, 0.01)).rounded())
        let name = picture.name.isEmpty ? "Picture \(pictureCount)" : picture.name
        let pic: XML = .el("pic:pic", [], [
            .el("pic:nvPicPr", [], [
                .el("pic:cNvPr", [("id", "\(pictureCount)"), ("name", name + ".png"), ("descr", picture.description)]),
                .el("pic:cNvPicPr", [], [.el("a:picLocks", [("noChangeAspect", "1"), ("noChangeArrowheads", "1")])]),
            ]),
            .el("pic:blipFill", [], [DrawingML.blip(png: pngID, svg: svgID), .el("a:stretch", [], [.el("a:fillRect")])]),
            .el("pic:spPr", [], [DrawingML.transform(x: 0, y: 0, cx: cx, cy: cy), DrawingML.rectangle]),
        ])
        let inline: XML = .el("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")], [
            .el("wp:extent", [("cx", "\(cx)"), ("cy", "\(cy)")]),
            .el("wp:effectExtent", [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")]),
            .el("wp:docPr", [("id", "\(pictureCount)"), ("name", name), ("descr", picture.description)]),
            .el("wp:cNvGraphicFramePr", [], [.el("a:graphicFrameLocks", [("noChangeAspect", "1")])]),
            .el("a:graphic", [], [.el("a:graphicData", [("uri", DrawingML.picture)], [pic])]),
        ])
        return .el("w:p", [], [
            .el("w:pPr", [], [.el("w:pStyle", [("w:val", "Figure")]), .el("w:keepNext")]),
            .el("w:r", [], [.el("w:drawing", [], [inline])]),
        ])
    }

    /// `word/footnotes.xml`: the two separators Word expects, then the notes.
    func footnotesPart() -> XML {
        func separator(_ type: String, id: Int) -> XML {
            .el("w:footnote", [("w:type", type), ("w:id", "\(id)")], [.el("w:p", [], [
                .el("w:pPr", [], [.el("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])]),
                .el("w:r", [], [.el(type == "separator" ? "w:separator" : "w:continuationSeparator")]),
            ])])
        }
        var children = [separator("separator", id: -1), separator("continuationSeparator", id: 0)]
        for (i, content) in footnotes.enumerated() {
            children.append(.el("w:footnote", [("w:id", "\(i + 1)")], [.el("w:p", [], [
                .el("w:pPr", [], [.el("w:pStyle", [("w:val", "FootnoteText")])]),
                .el("w:r", [], [.el("w:rPr", [], [.el("w:rStyle", [("w:val", "FootnoteReference")])]), .el("w:footnoteRef")]),
                Self.run(" "),
            ] + content)]))
        }
        return .el("w:footnotes", [("xmlns:w", WordDocument.wordNamespace), ("xmlns:r", OPCPackage.relationshipsNamespace)], children)
    }
}
