import FuzzSupport
import TradeData

/// The JSON observation form.
FuzzDriver.run { text in
    FuzzInput.check(DatasetLoader.parse(text: text, file: "fuzz.json"), files: ["fuzz.json"])
}
