import ArgumentParser
import TradeAnalysis
import TradeData

/// `tradechart track`: the current year so far against last year and the targets' paths.
struct TrackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Track the current year so far against last year and the targets' required paths."
    )

    @Option(name: .long, help: "Dataset folder or file, or a shipped dataset's name from `tradechart data list` (default: vietnam-laos).")
    var dataset: String?

    @Option(name: .long, help: "Series to track.")
    var series = SeriesID.tradeTotal.rawValue

    @Option(name: .long, help: "Year to track (default: the latest year with part-year figures).")
    var year: Int?

    @Option(name: .customLong("as-of"), help: "Ignore figures after this month or year-to-date period (2025-09, 2025-H1).")
    var asOf: String?

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: TextFormat = .table

    func run() throws {
        try runPrinting(output)
    }

    /// The command's whole output as text.
    func output() throws -> String {
        var period: Period?
        if let asOf {
            guard let parsed = Period(parsing: asOf) else {
                throw CommandFailure(ExitStatus.usage, "--as-of '\(asOf)' is not a period; write a month such as 2025-09 or a period from January such as 2025-H1")
            }
            period = parsed
        }
        if let year, let period, period.year != year {
            throw CommandFailure(ExitStatus.usage, "--year \(year) and --as-of \(period) name different years; give one of them")
        }
        let data = try DatasetInput.valid(dataset)
        let tracker = try YearTracker(dataset: data, seriesID: series, year: year, asOf: period)
        let track = tracker.track()
        switch format {
        case .json: return try jsonText(track)
        case .csv: return Self.csv(track)
        case .table: return Self.table(track, dataset: data)
        }
    }

    /// One row per figure: `kind,period,after,target,deadline,value_usd,prior_usd,growth,qualifier,basis`.
    static func csv(_ t: YearTrack) -> String {
        var lines = ["kind,period,after,target,deadline,value_usd,prior_usd,growth,qualifier,basis"]
        let l = t.latest
        lines.append(["latest", l.period, "", "", "", Say.number(l.value), Say.number(l.priorValue), Say.number(l.growth),
                      l.qualifier, l.priorBasis?.rawValue ?? ""].joined(separator: ","))
        for r in t.remainders {
            lines.append(["remainder", r.period, r.after, "", "", Say.number(r.value), Say.number(r.priorValue), Say.number(r.growth),
                          r.qualifier, r.priorBasis?.rawValue ?? ""].joined(separator: ","))
        }
        for r in t.required {
            lines.append(["required", "\(t.year)", "", Say.csv(r.target), r.deadline.map(String.init) ?? "", Say.number(r.yearValue),
                          Say.number(t.priorYearValue), Say.number(r.remainingGrowth), "", ""].joined(separator: ","))
        }
        lines.append(["projection", "\(t.year)", "", "", "", Say.number(t.projection.value), Say.number(t.priorYearValue), "", "",
                      t.projection.method.rawValue].joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }
}

extension TrackerError: ExitStatusProviding {
    /// A series without part-year figures is a problem with the data; the rest are arguments.
    public var exitStatus: Int32 {
        if case .noPartYearFigures = self { return ExitStatus.dataError }
        return ExitStatus.usage
    }
}
