import NumberText

/// The checks run on every load. Errors: unknown or missing source keys, negative values,
/// series mixing money and counts, several figures for one period with none (or more than one)
/// preferred, targets naming unknown series. Warnings: exports + imports differing from the
/// total by more than 2 %, gaps in a yearly series, figures without a source in bare files.
enum DatasetValidator {
    /// Tolerance for exports + imports against the total.
    static let componentTolerance = 0.02

    static func validate(_ rows: [ObservationRow], metadata: DatasetMetadata, knownSources: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let keys = Set(metadata.sources.map(\.key))
        var units: [String: MeasureUnit] = [:]
        for row in rows {
            let source = row.observation.source
            if knownSources, source.isEmpty {
                out.append(Diagnostic(.error, row.sourceLocation, "missing source key: every figure needs a source listed in dataset.yaml"))
            } else if knownSources, !keys.contains(source) {
                out.append(Diagnostic(.error, row.sourceLocation, "unknown source key '\(source)': add it under sources in dataset.yaml"))
            } else if source.isEmpty {
                out.append(Diagnostic(.warning, row.sourceLocation, "no source given for this figure"))
            }
            let q = row.observation.quantity
            if min(q.value, q.low ?? q.value) < 0, !row.series.contains("balance") {
                out.append(Diagnostic(.error, row.valueLocation,
                                      "negative value for '\(row.series)': trade and investment figures cannot be negative"))
            }
            if let first = units[row.series], first != row.unit {
                out.append(Diagnostic(.error, row.valueLocation,
                                      "series '\(row.series)' mixes \(first.rawValue) and \(row.unit.rawValue): use one kind of unit per series"))
            } else {
                units[row.series] = row.unit
            }
        }
        if knownSources {
            for (key, location) in metadata.sourceReferences where !keys.contains(key) {
                out.append(Diagnostic(.error, location, "unknown source key '\(key)': add it under sources in dataset.yaml"))
            }
        }
        for (series, location) in metadata.seriesReferences where units[series] == nil {
            out.append(Diagnostic(.error, location, "unknown series '\(series)': no observation has this series id"))
        }
        out += preferredChecks(rows)
        out += componentChecks(rows)
        out += gapChecks(rows)
        return out
    }

    private static func groups(_ rows: [ObservationRow]) -> [(key: String, period: Period, rows: [ObservationRow])] {
        var order: [String] = []
        var grouped: [String: [ObservationRow]] = [:]
        for row in rows {
            let key = "\(row.series) \(row.observation.period)"
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(row)
        }
        return order.compactMap { key in grouped[key].map { (key, $0[0].observation.period, $0) } }
    }

    private static func preferredChecks(_ rows: [ObservationRow]) -> [Diagnostic] {
        groups(rows).compactMap { group in
            guard group.rows.count > 1 else { return nil }
            let marked = group.rows.filter(\.observation.preferred).count
            let name = "\(group.rows.count) observations of \(group.rows[0].series) for \(group.period)"
            let location = group.rows[1].observation.location ?? group.rows[1].valueLocation
            if marked == 0 {
                return Diagnostic(.error, location, "\(name) and none is preferred: mark one with preferred=yes")
            }
            if marked > 1 {
                return Diagnostic(.error, location, "\(name) and \(marked) are marked preferred: keep one")
            }
            return nil
        }
    }

    private static func preferred(_ rows: [ObservationRow], series: String) -> [Period: ObservationRow] {
        var result: [Period: ObservationRow] = [:]
        for row in rows where row.series == series {
            let period = row.observation.period
            if result[period] == nil || row.observation.preferred { result[period] = row }
        }
        return result
    }

    private static func componentChecks(_ rows: [ObservationRow]) -> [Diagnostic] {
        let totals = preferred(rows, series: SeriesID.tradeTotal.rawValue)
        let exports = preferred(rows, series: SeriesID.exports.rawValue), imports = preferred(rows, series: SeriesID.imports.rawValue)
        return totals.keys.sorted().compactMap { period in
            guard let total = totals[period], let ex = exports[period], let im = imports[period] else { return nil }
            let sum = ex.observation.value + im.observation.value
            let q = total.observation.quantity
            let low = (q.low ?? q.value) * (1 - componentTolerance)
            let high = (q.high ?? q.value) * (1 + componentTolerance)
            let inside = switch q.qualifier {
            case .atLeast: sum >= low
            case .atMost: sum <= high
            default: sum >= low && sum <= high
            }
            guard !inside, q.value > 0 else { return nil }
            let percent = HumanNumber.grouped(abs(sum - q.value) / q.value * 100, min: 1, max: 1)
            return Diagnostic(.warning, total.valueLocation,
                              "exports + imports (\(HumanNumber.format(sum, unit: .usd))) differ from trade_total "
                              + "(\(HumanNumber.format(q, unit: .usd))) by \(percent)% in \(period)")
        }
    }

    private static func gapChecks(_ rows: [ObservationRow]) -> [Diagnostic] {
        var order: [String] = []
        var years: [String: [Int: ObservationRow]] = [:]
        for row in rows where row.observation.period.isFullYear {
            if years[row.series] == nil { order.append(row.series) }
            years[row.series, default: [:]][row.observation.period.year] = row
        }
        var out: [Diagnostic] = []
        for series in order {
            guard let byYear = years[series] else { continue }
            let present = byYear.keys.sorted()
            for (a, b) in zip(present, present.dropFirst()) where b - a > 1 {
                let gap = b - a == 2 ? "\(a + 1)" : "\(a + 1)–\(b - 1)"
                let location = byYear[b]?.observation.location ?? SourceLocation(file: "", line: 1, column: 1)
                out.append(Diagnostic(.warning, location, "\(series) has no full-year figure for \(gap)"))
            }
        }
        return out
    }
}
