import Foundation

/// A table of named columns, as text or as numbers, with typed accessors.
///
/// Special columns a layer reads when present: `status` (final, preliminary, estimate, derived,
/// projection), `low`/`high` (range bars), `qualifier` (approximate, atLeast, atMost, range), `note`,
/// `source` (the row's citation, attached to its mark as `MarkDatum.source`).
public struct DataTable: Hashable, Sendable {
    /// A column's storage. Numeric columns (NaN = missing) avoid parsing for large series.
    public enum Column: Hashable, Sendable {
        case text([String])
        case numbers([Double])

        var count: Int {
            switch self {
            case .text(let v): return v.count
            case .numbers(let v): return v.count
            }
        }
    }

    /// Column names in their original order.
    public private(set) var columnNames: [String]
    private(set) var storage: [String: Column]
    /// Number of rows.
    public let rowCount: Int

    /// A table from columns of equal length; throws `ChartError.invalidData` otherwise.
    public init(columns: [(name: String, values: Column)]) throws {
        let count = columns.first?.values.count ?? 0
        var storage: [String: Column] = [:]
        for (name, values) in columns {
            guard values.count == count else {
                throw ChartError.invalidData("column '\(name)' has \(values.count) values, expected \(count)")
            }
            guard storage[name] == nil else { throw ChartError.invalidData("column '\(name)' appears twice") }
            storage[name] = values
        }
        self.columnNames = columns.map(\.name)
        self.storage = storage
        self.rowCount = count
    }

    /// A table of text columns.
    public init(textColumns: [(name: String, values: [String])]) throws {
        try self.init(columns: textColumns.map { ($0.name, Column.text($0.values)) })
    }

    /// A table from rows; columns in `order`, or sorted by name; missing cells are empty.
    public init(rows: [[String: String]], order: [String]? = nil) throws {
        let names = order ?? Array(Set(rows.flatMap(\.keys))).sorted()
        try self.init(textColumns: names.map { name in (name, rows.map { $0[name] ?? "" }) })
    }

    public func hasColumn(_ name: String) -> Bool { storage[name] != nil }

    /// The column's cells as text (numbers written plainly, missing as "").
    public func strings(_ name: String) -> [String]? {
        switch storage[name] {
        case .text(let v): return v
        case .numbers(let v): return v.map { $0.isNaN ? "" : Self.plain($0) }
        case nil: return nil
        }
    }

    /// The first `limit` cells of `strings(name)`, without writing out the rest.
    public func strings(_ name: String, limit: Int) -> [String]? {
        switch storage[name] {
        case .text(let v): return Array(v.prefix(limit))
        case .numbers(let v): return v.prefix(limit).map { $0.isNaN ? "" : Self.plain($0) }
        case nil: return nil
        }
    }

    /// The column's numbers when it is stored as numbers (NaN = missing), nil for a text column:
    /// lets a caller that needs only equality of cells skip writing a million numbers as text.
    public func storedNumbers(_ name: String) -> [Double]? {
        if case .numbers(let v) = storage[name] { return v }
        return nil
    }

    /// The column's cells as numbers, NaN where a cell is empty or not a number.
    public func numbers(_ name: String) -> [Double]? {
        switch storage[name] {
        case .numbers(let v): return v
        case .text(let v): return v.map { Self.parseNumber($0) ?? .nan }
        case nil: return nil
        }
    }

    /// Parses "2980", "2.98e9", "1,234.5", ">1000", "~1000"; nil for "", "NA", "n/a", "-".
    public static func parseNumber(_ text: String) -> Double? {
        var s = text.trimmingCharacters(in: .whitespaces)
        while let first = s.first, "><~≥≤≈".contains(first) { s.removeFirst() }
        s = s.trimmingCharacters(in: .whitespaces)
        if let v = Double(s), v.isFinite { return v }
        if let v = Double(s.replacingOccurrences(of: ",", with: "")), v.isFinite { return v }
        return nil
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? decimal(Int64(v)) : String(v)
    }

    /// `String(n)` for |n| < 10^15, written straight into a small buffer (the generic integer
    /// printer costs about five times as much, which shows for a million-row column).
    static func decimal(_ n: Int64) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = n.magnitude, i = 20
            repeat {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
            } while magnitude != 0
            if n < 0 { i -= 1; buffer[i] = UInt8(ascii: "-") }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i..<20]), as: UTF8.self)
        }
    }
}

/// Where a table's rows come from when they are not inline in the spec.
public enum DataReference: Hashable, Sendable {
    /// A CSV file, path relative to the spec.
    case csv(path: String)
    /// A series of a dataset (the dataset's folder, or the caller's default when nil).
    case dataset(path: String?, series: String)

    /// "csv 'trade.csv'", for messages.
    public var summary: String {
        switch self {
        case .csv(let path): return "csv '\(path)'"
        case .dataset(let path, let series): return "dataset series '\(series)'" + (path.map { " in '\($0)'" } ?? "")
        }
    }
}

/// Loads referenced tables. ChartKit never reads files itself: the caller (CLI, trade layer)
/// resolves CSV and dataset references; inline data needs no resolver.
public protocol ChartDataResolver {
    func table(for reference: DataReference) throws -> DataTable
}

extension DataTable {
    /// The table with column `old` called `new`.
    func renaming(_ old: String, to new: String) throws -> DataTable {
        try DataTable(columns: columnNames.map { name in (name == old ? new : name, storage[name] ?? .text([])) })
    }

    /// The table with `columns` multiplied by `factor` (as number columns; unparsable cells stay missing).
    func scaling(_ columns: [String], by factor: Double) throws -> DataTable {
        guard factor != 1 else { return self }
        return try DataTable(columns: columnNames.map { name in
            if columns.contains(name), let values = numbers(name) { return (name, .numbers(values.map { $0 * factor })) }
            return (name, storage[name] ?? .text([]))
        })
    }
}

extension DataTable {
    /// The rows whose `column` reads `value` (compared in Unicode NFC); the whole table when it
    /// has no such column.
    func filtered(_ column: String, equals value: String) throws -> DataTable {
        guard let keys = strings(column) else { return self }
        let keep = keys.indices.filter { nfc(keys[$0]) == value }
        return try DataTable(columns: columnNames.map { name in
            switch storage[name] {
            case .text(let v): return (name, .text(keep.map { v[$0] }))
            case .numbers(let v): return (name, .numbers(keep.map { v[$0] }))
            case nil: return (name, .text([]))
            }
        })
    }
}
