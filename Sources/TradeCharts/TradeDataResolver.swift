import ChartKit
import Foundation
import TradeData

/// Resolves a chart spec's data references with the data layer: `csv:` files of any spreadsheet
/// dialect (comma or semicolon, decimal comma, BOM), and `series:` of a dataset (a path, a shipped
/// dataset's name, or the built-in one when no `dataset:` is given). Relative paths are taken from `baseDirectory` (the spec's
/// folder).
public struct TradeDataResolver: ChartDataResolver {
    public let baseDirectory: String

    public init(baseDirectory: String) {
        self.baseDirectory = baseDirectory
    }

    public func table(for reference: DataReference) throws -> DataTable {
        switch reference {
        case .csv(let path):
            return try Self.readTable(path: resolve(path))
        case .dataset(let path, let seriesID):
            let dataset = try path.map(loadDataset) ?? DatasetLoader.loadValidEmbedded().dataset
            guard let series = dataset.series(seriesID) else {
                throw ChartError.unresolvedData(table: seriesID, reference: "series '\(seriesID)' is not in the dataset")
            }
            return try Self.table(from: series)
        }
    }

    /// A dataset folder or file relative to the spec, else a shipped dataset's name (`vietnam-laos`).
    func loadDataset(_ path: String) throws -> Dataset {
        let full = resolve(path)
        if !FileManager.default.fileExists(atPath: full), DatasetLoader.embeddedNames.contains(path) {
            return try DatasetLoader.loadValidEmbedded(path).dataset
        }
        return try DatasetLoader.loadValid(path: full).dataset
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
    }

    /// Reads any spreadsheet CSV as a chart table: plain files through the fast columnar reader,
    /// files with quoted fields through `DelimitedTable` (CSV.swift).
    public static func readTable(path: String) throws -> DataTable {
        if let columnar = try ColumnarCSV.read(path: path) {
            return try DataTable(columns: zip(columnar.header, columnar.columns).map { name, column in
                switch column {
                case .numbers(let values): (name, .numbers(values))
                case .text(let values): (name, .text(values))
                }
            })
        }
        return try table(from: DelimitedTable.read(path: path))
    }

    /// A spreadsheet table: a column whose every non-empty cell is a number (in the file's number
    /// convention) becomes numeric, the rest stay text.
    public static func table(from csv: DelimitedTable) throws -> DataTable {
        var columns: [(name: String, values: DataTable.Column)] = []
        for (index, name) in csv.header.enumerated() {
            let cells = csv.rows.map { index < $0.count ? $0[index] : "" }
            var numbers: [Double] = []
            numbers.reserveCapacity(cells.count)
            var numeric = true
            for cell in cells {
                let trimmed = cell.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { numbers.append(.nan); continue }
                guard let value = NumberParser.parse(trimmed, convention: csv.numberConvention) else { numeric = false; break }
                numbers.append(value)
            }
            columns.append((name, numeric && !cells.isEmpty ? .numbers(numbers) : .text(cells)))
        }
        return try DataTable(columns: columns)
    }

    /// One row per period (the preferred figure): `DataTable.observations` with the observation's
    /// `source` key and `note`.
    public static func table(from series: Series) throws -> DataTable {
        let rows = series.preferredObservations
        return try .observations(rows, extra: [("source", .text(rows.map(\.source))), ("note", .text(rows.map { $0.note ?? "" }))])
    }
}
