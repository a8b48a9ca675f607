import ChartKit

/// The notes that explain the marks setting figures apart, worded from the chart's `MarkKey`: a
/// note names a hollow point, a caret or a range bar only when the chart draws one.
extension BriefingText {
    /// A line chart's key: "Hollow points: preliminary, estimated or approximate figures; ^ marks a
    /// lower bound; a vertical bar, a range of estimates. Dashed lines are paths, not forecasts."
    func pointKey(_ key: MarkKey) -> String {
        var parts: [String] = []
        if key.hollow { parts.append(t("Hollow points: preliminary, estimated or approximate figures")) }
        if key.atLeast { parts.append(t("^ marks a lower bound")) }
        if key.atMost { parts.append(t("v marks an upper bound")) }
        if key.range { parts.append(t("a vertical bar, a range of estimates")) }
        let paths = t("Dashed lines are paths, not forecasts.")
        return parts.isEmpty ? paths : Self.sentence(parts.joined(separator: "; ")) + " " + paths
    }

    /// The growth chart's note: "Change on the previous full year." and the key of its bars.
    func growthNote(_ key: MarkKey) -> String {
        t("Change on the previous full year.") + barKey(key)
    }

    /// " Light bars: preliminary, estimated or approximate; ^ and ≥: at least this much; …", or ""
    /// when every bar is a plain final figure.
    func barKey(_ key: MarkKey) -> String {
        var parts: [String] = []
        if key.hollow { parts.append(t("Light bars: preliminary, estimated or approximate")) }
        if key.atLeast { parts.append(t("^ and ≥: at least this much")) }
        if key.atMost { parts.append(t("v and ≤: at most this much (its base is a lower bound)")) }
        if key.range { parts.append(t("vertical bar: range")) }
        return parts.isEmpty ? "" : " " + Self.sentence(parts.joined(separator: "; "))
    }

    /// `text` with a capital first letter and a full stop.
    private static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
