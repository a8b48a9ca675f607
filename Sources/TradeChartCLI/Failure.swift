import ArgumentParser
import CairoBackend
import ChartKit
import FileIO
import Foundation
import SafeYAML
import TradeAnalysis
import TradeCharts
import TradeData

/// Exit statuses from sysexits(3), the ones the commands use.
public enum ExitStatus {
    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let noInput: Int32 = 66
    public static let software: Int32 = 70
    public static let cannotCreate: Int32 = 73
    public static let ioError: Int32 = 74
}

/// An error that knows its exit status. Layer errors conform in extensions below (add yours).
public protocol ExitStatusProviding: Error, CustomStringConvertible {
    var exitStatus: Int32 { get }
}

/// A usage or command error raised by the CLI itself, with its exit status.
public struct CommandFailure: ExitStatusProviding {
    public let exitStatus: Int32
    public let description: String

    public init(_ exitStatus: Int32, _ description: String) {
        self.exitStatus = exitStatus
        self.description = description
    }
}

extension DatasetError: ExitStatusProviding {
    public var exitStatus: Int32 {
        switch self {
        case .missingFile: ExitStatus.noInput
        case .unreadable: ExitStatus.ioError
        case .malformed, .invalid: ExitStatus.dataError
        case .unknownEmbedded: ExitStatus.usage
        }
    }
}

extension AnalysisError: ExitStatusProviding {
    /// An unknown series or an unusable base is a problem with the command's arguments; a zero or
    /// negative base figure is a problem with the data.
    public var exitStatus: Int32 {
        if case .baseNotPositive = self { return ExitStatus.dataError }
        return ExitStatus.usage
    }
}

extension ScenarioFileError: ExitStatusProviding {
    public var exitStatus: Int32 { ExitStatus.dataError }
}

extension ScenarioError: ExitStatusProviding {
    public var exitStatus: Int32 { ExitStatus.dataError }
}

extension ChartError: ExitStatusProviding {
    /// A spec or its data is wrong: bad data (65).
    public var exitStatus: Int32 { ExitStatus.dataError }
}

extension ChartSizeError: ExitStatusProviding {
    /// A size the command cannot use is a usage error.
    public var exitStatus: Int32 { ExitStatus.usage }
}

extension RenderError: ExitStatusProviding {
    public var exitStatus: Int32 {
        switch self {
        case .canvasTooLarge, .invalidCanvas, .invalidScale: ExitStatus.dataError
        case .cairo, .pango: ExitStatus.software
        }
    }
}

extension FileWriteError: ExitStatusProviding {
    /// A full or failing device is an I/O error (74); anything else (permission, read-only file
    /// system, a missing folder) means the output cannot be created (73).
    public var exitStatus: Int32 { isDeviceFailure ? ExitStatus.ioError : ExitStatus.cannotCreate }
}

extension TargetText.ParseError: ExitStatusProviding {
    /// A `--target` the command cannot read is a usage error.
    public var exitStatus: Int32 { ExitStatus.usage }
}

extension BriefingError: ExitStatusProviding {
    public var exitStatus: Int32 {
        switch self {
        case .missingInput: ExitStatus.noInput
        case .unreadable: ExitStatus.ioError
        case .badInput: ExitStatus.dataError
        case .unsupportedFormat: ExitStatus.usage
        case .nothingDrawn: ExitStatus.dataError
        }
    }
}

extension PackError: ExitStatusProviding {
    public var exitStatus: Int32 {
        switch self {
        case .unsafeName, .wouldOverwrite: ExitStatus.usage
        case .cannotCreate, .busy: ExitStatus.cannotCreate
        }
    }
}

/// Turns any error into one line on stderr and an exit status — never a backtrace.
///
/// ```swift
/// func run() throws { try Failure.guarded { try work() } }
/// // stderr: tradechart: error: data.csv:3:12: malformed value 'abc': expected …   exit 65
/// ```
public enum Failure {
    /// The exit status for an error: its own when it provides one, 74 for file-system errors, else 70.
    public static func exitStatus(for error: Error) -> Int32 {
        switch error {
        case let known as ExitStatusProviding: known.exitStatus
        case is CocoaError: ExitStatus.ioError
        default: ExitStatus.software
        }
    }

    /// The command-line words a layer's error leaves to the CLI: which option changes the outcome.
    public static func hint(for error: Error) -> String? {
        switch error {
        case AnalysisError.baseNotFound: "pass a period the series reports with --base"
        case AnalysisError.baseNotFullYear: "pass a full year with --base"
        case AnalysisError.baseNotPositive: "choose another base year with --base"
        case PackError.wouldOverwrite: "pass --force to overwrite"
        case BriefingError.nothingDrawn(let series, _) where series == .tradeTotal:
            "pass --series, or name a column trade_total"
        case BriefingError.nothingDrawn: "pass --series with one of the dataset's series"
        default: nil
        }
    }

    /// `tradechart: error: <what>` on one line, with the option hint when there is one.
    public static func message(for error: Error) -> String {
        let text = String(describing: error) + (hint(for: error).map { "; " + $0 } ?? "")
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ").escapingControlCharacters
        if case DatasetError.invalid(let diagnostics) = error, diagnostics.errors.count > 1 {
            return "tradechart: error: \(oneLine); run 'tradechart data validate' to list them"
        }
        return "tradechart: error: \(oneLine)"
    }

    /// Runs `body`; an error is printed as one line and rethrown as `ExitCode`. Argument-parser
    /// errors (`ExitCode`, `CleanExit`, `ValidationError`) pass through untouched.
    public static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error where error is ExitCode || error is CleanExit || error is ValidationError {
            throw error
        } catch {
            printError(message(for: error))
            throw ExitCode(exitStatus(for: error))
        }
    }

    /// Writes a line to stderr.
    public static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
