import FileIO
import Foundation

/// Why a dataset could not be loaded. Each description is one lowercase line naming the file.
public enum DatasetError: Error, CustomStringConvertible, Equatable {
    /// The path does not exist.
    case missingFile(String)
    /// The file exists but could not be read.
    case unreadable(String, reason: String)
    /// A problem that stops reading a file (not UTF-8, broken YAML or JSON, empty table).
    case malformed(SourceLocation, String)
    /// The dataset was read but has errors; every diagnostic is kept.
    case invalid([Diagnostic])
    /// No embedded dataset of this name.
    case unknownEmbedded(String, available: [String])

    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): no such file or folder: expected a dataset folder with dataset.yaml, or a .csv or .json file"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .malformed(let location, let message):
            "\(location): \(message)"
        case .invalid(let diagnostics):
            diagnostics.errors.first.map { "\($0.location): \($0.message)" + more(diagnostics.errors.count) }
                ?? "invalid dataset"
        case .unknownEmbedded(let name, let available):
            "no built-in dataset '\(name)': expected one of \(available.joined(separator: ", "))"
        }
    }

    private func more(_ count: Int) -> String {
        count > 1 ? " (and \(count - 1) more error\(count == 2 ? "" : "s"))" : ""
    }
}

/// Reading text files for the loaders, through FileIO's one bounded reader.
enum DatasetFile {
    /// The file's text, UTF-8 (a byte-order mark is left for the parsers to drop), at most `limit` bytes.
    static func readText(path: String, limit: Int = InputLimits.maxFileBytes) throws -> String {
        do {
            return try BoundedFile.readText(path: path, limit: limit)
        } catch {
            throw DatasetError(error)
        }
    }
}

extension DatasetError {
    /// The data layer's wording for a file that could not be read.
    init(_ error: FileReadError) {
        switch error {
        case .missing(let path):
            self = .missingFile(path)
        case .folder(let path):
            self = .unreadable(path, reason: "is a folder, expected a file")
        case .notRegular(let path):
            self = .unreadable(path, reason: "not a regular file")
        case .unreadable(let path, let reason):
            self = .unreadable(path, reason: reason)
        case .tooLarge(let path, let size, let limit):
            self = .malformed(SourceLocation(file: path, line: 1, column: 1),
                              "the file is \(InputLimits.bytes(size)); data files are limited to "
                              + "\(InputLimits.bytes(limit)): split it by series or by year")
        case .notText(let path, let line, let column, let utf16):
            self = .malformed(SourceLocation(file: path, line: line, column: column),
                              utf16 ? "UTF-16 text: save the file as \"CSV UTF-8\"" : "not UTF-8 text: save the file as \"CSV UTF-8\"")
        }
    }
}
