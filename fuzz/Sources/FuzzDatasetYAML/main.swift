import FuzzSupport
import TradeData

/// A fixed, valid observation file under fuzzed `dataset.yaml` metadata.
private let observations = """
    series,period,value,unit,status,source,preferred,note
    trade_total,2024,2250,million USD,final,moit,,
    trade_total,2025,2980,million USD,preliminary,moit,,
    exports,2025,1100,million USD,final,moit,,
    imports,2025,1900,million USD,final,moit,,
    """

FuzzDriver.run { text in
    let files = ["dataset.yaml": text, "trade.csv": observations]
    let result = DatasetLoader.load(files: files, root: "d")
    FuzzInput.check(result, files: ["d", "d/dataset.yaml", "d/trade.csv"])
}
