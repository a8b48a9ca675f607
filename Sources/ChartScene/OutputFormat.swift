/// The file formats a scene is written in, the one vocabulary of every layer: the Cairo backend
/// draws the images, the briefing pack lists them, the CLI parses them (`--formats png,svg`).
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A raster image; its size follows the render scale.
    case png
    /// A vector image in CSS pixel units, with `<title>` and `<desc>` for accessibility.
    case svg
    /// A single-page vector document with embedded fonts and fixed metadata.
    case pdf
    /// The scene itself as stable JSON text (`Scene.jsonDump()`), for tests and other renderers.
    case json

    /// The image formats, in the order a pack lists a chart's files.
    public static let images: [OutputFormat] = [.png, .svg, .pdf]

    /// True for the formats drawn by a renderer (not the scene dump).
    public var isImage: Bool { self != .json }

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

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
