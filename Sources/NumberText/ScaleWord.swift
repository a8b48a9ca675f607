/// The one table of scale words ("million", "triệu", "bn"…) every reader of numbers uses:
/// dataset units, scenario values, `plot`'s unit columns and chart units.
///
/// ```swift
/// ScaleWord.factor(of: "tỷ")                          // 1e9
/// ScaleWord.splitTrailing("3.5 billion")              // ("3.5", 1e9)
/// ScaleWord.factor(of: "m", letters: false)           // nil: single letters only where a unit follows
/// ```
public struct ScaleWord: Hashable, Sendable {
    /// The word as written, lowercase and NFC ("nghìn tỷ").
    public let text: String
    /// What a number followed by the word is multiplied by.
    public let factor: Double
    /// A one-letter abbreviation ("k", "m", "b"): accepted only where a unit follows or the
    /// number is glued to it ("800m"), since a lone "m" in a unit column may be metres.
    public let isLetter: Bool

    init(_ text: String, _ factor: Double, letter: Bool = false) {
        self.text = text
        self.factor = factor
        self.isLetter = letter
    }

    /// Every scale word, longest first, so "nghìn tỷ" wins over "nghìn" and "tỷ".
    public static let all: [ScaleWord] = [
        ScaleWord("nghìn tỷ", 1e12), ScaleWord("ngàn tỷ", 1e12), ScaleWord("trillion", 1e12), ScaleWord("trillions", 1e12),
        ScaleWord("billion", 1e9), ScaleWord("billions", 1e9), ScaleWord("bn", 1e9), ScaleWord("tỷ", 1e9), ScaleWord("tỉ", 1e9),
        ScaleWord("million", 1e6), ScaleWord("millions", 1e6), ScaleWord("mn", 1e6), ScaleWord("mln", 1e6),
        ScaleWord("triệu", 1e6),
        ScaleWord("thousand", 1e3), ScaleWord("thousands", 1e3), ScaleWord("nghìn", 1e3), ScaleWord("ngàn", 1e3),
        ScaleWord("k", 1e3, letter: true), ScaleWord("m", 1e6, letter: true), ScaleWord("b", 1e9, letter: true),
    ].sorted { ($0.text.count, $0.factor) > ($1.text.count, $1.factor) }

    /// The words an error message suggests.
    public static let examples = "thousand, million, billion, nghìn, triệu, tỷ, k, mn, bn"

    /// The factor of `word` (any case, composed or decomposed), or nil when it is not a scale word.
    public static func factor(of word: String, letters: Bool = true) -> Double? {
        let key = normalized(word)
        return all.first { $0.text == key && (letters || !$0.isLetter) }?.factor
    }

    /// Splits a trailing scale word off `text`: "3.5 billion" → ("3.5", 1e9), "800m" → ("800", 1e6),
    /// "3,5 tỷ" → ("3,5", 1e9); nil when `text` does not end in one. A word needs a space or a digit
    /// before it ("3.5bn"); the number part is returned trimmed and not checked.
    public static func splitTrailing(_ text: String) -> (number: String, factor: Double)? {
        let lowered = normalized(text)
        for word in all where lowered.hasSuffix(word.text) {
            let rest = lowered.dropLast(word.text.count)
            guard let last = rest.last, last.isWhitespace || last.isNumber else { continue }
            let number = rest.trimmingSpaces
            guard !number.isEmpty else { continue }
            return (number, word.factor)
        }
        return nil
    }

    /// Lowercase, single spaces (no-break spaces count as spaces). Swift compares strings by
    /// canonical equivalence, so a decomposed "tỷ" matches without normalising.
    public static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
