import ChartScene
import Foundation

/// The second SVG writer: works from the scene directly (beside Cairo's SVG surface, which writes
/// glyph outlines) and writes real `<text>` elements, so titles and labels can be selected,
/// searched, edited and translated.
///
/// - Text: one `<text>` per run with the font's family list plus `sans-serif`, the size in px,
///   weight and style; `xml:lang` of the scene on the root and `xml:lang="lo"` on Lao runs
///   (`SVGLanguageRuns`). Each run is placed from the same Pango measurement the layout and the
///   outline writer use: the anchor point is the run's position and the baseline is Pango's, so the
///   text lands where the outlines are (on a machine with the same fonts).
/// - Data marks: a path with `data` gets a `<title>` with each value, period, status and source;
///   a line or area also gets one invisible hit circle per value (all of them last, above labels
///   and rules), so hovering a point shows it.
/// - Ids are `<prefix>-title`, `<prefix>-desc`, `<prefix>-clip-N`, `<prefix>-hatch-N`, with a
///   prefix derived from the scene's content: stable run to run, and unique when several charts
///   are inlined in one HTML page. Deterministic bytes; every text XML-escaped and NFC.
struct SVGTextWriter {
    let engine: PangoTextEngine

    /// Roles of text drawn on a data mark (a heat map cell's value, a bar's value).
    static let labelsOnMarks: Set<String> = ["heat-label", "value-label", "label"]

    /// Roles of shapes drawn behind such a label (the backing of a heat map cell's number, in the
    /// cell's own fill): they let the pointer through as well, so hovering a number shows its
    /// cell's title (value, period, status and source), or the mark under it.
    static let backingsOfLabels: Set<String> = ["heat-label-halo"]

    /// Radius of the invisible hit circle over each value of a line or area.
    static let hitRadius = 6.0

    func svg(_ scene: Scene) -> [UInt8] {
        var out = Output(prefix: Self.idPrefix(scene))
        let (w, h) = (SVGNumber.text(scene.size.width), SVGNumber.text(scene.size.height))
        let title = scene.title.flatMap { $0.isEmpty ? nil : $0 }
        let description = scene.description.flatMap { $0.isEmpty ? nil : $0 }
        // The same physical size as the outline SVG, PNG and PDF: cm, with the scene's px as the viewBox.
        var root = "<svg xmlns=\"http://www.w3.org/2000/svg\" \(SVGPhysicalSize.attributes(for: scene.size)) viewBox=\"0 0 \(w) \(h)\""
        let labels = [title.map { _ in out.id("title") }, description.map { _ in out.id("desc") }].compactMap { $0 }
        if !labels.isEmpty { root += " role=\"img\" aria-labelledby=\"\(labels.joined(separator: " "))\"" }
        if let language = scene.language, !language.isEmpty { root += " xml:lang=\"\(escape(language))\"" }
        out.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line(root + ">")
        if let title { out.line("<title id=\"\(out.id("title"))\">\(escape(title))</title>") }
        if let description { out.line("<desc id=\"\(out.id("desc"))\">\(escape(description))</desc>") }
        if let background = scene.background {
            out.line("<rect width=\"\(w)\" height=\"\(h)\"\(paint("fill", background))/>")
        }
        write(scene.items, into: &out)
        // Hit circles over the values of lines and areas come last, above labels and rules, so
        // hovering any value finds its title.
        if !out.hits.isEmpty {
            out.line("<g class=\"hit\" fill=\"none\" pointer-events=\"all\">")
            for hit in out.hits { out.line(hit) }
            out.line("</g>")
        }
        out.line("</svg>")
        return Array(out.text.utf8)
    }

    private func write(_ items: [SceneItem], into out: inout Output) {
        for item in items {
            switch item {
            case .path(let path): write(path, into: &out)
            case .text(let run): write(run, into: &out)
            case .group(let group): write(group, into: &out)
            }
        }
    }

    /// Fill, then hatch (clipped to the shape), then stroke, as the Cairo drawer paints them.
    private func write(_ path: PathItem, into out: inout Output) {
        guard !path.elements.isEmpty else { return }
        let d = Self.pathData(path.elements)
        let title = path.data.map { data in "<title>\(escape(data.map(\.summary).joined(separator: "\n\n")))</title>" } ?? ""
        var role = path.role.map { " class=\"\(escape($0))\"" } ?? ""
        if let name = path.role, Self.backingsOfLabels.contains(name) { role += " pointer-events=\"none\"" }
        if let hatch = path.hatch, hatch.spacing > 0, hatch.spacing.isFinite, hatch.lineWidth > 0 {
            if let fill = path.fill { out.line("<path d=\"\(d)\"\(paint("fill", fill))/>") }
            let clip = out.nextID("hatch")
            out.line("<clipPath id=\"\(clip)\"><path d=\"\(d)\"/></clipPath>")
            out.line("<path d=\"\(Self.hatchLines(hatch, bounds: Self.bounds(path.elements)))\" fill=\"none\""
                + strokeAttributes(Stroke(color: hatch.color, width: hatch.lineWidth)) + " clip-path=\"url(#\(clip))\"/>")
            let stroke = path.stroke.map(strokeAttributes) ?? ""
            let transparent = path.stroke == nil ? " fill-opacity=\"0\"" : " fill=\"none\""
            out.line("<path d=\"\(d)\"\(role)\(transparent)\(stroke)>\(title)</path>")
        } else {
            let fill = path.fill.map { paint("fill", $0) } ?? " fill=\"none\""
            let stroke = path.stroke.map(strokeAttributes) ?? ""
            out.line(title.isEmpty ? "<path d=\"\(d)\"\(role)\(fill)\(stroke)/>" : "<path d=\"\(d)\"\(role)\(fill)\(stroke)>\(title)</path>")
        }
        for datum in path.data ?? [] {
            guard let at = datum.at else { continue }
            let p = out.transform.apply(at)
            out.hits.append("<circle cx=\"\(SVGNumber.text(p.x))\" cy=\"\(SVGNumber.text(p.y))\" r=\"\(SVGNumber.text(Self.hitRadius))\">"
                + "<title>\(escape(datum.summary))</title></circle>")
        }
    }

