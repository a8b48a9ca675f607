/// Why the current-year tracker cannot run. One lowercase line naming what to change.
public enum TrackerError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownSeries(String, available: [String])
    /// The series has no figure that adds up to a year-to-date value.
    case noPartYearFigures(series: String, year: Int?)
    /// `--as-of` names a period that does not start in January or ends before any figure.
    case asOfNotYearToDate(String)

    public var description: String {
        switch self {
        case let .unknownSeries(id, available):
            "no series '\(id)' in the dataset; choose one of: \(available.joined(separator: ", "))"
        case let .noPartYearFigures(series, year):
            "series '\(series)' has no monthly, quarterly, half-year or year-to-date figures"
                + (year.map { " for \($0)" } ?? "") + "; the tracker needs figures from January onwards"
        case let .asOfNotYearToDate(text):
            "'\(text)' is not a month or a year-to-date period; write a month such as 2025-09 or a period from January such as 2025-H1"
        }
    }
}
