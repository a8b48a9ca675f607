/// A table cell or an axis value written as text; decodes from a string, number, boolean or null.
public struct Cell: Codable, Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public var text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { text = value }
    public init(integerLiteral value: Int) { text = String(value) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { text = "" }
        else if let s = try? c.decode(String.self) { text = s }
        else if let i = try? c.decode(Int.self) { text = String(i) }
        else if let d = try? c.decode(Double.self) { text = DataTable.plain(d) }
        else { text = String(try c.decode(Bool.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

/// A table in the spec: inline (`rows` or `values`) or a reference (`csv`, `dataset` + `series`).
public enum DataSource: Codable, Hashable, Sendable {
    case inline(DataTable)
    case reference(DataReference)

    enum CodingKeys: String, CodingKey, CaseIterable { case rows, values, csv, dataset, series }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let rows = try c.decodeIfPresent([[String: Cell]].self, forKey: .rows) {
            self = .inline(try DataTable(rows: rows.map { $0.mapValues(\.text) }))
        } else if let values = try c.decodeIfPresent([String: [Cell]].self, forKey: .values) {
            let columns = values.keys.sorted().map { ($0, (values[$0] ?? []).map(\.text)) }
            do {
                self = .inline(try DataTable(textColumns: columns))
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .values, in: c, debugDescription: String(describing: error))
            }
        } else if let path = try c.decodeIfPresent(String.self, forKey: .csv) {
            self = .reference(.csv(path: path))
        } else if let series = try c.decodeIfPresent(String.self, forKey: .series) {
            self = .reference(.dataset(path: try c.decodeIfPresent(String.self, forKey: .dataset), series: series))
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a table needs 'rows', 'values', 'csv' or 'series'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .inline(let table):
            var values: [String: [String]] = [:]
            for name in table.columnNames { values[name] = table.strings(name) }
            try c.encode(values, forKey: .values)
        case .reference(.csv(let path)):
            try c.encode(path, forKey: .csv)
        case .reference(.dataset(let path, let series)):
            try c.encodeIfPresent(path, forKey: .dataset)
            try c.encode(series, forKey: .series)
        }
    }
}
