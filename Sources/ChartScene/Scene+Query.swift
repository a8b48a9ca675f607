extension TextItem {
    /// The text's box in scene units as measured by `measurer`, honouring anchor, baseline and
    /// rotations by multiples of 90° (other angles give the box of the unrotated text).
    public func bounds(measurer: any TextMeasurer) -> Rect {
        let m = measurer.measure(text, font: font)
        let left: Double
        switch anchor {
        case .start: left = 0
        case .middle: left = -m.width / 2
        case .end: left = -m.width
        }
        let top: Double
        switch baseline {
        case .top: top = 0
        case .middle: top = -m.height / 2
        case .alphabetic: top = -m.ascent
        case .bottom: top = -m.height
        }
        let quarterTurns = ((Int((rotation / 90).rounded()) % 4) + 4) % 4
        let local = Rect(x: left, y: top, width: m.width, height: m.height)
        switch quarterTurns {
        case 1:  // clockwise 90°: (x, y) -> (-y, x)
            return Rect(x: position.x - local.maxY, y: position.y + local.minX, width: local.height, height: local.width)
        case 2:
            return Rect(x: position.x - local.maxX, y: position.y - local.maxY, width: local.width, height: local.height)
        case 3:  // counter-clockwise 90°: (x, y) -> (y, -x)
            return Rect(x: position.x + local.minY, y: position.y - local.maxX, width: local.height, height: local.width)
        default:
            return Rect(x: position.x + local.minX, y: position.y + local.minY, width: local.width, height: local.height)
        }
    }
}

extension PathItem {
    /// The bounding box of the path's points (control points included), or nil when empty.
    public var bounds: Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point) {
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        for e in elements {
            switch e {
            case .move(let p), .line(let p): add(p)
            case .curve(let c1, let c2, let to): add(c1); add(c2); add(to)
            case .close: break
            }
        }
        guard minX <= maxX else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

extension Scene {
    /// Every path and text item in drawing order, with groups flattened (transforms not applied).
    public var flattenedItems: [SceneItem] {
        var out: [SceneItem] = []
        func walk(_ items: [SceneItem]) {
            for item in items {
                if case .group(let g) = item { walk(g.items) } else { out.append(item) }
            }
        }
        walk(items)
        return out
    }

    /// Text items, optionally only those with `role`.
    public func texts(role: String? = nil) -> [TextItem] {
        flattenedItems.compactMap { item in
            if case .text(let t) = item, role == nil || t.role == role { return t }
            return nil
        }
    }

    /// Path items, optionally only those with `role`.
    public func paths(role: String? = nil) -> [PathItem] {
        flattenedItems.compactMap { item in
            if case .path(let p) = item, role == nil || p.role == role { return p }
            return nil
        }
    }
}
