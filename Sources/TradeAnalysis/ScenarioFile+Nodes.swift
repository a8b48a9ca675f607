import Foundation
import NumberText
import SafeYAML
import TradeData
import Yams

/// Reads typed values out of a composed YAML tree, pointing errors at the offending node.
struct NodeReader {
    let file: String

    func error(_ node: Node, _ message: String) -> ScenarioFileError {
        let mark = node.mark
        return ScenarioFileError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    func syntaxError(_ error: Error, yaml: String) -> ScenarioFileError {
        let problem = SafeYAML.problem(in: error, yaml: yaml)
        let limit = error is SafeYAML.LimitError
        return ScenarioFileError(file: file, line: problem.line, column: problem.column,
                                 message: limit ? problem.message : "yaml syntax: \(problem.message)")
    }

    func mapping(_ node: Node, what: String) throws(ScenarioFileError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of 'key: value' lines") }
        return mapping
    }

    /// Rejects keys outside `allowed` (SafeYAML's one check: an error with a "did you mean").
    func checkKeys(_ node: Node, allowed: [String]) throws(ScenarioFileError) {
        if let unknown = SafeYAML.unknownKeys(in: node, allowed: allowed).first {
            throw ScenarioFileError(file: file, line: unknown.line, column: unknown.column, message: unknown.message)
        }
    }

    func string(_ node: Node, key: String) throws(ScenarioFileError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else { throw error(node, "'\(key)' must be a text value") }
        return text
    }

    func year(_ node: Node) throws(ScenarioFileError) -> Int {
        guard let text = node.scalar?.string, let year = Int(text), (1000...9999).contains(year) else {
            throw error(node, "expected a four-digit year, found '\(node.scalar?.string ?? "a list or mapping")'")
        }
        return year
    }

    /// A rate: `10%`, `-2.5%` or a fraction such as `0.10`.
    func rate(_ node: Node, key: String) throws(ScenarioFileError) -> Double {
        guard let raw = node.scalar?.string.trimmingCharacters(in: .whitespaces) else {
            throw error(node, "'\(key)' must be a rate such as 10% or 0.10")
        }
        if raw.hasSuffix("%") {
            guard let percent = Double(raw.dropLast().trimmingCharacters(in: .whitespaces)), percent.isFinite, percent > -100 else {
                throw error(node, "bad rate '\(raw)' for '\(key)'; write a rate such as 10% or 0.10")
            }
            guard percent <= 1000 else {
                throw error(node, "rate \(raw) for '\(key)' is above 1000% a year; write a rate such as 10% or 0.10")
            }
            return percent / 100
        }
        guard let fraction = Double(raw), fraction.isFinite else {
            throw error(node, "bad rate '\(raw)' for '\(key)'; write a rate such as 10% or 0.10")
        }
        guard abs(fraction) < 1 else {
            throw error(node, "rate \(raw) for '\(key)' looks like a percentage; write \(raw)% or \(fraction / 100)")
        }
        return fraction
    }

    /// A positive number: plain (`3.5e9`) or with a scale word from NumberText's table
    /// (`3.5 billion`, `800 million`, `3.5bn`, `3.5 tỷ`, `800 triệu`).
    func value(_ node: Node, key: String) throws(ScenarioFileError) -> Double {
        let raw = node.scalar?.string.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let (text, factor) = ScaleWord.splitTrailing(raw) ?? (raw, 1)
        guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number.isFinite, number > 0 else {
            throw error(node, "bad value '\(raw)' for '\(key)'; write USD such as 3.5e9, '3.5 billion' or '3.5 tỷ'")
        }
        guard number * factor <= InputLimits.maxMagnitude else {
            throw error(node, "value '\(raw)' for '\(key)' is above 10^15 USD; check the number and its unit")
        }
        return number * factor
    }

    /// A `year: number` table, read with `read`.
    func yearTable(_ node: Node, key: String, read: (Node) throws(ScenarioFileError) -> Double) throws(ScenarioFileError) -> [Int: Double] {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw error(node, "'\(key)' must map years to numbers, e.g. '2026: 20%'")
        }
        var table: [Int: Double] = [:]
        for (yearNode, valueNode) in mapping {
            table[try year(yearNode)] = try read(valueNode)
        }
        return table
    }
}
