import FileIO
import SafeYAML

/// Reading a user's YAML or JSON file (chart spec, scenario file) through FileIO's one bounded
/// reader, with SafeYAML's size limit and the CLI's exit statuses.
enum UserFile {
    /// The file's UTF-8 text; `what` names it in errors ("chart spec", "scenario file").
    static func readText(_ path: String, what: String, limit: Int = SafeYAML.Limits.default.maxBytes) throws -> String {
        do {
            return try BoundedFile.readText(path: path, limit: limit)
        } catch {
            switch error {
            case .missing: throw CommandFailure(ExitStatus.noInput, "\(path): no such \(what)")
            case .tooLarge(_, let size, let limit):
                throw CommandFailure(ExitStatus.dataError, "\(path):1:1: the file is \(size) bytes; YAML files are limited to \(limit) bytes")
            case .notText(_, let line, let column, _):
                throw CommandFailure(ExitStatus.dataError, "\(path):\(line):\(column): the file is not UTF-8 text")
            case .folder, .notRegular, .unreadable:
                throw CommandFailure(ExitStatus.ioError, error.description)
            }
        }
    }
}
