import Foundation

/// A change a source states in words next to a figure: a growth rate ("up 92.2%", "a 32.7 percent
/// increase", "down 5%") or a multiple ("7.5 times January–November 2024"). Read from an
/// observation's note, so the analysis can set the source's own figure beside its recomputation.
///
/// ```swift
/// StatedChange(note: "up 92.2%")          // .growth(0.922)
/// StatedChange(note: "7.5 times January–November 2024")   // .multiple(7.5)
/// StatedChange(note: "53.6% of outward investment")       // nil: a share, not a change
/// ```
public enum StatedChange: Hashable, Sendable, Codable {
    /// Growth on the same period a year earlier, as a fraction.
    case growth(Double)
    /// "N times" the same period a year earlier.
    case multiple(Double)

    /// The first change a note states, nil when it states none. A percentage counts only with a
    /// direction word (`up`, `down`, `increase`, `rise`, `fall`, `growth`, …) or an explicit sign
    /// next to it, so shares ("53.6% of …") are not read as growth.
    public init?(note: String?) {
        guard let note, !note.isEmpty else { return nil }
        let text = note.lowercased().replacingOccurrences(of: "−", with: "-")
        let percent = Self.percentChange(in: text)
        let multiple = Self.multiple(in: text)
        switch (percent, multiple) {
        case let ((offset, rate)?, (otherOffset, factor)?): self = offset <= otherOffset ? .growth(rate) : .multiple(factor)
        case let ((_, rate)?, nil): self = .growth(rate)
        case let (nil, (_, factor)?): self = .multiple(factor)
        case (nil, nil): return nil
        }
    }

    /// The ratio of the figure to the same period a year earlier (1.922 for "up 92.2%").
    public var ratio: Double {
        switch self {
        case let .growth(rate): 1 + rate
        case let .multiple(factor): factor
        }
    }

    /// The growth as a fraction (6.5 for "7.5 times").
    public var growth: Double {
        switch self {
        case let .growth(rate): rate
        case let .multiple(factor): factor - 1
        }
    }

    static let falling: Set<String> = ["down", "fell", "fall", "falls", "decrease", "decreased", "decline", "declined", "drop", "dropped", "lower", "less"]
    static let rising: Set<String> = ["up", "rose", "rise", "rises", "increase", "increased", "growth", "grew", "higher", "gain", "more"]

    /// `(offset, rate)` of the first signed or worded percentage.
    static func percentChange(in text: String) -> (Int, Double)? {
        for match in StatedChangePatterns.shared.percentMatches(in: text) {
            guard let number = Double(match.2) else { continue }
            let offset = text.distance(from: text.startIndex, to: match.range.lowerBound)
            let sign = String(match.1)
            if sign == "+" { return (offset, number / 100) }
            if sign == "-" { return (offset, -number / 100) }
            let before = words(text[..<match.range.lowerBound]).suffix(2)
            let after = words(text[match.range.upperBound...]).prefix(2)
            let near = Array(before) + Array(after)
            if near.contains(where: falling.contains) { return (offset, -number / 100) }
            if near.contains(where: rising.contains) { return (offset, number / 100) }
        }
        return nil
    }

    /// `(offset, factor)` of the first "N times".
    static func multiple(in text: String) -> (Int, Double)? {
        guard let match = StatedChangePatterns.shared.firstMultiple(in: text),
              let factor = Double(match.1), factor > 0 else { return nil }
        return (text.distance(from: text.startIndex, to: match.range.lowerBound), factor)
    }

    static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}

/// The two patterns, built once: a regex literal inside a function is parsed again on every call
/// (about a million instructions a note; a briefing pack reads notes 84 times). A `Regex` is not
/// `Sendable`, so they are used under a lock.
private final class StatedChangePatterns: @unchecked Sendable {
    static let shared = StatedChangePatterns()
    private let lock = NSLock()
    private let percent = /([+\-]?)\s*([0-9]+(?:\.[0-9]+)?)\s*(?:%|percent|per cent)/
    private let multiple = /([0-9]+(?:\.[0-9]+)?)\s*(?:times|fold|×)/

    func percentMatches(in text: String) -> [Regex<(Substring, Substring, Substring)>.Match] {
        lock.withLock { text.matches(of: percent) }
    }

    func firstMultiple(in text: String) -> Regex<(Substring, Substring)>.Match? {
        lock.withLock { text.firstMatch(of: multiple) }
    }
}
