import ChartScene

extension Theme {
    /// Canvases narrower than this (18 cm at print type) get the compact title and subtitle.
    static let compactWidth = 680.0

    /// The theme's type for a canvas of `size`. Type sizes are points at the placed size (px at
    /// 96 per inch: 12 px = 9 pt), multiplied by `size.textScale`; they never shrink with the
    /// canvas, so a smaller chart reflows instead. Print type: title 15 pt (13 pt on a canvas
    /// under 18 cm), subtitle 10.5 pt (10 pt), ticks and labels 9 pt, notes and source 8.25 pt.
    public func sized(for size: ChartSize) -> Theme {
        var theme = self
        let scale = max(1, size.textScale)
        if size.width / scale < Self.compactWidth {
            theme.title.size = 52.0 / 3   // 13 pt
            theme.subtitle.size = 40.0 / 3   // 10 pt
        }
        for path in [\Theme.title, \.subtitle, \.axis, \.label, \.footer] as [WritableKeyPath<Theme, Font>] {
            theme[keyPath: path].size *= scale
        }
        return theme
    }
}
