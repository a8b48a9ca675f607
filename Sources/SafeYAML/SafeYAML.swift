@preconcurrency import CYaml
import Yams

/// Composes YAML the way `Yams.compose` does, after a cheap pass over libyaml's events that
/// refuses documents which would make composing or reading them unbounded: deep nesting (the
/// composer recurses once per level), alias chains that expand exponentially ("billion laughs",
/// harmless as a shared tree but exponential as soon as a node is hashed or walked), over-long
/// texts and over-large files.
///
/// ```swift
/// let root = try SafeYAML.compose(yaml: text)   // throws SafeYAML.LimitError or Yams.YamlError
/// ```
///
/// - Complexity: O(n) in the length of the text for the check, then `Yams.compose`.
public enum SafeYAML {
    /// The bounds a document must stay within. The defaults are far above what a dataset,
    /// scenario or chart file needs (a few levels, a few hundred nodes).
    public struct Limits: Hashable, Sendable {
        /// Bytes of YAML text.
        public var maxBytes: Int
        /// Nesting of sequences and mappings, counting what aliases bring in.
        public var maxDepth: Int
        /// Nodes after expanding every alias.
        public var maxNodes: Int
        /// Bytes in one scalar (a label, a note).
        public var maxScalarBytes: Int

        public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 100_000, maxScalarBytes: Int = 10_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
            self.maxScalarBytes = maxScalarBytes
        }

        public static let `default` = Limits()
    }

    /// A document outside the limits, at a 1-based line and column.
    public struct LimitError: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        /// One lowercase line saying which limit and what to change.
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Checks `yaml` against `limits`, then composes it with Yams. Throws `LimitError` for a
    /// document outside the limits, or Yams' `YamlError` for a syntax error.
    public static func compose(yaml: String, limits: Limits = .default) throws -> Node? {
        try check(yaml, limits: limits)
        return try Yams.compose(yaml: yaml)
    }

    /// Checks only. Syntax errors are not reported here: composing reports them with their
    /// position, so the check stops quietly at the first one.
    public static func check(_ yaml: String, limits: Limits = .default) throws(LimitError) {
        let bytes = Array(yaml.utf8)
        guard bytes.count <= limits.maxBytes else {
            throw LimitError(line: 1, column: 1, message: "the file is \(bytes.count) bytes; YAML files are limited to \(limits.maxBytes) bytes")
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        try bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(LimitError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = NodeCounter(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own nesting limit (its scanner reads ahead of our depth count).
                    let problem = parser.problem.map { String(cString: $0) } ?? ""
                    guard problem.lowercased().contains("nesting") else { return }
                    throw LimitError(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                     message: "nesting deeper than \(limits.maxDepth) levels; YAML files here need only a few")
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                try counter.take(event)
            }
        }
    }
}
