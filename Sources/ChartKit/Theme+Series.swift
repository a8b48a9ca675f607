import ChartScene

/// How a theme draws one series: by its role when it has one, else by its palette slot.
extension Theme {
    /// The series' colour: its role's (a repeated solid role a little lighter each time), else the slot's.
    func seriesColor(_ s: SeriesData) -> Color {
        guard let role = s.layer.role else { return color(s.slot) }
        let base = style(role).color
        guard s.roleOccurrence > 0 else { return base }
        // Repeated paths differ by dash as well, so they lighten less than repeated solid roles.
        let step = role.isPath ? 0.15 : 0.3
        return base.mixed(with: background, amount: min(0.5, step * Double(s.roleOccurrence)))
    }

    /// The dash of the series' dashed pieces: its path role's (a variant per repeated layer), else [6, 4].
    func pathDash(_ s: SeriesData) -> [Double] {
        guard let role = s.layer.role, role.isPath else { return [6, 4] }
        return Self.pathDash(style(role).dash, occurrence: s.roleOccurrence)
    }

    /// The dash of the series' solid pieces: dashed for path roles and `dash`/`projection` styles;
    /// solid for other roles; the slot's dash (print theme) for series without a role.
    func lineDash(_ s: SeriesData) -> [Double] {
        if s.style.dash == true || s.style.projection == true || s.layer.role?.isPath == true { return pathDash(s) }
        return s.layer.role == nil ? dash(s.slot) : []
    }

    /// The series' line width: the style's, else its role's, else the theme's.
    func lineWidth(_ s: SeriesData) -> Double {
        s.style.width ?? s.layer.role.map { style($0).width } ?? lineWidth
    }

    /// The hatch of the series' filled marks: its role's, else the slot's.
    func fillHatch(_ s: SeriesData) -> Hatch? {
        guard let role = s.layer.role else { return hatch(s.slot) }
        return style(role).hatch
    }

    /// The opacity of the series' translucent fills (bands, areas): the style's, else the role's, else `fallback`.
    func fillOpacity(_ s: SeriesData, fallback: Double) -> Double {
        if let o = s.style.opacity { return o }
        if let role = s.layer.role, style(role).fillOpacity < 1 { return style(role).fillOpacity }
        return fallback
    }
}

extension Color {
    /// This colour moved `amount` (0...1) of the way towards `other`.
    func mixed(with other: Color, amount: Double) -> Color {
        let t = max(0, min(1, amount))
        return Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
                     blue: blue + (other.blue - blue) * t, alpha: alpha)
    }
}
