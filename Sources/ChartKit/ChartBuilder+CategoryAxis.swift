import ChartScene

/// How the labels of a band (category) x axis are written.
enum CategoryTickLayout: Equatable {
    /// One line each, centred under the band.
    case flat
    /// Up to two lines each, broken at spaces.
    case wrapped
    /// Turned −90° (reading upwards), ellipsized to a maximum length.
    case rotated
}

/// The chosen layout of category labels, each label's lines, and the height they need beyond
/// the one line the layout always reserves.
struct CategoryLabels {
    var layout: CategoryTickLayout
    var lines: [[String]]
    var extraHeight: Double
}

extension ChartBuilder {
    /// Category labels for bands about `bandWidth` px wide: on one line when they all fit, else
    /// wrapped onto two lines at spaces, else turned −90° and cut to `maxLength` px. Labels are
    /// thinned (every n-th) only when even turned labels are taller than a band is wide.
    func categoryLabels(_ categories: [String], bandWidth: Double, font: Font, maxLength: Double) -> CategoryLabels {
        let layout = TextLayout(measurer: measurer)
        let room = bandWidth - 10
        let lh = lineHeight(font)
        if categories.allSatisfy({ layout.width($0, font) <= room }) {
            return CategoryLabels(layout: .flat, lines: categories.map { [$0] }, extraHeight: 0)
        }
        let wrapped = categories.map { layout.wrap($0, font: font, maxWidth: max(room, 1), maxLines: 3) }
        let breaksAtSpaces = zip(wrapped, categories).allSatisfy { lines, text in
            lines.count <= 2 && lines.joined(separator: " ") == text.split(separator: " ").joined(separator: " ")
        }
        if breaksAtSpaces {
            return CategoryLabels(layout: .wrapped, lines: wrapped, extraHeight: wrapped.contains { $0.count > 1 } ? lh : 0)
        }
        let cut = categories.map { layout.ellipsize($0, font: font, maxWidth: maxLength) }
        let longest = cut.map { layout.width($0, font) }.max() ?? 0
        return CategoryLabels(layout: .rotated, lines: cut.map { [$0] }, extraHeight: max(0, longest + 6 - lh * 1.5))
    }

    /// Every n-th category (the smallest n whose labels do not collide) with its lines.
    func categoryTicks(_ labels: CategoryLabels, bandWidth: Double, font: Font) -> [(value: Double, lines: [String])] {
        let layout = TextLayout(measurer: measurer)
        let count = labels.lines.count
        var step = 1
        while step < count {
            let need: Double
            switch labels.layout {
            case .rotated: need = lineHeight(font) + 2
            case .flat, .wrapped:
                need = labels.lines.enumerated().filter { $0.offset % step == 0 }
                    .flatMap { $0.element }.map { layout.width($0, font) }.max().map { $0 + 10 } ?? 0
            }
            if Double(step) * bandWidth >= need { break }
            step += 1
        }
        return labels.lines.enumerated().filter { $0.offset % step == 0 }.map { (Double($0.offset), $0.element) }
    }
}
