import ArgumentParser
import Foundation
import TradeAnalysis
import TradeCharts

/// Output formats of the commands that print data.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Runs a command's output function: prints the text, or one `tradechart: error: …` line and
/// exits with the error's status.
func runPrinting(_ output: () throws -> String) throws {
    let text = try Failure.guarded(output)
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Encodes a value as stable, human-diffable JSON; the analysis' lines for readers in English.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.userInfo[.analysisWording] = AnalysisWords(.en)
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
