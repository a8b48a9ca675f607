import Foundation

extension Dataset {
    /// The dataset as JSON, values in base units (USD or counts):
    /// `{"dataset": {…}, "series": [{"id", "unit", "observations": [{"period", "start", "end",
    /// "value", "low", "high", "qualifier", "status", "source", "preferred", "note"}]}]}`.
    /// `only` keeps the listed series ids (all when nil).
    public func jsonData(only: [String]? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let chosen = series.filter { only?.contains($0.id) ?? true }
        return try encoder.encode(ExportDocument(dataset: ExportDataset(self), series: chosen.map(ExportSeries.init)))
    }

    /// The dataset in long CSV form, values in base units, readable back by `DatasetLoader`.
    public func csvText(only: [String]? = nil) -> String {
        var lines = ["series,period,value,unit,status,source,preferred,note"]
        for s in series where only?.contains(s.id) ?? true {
            for o in s.observations {
                let fields = [s.id, o.period.description, Self.valueText(o.quantity), s.unit.rawValue,
                              o.status.rawValue, o.source, o.preferred ? "yes" : "", o.note ?? ""]
                lines.append(fields.map(Self.quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A quantity in the value syntax of the long form: `~1700000000`, `1100000000..1200000000`.
    static func valueText(_ q: Quantity) -> String {
        func number(_ v: Double) -> String {
            v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        }
        switch q.qualifier {
        case .exact: return number(q.value)
        case .approximate: return "~" + number(q.value)
        case .atLeast: return ">" + number(q.low ?? q.value)
        case .atMost: return "<" + number(q.high ?? q.value)
        case .range: return number(q.low ?? q.value) + ".." + number(q.high ?? q.value)
        }
    }

    /// Quoted when it holds a delimiter, a quote or a line break. Checked on Unicode scalars, not
    /// Characters: a comma followed by a combining mark is one Character, but CSV readers split on it.
    static func quoted(_ field: String) -> String {
        let special: Set<Unicode.Scalar> = [",", ";", "\t", "\"", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        guard field.unicodeScalars.contains(where: special.contains) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private struct ExportDocument: Encodable {
    let dataset: ExportDataset
    let series: [ExportSeries]
}

private struct ExportDataset: Encodable {
    let id: String
    let title: LocalizedText
    let reporter: LocalizedText
    let partner: LocalizedText
    let currency: String
    let sources: [Source]
    let caveats: [LocalizedText]

    init(_ d: Dataset) {
        (id, title, reporter, partner, currency, sources, caveats) =
            (d.id, d.title, d.reporter, d.partner, d.currency, d.sources, d.caveats)
    }
}

private struct ExportSeries: Encodable {
    let id: String
    let label: LocalizedText?
    let unit: String
    let observations: [ExportObservation]

    init(_ s: Series) {
        id = s.id
        label = s.label
        unit = s.unit.rawValue
        observations = s.observations.map(ExportObservation.init)
    }
}

private struct ExportObservation: Encodable {
    let o: Observation

    enum Keys: String, CodingKey {
        case period, start, end, value, low, high, qualifier, status, source, preferred, note
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(o.period.description, forKey: .period)
        try c.encode(o.period.startDate, forKey: .start)
        try c.encode(o.period.endDate, forKey: .end)
        try c.encode(o.quantity.value, forKey: .value)
        try c.encode(o.quantity.low, forKey: .low)
        try c.encode(o.quantity.high, forKey: .high)
        try c.encode(o.quantity.qualifier.rawValue, forKey: .qualifier)
        try c.encode(o.status.rawValue, forKey: .status)
        try c.encode(o.source, forKey: .source)
        try c.encode(o.preferred, forKey: .preferred)
        try c.encode(o.note, forKey: .note)
    }
}
