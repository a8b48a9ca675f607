import Foundation

/// Where a dataset folder's files come from: the disk, or the copy compiled into the binary.
protocol DatasetFiles: Sendable {
    /// The folder as diagnostics name it (`datasets/vietnam-laos`).
    var root: String { get }
    /// File names in the folder.
    func names() throws -> [String]
    /// A file's text; throws `DatasetError.missingFile` when absent.
    func text(_ name: String) throws -> String
}

extension DatasetFiles {
    func path(_ name: String) -> String { root.isEmpty ? name : root + "/" + name }
}

/// A dataset folder on disk.
struct DiskFolder: DatasetFiles {
    let root: String

    func names() throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: root)
        } catch {
            throw DatasetError.unreadable(root, reason: "cannot list the folder")
        }
    }

    func text(_ name: String) throws -> String { try DatasetFile.readText(path: path(name)) }
}

/// A dataset compiled into the binary (see `EmbeddedDatasets`), named like its folder in the
/// repository so diagnostics point at the file to edit.
struct EmbeddedFolder: DatasetFiles {
    let root: String
    let files: [String: String]

    func names() throws -> [String] { Array(files.keys) }

    func text(_ name: String) throws -> String {
        guard let text = files[name] else { throw DatasetError.missingFile(path(name)) }
        return text
    }
}
