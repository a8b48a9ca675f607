import ArgumentParser
import Foundation
import TradeAnalysis

/// A command failure with the exit code it maps to.
enum CLIError: Error, CustomStringConvertible {
    /// Bad arguments (64).
    case usage(String)
    /// Bad input data, such as a scenario file error (65).
    case badData(String)
    /// An input file that does not exist (66).
    case missingFile(String)
    /// A file that exists but cannot be read (74).
    case io(String)

    var description: String {
        switch self {
        case let .usage(message), let .badData(message), let .missingFile(message), let .io(message): message
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .usage: ExitCode(64)
        case .badData: ExitCode(65)
        case .missingFile: ExitCode(66)
        case .io: ExitCode(74)
        }
    }

    /// Maps any error of the lower layers to a CLI error.
    static func from(_ error: Error) -> CLIError {
        switch error {
        case let error as CLIError: error
        case let error as AnalysisError: .usage(error.description)
        case let error as ScenarioFileError: .badData(error.description)
        case let error as ScenarioError: .badData(error.description)
        default: .badData(String(describing: error))
        }
    }
}

/// Runs a command's output function: prints the text, or one `tradechart: error: …` line and exits
/// with the error's code.
func runPrinting(_ output: () throws -> String) throws {
    do {
        print(try output(), terminator: "")
    } catch {
        let failure = CLIError.from(error)
        FileHandle.standardError.write(Data("tradechart: error: \(failure.description)\n".utf8))
        throw failure.exitCode
    }
}

/// Output formats of the analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Encodes a value as stable, human-diffable JSON.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
