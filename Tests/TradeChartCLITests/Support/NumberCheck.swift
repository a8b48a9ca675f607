import Foundation

/// Checks that every number a report writes is a figure of figures.csv.
///
/// Rules: the part of report.md checked runs from the top to the caveats (caveats and the source
/// list quote the dataset's own words and addresses). Footnote markers `[^3]` and the Sources list's markers `\\[3\\]` are not numbers.
/// Vietnamese month words ("tháng 1–11", "11 tháng") are part of a period, not figures. A number
/// token is a run of digits with inner `.` or `,` ("2.98", "1,160", "29,5"). A four-digit token
/// from 1900 to 2100 is a year and must be a year of figures.csv's `period` column; every other
/// token must appear among the tokens of its `formatted` column.
struct NumberCheck {
    let years: Set<String>
    let formatted: Set<String>
    let rows: Int

    init(figuresCSV: String) {
        var years = Set<String>(), formatted = Set<String>()
        let lines = figuresCSV.split(separator: "\n").dropFirst()
        for line in lines {
            let fields = Self.fields(String(line))
            guard fields.count >= 6 else { continue }
            years.formUnion(Self.tokens(fields[2]).filter(Self.isYear))
            formatted.formUnion(Self.tokens(fields[5]))
        }
        self.years = years
        self.formatted = formatted
        rows = lines.count
    }

    func unmatched(in report: String) -> [String] {
        var text = report
        for heading in ["\n## Caveats on the data", "\n## Lưu ý về số liệu", "\n## Sources", "\n## Nguồn số liệu"] {
            if let r = text.range(of: heading) { text = String(text[..<r.lowerBound]) }
        }
        text = text.replacing(/\[\^[0-9]+\]/, with: "")
            .replacing(/\\\[[0-9]+\\\]/, with: "")
            .replacing(/tháng [0-9]+(–[0-9]+)?/, with: "tháng")
            .replacing(/[0-9]+ tháng/, with: "tháng")
        return Self.tokens(text).filter { token in Self.isYear(token) ? !years.contains(token) : !formatted.contains(token) }
    }

    static func isYear(_ token: String) -> Bool {
        token.count == 4 && token.allSatisfy(\.isNumber) && (1900...2100).contains(Int(token) ?? 0)
    }

    static func tokens(_ text: String) -> [String] {
        text.matches(of: /[0-9]+(?:[.,][0-9]+)*/).map { String($0.output) }
    }

    /// RFC 4180 fields of one line (no line breaks inside fields in figures.csv).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var chars = Array(line)[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" { current.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { current.append(ch) }
            } else if ch == "\"" { quoted = true }
            else if ch == "," { fields.append(current); current = "" }
            else { current.append(ch) }
        }
        fields.append(current)
        return fields
    }
}
