import Foundation

/// A target written on the command line (`--target "20 billion USD by 2030"`), so a bare CSV gets
/// the full analysis without a dataset.yaml.
///
/// Accepted: a level or a range of levels with a unit, then optionally a year or a window of years
/// after `by`, `in`, `vào năm`, `vào` or `đến năm`:
/// `20 billion USD by 2030`, `20 tỷ USD vào năm 2030`, `5..10 billion USD by 2027..2028`,
/// `20 billion USD` (no year: none is assumed). A range of levels gives one target per end.
public enum TargetText {
    /// Why a target text could not be read: one line quoting it and naming what was expected.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "--target '\(text)': \(reason)" }
    }

    /// The source key of targets stated on the command line.
    public static let source = "stated by the user"

    /// The targets of `text` for `series`; ids are `target-N` (`N` = `index`, then `N.2` for a range's high end).
    public static func parse(_ text: String, series: SeriesID = .tradeTotal, index: Int = 1) throws(ParseError) -> [Target] {
        let trimmed = text.trimmingSpaces
        var body = Substring(trimmed)
        var deadline: ClosedRange<Int>?
        var deadlineText: String?
        for word in [" vào năm ", " đến năm ", " vào ", " by ", " in "] {
            guard let range = trimmed.range(of: word, options: [.caseInsensitive, .backwards]) else { continue }
            let when = String(trimmed[range.upperBound...]).trimmingSpaces
            let years = when.components(separatedBy: "..").map { Int($0.trimmingSpaces) }
            if years.count == 1, let year = years[0], (1900...2200).contains(year) {
                deadline = year...year
            } else if years.count == 2, let first = years[0], let last = years[1], first <= last, (1900...2200).contains(first),
                      (1900...2200).contains(last) {
                deadline = first...last
            } else {
                throw ParseError(text: text, reason: "'\(when)' is not a year: expected a year such as 2030 or a window such as 2027..2028")
            }
            deadlineText = String(trimmed[range.lowerBound...]).trimmingSpaces
            body = trimmed[..<range.lowerBound]
            break
        }
        let levels: [Double]
        switch Self.levels(String(body)) {
        case .success(let parsed): levels = parsed
        case .failure(let failure):
            throw ParseError(text: text, reason: failure == .notPositive ? "a target level must be positive"
                : "expected a level and unit such as 20 billion USD, 20 tỷ USD or 5..10 billion USD, then optionally 'by 2030'")
        }
        return levels.enumerated().map { i, level in
            Target(id: i == 0 ? "target-\(index)" : "target-\(index).\(i + 1)", series: series.rawValue, goal: .level(level),
                   deadline: deadline, deadlineWords: deadlineText.map { LocalizedText(en: $0) }, label: LocalizedText(en: trimmed), source: source)
        }
    }

    /// Why a level could not be read.
    public enum LevelError: Error, Hashable, Sendable {
        /// Not a number (or a range `5..10`) followed by a money unit.
        case malformed
        /// Zero, negative or not finite.
        case notPositive
    }

    /// The level or levels of `text` in base units: `20 billion USD` gives one, `5..10 billion USD`
    /// (also `5–10 tỷ USD`) gives its two ends. The one reader of target levels, for `--target` and
    /// for `level:` in dataset.yaml.
    public static func levels(_ text: String) -> Result<[Double], LevelError> {
        let parts = text.trimmingSpaces.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let quantity = ValueParser.parse(parts[0]), quantity.qualifier == .exact || quantity.qualifier == .range,
              let unit = UnitParser.parse(parts[1]), unit.unit == .usd else { return .failure(.malformed) }
        let levels: [Double] = quantity.qualifier == .range
            ? [quantity.low, quantity.high].compactMap { $0.map { $0 * unit.factor } }
            : [quantity.value * unit.factor]
        guard !levels.isEmpty, levels.allSatisfy({ $0.isFinite && $0 > 0 }) else { return .failure(.notPositive) }
        return .success(levels)
    }
}
