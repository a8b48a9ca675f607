import Foundation

/// A period as a span of decimal years: "2025" is [2025, 2026), "2025-Q2" [2025.25, 2025.5),
/// "2025-H1" [2025, 2025.5), "2025-06" [2025.4167, 2025.5), "2025-01..2025-11" (or
/// "2025-01..11") [2025, 2025.9167). Points sit at the midpoint, bars cover the span.
public struct PeriodSpan: Hashable, Sendable {
    public var start: Double
    public var end: Double

    public init(start: Double, end: Double) { self.start = start; self.end = end }

    public var midpoint: Double { (start + end) / 2 }
    /// True when the span is shorter than a full year (drawn so that it visibly is).
    public var isPartYear: Bool { end - start < 0.999 }

    /// Parses a period; nil when `text` is not one.
    public init?(_ text: String) {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let range = s.range(of: "..") {
            let left = String(s[..<range.lowerBound]), right = String(s[range.upperBound...])
            guard let first = PeriodSpan(left) else { return nil }
            if let last = PeriodSpan(right), last.end > first.start {
                self.init(start: first.start, end: last.end)
            } else if let month = Int(right), (1...12).contains(month), right.count <= 2 {
                let year = floor(first.start)
                guard year + Double(month) / 12 > first.start else { return nil }
                self.init(start: first.start, end: year + Double(month) / 12)
            } else {
                return nil
            }
            return
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else {
            // numeric years such as "2025.0" from a numeric column
            guard let v = Double(s), v == v.rounded(), (1000...3000).contains(v) else { return nil }
            self.init(start: v, end: v + 1)
            return
        }
        let y = Double(year)
        switch parts.count {
        case 1:
            self.init(start: y, end: y + 1)
        case 2:
            let p = parts[1].uppercased()
            if p.count == 2, p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
                self.init(start: y + Double(q - 1) / 4, end: y + Double(q) / 4)
            } else if p.count == 2, p.hasPrefix("H"), let h = Int(p.dropFirst()), (1...2).contains(h) {
                self.init(start: y + Double(h - 1) / 2, end: y + Double(h) / 2)
            } else if p.count == 2, let m = Int(p), (1...12).contains(m) {
                self.init(start: y + Double(m - 1) / 12, end: y + Double(m) / 12)
            } else {
                return nil
            }
        default:
            return nil
        }
    }
}
