/// The file formats the Cairo backend writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A raster image; its size follows the render scale.
    case png
    /// A vector image in CSS pixel units, with `<title>` and `<desc>` for accessibility.
    case svg
    /// A single-page vector document with embedded fonts and fixed metadata.
    case pdf

    /// The format for a file extension, case-insensitive, with or without the leading dot:
    /// `OutputFormat(fileExtension: "PNG") == .png`; `nil` for an unknown extension.
    public init?(fileExtension: String) {
        var ext = Substring(fileExtension)
        if ext.hasPrefix(".") { ext = ext.dropFirst() }
        self.init(rawValue: ext.lowercased())
    }

    /// The format for a path's extension (`"out/chart.svg"` → `.svg`); `nil` when it has none or an unknown one.
    public init?(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(fileExtension: String(name[name.index(after: dot)...]))
    }
}
