import SafeYAML
import Yams

/// Reads typed values out of a composed YAML tree, recording a located diagnostic for each
/// value of the wrong shape.
struct YAMLReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    mutating func error(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(.error, location(node), message))
    }

    /// An error for each key of `node` outside `allowed` (SafeYAML's one check, with its
    /// "did you mean"): unknown keys are errors in every file tradechart reads.
    mutating func checkKeys(_ node: Node, allowed: [String]) {
        for unknown in SafeYAML.unknownKeys(in: node, allowed: allowed) {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: unknown.line, column: unknown.column),
                                          unknown.message))
        }
    }

    /// A scalar's text, or nil when absent; an error when it is a list or a mapping.
    mutating func string(_ parent: Node, _ key: String) -> String? {
        guard let node = parent[key] else { return nil }
        guard let text = node.string else {
            error(node, "'\(key)' must be text")
            return nil
        }
        return text.trimmingSpaces.isEmpty ? nil : text
    }

    /// `{en: …, vi: …, lo: …}` or a plain string (English).
    mutating func localized(_ node: Node) -> LocalizedText {
        if let text = node.string { return LocalizedText(en: text) }
        guard let en = node["en"]?.string else {
            error(node, "expected text in en (and optionally vi, lo)")
            return LocalizedText(en: "")
        }
        return LocalizedText(en: en, vi: node["vi"]?.string, lo: node["lo"]?.string)
    }

    mutating func localized(_ parent: Node, _ key: String, required: Bool) -> LocalizedText {
        guard let node = parent[key] else {
            if required { error(parent, "missing '\(key)': expected en, vi and lo names") }
            return LocalizedText(en: "")
        }
        return localized(node)
    }

    /// One entry of `targets:`: one target, or two for a range of levels (`level: 25..30 billion USD`,
    /// read by `TargetText.levels` as `--target` is), the second with id `ID.2` like `--target`'s.
    mutating func targets(_ node: Node, into meta: inout DatasetMetadata) -> [Target] {
        checkKeys(node, allowed: DatasetMetadata.targetKeys)
        guard let id = string(node, "id"), let series = string(node, "series").map(SeriesID.normalised),
              let source = string(node, "source")
        else {
            error(node, "a target needs id, series, source and a level or growth")
            return []
        }
        let goals: [Target.Goal]
        if let level = node["level"], let text = level.string {
            switch TargetText.levels(text) {
            case .success(let levels): goals = levels.map { .level($0) }
            case .failure(.notPositive):
                error(level, "level '\(text)' must be positive")
                return []
            case .failure(.malformed):
                error(level, "malformed level '\(text)': expected a value and unit such as 5 billion USD, or a range such as 25..30 billion USD")
                return []
            }
        } else if let growth = node["growth"], let text = growth.string {
            let body = text.replacingOccurrences(of: "%", with: "")
            guard let band = ValueParser.parse(body) else {
                error(growth, "malformed growth '\(text)': expected a percentage band such as 10..15 %")
                return []
            }
            goals = [.annualGrowth(low: (band.low ?? band.value) / 100, high: (band.high ?? band.value) / 100)]
        } else {
            error(node, "target '\(id)' needs a level (5 billion USD) or a growth band (10..15 %)")
            return []
        }
        var deadline: ClosedRange<Int>?
        if let node = node["deadline"], let text = node.string {
            let years = text.components(separatedBy: "..").map { Int($0.trimmingSpaces) }
            if years.count == 1, let year = years[0] {
                deadline = year...year
            } else if years.count == 2, let first = years[0], let last = years[1], first <= last {
                deadline = first...last
            } else {
                error(node, "malformed deadline '\(text)': expected a year (2020) or a window (2027..2028)")
            }
        }
        var outcome = Target.Outcome.open
        let outcomeStated = node["outcome"] != nil
        if let node = node["outcome"], let text = node.string {
            if let parsed = Target.Outcome(rawValue: text) { outcome = parsed } else {
                error(node, "unknown outcome '\(text)': expected open, met or missed")
            }
        }
        meta.sourceReferences.append((source, location(node["source"])))
        meta.seriesReferences.append((series, location(node["series"])))
        var deadlineWords: LocalizedText?
        if let words = node["deadline_text"] {
            deadlineWords = words.string != nil ? LocalizedText(en: words.string ?? "") : localized(words)
            if deadlineWords?.en.trimmingSpaces.isEmpty == true { deadlineWords = nil }
        }
        let label = node["label"].map { localized($0) } ?? LocalizedText(en: id)
        let statedBy = string(node, "stated_by"), statedOn = string(node, "stated_on")
        let outcomeNote = string(node, "outcome_note"), note = string(node, "note")
        return goals.enumerated().map { i, goal in
            var target = Target(id: i == 0 ? id : "\(id).\(i + 1)", series: series, goal: goal, deadline: deadline, deadlineWords: deadlineWords,
                   label: label, statedBy: statedBy, statedOn: statedOn, outcome: outcome,
                   outcomeNote: outcomeNote, source: source, note: note)
            target.outcomeStated = outcomeStated
            return target
        }
    }
}
