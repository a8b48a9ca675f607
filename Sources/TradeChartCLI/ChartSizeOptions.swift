import ArgumentParser
import ChartKit

/// `--size`, `--width`, `--height` and `--aspect`: the size a chart is made for, shared by
/// `render`, `plot` and `report`. Text keeps its point size, so a smaller chart reflows.
struct ChartSizeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Named size: a4-column (16×12 cm), a4-landscape (24.7×13.9 cm), slide (25×14.1 cm, text a third larger) or square (12×12 cm).",
                               valueName: "name"))
    var size: String?

    @Option(help: ArgumentHelp("Chart width with a unit: 16cm, 160mm, 6.3in, 454pt or 605px (the height follows the aspect).",
                               valueName: "length"))
    var width: String?

    @Option(help: ArgumentHelp("Chart height with a unit; with --width it sets both sides, alone it keeps the aspect.",
                               valueName: "length"))
    var height: String?

    @Option(help: ArgumentHelp("Width to height, such as 16:9, 4:3, 3:2 or 1:1.", valueName: "w:h"))
    var aspect: String?

    func validate() throws { _ = try request() }

    /// The size asked for; empty when no option is given.
    /// - Throws: `ValidationError` naming the option and the value at fault.
    func request() throws -> ChartSizeRequest {
        func read<T>(_ option: String, _ text: String?, _ parse: (String) throws(ChartSizeError) -> T) throws -> T? {
            guard let text else { return nil }
            do { return try parse(text) } catch { throw ValidationError("--\(option): \(error)") }
        }
        let request = ChartSizeRequest(
            named: try read("size", size, NamedChartSize.init(parsing:)),
            width: try read("width", width, Length.init(parsing:)),
            height: try read("height", height, Length.init(parsing:)),
            aspect: try read("aspect", aspect, AspectRatio.init(parsing:)))
        if request.width != nil, request.height != nil, request.aspect != nil {
            throw ValidationError("give two of --width, --height and --aspect, not all three")
        }
        return request
    }

    /// `base` resized as asked (unchanged when nothing is asked).
    /// - Throws: `ChartSizeError` when the result is too small or too large.
    func resolved(_ base: ChartSize) throws -> ChartSize { try request().resolved(base) }
}
