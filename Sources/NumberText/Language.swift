/// The language of everything tradechart writes: a chart's words and number formats, the report,
/// the phrase catalogues (`Sources/TradeCharts/Phrases/<rawValue>.txt`) and a dataset's
/// localised texts. The one language type of every layer; its raw value is the language code
/// used on the command line (`--lang vi`), in chart specs (`language: vi`) and in datasets.
public enum Language: String, Codable, Sendable, CaseIterable {
    /// English: "2,980.5", "2.98 billion USD", compact "2.98B". The source language: every phrase
    /// exists in English, and a phrase missing in another language falls back to it.
    case en
    /// Vietnamese: "2.980,5", "2,98 tỷ USD", compact "2,98 tỷ".
    case vi
}
