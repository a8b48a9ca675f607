/// The theme a slide master and notes master need: colours, fonts and the three-of-each format
/// scheme the schema requires.
enum SlideTheme {
    /// The fonts of every run: Noto Sans, Noto Sans Lao for complex scripts.
    static let fonts: [XML] = [
        .el("a:latin", [("typeface", "Noto Sans")]), .el("a:ea", [("typeface", "Noto Sans")]), .el("a:cs", [("typeface", "Noto Sans Lao")]),
    ]

    static func theme(name: String) -> XML {
        func color(_ name: String, _ hex: String) -> XML { .el("a:\(name)", [], [.el("a:srgbClr", [("val", hex)])]) }
        let colors: XML = .el("a:clrScheme", [("name", name)], [
            .el("a:dk1", [], [.el("a:srgbClr", [("val", "1A1A1A")])]), color("lt1", "FFFFFF"), color("dk2", "1F3A5F"), color("lt2", "EEF1F5"),
            color("accent1", "1F6FB4"), color("accent2", "D9822B"), color("accent3", "3C9D5D"), color("accent4", "8E5BA8"),
            color("accent5", "C23B3B"), color("accent6", "6B7B8C"), color("hlink", "1F4E79"), color("folHlink", "5B3E84"),
        ])
        func fontSet(_ tag: String) -> XML {
            .el("a:\(tag)", [], [.el("a:latin", [("typeface", "Noto Sans")]), .el("a:ea", [("typeface", "")]), .el("a:cs", [("typeface", "Noto Sans Lao")])])
        }
        let fonts: XML = .el("a:fontScheme", [("name", name)], [fontSet("majorFont"), fontSet("minorFont")])
        let solid: XML = .el("a:solidFill", [], [.el("a:schemeClr", [("val", "phClr")])])
        let line: XML = .el("a:ln", [("w", "9525")], [solid])
        let format: XML = .el("a:fmtScheme", [("name", name)], [
            .el("a:fillStyleLst", [], [solid, solid, solid]),
            .el("a:lnStyleLst", [], [line, line, line]),
            .el("a:effectStyleLst", [], Array(repeating: .el("a:effectStyle", [], [.el("a:effectLst")]), count: 3)),
            .el("a:bgFillStyleLst", [], [solid, solid, solid]),
        ])
        return .el("a:theme", [("xmlns:a", DrawingML.main), ("name", name)], [
            .el("a:themeElements", [], [colors, fonts, format]),
        ])
    }
}
