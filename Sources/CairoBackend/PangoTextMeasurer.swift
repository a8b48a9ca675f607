import ChartScene
import Foundation

/// Measures text with Pango exactly as `CairoRenderer` lays it out (same font options, same
/// font fallback), so layout computed with it matches PNG, SVG and PDF output.
///
/// Measuring uses the calling thread's `PangoTextEngine`, the same font maps the renderer draws
/// with on that thread; all instances share a cache per font and text, guarded by a lock, so
/// measuring is safe from any thread and repeated strings cost a dictionary lookup.
public struct PangoTextMeasurer: TextMeasurer {
    public init() {}

    /// Width of the logical line box, and ascent/descent from the baseline to its top/bottom.
    /// Returns zero metrics if Pango cannot be set up (no fonts at all).
    public func measure(_ text: String, font: Font) -> TextMetrics {
        SharedMeasurer.shared.measure(text, font: font)
    }
}

/// The process-wide measuring engine and its cache.
final class SharedMeasurer: @unchecked Sendable {
    static let shared = SharedMeasurer()

    private struct Key: Hashable {
        var text: String
        var font: Font
    }

    /// Entries kept before the cache is emptied, bounding memory for endless distinct strings.
    private static let cacheLimit = 50_000
    private let lock = NSLock()
    private var cache: [Key: TextMetrics] = [:]

    func measure(_ text: String, font: Font) -> TextMetrics {
        let key = Key(text: text, font: font)
        lock.lock()
        let hit = cache[key]
        lock.unlock()
        if let hit { return hit }
        guard let engine = try? PangoTextEngine.current() else { return TextMetrics(width: 0, ascent: 0, descent: 0) }
        let metrics = engine.setLine(text, font: font).metrics
        lock.lock()
        defer { lock.unlock() }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = metrics
        return metrics
    }
}
