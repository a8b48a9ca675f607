import Foundation
import TradeData

/// Where a command's dataset comes from: a path given by the user, a shipped dataset's name
/// (`vietnam-cambodia`), or the default shipped one. A path that exists wins over a name, so a
/// user's own folder called like a shipped dataset is read from disk.
enum DatasetInput {
    /// Loads with every diagnostic; throws only when the input is missing or unreadable.
    static func load(_ reference: String?) throws -> LoadResult {
        guard let reference else { return try DatasetLoader.loadEmbedded() }
        if FileManager.default.fileExists(atPath: reference) { return try DatasetLoader.load(path: reference) }
        if DatasetLoader.embeddedNames.contains(reference) { return try DatasetLoader.loadEmbedded(reference) }
        throw CommandFailure(ExitStatus.noInput, "\(reference): no such file or folder: expected a dataset folder with "
            + "dataset.yaml, a .csv or .json file, or a shipped dataset (\(DatasetLoader.embeddedNames.joined(separator: ", ")))")
    }

    /// Loads and fails with `DatasetError.invalid` when the dataset has errors (warnings pass).
    static func valid(_ reference: String?) throws -> Dataset {
        let result = try load(reference)
        guard !result.hasErrors else { throw DatasetError.invalid(result.diagnostics) }
        return result.dataset
    }
}
