import Foundation
import TradeData

/// What every fuzz target shares: turning libFuzzer's bytes into text, and the invariants a
/// load must keep whatever the input. A broken invariant stops the process (libFuzzer records
/// the input as a crash), so the fuzzers find wrong answers as well as crashes.
public enum FuzzInput {
    /// The bytes as text, invalid UTF-8 replaced (the loaders' own UTF-8 check is tested apart).
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        guard let data, size > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Checks a load: one-line messages at real positions in `files`, finite figures within
    /// the documented magnitude, periods that print and parse back to themselves.
    public static func check(_ result: LoadResult, files: Set<String>) {
        for d in result.diagnostics {
            require(!d.message.isEmpty && !d.message.contains(where: \.isNewline), "message not one line: \(d)")
            require(d.location.line >= 1 && d.location.column >= 1, "position below 1:1: \(d)")
            require(files.contains(d.location.file) || d.location.file.isEmpty, "diagnostic names another file: \(d)")
        }
        for series in result.dataset.series {
            require(zip(series.observations, series.observations.dropFirst()).allSatisfy { $0.period <= $1.period },
                    "series \(series.id) is not sorted by period")
            for o in series.observations {
                let q = o.quantity
                for figure in [q.value, q.low, q.high].compactMap({ $0 }) {
                    require(figure.isFinite && abs(figure) <= InputLimits.maxMagnitude, "figure out of range: \(figure)")
                }
                require((q.low ?? q.value) <= q.value && q.value <= (q.high ?? q.value), "range does not hold its value: \(q)")
                require(Period(parsing: o.period.description) == o.period, "period does not round-trip: \(o.period)")
            }
        }
    }

    /// Stops the process with `message` when `condition` is false.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant: \(message())") }
    }
}
