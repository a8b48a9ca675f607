@preconcurrency import CYaml

/// Counts nodes and depth over libyaml events, expanding aliases arithmetically: each anchor
/// remembers the size and height of its node, so an alias costs what it would expand to
/// without building anything.
struct NodeCounter {
    private struct Frame {
        var anchor: String?
        var nodes = 0
        var height = 0
    }

    let limits: SafeYAML.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (nodes: Int, height: Int)] = [:]
    private var total = 0

    init(limits: SafeYAML.Limits) {
        self.limits = limits
    }

    mutating func take(_ event: yaml_event_t) throws(SafeYAML.LimitError) {
        let mark = event.start_mark
        switch event.type {
        case YAML_SCALAR_EVENT:
            let length = Int(event.data.scalar.length)
            guard length <= limits.maxScalarBytes else {
                throw failure(mark, "a text of \(length) bytes; one value is limited to \(limits.maxScalarBytes) bytes (a missing closing quote?)")
            }
            try add(nodes: 1, height: 1, fresh: 1, anchor: Self.text(event.data.scalar.anchor), at: mark)
        case YAML_ALIAS_EVENT:
            // An undefined alias is left for the composer to report.
            guard let name = Self.text(event.data.alias.anchor), let node = anchors[name] else { return }
            try add(nodes: node.nodes, height: node.height, fresh: node.nodes, anchor: nil, at: mark)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let anchor = event.type == YAML_SEQUENCE_START_EVENT
                ? Self.text(event.data.sequence_start.anchor) : Self.text(event.data.mapping_start.anchor)
            guard stack.count < limits.maxDepth else {
                throw failure(mark, "nesting deeper than \(limits.maxDepth) levels; YAML files here need only a few")
            }
            stack.append(Frame(anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            try add(nodes: 1 + frame.nodes, height: 1 + frame.height, fresh: 1, anchor: frame.anchor, at: mark)
        default:
            break
        }
    }

    /// A finished node of `nodes` nodes (`fresh` of them not counted yet: a collection's
    /// children were counted as they came) and `height` levels, added to the open collection.
    private mutating func add(nodes: Int, height: Int, fresh: Int, anchor: String?, at mark: yaml_mark_t) throws(SafeYAML.LimitError) {
        total += fresh
        guard total <= limits.maxNodes else {
            throw failure(mark, "more than \(limits.maxNodes) values once aliases are expanded; remove the aliases (*name) that repeat large parts")
        }
        guard stack.count + height <= limits.maxDepth + 1 else {
            throw failure(mark, "nesting deeper than \(limits.maxDepth) levels once aliases are expanded")
        }
        if let anchor { anchors[anchor] = (nodes, height) }
        if !stack.isEmpty {
            stack[stack.count - 1].nodes += nodes
            stack[stack.count - 1].height = max(stack[stack.count - 1].height, height)
        }
    }

    private func failure(_ mark: yaml_mark_t, _ message: String) -> SafeYAML.LimitError {
        SafeYAML.LimitError(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
