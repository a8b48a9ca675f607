import TradeData

/// Why an analysis could not start. Messages are one lowercase line naming what is wrong; the
/// CLI adds the option that changes it (`--base`).
public enum AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownSeries(String, available: [String])
    case noFullYearFigure(series: String)
    case baseNotFound(period: String, series: String)
    case baseNotFullYear(period: String)
    /// The base figure is zero or negative; `location` is where the data file states it.
    case baseNotPositive(period: String, location: SourceLocation? = nil)

    public var description: String {
        switch self {
        case let .unknownSeries(id, available):
            "no series '\(id)' in the dataset; choose one of: \(available.joined(separator: ", "))"
        case let .noFullYearFigure(series):
            "series '\(series)' has no full-year figure to use as a base"
        case let .baseNotFound(period, series):
            "series '\(series)' has no figure for \(period)"
        case let .baseNotFullYear(period):
            "\(period) is a part-year period; targets are yearly, so the base must be a full year"
        case let .baseNotPositive(period, location):
            (location.map { "\($0): " } ?? "") + "the \(period) figure is not positive, so growth from it is undefined"
        }
    }
}
