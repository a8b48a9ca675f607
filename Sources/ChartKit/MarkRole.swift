import ChartScene

/// What a layer's marks mean. A theme draws each role with one colour, dash and weight, so a
/// colour means one thing in every chart of a set, and a dash always means "a path, not data".
public enum MarkRole: String, Codable, Hashable, Sendable, CaseIterable {
    /// Reported values (solid).
    case history
    /// Outcomes set against something else, such as a target or a requirement (drawn as history).
    case actual
    /// A projected continuation of the data (dashed).
    case projection
    /// An alternative path or scenario (dashed).
    case path
    /// What a goal requires: a required path (dashed) or rate.
    case required
    /// A target level or value.
    case target
    /// A goal band (translucent fill).
    case goal
    /// An uncertainty range (translucent fill).
    case fan
    /// The first of two components (one direction of a flow).
    case primary
    /// The second of two components.
    case secondary
    /// The difference of the two components.
    case net
    /// Context: other categories, "others", background series.
    case context

    /// Roles whose lines are dashed in every theme: they are paths, not reported data.
    public var isPath: Bool { self == .projection || self == .path || self == .required }

    /// Roles that are drawn together in one chart and must stay distinguishable.
    public static let drawnTogether: [[MarkRole]] = [
        [.history, .projection, .path, .required, .goal, .fan],
        [.history, .target, .goal],
        [.actual, .required, .target],
        [.primary, .secondary, .net],
        [.history, .context],
    ]
}

/// How a theme draws one role.
public struct RoleStyle: Hashable, Sendable {
    public var color: Color
    /// Line dash (empty: solid). Path roles are dashed in every theme.
    public var dash: [Double]
    /// Line width in px.
    public var width: Double
    /// Opacity of filled marks (bands, fans; bars are opaque).
    public var fillOpacity: Double
    /// Hatching of filled marks (the print theme).
    public var hatch: Hatch?

    public init(color: Color, dash: [Double] = [], width: Double = 2.25, fillOpacity: Double = 1, hatch: Hatch? = nil) {
        self.color = color; self.dash = dash; self.width = width; self.fillOpacity = fillOpacity; self.hatch = hatch
    }
}

extension Theme {
    /// The drawing of `role` in this theme.
    public func style(_ role: MarkRole) -> RoleStyle {
        switch name {
        case .briefing: return Self.briefingRoles(role)
        case .print: return Self.printRoles(role)
        case .dark: return Self.darkRoles(role)
        }
    }

    /// Dash patterns for the k-th layer of one path role in a chart (all dashed, so still paths).
    static func pathDash(_ base: [Double], occurrence: Int) -> [Double] {
        let variants: [[Double]] = [base] + [[10, 3, 2, 3], [14, 5], [2, 3]].filter { $0 != base }
        return variants[occurrence % variants.count]
    }

    private static func briefingRoles(_ role: MarkRole) -> RoleStyle {
        switch role {
        case .history, .actual: return RoleStyle(color: Color(hex: 0x0072B2), width: 2.5)
        case .projection: return RoleStyle(color: Color(hex: 0x4D4D4D), dash: [6, 4])
        case .path: return RoleStyle(color: Color(hex: 0xAA3377), dash: [3, 3])
        case .required: return RoleStyle(color: Color(hex: 0xD55E00), dash: [6, 4])
        case .target: return RoleStyle(color: Color(hex: 0x007A5A), width: 2)
        case .goal: return RoleStyle(color: Color(hex: 0x009E73), fillOpacity: 0.16)
        case .fan: return RoleStyle(color: Color(hex: 0x56B4E9), fillOpacity: 0.22)
        case .primary: return RoleStyle(color: Color(hex: 0xB8860B))
        case .secondary: return RoleStyle(color: Color(hex: 0x5D3A9B))
        case .net: return RoleStyle(color: Color(hex: 0x8C510A))
        case .context: return RoleStyle(color: Color(hex: 0x8C8C8C), width: 1.5)
        }
    }

    private static func printRoles(_ role: MarkRole) -> RoleStyle {
        let ink = Color.black
        switch role {
        case .history, .actual: return RoleStyle(color: .black, width: 2.5)
        case .projection: return RoleStyle(color: Color(hex: 0x595959), dash: [6, 4])
        case .path: return RoleStyle(color: Color(hex: 0x404040), dash: [2, 3])
        case .required: return RoleStyle(color: Color(hex: 0x262626), dash: [8, 3, 2, 3])
        case .target: return RoleStyle(color: Color(hex: 0x767676), width: 2)
        case .goal: return RoleStyle(color: Color(hex: 0x8C8C8C), fillOpacity: 0.22,
                                     hatch: Hatch(color: ink.withAlpha(0.5), spacing: 6, angle: 45, lineWidth: 0.6))
        case .fan: return RoleStyle(color: Color(hex: 0xB5B5B5), fillOpacity: 0.35)
        case .primary: return RoleStyle(color: Color(hex: 0x262626))
        case .secondary: return RoleStyle(color: Color(hex: 0x8C8C8C),
                                          hatch: Hatch(color: ink, spacing: 5, angle: -45, lineWidth: 0.8))
        case .net: return RoleStyle(color: Color(hex: 0x595959), hatch: Hatch(color: .white, spacing: 4, angle: 0, lineWidth: 0.8))
        case .context: return RoleStyle(color: Color(hex: 0x949494), width: 1.5)
        }
    }

    private static func darkRoles(_ role: MarkRole) -> RoleStyle {
        switch role {
        case .history, .actual: return RoleStyle(color: Color(hex: 0x56B4E9), width: 2.5)
        case .projection: return RoleStyle(color: Color(hex: 0xD9D9D9), dash: [6, 4])
        case .path: return RoleStyle(color: Color(hex: 0xF28CC9), dash: [3, 3])
        case .required: return RoleStyle(color: Color(hex: 0xFF7F50), dash: [6, 4])
        case .target: return RoleStyle(color: Color(hex: 0x3DD6A3), width: 2)
        case .goal: return RoleStyle(color: Color(hex: 0x2E9E7A), fillOpacity: 0.3)
        case .fan: return RoleStyle(color: Color(hex: 0x4A90C8), fillOpacity: 0.35)
        case .primary: return RoleStyle(color: Color(hex: 0xF0E442))
        case .secondary: return RoleStyle(color: Color(hex: 0xB39DDB))
        case .net: return RoleStyle(color: Color(hex: 0xD9A066))
        case .context: return RoleStyle(color: Color(hex: 0x8C8C8C), width: 1.5)
        }
    }
}
