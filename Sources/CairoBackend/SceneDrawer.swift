import CCairo
import CPangoCairo
import ChartScene
import Foundation

/// Draws scene items onto a Cairo context: one `switch` over the primitives, no layout logic.
struct SceneDrawer {
    let context: CairoContext
    let text: PangoTextEngine

    private var cr: OpaquePointer { context.raw }

    /// Paints the background over the whole canvas, then draws the items in order.
    func draw(_ scene: Scene) {
        if let background = scene.background {
            setSource(background)
            cairo_paint(cr)
        }
        draw(scene.items)
    }

    func draw(_ items: [SceneItem]) {
        for item in items {
            switch item {
            case .path(let path): draw(path)
            case .text(let run): draw(run)
            case .group(let group): draw(group)
            }
        }
    }

    /// Fill, then hatch (clipped to the shape), then stroke.
    private func draw(_ path: PathItem) {
        guard !path.elements.isEmpty else { return }
        appendPath(path.elements)
        if let fill = path.fill {
            setSource(fill)
            cairo_fill_preserve(cr)
        }
        if let hatch = path.hatch {
            drawHatch(hatch)
            if path.stroke != nil { appendPath(path.elements) }
        }
        if let stroke = path.stroke {
            apply(stroke)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    /// Places the run by anchor (on the logical width) and baseline, rotated clockwise around its position.
    private func draw(_ run: TextItem) {
        guard !run.text.isEmpty else { return }
        let line = text.setLine(run.text, font: run.font)
        let anchorFraction: Double
        switch run.anchor {
        case .start: anchorFraction = 0
        case .middle: anchorFraction = 0.5
        case .end: anchorFraction = 1
        }
        let dx = line.x + anchorFraction * line.width
        let dy = line.offset(for: run.baseline)
        setSource(run.color)
        if run.rotation == 0 {
            cairo_move_to(cr, run.position.x - dx, run.position.y - dy)
            pango_cairo_show_layout(cr, text.layout)
        } else {
            cairo_save(cr)
            cairo_translate(cr, run.position.x, run.position.y)
            cairo_rotate(cr, run.rotation * .pi / 180)
            cairo_move_to(cr, -dx, -dy)
            pango_cairo_show_layout(cr, text.layout)
            cairo_restore(cr)
        }
        cairo_new_path(cr)
    }

    /// The transform applies first; the clip rectangle is in the group's transformed coordinates.
    private func draw(_ group: GroupItem) {
        cairo_save(cr)
        if let t = group.transform {
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
            cairo_transform(cr, &matrix)
        }
        if let clip = group.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        draw(group.items)
        cairo_restore(cr)
    }

    /// Parallel lines every `spacing` at `angle`, clipped to the current path and covering its extents.
    /// Lines sit on a grid fixed to the canvas origin, so adjacent shapes' hatching lines up.
    private func drawHatch(_ hatch: Hatch) {
        guard hatch.spacing > 0, hatch.spacing.isFinite, hatch.lineWidth > 0 else { return }
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_fill_extents(cr, &x1, &y1, &x2, &y2)
        guard x2 > x1, y2 > y1 else { return }
        cairo_save(cr)
        cairo_clip(cr)
        let radians = hatch.angle * .pi / 180
        // Direction of the lines (y grows downward, so a positive angle rises to the right) and their normal.
        let (ux, uy) = (cos(radians), -sin(radians))
        let (nx, ny) = (-uy, ux)
        let (cx, cy) = ((x1 + x2) / 2, (y1 + y2) / 2)
        let reach = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot() / 2 + hatch.lineWidth
        let centre = cx * nx + cy * ny
        let first = ((centre - reach) / hatch.spacing).rounded(.down)
        let last = ((centre + reach) / hatch.spacing).rounded(.up)
        var step = first
        while step <= last {
            // The point on this line closest to the centre of the extents.
            let offset = step * hatch.spacing - centre
            let (px, py) = (cx + nx * offset, cy + ny * offset)
            cairo_move_to(cr, px - ux * reach, py - uy * reach)
            cairo_line_to(cr, px + ux * reach, py + uy * reach)
            step += 1
        }
        apply(Stroke(color: hatch.color, width: hatch.lineWidth))
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    private func appendPath(_ elements: [PathElement]) {
        for element in elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let c1, let c2, let to): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, to.x, to.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func apply(_ stroke: Stroke) {
        setSource(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        if stroke.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }
}
