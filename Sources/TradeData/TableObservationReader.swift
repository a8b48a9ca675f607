/// Turns a `DelimitedTable` into observation rows, in long form
/// (`series,period,value,unit,status,source,note,preferred`) or wide form
/// (`year,exports,imports,…` with the unit in a `unit` column or in each header, e.g.
/// `exports (million USD)`).
enum TableObservationReader {
    static let longColumns = ["series", "period", "value", "unit", "status", "source", "note", "preferred"]

    static func read(_ table: DelimitedTable) -> (rows: [ObservationRow], diagnostics: [Diagnostic]) {
        let names = table.header.map { $0.lowercased() }
        if names.contains("series") { return readLong(table, names: names) }
        if let first = names.first, WideHeader.yearNames.contains(first) { return readWide(table) }
        let message = "unrecognised header: a long-form file starts series,period,value,unit; "
            + "a wide file starts with a year column followed by one column per series"
        return ([], [Diagnostic(.error, table.headerLocation(field: 0), message)])
    }

    private static func readLong(_ table: DelimitedTable, names: [String]) -> ([ObservationRow], [Diagnostic]) {
        var fields = FieldParser(convention: table.numberConvention)
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for required in ["period", "value", "unit"] where index[required] == nil {
            fields.error(table.headerLocation(field: names.count),
                         "missing column '\(required)': a long-form file needs series,period,value,unit")
        }
        guard fields.diagnostics.isEmpty else { return ([], fields.diagnostics) }
        var rows: [ObservationRow] = []
        for (r, row) in table.rows.enumerated() {
            func cell(_ name: String) -> (text: String, location: SourceLocation) {
                guard let i = index[name] else { return ("", table.location(row: r, field: 0)) }
                return (i < row.count ? row[i] : "", table.location(row: r, field: i))
            }
            if row.count != table.header.count {
                fields.error(table.location(row: r, field: 0), fieldCountMessage(row.count, table))
                continue
            }
            let series = cell("series")
            guard !series.text.trimmingSpaces.isEmpty else {
                fields.error(series.location, "missing series id")
                continue
            }
            let (period, value, unit) = (cell("period"), cell("value"), cell("unit"))
            let (status, source, note, preferred) = (cell("status"), cell("source"), cell("note"), cell("preferred"))
            let parsed = fields.row(
                series: series.text.trimmingSpaces,
                period: fields.period(period.text, at: period.location),
                quantity: fields.value(value.text, at: value.location),
                unit: fields.unit(unit.text, at: unit.location),
                status: fields.status(status.text, at: status.location),
                source: source.text, note: note.text,
                preferred: fields.preferred(preferred.text, at: preferred.location),
                locations: (table.location(row: r, field: 0), value.location, source.location))
            if let parsed { rows.append(parsed) }
        }
        return (rows, fields.diagnostics)
    }

    private static func fieldCountMessage(_ count: Int, _ table: DelimitedTable) -> String {
        let mark = table.delimiter == "\t" ? "\\t" : String(table.delimiter)
        return "row has \(count) field\(count == 1 ? "" : "s"), the header has \(table.header.count): quote fields that contain '\(mark)'"
    }

    private static func readWide(_ table: DelimitedTable) -> ([ObservationRow], [Diagnostic]) {
        var fields = FieldParser(convention: table.numberConvention)
        let header = WideHeader(table.header)
        for (i, column) in header.seriesColumns.enumerated() where column.unit == nil && header.unitColumn == nil {
            let message = "no unit for column '\(table.header[column.index])': add a unit column or write the "
                + "unit in the header, e.g. \(column.id) (million USD)"
            fields.error(table.headerLocation(field: header.seriesColumns[i].index), message)
        }
        guard fields.diagnostics.isEmpty else { return ([], fields.diagnostics) }
        var rows: [ObservationRow] = []
        for (r, row) in table.rows.enumerated() {
            func cell(_ i: Int?) -> (text: String, location: SourceLocation) {
                guard let i else { return ("", table.location(row: r, field: 0)) }
                return (i < row.count ? row[i] : "", table.location(row: r, field: i))
            }
            if row.count != table.header.count {
                fields.error(table.location(row: r, field: 0), fieldCountMessage(row.count, table))
                continue
            }
            let periodCell = cell(0)
            guard let period = fields.period(periodCell.text, at: periodCell.location) else { continue }
            let status = cell(header.statusColumn), source = cell(header.sourceColumn), note = cell(header.noteColumn)
            let rowStatus = fields.status(status.text, at: status.location)
            for column in header.seriesColumns {
                let value = cell(column.index)
                guard !value.text.trimmingSpaces.isEmpty else { continue }
                let unit: UnitScale?
                if let fixed = column.unit {
                    unit = fixed
                } else {
                    let unitCell = cell(header.unitColumn)
                    unit = fields.unit(unitCell.text, at: unitCell.location)
                }
                let parsed = fields.row(
                    series: column.id, period: period, quantity: fields.value(value.text, at: value.location),
                    unit: unit, status: rowStatus, source: source.text, note: note.text, preferred: false,
                    locations: (value.location, value.location, source.location))
                if let parsed { rows.append(parsed) }
            }
        }
        return (rows, fields.diagnostics)
    }
}

/// The columns of a wide file: the year, the series (with units from the header when given)
/// and the optional `unit`, `status`, `source` and `note` columns.
struct WideHeader {
    static let yearNames: Set<String> = ["year", "period", "năm", "kỳ"]
    static let aliases: [String: String] = [
        "total": "trade_total", "trade": "trade_total", "two_way_trade": "trade_total",
        "tổng": "trade_total", "tổng_kim_ngạch": "trade_total", "kim_ngạch": "trade_total",
        "export": "exports", "xuất_khẩu": "exports", "import": "imports", "nhập_khẩu": "imports",
    ]

    struct Column {
        let index: Int
        let id: String
        let unit: UnitScale?
    }

    var seriesColumns: [Column] = []
    var unitColumn: Int?
    var statusColumn: Int?
    var sourceColumn: Int?
    var noteColumn: Int?

    init(_ header: [String]) {
        for (i, raw) in header.enumerated().dropFirst() {
            var name = raw.trimmingSpaces
            var unit: UnitScale?
            if let open = name.lastIndex(where: { $0 == "(" || $0 == "[" }), name.last == ")" || name.last == "]" {
                unit = UnitParser.parse(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
                if unit != nil { name = String(name[..<open]).trimmingSpaces }
            }
            let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "_")
            switch key {
            case "unit", "đơn_vị": unitColumn = i
            case "status": statusColumn = i
            case "source", "nguồn": sourceColumn = i
            case "note", "ghi_chú": noteColumn = i
            default: seriesColumns.append(Column(index: i, id: Self.aliases[key] ?? key, unit: unit))
            }
        }
    }
}
