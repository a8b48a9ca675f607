import SafeYAML

/// Errors from reading a chart specification or building its scene.
public enum ChartError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A specification problem at a place in its file (line and column are 1-based).
    case spec(file: String, line: Int, column: Int, message: String)
    /// Several problems of one spec (at most `problemLimit`; `omitted` more were found).
    case problems(file: String, [SpecProblem], omitted: Int)
    /// The canvas size is not drawable.
    case invalidSize(width: Double, height: Double)
    /// The text scale is outside 1...3.
    case invalidTextScale(Double)
    /// The spec has no layers.
    case noLayers
    /// A layer names a table that `data` does not define.
    case unknownTable(layer: Int, name: String, available: [String])
    /// A layer or quick chart names a column the table does not have.
    case unknownColumn(table: String, column: String, available: [String])
    /// A table is a CSV or dataset reference and no resolver was given.
    case unresolvedData(table: String, reference: String)
    /// A table is malformed (ragged columns, a value that does not parse).
    case invalidData(String)
    /// The text leaves no room for the plot.
    case canvasTooSmall(width: Double, height: Double)

    /// One line: text quoted from the spec or its data (keys, values, column names) has its
    /// control characters and line breaks written as `\u{…}`.
    public var description: String {
        if case .problems = self { return lines.joined(separator: "\n") }
        return unescaped.escapingControlCharacters
    }

    private var unescaped: String {
        switch self {
        case .spec(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        case .problems:
            return lines.joined(separator: "\n")
        case .invalidSize(let w, let h):
            return "canvas \(Self.number(w))×\(Self.number(h)) px is not drawable: each side must be between 1 and \(Int(ChartSize.maximumSide)) px"
        case .invalidTextScale(let scale):
            return "text scale \(Self.number(scale)) is not usable: 'textScale' must be between 1 (print type) and 3"
        case .noLayers:
            return "the chart has no layers: add at least one entry under 'layers'"
        case .unknownTable(let layer, let name, let available):
            return "layer \(layer + 1) uses data '\(name)', which is not defined (tables: \(available.joined(separator: ", ")))"
        case .unknownColumn(let table, let column, let available):
            return "table '\(table)' has no column '\(column)' (columns: \(available.joined(separator: ", ")))"
        case .unresolvedData(let table, let reference):
            return "data '\(table)' refers to \(reference): pass a data resolver to load it"
        case .invalidData(let message):
            return message
        case .canvasTooSmall(let w, let h):
            return "canvas \(Self.number(w))×\(Self.number(h)) px (\(Length.number(w / LengthUnit.cm.pixels))cm × \(Length.number(h / LengthUnit.cm.pixels))cm) is too small for the chart's text: enlarge 'size' or shorten the text"
        }
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
