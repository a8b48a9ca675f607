import ChartScene
import Foundation

/// What a panel of small multiples takes from the whole chart, so every panel draws on the same
/// x extent and categories, and a series has one colour in every panel.
struct PanelFrame {
    var xType: XScaleType
    var xDomain: ClosedRange<Double>?
    var categories: [String]
    var granularity: PeriodGranularity
    /// Pixels per value-axis tick (panels are small: closer ticks than a full chart's).
    var tickSpacing = 28.0
    /// Palette slot and role occurrence of each series of the whole chart, by layer and name.
    var slots: [SeriesKey: (slot: Int, occurrence: Int)]

    struct SeriesKey: Hashable {
        var layer: Int
        var name: String?
    }

    /// `series` with the slots (hence colours, dashes, hatches) they have in the whole chart.
    func recolor(_ series: [SeriesData]) -> [SeriesData] {
        series.map { s in
            guard let known = slots[SeriesKey(layer: s.layerIndex, name: s.name)] else { return s }
            var s = s
            s.slot = known.slot
            s.roleOccurrence = known.occurrence
            return s
        }
    }
}

/// Small multiples: one panel per value of the facet column, laid out in a grid under the
/// chart's title and one legend, above its notes and source.
extension ChartBuilder {
    func facetScene(_ spec: ChartSpec, facet: FacetSpec, tables: [String: DataTable], theme: Theme) throws -> Scene {
        let column = facet.column
        let values = try Self.facetValues(column, spec: spec, tables: tables)
        guard values.count <= FacetSpec.maximumPanels else {
            throw ChartError.invalidData("facet column '\(column)' has \(values.count) values: at most \(FacetSpec.maximumPanels) panels fit one chart")
        }
        var whole = spec
        whole.facet = nil
        let horizontal = spec.layers.contains(where: \.isHorizontal)
        let xType = horizontal ? XScaleType.band : try xType(whole, tables: tables)
        var categories: [String] = []
        let all = try series(whole, tables: tables, xType: xType, categories: &categories)
        let xDomain = horizontal ? nil : self.xDomain(whole, series: all, xType: xType, categories: &categories)
        var slots: [PanelFrame.SeriesKey: (slot: Int, occurrence: Int)] = [:]
        for s in all { slots[PanelFrame.SeriesKey(layer: s.layerIndex, name: s.name)] = (s.slot, s.roleOccurrence) }
        let frame = PanelFrame(xType: xType, xDomain: xDomain, categories: categories,
                               granularity: xType == .period ? Self.granularity(all) : .year, slots: slots)
        let panelTables = try values.map { value in
            try tables.mapValues { try $0.hasColumn(column) ? $0.filtered(column, equals: value) : $0 }
        }

        // The figure: title, one legend, notes and source.
        let width = spec.size.width, height = spec.size.height
        let pad = min(24, max(8, (width * 0.02).rounded()))
        let canvas = Rect(x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad)
        var figure = whole
        if xType == .period, spec.x.partNote != false, let note = Self.partYearNote(all, language: spec.language) {
            figure.notes.append(note)
        }
        var (items, top) = header(figure, theme: theme, canvas: canvas)
        let entries = legendEntries(all, labelled: [], theme: theme)
        if !entries.isEmpty {
            let (legendItems, legendHeight) = legend(entries, theme: theme, x: canvas.minX, top: top + 8, maxWidth: canvas.width)
            items += legendItems
            top += 8 + legendHeight
        }
        let (footerItems, footerTop) = footer(figure, theme: theme, canvas: canvas)
        // Panels keep their own margin of 8 px, so their text lines up with the figure's.
        let inner = 8.0
        let area = Rect(x: canvas.minX - inner, y: top + 4, width: canvas.width + 2 * inner,
                        height: footerTop - (footerItems.isEmpty ? 0 : 6) + inner - top - 4)
        guard let grid = Self.facetGrid(count: values.count, area: area, columns: facet.columns) else {
            throw ChartError.canvasTooSmall(width: width, height: height)
        }
        let panelWidth = area.width / Double(grid.columns), panelHeight = area.height / Double(grid.rows)

        var panelTheme = theme
        panelTheme.title = Font(size: max(theme.axis.size + 1, 13), weight: .bold)
        var base = whole
        base.subtitle = nil; base.notes = []; base.source = nil; base.alt = nil
        base.x.partNote = false
        base.size = ChartSize(width: panelWidth, height: panelHeight)
        // Markers only where points are far enough apart in a panel.
        let points = Set(all.flatMap(\.x).filter(\.isFinite)).count
        for i in base.layers.indices where base.layers[i].mark == .line && base.layers[i].style?.markers == nil {
            var style = base.layers[i].style ?? LayerStyle()
            style.markers = Double(points) * 24 <= panelWidth
            base.layers[i].style = style
        }
        if facet.y != .free, spec.y.domain == nil, spec.y.rows == nil {
            base.y.domain = try sharedYDomain(base, panels: panelTables, frame: frame, horizontal: horizontal,
                                              length: horizontal ? panelWidth * 0.6 : panelHeight * 0.5)
        }
        var body: [SceneItem] = []
        for (k, value) in values.enumerated() {
            var panel = base
            panel.title = value.isEmpty ? "–" : value
            let scene = horizontal
                ? try horizontalScene(panel, tables: panelTables[k], theme: panelTheme, panel: frame)
                : try build(panel, tables: panelTables[k], theme: panelTheme, legendOnly: [], panel: frame).scene
            let dx = area.minX + Double(k % grid.columns) * panelWidth, dy = area.minY + Double(k / grid.columns) * panelHeight
            body.append(.group(GroupItem(items: scene.items.map { $0.translated(dx: dx, dy: dy) }, role: "panel")))
        }
        let vi = spec.language == .vi
        let scale = facet.y == .free ? (vi ? "thang đo y riêng cho từng ô" : "each panel its own y scale")
                                     : (vi ? "chung thang đo" : "scales shared")
        let alt = (nfc(spec.title).map { $0 + ". " } ?? "")
            + (vi ? "\(values.count) biểu đồ nhỏ theo \(column): " : "\(values.count) panels by \(column): ")
            + values.joined(separator: ", ") + "; " + scale + "."
        return Scene(size: Size(width: width, height: height), background: theme.background,
                     items: body + items + footerItems, title: nfc(spec.title), description: nfc(spec.alt) ?? alt)
    }

