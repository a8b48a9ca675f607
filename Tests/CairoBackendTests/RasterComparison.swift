import Foundation

/// Rasterises SVG files with the programs a reader's machine uses (librsvg's `rsvg-convert`,
/// headless Chromium) and compares the rasters pixel by pixel.
enum RasterComparison {
    /// How two rasters of the same size differ: the share of pixels whose largest channel
    /// difference is above `tolerance` (0…255), and the mean channel difference over all pixels.
    struct Difference: CustomStringConvertible {
        var changedShare: Double
        var meanDifference: Double
        var description: String {
            "\(String(format: "%.3f", changedShare * 100)) % of pixels changed, mean difference \(String(format: "%.3f", meanDifference))"
        }
    }

    static let tolerance = 64

    static func executable(_ candidates: [String]) -> String? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var rsvgConvert: String? { executable(["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]) }
    static var chromium: String? { executable(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) }

    /// The SVG as PNG through `rsvg-convert` at its own size.
    static func rsvg(_ svg: [UInt8]) throws -> [UInt8] {
        guard let tool = rsvgConvert else { throw Failure.missing("rsvg-convert") }
        return try run(tool, input: svg, arguments: { input, output in [input, "-o", output] })
    }

    /// The SVG as a screenshot of headless Chromium, in a window of the SVG's size.
    static func chromium(_ svg: [UInt8], width: Int, height: Int) throws -> [UInt8] {
        guard let tool = chromium else { throw Failure.missing("chromium") }
        return try run(tool, input: svg, arguments: { input, output in
            ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--force-device-scale-factor=1", "--window-size=\(width),\(height)", "--screenshot=\(output)",
             URL(fileURLWithPath: input).absoluteString]
        })
    }

    private static func run(_ tool: String, input svg: [UInt8], arguments: (String, String) -> [String]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradechart-raster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.svg").path, output = folder.appendingPathComponent("chart.png").path
        try Data(svg).write(to: URL(fileURLWithPath: input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments(input, output)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let png = FileManager.default.contents(atPath: output) else {
            throw Failure.failed(tool, process.terminationStatus)
        }
        return Array(png)
    }

    /// The difference of two PNGs of the same size; nil when they cannot be decoded or differ in size.
    static func difference(_ a: [UInt8], _ b: [UInt8]) -> Difference? {
        guard let x = DecodedPNG(a), let y = DecodedPNG(b), x.width == y.width, x.height == y.height else { return nil }
        var changed = 0, total = 0
        for row in 0..<x.height {
            for column in 0..<x.width {
                let p = x.pixel(column, row), q = y.pixel(column, row)
                let d = [abs(p.r - q.r), abs(p.g - q.g), abs(p.b - q.b)]
                total += d.reduce(0, +)
                if (d.max() ?? 0) > tolerance { changed += 1 }
            }
        }
        let pixels = Double(x.width * x.height)
        return Difference(changedShare: Double(changed) / pixels, meanDifference: Double(total) / (pixels * 3))
    }

    enum Failure: Error { case missing(String), failed(String, Int32) }
}
