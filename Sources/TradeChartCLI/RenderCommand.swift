import ArgumentParser
import CairoBackend
import ChartKit
import ChartScene
import Foundation
import TradeCharts

/// `tradechart render SPEC.yaml -o OUT.png` — or many specs into a folder, in parallel.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render chart specs (YAML or JSON) to PNG, SVG, PDF or a JSON scene dump.",
        discussion: """
            One spec:    tradechart render chart.yaml -o chart.png
            Many specs:  tradechart render charts/*.yaml --out-dir out --format svg   (in parallel)
            A folder:    tradechart render charts/ --out-dir out   (its .yaml, .yml and .json files)
            For a Word column: tradechart render chart.yaml -o chart.pdf --size a4-column
            A chart keeps its spec's size unless --size, --width, --height or --aspect says otherwise.

            Every problem of a spec is listed with its line and column. With --out-dir each failed spec is one line, the others are still written, and the exit status is 65.
            """
    )

    @Argument(help: "Chart spec files (.yaml, .yml or .json), or folders of them.")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Output file for a single spec; its extension picks the format (.png, .svg, .pdf, .json).")
    var output: String?

    @Option(name: .customLong("out-dir"), help: "Output folder for several specs (one file per spec, named after it).")
    var outDir: String?

    @Option(help: "Format with --out-dir: png, svg, pdf or json.")
    var format: String = "png"

    @Option(help: "Parallel jobs with --out-dir (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var style: ChartStyleOptions

    func validate() throws {
        guard !specs.isEmpty else { throw ValidationError("give at least one chart spec file") }
        switch (output, outDir) {
        case (nil, nil): throw ValidationError("say where to write: -o FILE for one spec, or --out-dir DIR")
        case (.some, .some): throw ValidationError("use either -o or --out-dir, not both")
        case (.some(let path), nil):
            guard specs.count == 1 else { throw ValidationError("-o takes one spec; use --out-dir for \(specs.count) specs") }
            guard !Self.isFolder(specs[0]) else { throw ValidationError("'\(specs[0])' is a folder: use --out-dir to render the specs in it") }
            guard OutputFormat(path: path) != nil else {
                throw ValidationError("cannot tell the format of '\(path)': use a .png, .svg, .pdf or .json name")
            }
        case (nil, .some):
            guard OutputFormat(rawValue: format) != nil else {
                throw ValidationError("unknown format '\(format)': expected png, svg, pdf or json")
            }
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        if let output, let format = OutputFormat(path: output), let spec = specs.first {
            do {
                try Self.render(spec: spec, to: output, format: format, style: style, measurer: PangoTextMeasurer())
            } catch let error as ChartError {
                // Every problem of the spec, one line each.
                for line in error.lines { Failure.printError("tradechart: error: " + line) }
                throw ExitCode(error.exitStatus)
            } catch {
                try Failure.guarded { throw error }
            }
            return
        }
        guard let outDir, let format = OutputFormat(rawValue: format) else { return }
        let files = try Failure.guarded {
            let files = try Self.specFiles(specs)
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
            return files
        }
        let batch = BatchRenderer(specs: files, outDir: outDir, format: format, style: style,
                                  jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let failures = batch.run()
        for failure in failures { Failure.printError(failure) }
        if !failures.isEmpty {
            Failure.printError("tradechart: \(failures.count) of \(files.count) charts failed; the others were written to \(outDir)")
            throw ExitCode(ExitStatus.dataError)
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The spec files named: a folder stands for its .yaml, .yml and .json files (not its
    /// subfolders), in name order. A folder without any is an error (66).
    static func specFiles(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            guard isFolder(path) else { return [path] }
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            guard !names.isEmpty else {
                throw CommandFailure(ExitStatus.noInput, "\(path): no chart specs in this folder (.yaml, .yml or .json)")
            }
            return names.map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Reads, builds and writes one chart.
    static func render(spec path: String, to output: String, format: OutputFormat, style: ChartStyleOptions,
                       measurer: any TextMeasurer) throws {
        var spec = try SpecFile.read(path)
        try style.apply(to: &spec)
        let resolver = TradeDataResolver(baseDirectory: (path as NSString).deletingLastPathComponent)
        let scene = try ChartBuilder(measurer: measurer).scene(for: spec, resolver: resolver)
        try format.write(scene, to: output, scale: style.scale, svgText: style.svgText)
    }
}

/// Reading a chart spec file with clear errors.
enum SpecFile {
    static func read(_ path: String) throws -> ChartSpec {
        let text = try UserFile.readText(path, what: "chart spec")
        return path.lowercased().hasSuffix(".json")
            ? try ChartSpec.decode(json: text, file: path)
            : try ChartSpec.decode(yaml: text, file: path)
    }
}
