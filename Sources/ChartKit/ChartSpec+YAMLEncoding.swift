import Yams

extension ChartSpec {
    /// The spec as YAML that `ChartSpec.decode(yaml:file:)` reads back: keys sorted, inline
    /// tables as `values` columns. Deterministic, so written specs can be compared with a file.
    public func yaml() throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return try encoder.encode(self)
    }
}
