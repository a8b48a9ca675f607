import Foundation

/// Writes a file so that readers see either the old contents or the new, never a partial file.
/// (The Cairo backend has its own for rendered charts; this one serves the report and scene dumps.)
public enum AtomicFile {
    /// Writes `data` to `path` through a temporary file and a rename; throws `PackError.cannotWrite`.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temp)
            guard rename(temp.path, url.path) == 0 else {
                throw PackError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as PackError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw PackError.cannotWrite(path, reason: PackWriter.reason(error))
        }
    }
}
