import Foundation

/// Reading tables and turning layers into series.
extension ChartBuilder {
    /// All tables of the spec, references loaded through `resolver`.
    func resolveTables(_ spec: ChartSpec, resolver: (any ChartDataResolver)?) throws -> [String: DataTable] {
        var tables: [String: DataTable] = [:]
        for name in spec.data.keys.sorted() {
            switch spec.data[name] {
            case .inline(let table): tables[name] = table
            case .reference(let reference):
                guard let resolver else { throw ChartError.unresolvedData(table: name, reference: reference.summary) }
                tables[name] = try resolver.table(for: reference)
            case nil: break
            }
        }
        return tables
    }

    /// The table a layer draws from.
    func table(for layer: Layer, index: Int, in tables: [String: DataTable]) throws -> (String, DataTable) {
        let names = tables.keys.sorted()
        guard let name = layer.data ?? names.first, let table = tables[name] else {
            throw ChartError.unknownTable(layer: index, name: layer.data ?? "", available: names)
        }
        return (name, table)
    }

    /// The x column of a layer: its `x`, or the table's first column.
    func xColumn(_ layer: Layer, _ table: DataTable) -> String { layer.x ?? table.columnNames.first ?? "x" }

    /// The axis type: the spec's, else period when every x value is a period, else linear when
    /// every value is a number, else band.
    func xType(_ spec: ChartSpec, tables: [String: DataTable]) throws -> XScaleType {
        if let type = spec.x.type { return type }
        var sample: [String] = []
        for (i, layer) in spec.layers.enumerated() {
            let (_, table) = try self.table(for: layer, index: i, in: tables)
            sample += (table.strings(xColumn(layer, table), limit: 1000) ?? []).filter { !$0.isEmpty }
        }
        return Self.guessXType(sample)
    }

    static func guessXType(_ values: [String]) -> XScaleType {
        let nonEmpty = values.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if !nonEmpty.isEmpty, nonEmpty.allSatisfy({ PeriodSpan($0) != nil }) { return .period }
        if !nonEmpty.isEmpty, nonEmpty.allSatisfy({ DataTable.parseNumber($0) != nil }) { return .linear }
        return .band
    }

    /// Every series of every layer, split by the layer's `color` column, in spec order.
    func series(_ spec: ChartSpec, tables: [String: DataTable], xType: XScaleType, categories: inout [String]) throws -> [SeriesData] {
        var result: [SeriesData] = []
        for (index, layer) in spec.layers.enumerated() {
            let (tableName, table) = try self.table(for: layer, index: index, in: tables)
            func column(_ name: String) throws -> String {
                guard table.hasColumn(name) else {
                    throw ChartError.unknownColumn(table: tableName, column: name, available: table.columnNames)
                }
                return name
            }
            func optional(_ explicit: String?, _ fallback: String) throws -> String? {
                if let explicit { return try column(explicit) }
                return table.hasColumn(fallback) ? fallback : nil
            }
            let xName = try column(xColumn(layer, table))
            let yName = try optional(layer.y, layer.mark == .range ? "value" : defaultY(table, x: xName))
            var base = SeriesData(name: nfc(layer.name), layerIndex: index, layer: layer, slot: 0, x: [], y: [])
            base.usesPeriods = xType == .period
            // x positions
            let n = table.rowCount
            if (xType == .linear || xType == .log), let values = table.numbers(xName) {
                base.x = values
            } else {
                let texts = table.strings(xName) ?? []
                base.x.reserveCapacity(n); base.xLo.reserveCapacity(n); base.xHi.reserveCapacity(n)
                for (row, text) in texts.enumerated() {
                    guard let (lo, mid, hi) = Self.xSpan(text, type: xType, categories: &categories) else {
                        throw ChartError.invalidData(
                            "table '\(tableName)' row \(row + 1): x value '\(text)' is not a \(xType == .period ? "period (2025, 2025-Q1, 2025-01..2025-11)" : "number")")
                    }
                    base.x.append(mid); base.xLo.append(lo); base.xHi.append(hi)
                }
                if xType == .period { base.cumulative = Self.cumulativeFlags(texts, column: table.strings("cumulative")) }
            }
            base.y = try yName.map { try column($0) }.flatMap { table.numbers($0) } ?? Array(repeating: .nan, count: n)
            // A header stating its unit ("value (million USD)") gives values in that unit.
            if let yName, let factor = ValueUnit.header(yName)?.unit.multiplier, factor != 1 {
                base.y = base.y.map { $0 * factor }
            }
            if let c = try optional(layer.y2, "y2") { base.y2 = table.numbers(c) ?? [] }
            // Bars draw ranges only when asked; lines, points and ranges pick up low/high columns.
            let rangeDefault = layer.mark == .bar ? "" : "low", highDefault = layer.mark == .bar ? "" : "high"
            if let c = try optional(layer.low, rangeDefault) { base.low = table.numbers(c) ?? [] }
            if let c = try optional(layer.high, highDefault) { base.high = table.numbers(c) ?? [] }
            if let c = try optional(layer.status, "status") { base.status = (table.strings(c) ?? []).map(PointStatus.init) }
            if let c = try optional(layer.qualifier, "qualifier") { base.qualifier = (table.strings(c) ?? []).map(Qualifier.init) }
            if let c = try optional(layer.label, "label") { base.label = (table.strings(c) ?? []).map { nfc($0) } }
            if (xType == .linear || xType == .log), table.storedNumbers(xName) != nil {
                // x holds the column's numbers, whose text is each number written plainly.
                base.periodFromX = true
            } else {
                base.periodText = (table.strings(xName) ?? []).map { nfc($0) }
            }
            if table.hasColumn("source") { base.source = (table.strings("source") ?? []).map { nfc($0) } }
            if layer.mark == .range, base.low.isEmpty || base.high.isEmpty {
                throw ChartError.unknownColumn(table: tableName, column: layer.low ?? "low", available: table.columnNames)
            }
            if layer.mark == .band, base.y2.isEmpty {
                throw ChartError.unknownColumn(table: tableName, column: layer.y2 ?? "y2", available: table.columnNames)
            }
            if layer.mark == .heatmap {
                base.fill = try Self.heatmapFill(layer, table: table, tableName: tableName)
                guard !base.low.isEmpty, !base.high.isEmpty else {
                    throw ChartError.unknownColumn(table: tableName, column: layer.low ?? "low", available: table.columnNames)
                }
                result.append(base)
                continue
            }
            for part in try split(base, by: layer.color.map(column), table: table) {
                let sorted = [.line, .area, .band].contains(layer.mark) ? Self.sortedByX(part) : part
                result.append(sorted)
            }
        }
        var roles: [MarkRole: Int] = [:]
        for i in result.indices {
            result[i].slot = i
            if let role = result[i].layer.role {
                result[i].roleOccurrence = roles[role, default: 0]
                roles[role, default: 0] += 1
            }
        }
        return result
    }

