import FuzzSupport
import TradeData

/// CSV, long and wide, any delimiter: the loader must return diagnostics, never crash, and a
/// clean load must survive the CSV export and read back to the same figures.
FuzzDriver.run { text in
    let result = DatasetLoader.parse(text: text, file: "fuzz.csv")
    FuzzInput.check(result, files: ["fuzz.csv"])
    if !result.hasErrors {
        let again = DatasetLoader.parse(text: result.dataset.csvText(), file: "export.csv")
        FuzzInput.require(!again.hasErrors, "the export of a clean load has errors: \(again.errors)")
        let before = result.dataset.series.map { ($0.id, $0.observations.map(\.quantity)) }
        let after = again.dataset.series.map { ($0.id, $0.observations.map(\.quantity)) }
        FuzzInput.require(before.map(\.0) == after.map(\.0) && before.map(\.1) == after.map(\.1),
                          "the export reads back differently")
    }
}
