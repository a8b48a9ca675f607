import SafeYAML
import Yams

/// A problem in a spec at its line and column (1-based).
public struct SpecProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line; self.column = column; self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// Where a decoded spec came from: its file and the position of every value in it, so problems
/// found later (a column the data lacks, a domain the axis cannot read) name their line and column.
/// Not part of the spec's value: two specs that differ only in where they were read are equal.
public struct SpecOrigin: Hashable, Sendable {
    public let file: String
    private let positions: [String: Position]

    struct Position: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    /// A step of a path into the spec: a key or a list index.
    public enum Step: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)
        public init(stringLiteral value: String) { self = .key(value) }
        public init(integerLiteral value: Int) { self = .index(value) }

        var text: String {
            switch self {
            case .key(let k): return "k" + k
            case .index(let i): return "i" + String(i)
            }
        }
    }

    init(root: Node, file: String) {
        self.file = file
        var positions: [String: Position] = [:]
        func walk(_ node: Node, _ path: [String]) {
            let (line, column) = SafeYAML.position(of: node)
            positions[path.joined(separator: "\u{1F}")] = Position(line: line, column: column)
            if let mapping = node.mapping {
                for (key, value) in mapping { walk(value, path + [Step.key(key.string ?? "").text]) }
            } else if let sequence = node.sequence {
                for (i, value) in sequence.enumerated() { walk(value, path + [Step.index(i).text]) }
            }
        }
        walk(root, [])
        self.positions = positions
    }

    /// The position of the value at `path`, or of the nearest enclosing value the file has.
    public func position(_ path: [Step]) -> (line: Int, column: Int) {
        var steps = path.map(\.text)
        while true {
            if let p = positions[steps.joined(separator: "\u{1F}")] { return (p.line, p.column) }
            if steps.isEmpty { return (1, 1) }
            steps.removeLast()
        }
    }

    /// `message` as a problem at `path`.
    public func problem(_ path: [Step], _ message: String) -> SpecProblem {
        let (line, column) = position(path)
        return SpecProblem(line: line, column: column, message: message)
    }

    public static func == (lhs: SpecOrigin, rhs: SpecOrigin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
