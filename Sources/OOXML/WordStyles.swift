/// `word/styles.xml` and `word/settings.xml`: the paragraph and character styles the body uses.
/// Noto Sans for Latin and Vietnamese text, Noto Sans Lao for complex scripts; clients without
/// them substitute a font.
enum WordStyles {
    /// Child elements are written in the order the WordprocessingML schema gives them (Word
    /// rejects a file whose `pPr`/`rPr` children are out of order).
    static func styles(language: String) -> XML {
        let fonts: XML = .el("w:rFonts", [("w:ascii", "Noto Sans"), ("w:hAnsi", "Noto Sans"), ("w:eastAsia", "Noto Sans"), ("w:cs", "Noto Sans Lao")])
        let defaults: XML = .el("w:docDefaults", [], [
            .el("w:rPrDefault", [], [.el("w:rPr", [], [
                fonts, .el("w:sz", [("w:val", "21")]), .el("w:szCs", [("w:val", "21")]),
                .el("w:lang", [("w:val", language), ("w:eastAsia", language), ("w:bidi", language)]),
            ])]),
            .el("w:pPrDefault", [], [.el("w:pPr", [], [.el("w:spacing", [("w:after", "120"), ("w:line", "264"), ("w:lineRule", "auto")])])]),
        ])
        var styles: [XML] = [
            paragraphStyle("Normal", name: "Normal", isDefault: true),
            paragraphStyle("Title", name: "Title", run: [.el("w:b"), size(18)], paragraph: [spacing(before: 0, after: 120)]),
            paragraphStyle("Subtitle", name: "Subtitle", run: [.el("w:i"), .el("w:color", [("w:val", "595959")])]),
            paragraphStyle("TableText", name: "Table Text", run: [size(9)], paragraph: [spacing(before: 20, after: 20)]),
            paragraphStyle("Figure", name: "Figure", paragraph: [spacing(before: 120, after: 60)]),
            paragraphStyle("Caption", name: "caption", run: [.el("w:i"), .el("w:color", [("w:val", "404040")]), size(9)],
                           paragraph: [spacing(before: 0, after: 240)]),
            paragraphStyle("FootnoteText", name: "footnote text", run: [size(8.5)], paragraph: [spacing(before: 0, after: 40)]),
            paragraphStyle("ListNumbered", name: "List Numbered", paragraph: [spacing(before: 0, after: 60), indent(hanging: 425)]),
            paragraphStyle("ListBulleted", name: "List Bulleted", paragraph: [spacing(before: 0, after: 60), indent(hanging: 284)]),
        ]
        for level in 1...3 {
            let points: Double = [14, 12, 11][level - 1]
            styles.append(paragraphStyle("Heading\(level)", name: "heading \(level)", run: [.el("w:b"), size(points)],
                                         paragraph: [.el("w:keepNext"), spacing(before: level == 1 ? 360 : 240, after: 120),
                                                     .el("w:outlineLvl", [("w:val", "\(level - 1)")])]))
        }
        styles += [
            characterStyle("FootnoteReference", name: "footnote reference", run: [.el("w:vertAlign", [("w:val", "superscript")])]),
            characterStyle("Hyperlink", name: "Hyperlink", run: [.el("w:color", [("w:val", "1F4E79")]), .el("w:u", [("w:val", "single")])]),
        ]
        return .el("w:styles", [("xmlns:w", WordDocument.wordNamespace)], [defaults] + styles)
    }

    static func settings(language: String) -> XML {
        .el("w:settings", [("xmlns:w", WordDocument.wordNamespace)], [
            .el("w:defaultTabStop", [("w:val", "425")]),
            .el("w:characterSpacingControl", [("w:val", "doNotCompress")]),
            .el("w:footnotePr", [], [.el("w:footnote", [("w:id", "-1")]), .el("w:footnote", [("w:id", "0")])]),
            .el("w:compat", [], [.el("w:compatSetting", [("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15")])]),
            .el("w:themeFontLang", [("w:val", language)]),
        ])
    }

    private static func size(_ points: Double) -> XML {
        let halfPoints = "\(Int((points * 2).rounded()))"
        return .el("w:sz", [("w:val", halfPoints)])
    }

    private static func spacing(before: Int, after: Int) -> XML {
        .el("w:spacing", [("w:before", "\(before)"), ("w:after", "\(after)")])
    }

    private static func indent(hanging: Int) -> XML {
        .el("w:ind", [("w:left", "\(hanging)"), ("w:hanging", "\(hanging)")])
    }

    private static func paragraphStyle(_ id: String, name: String, isDefault: Bool = false, run: [XML] = [], paragraph: [XML] = []) -> XML {
        var attributes = [("w:type", "paragraph"), ("w:styleId", id)]
        if isDefault { attributes.append(("w:default", "1")) }
        var children: [XML] = [.el("w:name", [("w:val", name)])]
        if !isDefault { children.append(.el("w:basedOn", [("w:val", "Normal")])) }
        if id.hasPrefix("Heading") || id == "Title" { children.append(.el("w:next", [("w:val", "Normal")])) }
        children.append(.el("w:qFormat"))
        if !paragraph.isEmpty { children.append(.el("w:pPr", [], paragraph)) }
        if !run.isEmpty { children.append(.el("w:rPr", [], run)) }
        return .el("w:style", attributes, children)
    }

    private static func characterStyle(_ id: String, name: String, run: [XML]) -> XML {
        .el("w:style", [("w:type", "character"), ("w:styleId", id)], [
            .el("w:name", [("w:val", name)]), .el("w:rPr", [], run),
        ])
    }
}
