import Yams

extension SafeYAML {
    /// A key a mapping does not allow, at its 1-based line and column, with the closest allowed
    /// key when one is near enough to be a typo. Unknown keys are errors in every file tradechart
    /// reads (datasets, scenario files, chart specs): a misspelt key would otherwise be ignored
    /// silently and the chart or figure would quietly differ from what the user wrote.
    public struct UnknownKey: Error, Hashable, Sendable, CustomStringConvertible {
        public var key: String
        public var line: Int
        public var column: Int
        /// The allowed key the user most likely meant ("title" for "tittle"), if any is close.
        public var suggestion: String?
        public var allowed: [String]

        public init(key: String, line: Int, column: Int, suggestion: String?, allowed: [String]) {
            self.key = key
            self.line = line
            self.column = column
            self.suggestion = suggestion
            self.allowed = allowed
        }

        /// `unknown key 'tittle' (did you mean 'title'?)`, or with no close key
        /// `unknown key 'xyz'; expected one of: id, title, …`.
        public var message: String {
            let key = key.escapingControlCharacters
            if let suggestion { return "unknown key '\(key)' (did you mean '\(suggestion)'?)" }
            return "unknown key '\(key)'; expected one of: \(allowed.joined(separator: ", "))"
        }

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Every key of `node` (a mapping; other nodes have none) outside `allowed`, in file order.
    public static func unknownKeys(in node: Node, allowed: [String]) -> [UnknownKey] {
        guard let mapping = node.mapping else { return [] }
        return mapping.keys.compactMap { keyNode in
            let key = keyNode.string ?? keyNode.scalar?.string ?? ""
            guard !allowed.contains(key) else { return nil }
            let (line, column) = position(of: keyNode)
            return UnknownKey(key: key, line: line, column: column,
                              suggestion: suggestion(for: key, in: allowed), allowed: allowed)
        }
    }

    /// Throws the first key of `node` outside `allowed`.
    public static func checkKeys(of node: Node, allowed: [String]) throws(UnknownKey) {
        if let first = unknownKeys(in: node, allowed: allowed).first { throw first }
    }

    /// The 1-based line and column where `node` starts (1:1 when Yams has no mark).
    public static func position(of node: Node?) -> (line: Int, column: Int) {
        (node?.mark?.line ?? 1, node?.mark?.column ?? 1)
    }

    /// The candidate a typo most likely meant: the nearest by edit distance (case-insensitive),
    /// within 2 edits or a third of the word's length, whichever is more (1 edit for words of up
    /// to 3 characters: "red" does not suggest "id"); ties go to the alphabetically first. Nil
    /// when none is that close. The one "did you mean" of the project.
    public static func suggestion(for word: String, in candidates: [String]) -> String? {
        let limit = word.count <= 3 ? 1 : max(2, word.count / 3)
        let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance between `a` and `b` in Characters, ignoring case.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var row = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, cb) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, diagonal + (ca == cb ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
