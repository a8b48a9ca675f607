import TradeData

/// Where a command's dataset comes from: a path given by the user, or the built-in one.
enum DatasetInput {
    /// Loads with every diagnostic; throws only when the input is missing or unreadable.
    static func load(_ path: String?) throws -> LoadResult {
        guard let path else { return try DatasetLoader.loadEmbedded() }
        return try DatasetLoader.load(path: path)
    }

    /// Loads and fails with `DatasetError.invalid` when the dataset has errors (warnings pass).
    static func valid(_ path: String?) throws -> Dataset {
        let result = try load(path)
        guard !result.hasErrors else { throw DatasetError.invalid(result.diagnostics) }
        return result.dataset
    }
}
