import Foundation
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

    /// Rejects keys outside `allowed`, suggesting the nearest allowed key for a typo.
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], in node: Node) throws(ScenarioFileError) {
        for key in mapping.keys {
            let name = key.string ?? ""
            guard !allowed.contains(name) else { continue }
            let hint = allowed.min { editDistance(name, $0) < editDistance(name, $1) }
                .flatMap { editDistance(name, $0) <= 2 ? " (did you mean '\($0)'?)" : nil }
                ?? "; expected one of: \(allowed.joined(separator: ", "))"
            throw error(key, "unknown key '\(name)'\(hint)")
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

    /// A positive number: plain (`3.5e9`) or with a unit word (`3.5 billion`, `800 million`).
    func value(_ node: Node, key: String) throws(ScenarioFileError) -> Double {
        let raw = node.scalar?.string.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let units: [(String, Double)] = [(" billion", 1e9), (" million", 1e6), ("bn", 1e9), ("m", 1e6)]
        var text = raw, factor = 1.0
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            factor = scale
            break
        }
        guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number.isFinite, number > 0 else {
            throw error(node, "bad value '\(raw)' for '\(key)'; write USD such as 3.5e9 or '3.5 billion'")
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

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    var row = Array(0...b.count)
    for (i, ca) in a.enumerated() {
        var previous = row[0]
        row[0] = i + 1
        for (j, cb) in b.enumerated() {
            let current = row[j + 1]
            row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
            previous = current
        }
    }
    return row[b.count]
}
