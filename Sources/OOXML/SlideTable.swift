/// A DrawingML table in a graphic frame, for the key-figures slide.
enum SlideTable {
    static func frame(header: [String], rows: [[String]], rightAligned: Set<Int>, widths relative: [Double], id: Int, language: String,
                      x: Int, y: Int, width: Int) -> XML {
        let columns = max(header.count, rows.map(\.count).max() ?? 0, 1)
        let weights = relative.count == columns ? relative.map { max($0, 0.01) } : (0..<columns).map { $0 == 0 ? 2.0 : 1.0 }
        let total = weights.reduce(0, +)
        var widths = weights.map { Int((Double(width) * $0 / total).rounded(.down)) }
        widths[0] += width - widths.reduce(0, +)
        let size = rows.count > 8 ? 1100 : 1300
        let rowHeight = DrawingML.emu(cm: rows.count > 8 ? 0.9 : 1.1)

        func cell(_ text: String, column: Int, bold: Bool) -> XML {
            .el("a:tc", [], [
                .el("a:txBody", [], [
                    .el("a:bodyPr"), .el("a:lstStyle"),
                    SlideParts.paragraph(text, size: size, language: language, bold: bold,
                                         alignment: rightAligned.contains(column) ? "r" : nil),
                ]),
                .el("a:tcPr", [("marL", "72000"), ("marR", "72000"), ("marT", "36000"), ("marB", "36000")]),
            ])
        }
        func row(_ cells: [String], bold: Bool) -> XML {
            .el("a:tr", [("h", "\(rowHeight)")], (0..<columns).map { cell($0 < cells.count ? cells[$0] : "", column: $0, bold: bold) })
        }
        let table: XML = .el("a:tbl", [], [
            .el("a:tblPr", [("firstRow", "1"), ("bandRow", "1")], [.el("a:tableStyleId", text: SlideParts.tableStyle)]),
            .el("a:tblGrid", [], widths.map { .el("a:gridCol", [("w", "\($0)")]) }),
            row(header, bold: true),
        ] + rows.map { row($0, bold: false) })
        return .el("p:graphicFrame", [], [
            .el("p:nvGraphicFramePr", [], [
                .el("p:cNvPr", [("id", "\(id)"), ("name", "Key figures")]),
                .el("p:cNvGraphicFramePr", [], [.el("a:graphicFrameLocks", [("noGrp", "1")])]),
                .el("p:nvPr"),
            ]),
            DrawingML.transform(x: x, y: y, cx: width, cy: rowHeight * (rows.count + 1), prefix: "p"),
            .el("a:graphic", [], [.el("a:graphicData", [("uri", "http://schemas.openxmlformats.org/drawingml/2006/table")], [table])]),
        ])
    }
}