    /// The run at its anchor point, on the baseline Pango gives for its font.
    private func write(_ run: TextItem, into out: inout Output) {
        guard !run.text.isEmpty else { return }
        let line = engine.setLine(run.text, font: run.font)
        let top = line.offset(for: run.baseline)
        // Rotated runs turn around their position, as in the Cairo drawer.
        let baseline = run.position.y - top + line.baseline
        var attributes = "x=\"\(SVGNumber.text(run.position.x))\" y=\"\(SVGNumber.text(baseline))\""
        if run.rotation != 0 {
            attributes += " transform=\"rotate(\(SVGNumber.text(run.rotation)) \(SVGNumber.text(run.position.x)) \(SVGNumber.text(run.position.y)))\""
        }
        switch run.anchor {
        case .start: break
        case .middle: attributes += " text-anchor=\"middle\""
        case .end: attributes += " text-anchor=\"end\""
        }
        attributes += " font-family=\"\(escape(Self.fontFamilies(run.font.family)))\" font-size=\"\(SVGNumber.text(run.font.size))\""
        switch run.font.weight {
        case .regular: break
        case .medium: attributes += " font-weight=\"500\""
        case .bold: attributes += " font-weight=\"bold\""
        }
        if run.font.italic { attributes += " font-style=\"italic\"" }
        attributes += paint("fill", run.color)
        if let role = run.role { attributes += " class=\"\(escape(role))\"" }
        // A value written on its mark lets the pointer through, so hovering it shows the mark's title.
        if let role = run.role, Self.labelsOnMarks.contains(role) { attributes += " pointer-events=\"none\"" }
        let runs = SVGLanguageRuns.runs(run.text)
        if runs.count == 1, let only = runs.first {
            let lang = only.isLao ? " xml:lang=\"lo\"" : ""
            out.line("<text \(attributes)\(lang)>\(escape(only.text))</text>")
        } else {
            let body = runs.map { $0.isLao ? "<tspan xml:lang=\"lo\">\(escape($0.text))</tspan>" : escape($0.text) }.joined()
            out.line("<text \(attributes)>\(body)</text>")
        }
    }

