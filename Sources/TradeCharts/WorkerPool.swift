import Foundation

/// The one worker pool: runs indexed work on a fixed number of threads, each thread with its
/// own state (a text measurer, a chart builder) made once and never shared. Used by the
/// briefing pack's rendering and by `render --out-dir` batches.
///
/// ```swift
/// let sizes = WorkerPool.map(count: specs.count, jobs: 4, state: { PangoTextMeasurer() }) { index, measurer in
///     measure(specs[index], with: measurer)
/// }
/// ```
///
/// Work is handed out by index from a shared counter (not in fixed strides), so one slow item
/// does not hold back a worker's whole share, and nothing but `body`'s own results is kept.
public enum WorkerPool {
    /// Calls `body(index, state)` once for every index in `0..<count`, on at most `jobs` threads.
    /// Returns when every call has returned.
    public static func forEach<State>(count: Int, jobs: Int, state makeState: @Sendable () -> State,
                                      _ body: @Sendable (Int, State) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            let state = makeState()
            while let index = next.take(below: count) { body(index, state) }
        }
    }

    /// `body`'s results in index order.
    public static func map<State, Value: Sendable>(count: Int, jobs: Int, state makeState: @Sendable () -> State,
                                                   _ body: @Sendable (Int, State) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        forEach(count: count, jobs: jobs, state: makeState) { index, state in slots.set(index, body(index, state)) }
        return slots.values()
    }

    /// The next index to hand out.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below count: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < count else { return nil }
            value += 1
            return value - 1
        }
    }

    /// Results filled by the workers, one slot per index.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock(); defer { lock.unlock() }
            slots[index] = value
        }

        /// Every slot is filled once `forEach` has returned.
        func values() -> [Value] {
            lock.lock(); defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
