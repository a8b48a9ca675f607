/// Several problems of one spec, reported together.
extension ChartError {
    /// The most problems of one spec listed; the rest are counted ("and 3 more problems").
    public static let problemLimit = 20

    /// `problems` of `file` as one error: `.spec` for one, `.problems` (sorted, the first
    /// `problemLimit` of them) for several.
    public static func located(file: String, _ problems: [SpecProblem]) -> ChartError {
        let sorted = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        if sorted.count == 1, let only = sorted.first {
            return .spec(file: file, line: only.line, column: only.column, message: only.message)
        }
        return .problems(file: file, Array(sorted.prefix(problemLimit)), omitted: max(0, sorted.count - problemLimit))
    }

    /// One line per problem ("file:line:column: message"), then "file: and N more problems"
    /// when some were left out; the description for other errors.
    public var lines: [String] {
        guard case .problems(let file, let problems, let omitted) = self else { return [description] }
        var lines = problems.map { "\(file):\($0.line):\($0.column): \($0.message)".escapingControlCharacters }
        if omitted > 0 { lines.append("\(file): and \(omitted) more problem\(omitted == 1 ? "" : "s")") }
        return lines
    }

    /// The error on one line: the first problems of a spec (three at most) and how many more.
    public var summary: String {
        guard case .problems(let file, let problems, let omitted) = self, let first = problems.first else { return description }
        let shown = problems.prefix(3)
        var text = "\(file):\(first.line):\(first.column): \(first.message)"
        for p in shown.dropFirst() { text += "; \(p.line):\(p.column): \(p.message)" }
        let more = problems.count - shown.count + omitted
        if more > 0 { text += "; and \(more) more problem\(more == 1 ? "" : "s")" }
        return text.escapingControlCharacters
    }
}
