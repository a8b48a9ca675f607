import NumberText
import Foundation
import SafeYAML
import TradeData

/// A plain-text table with aligned columns: text left, figures right.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns aligned left; the others are aligned right.
    var leftColumns: Set<Int> = [0]

    /// The aligned table; text from data files has its control characters written `\u{…}`, so a
    /// label cannot break a row or drive the terminal.
    var text: String {
        let headers = self.headers.map(\.escapingControlCharacters)
        let rows = self.rows.map { $0.map(\.escapingControlCharacters) }
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = headers.indices.map { column -> String in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return leftColumns.contains(column) ? cell + pad : pad + cell
            }
            return "  " + padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

/// Words and numbers as a briefing reads them.
enum Say {
    /// `0.2953` → `29.5%`.
    static func percent(_ fraction: Double?) -> String { HumanNumber.percent(fraction) }

    /// `5e9` → `5.00 billion USD`; `8.5e8` → `850.0 million USD`.
    static func money(_ value: Double, unit: Bool = true) -> String { HumanNumber.money(value, unit: unit) }

    /// `5e9` → `5.00` (for columns headed "billion USD").
    static func billions(_ value: Double) -> String { HumanNumber.fixed(value / 1e9, decimals: 2) }

    /// `1.836` → `1.84`.
    static func years(_ value: Double?) -> String { value.map { HumanNumber.fixed($0, decimals: 2) } ?? "never" }

    /// Capitalises the first letter.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A CSV field, quoted when needed (checked on scalars: a comma with a combining mark is one Character).
    static func csv(_ field: String) -> String {
        field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// A number for CSV: full precision, no grouping.
    static func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
}