    /// The values of `column` over the tables the layers draw from, in order of first appearance.
    static func facetValues(_ column: String, spec: ChartSpec, tables: [String: DataTable]) throws -> [String] {
        var values: [String] = [], seen = Set<String>(), found = false
        for name in Self.layerTables(spec, tables: tables) {
            guard let cells = tables[name]?.strings(column) else { continue }
            found = true
            for cell in cells.map({ nfc($0) }) where !seen.contains(cell) {
                seen.insert(cell)
                values.append(cell)
            }
        }
        guard found else {
            let first = Self.layerTables(spec, tables: tables).first ?? ""
            throw ChartError.unknownColumn(table: first, column: column, available: tables[first]?.columnNames ?? [])
        }
        guard !values.isEmpty else { throw ChartError.invalidData("facet column '\(column)' has no values: there is nothing to draw") }
        return values
    }

    /// The names of the tables the layers draw from, in layer order, each once.
    static func layerTables(_ spec: ChartSpec, tables: [String: DataTable]) -> [String] {
        var names: [String] = []
        let first = tables.keys.sorted().first
        for layer in spec.layers {
            if let name = layer.data ?? first, tables[name] != nil, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Columns and rows for `count` panels in `area`: `columns` when given, else the grid whose
    /// panels come nearest a 1.6 : 1 shape with few empty cells, among those whose panels are at
    /// least 170 × 110 px. Nil when no grid fits.
    static func facetGrid(count: Int, area: Rect, columns: Int?) -> (columns: Int, rows: Int)? {
        let minWidth = 170.0, minHeight = 110.0
        func fits(_ c: Int) -> Bool {
            let rows = (count + c - 1) / c
            return area.width / Double(c) >= minWidth && area.height / Double(rows) >= minHeight
        }
        if let columns {
            let c = max(1, min(columns, count))
            return fits(c) ? (c, (count + c - 1) / c) : nil
        }
        var best: (columns: Int, rows: Int, score: Double)?
        for c in 1...max(1, count) where fits(c) {
            let rows = (count + c - 1) / c
            let shape = (area.width / Double(c)) / (area.height / Double(rows))
            let score = abs(log(shape / 1.6)) + 0.6 * Double(c * rows - count) / Double(count)
            if best.map({ score < $0.score }) ?? true { best = (c, rows, score) }
        }
        return best.map { ($0.columns, $0.rows) }
    }

    /// One y (value) domain for every panel: the union of the panels' extents, niced.
    func sharedYDomain(_ spec: ChartSpec, panels: [[String: DataTable]], frame: PanelFrame, horizontal: Bool,
                       length: Double) throws -> [Double] {
        var lo = Double.infinity, hi = -Double.infinity, zero = false
        var positive: [Double] = []
        for tables in panels {
            var series: [SeriesData]
            if horizontal {
                series = try horizontalRows(spec, tables: tables).series
            } else {
                var categories = frame.categories
                series = try self.series(spec, tables: tables, xType: frame.xType, categories: &categories)
                if spec.x.domain != nil, let d = frame.xDomain, frame.xType == .period || frame.xType == .linear {
                    series = Self.cut(series, to: d)
                }
            }
            let extent = yExtent(spec, series: series)
            lo = min(lo, extent.lo); hi = max(hi, extent.hi); zero = zero || extent.forceZero
            positive += series.flatMap { $0.y + $0.low + $0.high }.filter { $0 > 0 && $0.isFinite }
        }
        let count = max(2, min(10, Int(length / (horizontal ? 90 : frame.tickSpacing))))
        if spec.y.log == true {
            let scale = LogScale(domain: (positive.min() ?? 1)...(positive.max() ?? 10), range: (0, 1)).niced(count: count + 2)
            return [scale.domain.lowerBound, scale.domain.upperBound]
        }
        if zero { lo = min(lo, 0); hi = max(hi, 0) }
        if lo == hi { lo -= 1; hi += 1 }
        let scale = LinearScale(domain: lo...hi, range: (0, 1)).niced(count: count)
        return [scale.domain.lowerBound, scale.domain.upperBound]
    }
}

extension SceneItem {
    /// The item moved by (`dx`, `dy`): points, text positions and clips.
    func translated(dx: Double, dy: Double) -> SceneItem {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        switch self {
        case .path(var p):
            p.elements = p.elements.map { e in
                switch e {
                case .move(let q): return .move(move(q))
                case .line(let q): return .line(move(q))
                case .curve(let c1, let c2, let to): return .curve(c1: move(c1), c2: move(c2), to: move(to))
                case .close: return .close
                }
            }
            return .path(p)
        case .text(var t):
            t.position = move(t.position)
            return .text(t)
        case .group(var g):
            if g.transform == nil {
                g.items = g.items.map { $0.translated(dx: dx, dy: dy) }
                g.clip = g.clip.map { Rect(x: $0.x + dx, y: $0.y + dy, width: $0.width, height: $0.height) }
                return .group(g)
            }
            // A transformed group: move it as a whole, its own coordinates unchanged.
            return .group(GroupItem(items: [.group(g)], transform: .translation(x: dx, y: dy), role: g.role))
        }
    }
}
