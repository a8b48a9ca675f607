import ArgumentParser
import TradeAnalysis
import TradeData

/// Options shared by the analysis commands.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .long, help: "Dataset folder or file, or a shipped dataset's name from `tradechart data list` (default: vietnam-laos).")
    var dataset: String?

    @Option(name: .long, help: "Series to analyse (trade.total, \"Trade total\" mean trade_total).")
    var series = SeriesID.tradeTotal.rawValue

    @Option(name: .long, help: "Base year (default: the latest full year).")
    var base: String?

    @Option(name: .long, help: "A year to assume for targets without a stated year (every output then says \"assumed horizon\").")
    var horizon: Int?

    @Option(name: .customLong("target"), help: "A target to analyse besides the dataset's, repeatable: \"20 billion USD by 2030\", \"20 tỷ USD vào năm 2030\", \"5..10 billion USD by 2027..2028\", \"20 billion USD\" (no year).")
    var targets: [String] = []

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: TextFormat = .table

    /// The analyzer for these options.
    func analyzer() throws -> TargetAnalyzer {
        var data = try DatasetInput.valid(dataset)
        for (i, text) in targets.enumerated() { data.targets += try TargetText.parse(text, series: SeriesID(series), index: i + 1) }
        var period: Period?
        if let base {
            guard let parsed = Int(base).flatMap(Period.year) else {
                throw CommandFailure(ExitStatus.usage, "--base '\(base)' is not a year; write a full year such as 2025")
            }
            period = parsed
        }
        var analyzer = try TargetAnalyzer(dataset: data, seriesID: SeriesID(series), basePeriod: period)
        analyzer.assumedHorizon = horizon
        return analyzer
    }
}

/// `tradechart targets`: the growth each target needs and whether the current pace is enough.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Show the growth the trade targets require and whether the current pace is enough."
    )

    @OptionGroup var options: AnalysisOptions

    func run() throws {
        try runPrinting(output)
    }

    /// The command's whole output as text.
    func output() throws -> String {
        let analyzer = try options.analyzer()
        let analysis = analyzer.analyze()
        switch options.format {
        case .json: return try jsonText(analysis)
        case .csv: return Self.csv(analysis)
        case .table: return Self.table(analysis, title: analyzer.dataset.title.en)
        }
    }

    /// `Base: 2025 two-way trade 2.98 billion USD (MoIT, via SGGP 2026-01-15)`, with the base's
    /// qualifier when it is not a plain figure.
    static func baseLine(_ base: TargetAnalysis.Base, seriesLabel: String?, series: String) -> String {
        let what = seriesLabel.map { $0.prefix(1).lowercased() + $0.dropFirst() } ?? series
        var line = "Base: \(base.period) \(what) \(Say.money(base.value)) (\(base.citation))"
        switch base.qualifier {
        case .range: line += ", a range of \(Say.money(base.low ?? base.value)) to \(Say.money(base.high ?? base.value))"
        case .atLeast: line += ", a lower bound (\"more than\")"
        case .atMost: line += ", an upper bound (\"less than\")"
        case .approximate: line += ", approximate"
        case .exact: break
        }
        if base.status != .final { line += ", \(base.status.rawValue)" }
        return line
    }
}
