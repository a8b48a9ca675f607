import ChartKit
import TradeAnalysis

/// How a scenario is drawn wherever the pack shows it (scenario paths, reach years): one colour
/// per role (historical, plan, cautious, ambitious), the pack's projection and required colours for
/// the default momentum and required paths, and a fixed order of other colours for scenarios
/// without a role, counted over the comparison so a scenario keeps its colour in every chart.
enum ScenarioStyle {
    /// Beyond this many scenarios, the paths chart keeps only the highlighted ones in colour.
    static let maxColoured = 6
    /// The colour of a scenario drawn in grey among many.
    static let grey = "#BDBDBD"
    /// The same for markers, a little darker so a dot stays visible.
    static let greyMarker = "#9A9A9A"

    /// The colour of each role (Okabe–Ito hues, each at least 3:1 on white).
    static func color(_ role: ScenarioRole) -> String {
        switch role {
        case .historical: "#0072B2"
        case .plan: "#009E73"
        case .cautious: "#C17D00"
        case .ambitious: "#CC3D8F"
        }
    }

    /// Colours for scenarios without a role, in order.
    static let others = ["#5D3A9B", "#8C510A", "#332288", "#882255", "#117A8B", "#6B6B00"]

    /// The colour of `entry` in every chart of the pack.
    static func color(_ entry: ScenarioComparison.Entry, in c: ScenarioComparison) -> String {
        switch entry.projection.rate {
        case .momentum: return "#4D4D4D"
        case .required: return "#D55E00"
        default: break
        }
        if let role = entry.presentation.role { return color(role) }
        let plain = c.entries.filter { $0.presentation.role == nil && $0.projection.rate != .momentum && !$0.isRequired }
        let k = plain.firstIndex { $0.key == entry.key } ?? 0
        return others[k % others.count]
    }

    /// The role a legend may name for `entry`'s colour: nil for the default momentum and required
    /// paths, drawn in the pack's projection and required colours whatever their role.
    static func legendRole(_ entry: ScenarioComparison.Entry) -> ScenarioRole? {
        entry.projection.rate == .momentum || entry.isRequired ? nil : entry.presentation.role
    }

    /// The scenarios a chart of `c` draws in colour: all of them up to `maxColoured`; beyond, those
    /// the files mark `highlight: true` (at most `maxColoured`), else those with a role, else the highest
    /// and lowest at the end.
    static func coloured(_ c: ScenarioComparison) -> Set<String> {
        guard c.entries.count > maxColoured else { return Set(c.entries.map(\.key)) }
        // Marked ones, unless the file marks so many that colours would repeat.
        let marked = c.entries.filter(\.presentation.highlight)
        if !marked.isEmpty, marked.count <= maxColoured { return Set(marked.map(\.key)) }
        let roles = c.entries.filter { $0.presentation.role != nil }
        if !roles.isEmpty, roles.count <= maxColoured { return Set(roles.map(\.key)) }
        let ends = c.entries.sorted { ($0.horizonValue ?? $0.lastValue) < ($1.horizonValue ?? $1.lastValue) }
        return Set([ends.first, ends.last].compactMap { $0?.key })
    }
}

extension ScenarioComparison.Entry {
    var isRequired: Bool {
        if case .required = projection.rate { return true }
        return false
    }
}
