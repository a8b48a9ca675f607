import CRenameExchange
import Foundation

/// Swaps two paths of one file system in a single step (`renameat2` with `RENAME_EXCHANGE`):
/// anyone opening either path sees the old entry or the new one, never neither and never a mix.
public enum FolderExchange {
    /// What an exchange did.
    public enum Outcome: Equatable, Sendable {
        case exchanged
        /// The kernel or file system cannot exchange (or the paths are on different file
        /// systems): nothing changed, and the caller should fall back to another way.
        case unsupported
    }

    /// Exchanges `first` and `second`, which must both exist.
    /// - Throws: `FileWriteError` for any other failure (nothing changed).
    public static func exchange(_ first: String, _ second: String) throws(FileWriteError) -> Outcome {
        if tradechart_rename_exchange(first, second) == 0 { return .exchanged }
        let code = errno
        switch code {
        case EINVAL, ENOSYS, EXDEV, EBUSY, EOPNOTSUPP: return .unsupported
        default: throw FileWriteError(.write, path: second, code: code)
        }
    }
}
