import ChartKit

extension BriefingPack {
    /// The size a pack's charts are made for unless the caller says otherwise: 960 × 540 px
    /// (25.4 cm × 14.29 cm, 16:9).
    public static let defaultChartSize = ChartSize.default

    /// A chart's size in a pack made at `size`: the pack's width, height and text scale, plus any
    /// height the chart asked for beyond 16:9 of its own width (one row per scenario on the
    /// reach-years chart), at the pack's text scale (rows hold text); such a chart is never lower
    /// than it asked, so on a small pack size (an A4 column) its rows keep their height for a name on
    /// two lines rather than cutting it.
    static func sized(_ own: ChartSize, to size: ChartSize) -> ChartSize {
        let extra = max(0, own.height - own.width * 9 / 16) * size.textScale
        let height = extra > 0 ? max(size.height + extra, own.height * size.textScale) : size.height
        return ChartSize(width: size.width, height: min(ChartSize.maximumSide, height), textScale: size.textScale)
    }
}