    /// The transform applies first; the clip rectangle is in the group's transformed coordinates
    /// (SVG's user space of the element that references the clip path, as in the scene).
    private func write(_ group: GroupItem, into out: inout Output) {
        let outer = out.transform
        if let t = group.transform { out.transform = outer.concatenating(t) }
        defer { out.transform = outer }
        var attributes = ""
        if let t = group.transform {
            attributes += " transform=\"matrix(" + [t.a, t.b, t.c, t.d, t.tx, t.ty].map(SVGNumber.text).joined(separator: " ") + ")\""
        }
        if let clip = group.clip {
            let id = out.nextID("clip")
            out.line("<clipPath id=\"\(id)\"><rect x=\"\(SVGNumber.text(clip.x))\" y=\"\(SVGNumber.text(clip.y))\" "
                + "width=\"\(SVGNumber.text(clip.width))\" height=\"\(SVGNumber.text(clip.height))\"/></clipPath>")
            // The clip path is referenced from an inner group, so it is read after the transform.
            if group.transform != nil {
                out.line("<g\(attributes)\(group.role.map { " class=\"\(escape($0))\"" } ?? "")>")
                out.line("<g clip-path=\"url(#\(id))\">")
                write(group.items, into: &out)
                out.line("</g>")
                out.line("</g>")
                return
            }
            attributes += " clip-path=\"url(#\(id))\""
        }
        if let role = group.role { attributes += " class=\"\(escape(role))\"" }
        out.line("<g\(attributes)>")
        write(group.items, into: &out)
        out.line("</g>")
    }

    // MARK: - Attributes

    private func paint(_ name: String, _ color: Color) -> String {
        let opacity = max(0, min(1, color.alpha))
        return " \(name)=\"\(SVGNumber.hex(color))\"" + (opacity < 1 ? " \(name)-opacity=\"\(SVGNumber.text(opacity))\"" : "")
    }

    /// Cairo's stroke defaults spelled out where SVG's differ (miter limit 10, not 4).
    private func strokeAttributes(_ stroke: Stroke) -> String {
        var out = paint("stroke", stroke.color) + " stroke-width=\"\(SVGNumber.text(stroke.width))\""
        if !stroke.dash.isEmpty { out += " stroke-dasharray=\"" + stroke.dash.map(SVGNumber.text).joined(separator: " ") + "\"" }
        switch stroke.cap {
        case .butt: break
        case .round: out += " stroke-linecap=\"round\""
        case .square: out += " stroke-linecap=\"square\""
        }
        switch stroke.join {
        case .miter: out += " stroke-miterlimit=\"10\""
        case .round: out += " stroke-linejoin=\"round\""
        case .bevel: out += " stroke-linejoin=\"bevel\""
        }
        return out
    }

    private func escape(_ text: String) -> String { SVGAccessibility.escape(text) }

    /// `"Noto Sans, Noto Sans Lao"` → `'Noto Sans', 'Noto Sans Lao', sans-serif`.
    static func fontFamilies(_ family: String) -> String {
        let generic: Set<String> = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]
        var names = family.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t'\"")) }.filter { !$0.isEmpty }
        if !names.contains(where: { generic.contains($0.lowercased()) }) { names.append("sans-serif") }
        return names.map { generic.contains($0.lowercased()) ? $0 : "'\($0.replacingOccurrences(of: "'", with: ""))'" }
            .joined(separator: ", ")
    }

    // MARK: - Geometry

    static func pathData(_ elements: [PathElement]) -> String {
        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for element in elements {
            switch element {
            case .move(let p): parts.append("M\(SVGNumber.text(p.x)) \(SVGNumber.text(p.y))")
            case .line(let p): parts.append("L\(SVGNumber.text(p.x)) \(SVGNumber.text(p.y))")
            case .curve(let c1, let c2, let to):
                parts.append("C" + [c1.x, c1.y, c2.x, c2.y, to.x, to.y].map(SVGNumber.text).joined(separator: " "))
            case .close: parts.append("Z")
            }
        }
        return parts.joined(separator: " ")
    }

    /// The box around every point of the path, control points included (it contains the shape).
    static func bounds(_ elements: [PathElement]) -> Rect {
        var xs: [Double] = [], ys: [Double] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
            case .curve(let c1, let c2, let to): xs += [c1.x, c2.x, to.x]; ys += [c1.y, c2.y, to.y]
            case .close: break
            }
        }
        let (x0, x1, y0, y1) = (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The hatching lines over `bounds`, on the same canvas-fixed grid as the Cairo drawer (lines
    /// where the point's distance along the normal is a multiple of `spacing`), so both agree.
    static func hatchLines(_ hatch: Hatch, bounds b: Rect) -> String {
        let radians = hatch.angle * .pi / 180
        let (ux, uy) = (cos(radians), -sin(radians))
        let (nx, ny) = (-uy, ux)
        let (cx, cy) = (b.midX, b.midY)
        let reach = (b.width * b.width + b.height * b.height).squareRoot() / 2 + hatch.lineWidth
        let centre = cx * nx + cy * ny
        let first = ((centre - reach) / hatch.spacing).rounded(.down)
        let last = ((centre + reach) / hatch.spacing).rounded(.up)
        var parts: [String] = []
        var step = first
        while step <= last {
            let offset = step * hatch.spacing - centre
            let (px, py) = (cx + nx * offset, cy + ny * offset)
            parts.append("M\(SVGNumber.text(px - ux * reach)) \(SVGNumber.text(py - uy * reach))L\(SVGNumber.text(px + ux * reach)) \(SVGNumber.text(py + uy * reach))")
            step += 1
        }
        return parts.joined(separator: " ")
    }

    // MARK: - Ids

    /// "c" and eight hex digits of a hash (FNV-1a) of the scene's JSON dump: the same scene always
    /// gets the same prefix, different charts almost surely different ones.
    static func idPrefix(_ scene: Scene) -> String {
        let bytes = (try? scene.jsonDump()).map { Array($0.utf8) } ?? []
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let digits = String(hash, radix: 16)
        return "c" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The text being written and the id counters.
    private struct Output {
        let prefix: String
        var text = ""
        /// The hit circles, in canvas coordinates, written after everything else.
        var hits: [String] = []
        /// The transform of the groups being written (scene to canvas).
        var transform = Transform.identity
        private var counters: [String: Int] = [:]

        init(prefix: String) { self.prefix = prefix }

        func id(_ name: String) -> String { "\(prefix)-\(name)" }

        mutating func nextID(_ kind: String) -> String {
            let n = counters[kind, default: 0] + 1
            counters[kind] = n
            return "\(prefix)-\(kind)-\(n)"
        }

        mutating func line(_ s: String) {
            text += s
            text += "\n"
        }
    }
}

extension Transform {
    /// The point mapped by this transform.
    func apply(_ p: Point) -> Point { Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty) }

    /// This transform after `inner`: a point goes through `inner` first, then through `self`.
    func concatenating(_ inner: Transform) -> Transform {
        Transform(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
                  c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
                  tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }
}
