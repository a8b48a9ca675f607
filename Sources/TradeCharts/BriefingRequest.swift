import ChartKit
import ChartScene
import FileIO
import Foundation
import TradeAnalysis
import TradeData
import NumberText

/// Everything a briefing pack is made from, as the CLI (or any caller) states it. The wiring
/// (the base year a scenario file is read against, the horizon, the series) is worked out by
/// `BriefingPack.make(_:)`, not by the caller.
public struct BriefingRequest: Sendable {
    public var dataset: Dataset
    public var language: Language
    /// The series analysed against the targets.
    public var series: SeriesID
    /// Scenario YAML files; empty for the default scenarios. Two or more are compared side by side,
    /// each set named by its `title:` (else its file name), scenario ids kept distinct. A path that
    /// does not exist is an error.
    public var scenarioFiles: [String]
    /// A year assumed for targets without a stated year (`--horizon 2030`): they are then read at
    /// it, and every place that uses it says "assumed horizon". Projections reach at least it.
    public var horizon: Int?
    /// Targets stated by the caller (`20 billion USD by 2030`), added to the dataset's (see `TargetText`).
    public var targets: [String]
    /// Chart image formats, in any order (a pack lists them png, svg, pdf).
    public var formats: [OutputFormat]
    /// Word and PowerPoint files written beside report.md (report.docx, briefing.pptx).
    public var documents: [DocumentFormat]
    /// PNG scale factor.
    public var scale: Double
    /// The size every chart is made for (default: `BriefingPack.defaultChartSize`).
    public var chartSize: ChartSize
    /// Parallel rendering jobs.
    public var jobs: Int
    /// How the renderer writes SVG text; with `.text` report.html inlines the SVGs (see `ReportDocument.html`).
    public var svgText: SVGTextMode

    public init(dataset: Dataset, language: Language = .en, series: SeriesID = BriefingContext.tradeSeries,
                scenarioFiles: [String] = [], horizon: Int? = nil, targets: [String] = [], formats: [OutputFormat] = [.png, .svg],
                documents: [DocumentFormat] = [], scale: Double = 1, chartSize: ChartSize = BriefingPack.defaultChartSize,
                jobs: Int = 1,
                svgText: SVGTextMode = .outlines) {
        self.dataset = dataset; self.language = language; self.series = series; self.scenarioFiles = scenarioFiles
        self.horizon = horizon; self.targets = targets; self.formats = formats; self.documents = documents
        self.scale = scale; self.chartSize = chartSize; self.jobs = jobs; self.svgText = svgText
    }
}

/// Why a briefing pack could not be made. One lowercase line; the CLI adds option hints.
public enum BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The scenario file does not exist.
    case missingInput(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// The file is above the YAML size limit or not UTF-8 text (`path:1:1: …`).
    case badInput(path: String, reason: String)
    /// A format the pack cannot hold (the scene dump is not a pack format).
    case unsupportedFormat(OutputFormat)
    /// The dataset supports none of the standard charts: the series analysed is missing or has no
    /// full-year figure, and there are no exports, imports or investment series either.
    case nothingDrawn(series: SeriesID, available: [String])

    public var description: String {
        switch self {
        case .missingInput(let path): "\(path): no such scenario file"
        case .unreadable(let path): "\(path): cannot read the file"
        case .badInput(let path, let reason): "\(path):1:1: \(reason)"
        case .unsupportedFormat(let format): "unknown chart format '\(format.rawValue)': expected png, svg or pdf"
        case .nothingDrawn(let series, let available):
            "no chart can be drawn: no '\(series)' series with a full-year figure"
                + (available.isEmpty ? "" : " (the dataset has \(available.joined(separator: ", ")))")
        }
    }
}

/// Reading the user's scenario file (size-limited, UTF-8) through FileIO's one bounded reader,
/// for the report and the scenarios command.
public enum ScenarioInput {
    /// The text of the scenario file at `path`; `maxBytes` is SafeYAML's default document limit.
    public static func read(_ path: String, maxBytes: Int = 4 << 20) throws(BriefingError) -> String {
        do {
            return try BoundedFile.readText(path: path, limit: maxBytes)
        } catch {
            switch error {
            case .missing: throw .missingInput(path: path)
            case .folder, .notRegular, .unreadable: throw .unreadable(path: path)
            case .tooLarge(_, let size, let limit):
                throw .badInput(path: path, reason: "the file is \(size) bytes; YAML files are limited to \(limit) bytes")
            case .notText: throw .badInput(path: path, reason: "the file is not UTF-8 text")
            }
        }
    }
}
