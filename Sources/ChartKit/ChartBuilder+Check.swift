import Foundation
import SafeYAML

/// The problems of a spec read from a file that only its data shows (a column the table lacks, an
/// x value or domain the axis cannot read, a table that does not load), each at its line and
/// column, found together before anything is drawn.
extension ChartBuilder {
    /// The tables of `spec`, with each reference that does not load as a problem at its `data` entry.
    func resolveTables(_ spec: ChartSpec, resolver: (any ChartDataResolver)?, origin: SpecOrigin)
        -> (tables: [String: DataTable], problems: [SpecProblem]) {
        var tables: [String: DataTable] = [:], problems: [SpecProblem] = []
        for name in spec.data.keys.sorted() {
            switch spec.data[name] {
            case .inline(let table): tables[name] = table
            case .reference(let reference):
                guard let resolver else {
                    problems.append(origin.problem(["data", .key(name)], ChartError.unresolvedData(table: name, reference: reference.summary).description))
                    continue
                }
                do {
                    tables[name] = try resolver.table(for: reference)
                } catch {
                    problems.append(origin.problem(["data", .key(name)], "data '\(name)' (\(reference.summary)): \(error)"))
                }
            case nil: break
            }
        }
        return (tables, problems)
    }

    /// Every problem of the layers, axes, annotations and facet against the loaded `tables`
    /// (tables that failed to load are left out: their problem is already reported).
    func dataProblems(_ spec: ChartSpec, tables: [String: DataTable], origin: SpecOrigin) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        let defined = spec.data.keys.sorted()
        var layerTables: [Int: (String, DataTable)] = [:]
        for (i, layer) in spec.layers.enumerated() {
            let at: [SpecOrigin.Step] = ["layers", .index(i)]
            guard let name = layer.data ?? defined.first, spec.data[name] != nil else {
                let hint = layer.data.flatMap { SafeYAML.suggestion(for: $0, in: defined) }.map { " (did you mean '\($0)'?)" } ?? ""
                let message = defined.isEmpty
                    ? "layer \(i + 1) has no data: define a table under 'data'"
                    : "layer \(i + 1) uses data '\(layer.data ?? "")', which is not defined\(hint); tables: \(defined.joined(separator: ", "))"
                problems.append(origin.problem(at + [layer.data == nil ? "mark" : "data"], message))
                continue
            }
            guard let table = tables[name] else { continue }
            layerTables[i] = (name, table)
            let named: [(String, String?)] = [("x", layer.x), ("y", layer.y), ("y2", layer.y2), ("low", layer.low),
                                              ("high", layer.high), ("color", layer.color), ("label", layer.label),
                                              ("status", layer.status), ("qualifier", layer.qualifier)]
            for case let (key, column?) in named where !table.hasColumn(column) {
                problems.append(origin.problem(at + [.key(key)], Self.noColumn(column, table: name, in: table)))
            }
            func needs(_ keys: [(String, String?)]) {
                for case let (key, nil) in keys where !table.hasColumn(key) {
                    problems.append(origin.problem(at + ["mark"],
                        "a \(layer.mark.rawValue) layer needs a '\(key)' column: table '\(name)' has none, so name one with '\(key):' (columns: \(table.columnNames.joined(separator: ", ")))"))
                }
            }
            switch layer.mark {
            case .range, .heatmap: needs([("low", layer.low), ("high", layer.high)])
            case .band: needs([("y2", layer.y2)])
            default: break
            }
            if layer.mark == .heatmap, let c = layer.color, table.hasColumn(c),
               let row = (table.strings(c) ?? []).firstIndex(where: { !$0.isEmpty && DataTable.parseNumber($0) == nil }) {
                problems.append(origin.problem(at + ["color"], "a heatmap is coloured by numbers: table '\(name)' row \(row + 1) of '\(c)' reads '\(table.strings(c)?[row] ?? "")'"))
            }
            if spec.layers.contains(where: \.isHorizontal), layer.mark != .bar {
                problems.append(origin.problem(at + ["mark"], "horizontal bars cannot be combined with other marks: every layer must be a bar layer"))
            }
        }
        if let facet = spec.facet, !layerTables.values.contains(where: { $0.1.hasColumn(facet.column) }) {
            let columns = Array(Set(layerTables.values.flatMap(\.1.columnNames))).sorted()
            let hint = SafeYAML.suggestion(for: facet.column, in: columns).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append(origin.problem(["facet", "column"],
                "no table of the layers has the facet column '\(facet.column)'\(hint); columns: \(columns.joined(separator: ", "))"))
        }
        guard let xType = try? xType(spec, tables: tables) else { return problems }
        if xType == .period {
            for (i, layer) in spec.layers.enumerated() {
                guard let (name, table) = layerTables[i], !spec.layers.contains(where: \.isHorizontal) else { continue }
                let column = xColumn(layer, table)
                guard table.hasColumn(column), let cells = table.strings(column), let row = cells.firstIndex(where: { PeriodSpan($0) == nil }) else { continue }
                problems.append(origin.problem(["layers", .index(i), layer.x == nil ? "mark" : "x"],
                    "table '\(name)' row \(row + 1): x value '\(cells[row])' in '\(column)' is not a period (2025, 2025-Q1, 2025-01..2025-11)"))
            }
        }
        problems += axisProblems(spec, xType: xType, origin: origin)
        return problems
    }

    /// The x domain and annotation positions read on the axis.
    private func axisProblems(_ spec: ChartSpec, xType: XScaleType, origin: SpecOrigin) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        let expected: String
        switch xType {
        case .period: expected = "a period (2025, 2025-Q1, 2025-01)"
        case .linear: expected = "a number"
        case .log: expected = "a positive number"
        case .band: expected = "a category"
        }
        func span(_ cell: Cell) -> (Double, Double, Double)? {
            var categories: [String] = []
            guard let s = Self.xSpan(cell.text, type: xType, categories: &categories) else { return nil }
            return xType == .log && s.0 <= 0 ? nil : s
        }
        if let domain = spec.x.domain, xType != .band {
            if domain.count != 2 {
                problems.append(origin.problem(["x", "domain"], "the x domain needs two values, the first and last shown, such as [2010, 2030]; it has \(domain.count)"))
            } else {
                let spans = domain.map(span)
                for (k, cell) in domain.enumerated() where spans[k] == nil {
                    problems.append(origin.problem(["x", "domain", .index(k)], "'\(cell.text)' on the x domain is not \(expected)"))
                }
                if let a = spans[0], let b = spans[1], a.0 >= b.2 {
                    problems.append(origin.problem(["x", "domain"], "the x domain runs backwards: '\(domain[0].text)' should come before '\(domain[1].text)'"))
                }
            }
        }
        guard xType != .band else { return problems }
        for (i, a) in spec.annotations.enumerated() {
            for (key, cell) in [("x", a.x), ("x0", a.x0), ("x1", a.x1)] {
                guard let cell, !cell.text.isEmpty, span(cell) == nil else { continue }
                problems.append(origin.problem(["annotations", .index(i), .key(key)], "'\(cell.text)' is not \(expected) on this x axis"))
            }
        }
        return problems
    }

    /// "table 't' has no column 'yr' (did you mean 'year'?); columns: year, value".
    static func noColumn(_ column: String, table name: String, in table: DataTable) -> String {
        let hint = SafeYAML.suggestion(for: column, in: table.columnNames).map { " (did you mean '\($0)'?)" } ?? ""
        return "table '\(name)' has no column '\(column)'\(hint); columns: \(table.columnNames.joined(separator: ", "))"
    }
}
