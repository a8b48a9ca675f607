import Foundation

/// Why a file could not be written: the path, the stage, and the system's reason.
///
/// `description` is one lowercase line naming both: `cannot write 'out/chart.png': no space left on device`.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Stage: Sendable, Equatable {
        /// Creating the file (or its temporary sibling, or a folder) failed.
        case create
        /// Writing, flushing or renaming failed.
        case write
    }

    public var stage: Stage
    public var path: String
    /// The `errno` value (0 when there is none).
    public var code: Int32
    /// The system's message in lowercase: "permission denied".
    public var reason: String

    public init(_ stage: Stage, path: String, code: Int32, reason: String? = nil) {
        self.stage = stage
        self.path = path
        self.code = code
        self.reason = reason ?? Self.describe(code)
    }

    /// True when the device failed or is full (disk full, quota, I/O error, file too large): an I/O
    /// error (exit 74) rather than an output that cannot be created (exit 73).
    public var isDeviceFailure: Bool {
        [ENOSPC, EDQUOT, EIO, EFBIG].contains(code)
    }

    public var description: String {
        switch stage {
        case .create: "cannot create '\(path)': \(reason)"
        case .write: "cannot write '\(path)': \(reason)"
        }
    }

    /// `strerror(code)` with a lowercase first letter: "permission denied".
    public static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
