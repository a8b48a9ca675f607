extension Period {
    /// Reads the text forms of a period: `2025`, `2025-Q1`…`Q4`, `2025-H1`/`H2`, a month `2025-06`,
    /// or a month range within one year `2025-01..2025-11` (also `2025-01..11`).
    ///
    /// Returns nil for anything else, including impossible months (`2025-13`, `2025-Q5`) and
    /// ranges that run backwards or cross a year end.
    ///
    /// ```swift
    /// Period(parsing: "2025-01..2025-11")?.endDate   // "2025-11-30"
    /// ```
    public init?(parsing raw: String) {
        let text = raw.trimmingSpaces.uppercased()
        if let range = text.range(of: "..") {
            guard let first = Self.yearMonth(String(text[..<range.lowerBound])) else { return nil }
            let rest = String(text[range.upperBound...])
            let last: (year: Int, month: Int)
            if let full = Self.yearMonth(rest) {
                last = full
            } else if let month = Self.month(rest) {
                last = (first.year, month)
            } else {
                return nil
            }
            guard first.year == last.year else { return nil }
            self.init(year: first.year, startMonth: first.month, endMonth: last.month)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Self.year(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year)
        case 2:
            let tail = parts[1]
            let months: (Int, Int)?
            switch tail {
            case "Q1": months = (1, 3)
            case "Q2": months = (4, 6)
            case "Q3": months = (7, 9)
            case "Q4": months = (10, 12)
            case "H1": months = (1, 6)
            case "H2": months = (7, 12)
            default: months = Self.month(tail).map { ($0, $0) }
            }
            guard let (start, end) = months else { return nil }
            self.init(year: year, startMonth: start, endMonth: end)
        default:
            return nil
        }
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    private static func month(_ text: String) -> Int? {
        guard text.count == 2, text.allSatisfy(\.isASCIIDigit), let m = Int(text), (1...12).contains(m) else {
            return nil
        }
        return m
    }

    private static func yearMonth(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let y = year(parts[0]), let m = month(parts[1]) else { return nil }
        return (y, m)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The text without leading and trailing white space (including no-break spaces).
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
