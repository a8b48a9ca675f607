import ChartScene

/// A label of several lines placed as one: each line a `TextItem` (baseline `.top`), aligned
/// by the block's anchor, the block's baseline applied to the whole stack.
struct TextBlock {
    var lines: [TextItem]

    init(lines: [TextItem]) { self.lines = lines }

    /// `texts` stacked `lineHeight` apart, the whole block anchored at `position` by `anchor`
    /// (each line aligned the same way) and `baseline` (top, middle or bottom of the stack;
    /// alphabetic counts as bottom).
    init(_ texts: [String], like item: TextItem, at position: Point, anchor: TextAnchor, baseline: TextBaseline, lineHeight: Double) {
        let height = Double(texts.count) * lineHeight
        let top: Double
        switch baseline {
        case .top: top = position.y
        case .middle: top = position.y - height / 2
        case .bottom, .alphabetic: top = position.y - height
        }
        lines = texts.enumerated().map { k, text in
            var line = item
            line.text = text
            line.position = Point(x: position.x, y: top + Double(k) * lineHeight)
            line.anchor = anchor
            line.baseline = .top
            return line
        }
    }

    /// The box around every line.
    func bounds(measurer: any TextMeasurer) -> Rect {
        let boxes = lines.map { $0.bounds(measurer: measurer) }
        guard let first = boxes.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let x0 = boxes.map(\.minX).min() ?? first.minX, y0 = boxes.map(\.minY).min() ?? first.minY
        let x1 = boxes.map(\.maxX).max() ?? first.maxX, y1 = boxes.map(\.maxY).max() ?? first.maxY
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The block moved by (`dx`, `dy`).
    func shifted(dx: Double, dy: Double) -> TextBlock {
        var block = self
        for k in block.lines.indices {
            block.lines[k].position = Point(x: block.lines[k].position.x + dx, y: block.lines[k].position.y + dy)
        }
        return block
    }
}

extension LabelPlacer {
    /// The best of `candidates` (blocks of lines) within `area`, by the same rule as `place(_:within:)`
    /// but without shortening: nil when none fits. The chosen box becomes an obstacle.
    mutating func place(blocks candidates: [TextBlock], within area: Rect) -> TextBlock? {
        var best: TextBlock?
        var bestKey = (Int.max, Double.infinity)
        for candidate in candidates {
            let box = candidate.bounds(measurer: measurer)
            guard area.contains(box), labelCost(box) == 0 else { continue }
            let (count, overlap) = obstacles.cost(box.insetBy(dx: -Self.clearance, dy: -Self.clearance))
            if (count, overlap) < bestKey { best = candidate; bestKey = (count, overlap) }
            if count == 0 { break }
        }
        if let best { addLabel(best.bounds(measurer: measurer).insetBy(dx: -2, dy: -1)) }
        return best
    }

    /// The block's lines, each over one halo covering the whole block.
    func withHalo(_ block: TextBlock) -> [SceneItem] {
        let box = block.bounds(measurer: measurer).insetBy(dx: -2, dy: -1)
        return [.path(.rect(box, fill: background.withAlpha(0.85), role: "label-halo"))] + block.lines.map { .text($0) }
    }
}
