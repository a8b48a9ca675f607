import Foundation
import NumberText

/// One consistent label format for every tick of an axis: the magnitude goes into the axis
/// caption ("billion USD") and ticks are plain numbers with the same number of decimals
/// ("0.5", "1.0", "1.5"), as The Economist and the FT do.
public struct AxisFormat: Hashable, Sendable {
    public var magnitude: Magnitude
    public var decimals: Int
    public var percent: Bool
    public var language: Language
    /// Drop trailing zeros per label (for log axes, whose steps vary).
    public var trimmed = false

    /// Chooses the magnitude from the largest tick (on a log axis, `logarithmic`, from the
    /// geometric middle of the tick range, so 0.5…200 billion is "billion", not "trillion") and
    /// the decimals from the tick step. Magnitudes start at a million, so "2,000" stays a plain number.
    public init(ticks: [Double], percent: Bool, scaleMagnitude: Bool, language: Language, logarithmic: Bool = false) {
        self.percent = percent
        self.language = language
        let factor = percent ? 100.0 : 1
        let magnitudes = ticks.map { abs($0) * factor }
        let largest = magnitudes.max() ?? 0
        let positive = magnitudes.filter { $0 > 0 }
        let reference = logarithmic && !positive.isEmpty
            ? pow(10, ((positive.map(log10).min() ?? 0) + (positive.map(log10).max() ?? 0)) / 2)
            : largest
        var m = Magnitude.of(reference)
        // An axis topping out at exactly 1 of a magnitude (0…1.0 billion) reads better in the one below (0…1,000 million).
        if !logarithmic, m > .million, reference == m.divisor,
           let below = magnitudes.filter({ $0 < reference }).max(), below > 0, Magnitude.of(below) < m {
            m = Magnitude.of(below)
        }
        let chosen: Magnitude = scaleMagnitude && !percent && m >= .million ? m : .unit
        magnitude = chosen
        let scaled = ticks.map { $0 * factor / chosen.divisor }.sorted()
        let step = zip(scaled, scaled.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min() ?? 1
        decimals = max(0, Int(ceil(-log10(step) - 1e-9)))
    }

    /// The tick label for `value`.
    public func label(_ value: Double) -> String {
        let factor = percent ? 100.0 : 1
        let text = ValueFormat.decimal(value * factor / magnitude.divisor, decimals: trimmed ? 6 : decimals,
                                       locale: language, trim: trimmed)
        return percent ? text + "%" : text
    }

    /// The caption's unit part: "billion USD", "tỷ USD", "USD", or "" for percent and plain numbers.
    public func unitCaption(unit: String?) -> String {
        [magnitude.word(language), percent ? "" : (unit ?? "")].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
