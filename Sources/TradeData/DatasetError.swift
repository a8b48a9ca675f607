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

/// Reading text files for the loaders.
enum DatasetFile {
    /// The file's text, UTF-8 (a byte-order mark is left for the parsers to drop).
    static func readText(path: String, limit: Int = InputLimits.maxFileBytes) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DatasetError.missingFile(path)
        }
        guard !isFolder.boolValue else {
            throw DatasetError.unreadable(path, reason: "is a folder, expected a file")
        }
        let start = SourceLocation(file: path, line: 1, column: 1)
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw DatasetError.unreadable(path, reason: "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limit else {
            throw DatasetError.malformed(start, "the file is \(InputLimits.bytes(size)); data files are limited to "
                                         + "\(InputLimits.bytes(limit)): split it by series or by year")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DatasetError.unreadable(path, reason: "\(error.localizedDescription.lowercased())")
        }
        return try decode(data, file: path)
    }

    /// UTF-8 text, or a located error naming the encoding to save in.
    static func decode(_ data: Data, file: String) throws -> String {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw DatasetError.malformed(start, "UTF-16 text: save the file as \"CSV UTF-8\"")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // The first byte that is not UTF-8 decodes as U+FFFD: point at it.
            var (line, column) = (1, 1)
            for c in String(decoding: data, as: UTF8.self) {
                if c == "\u{FFFD}" { break }
                if c.isLineBreak { (line, column) = (line + 1, 1) } else { column += 1 }
            }
            throw DatasetError.malformed(SourceLocation(file: file, line: line, column: column),
                                         "not UTF-8 text: save the file as \"CSV UTF-8\"")
        }
        return text
    }
}