    /// Which rows are cumulative (year-to-date) figures: the `cumulative` column's truthy cells
    /// ("true", "yes", "ytd", "1") when the table has one, else the rows whose period is a range
    /// ("2025-01..2025-11").
    static func cumulativeFlags(_ periods: [String], column: [String]?) -> [Bool] {
        if let column, column.count == periods.count {
            return column.map { ["true", "yes", "ytd", "1", "cumulative"].contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }
        }
        return periods.map { $0.contains("..") }
    }

    private func defaultY(_ table: DataTable, x: String) -> String {
        if table.hasColumn("value") { return "value" }
        return table.columnNames.first { $0 != x && !["status", "qualifier", "note", "low", "high", "label", "series", "cumulative", "source"].contains($0) } ?? "value"
    }

    private func split(_ series: SeriesData, by column: String?, table: DataTable) throws -> [SeriesData] {
        guard let column, let keys = table.strings(column) else { return [series] }
        var order: [String] = []
        var rows: [String: [Int]] = [:]
        for (i, key) in keys.enumerated() {
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(i)
        }
        return order.map { key in
            var part = series.reordered(rows[key] ?? [])
            part.name = nfc(key) as String
            if let role = series.layer.roles?[key] ?? series.layer.roles?[nfc(key)] { part.layer.role = role }
            return part
        }
    }

    static func sortedByX(_ s: SeriesData) -> SeriesData {
        if zip(s.x, s.x.dropFirst()).allSatisfy({ $0 <= $1 }) { return s }
        let order = s.x.indices.sorted { (s.x[$0], $0) < (s.x[$1], $1) }
        return s.reordered(order)
    }

    /// The start, midpoint and end of an x value in domain units.
    static func xSpan(_ text: String, type: XScaleType, categories: inout [String]) -> (Double, Double, Double)? {
        switch type {
        case .period:
            guard let span = PeriodSpan(text) else { return nil }
            return (span.start, span.midpoint, span.end)
        case .linear, .log:
            guard let v = DataTable.parseNumber(text) else { return nil }
            return (v, v, v)
        case .band:
            let key = nfc(text)
            let i = categories.firstIndex(of: key) ?? { categories.append(key); return categories.count - 1 }()
            return (Double(i) - 0.5, Double(i), Double(i) + 0.5)
        }
    }
}

/// Unicode NFC, so Vietnamese and Lao text composed differently draws and compares the same.
/// ASCII text is already NFC: returned as it is, without Foundation's normalisation (which cost
/// over 6 billion instructions for the x labels of a million-point line).
func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return text.precomposedStringWithCanonicalMapping
}
func nfc(_ text: String?) -> String? { text.map { nfc($0) } }
