import CairoBackend
import ChartKit
import ChartScene
import Foundation
import TradeCharts

/// Renders many specs on the one worker pool, each worker with its own text measurer, showing a progress
/// bar when standard error is a terminal. Returns one error line per failed spec.
struct BatchRenderer {
    let specs: [String]
    let outDir: String
    let format: OutputFormat
    let style: ChartStyleOptions
    let jobs: Int

    func run() -> [String] {
        let progress = Progress(total: specs.count, visible: isatty(STDERR_FILENO) == 1)
        let specs = self.specs, outDir = self.outDir, format = self.format, style = self.style
        WorkerPool.forEach(count: specs.count, jobs: jobs, state: { PangoTextMeasurer() }) { index, measurer in
            let path = specs[index]
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let output = (outDir as NSString).appendingPathComponent("\(name).\(format.rawValue)")
            do {
                try RenderCommand.render(spec: path, to: output, format: format, style: style, measurer: measurer)
                progress.advance(failure: nil, index: index)
            } catch let error as ChartError {
                // One line per failed spec: its first problems and how many more.
                progress.advance(failure: "tradechart: error: " + error.summary, index: index)
            } catch {
                progress.advance(failure: Failure.message(for: error), index: index)
            }
        }
        return progress.finish()
    }

    /// Shared progress state; the lock keeps workers' updates and the bar consistent.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private let total: Int
        private let visible: Bool
        private var done = 0
        private var failures: [(Int, String)] = []

        init(total: Int, visible: Bool) {
            self.total = total
            self.visible = visible
        }

        func advance(failure: String?, index: Int) {
            lock.lock()
            defer { lock.unlock() }
            done += 1
            if let failure { failures.append((index, failure)) }
            if visible && (done == total || done % max(1, total / 50) == 0) {
                let width = 30
                let filled = done * width / max(total, 1)
                let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        }

        /// The failures in the order of the specs given.
        func finish() -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return failures.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
