extension Scene {
    /// A stable, human-readable JSON dump of the scene: pretty-printed, keys sorted, numbers
    /// rounded to two decimals (so `0.1 + 0.2` dumps as `0.3`), `nil` fields omitted.
    /// Path elements are compact arrays (`["M", x, y]`); items are `{"path"|"text"|"group": {...}}`.
    /// Two equal scenes always give byte-identical dumps; tests compare dumps to stored files.
    public func jsonDump() throws -> String {
        let root = JSONTree()
        try JSONTreeEncoder.encode(self, into: root, codingPath: [])
        var out = ""
        root.write(to: &out, indent: 0)
        return out + "\n"
    }
}
