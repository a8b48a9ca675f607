import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// Charts made for where they are placed: text sizes are points at the chart's physical size
/// (scene px at 96 per inch), and a smaller chart reflows instead of shrinking its text.
@Suite("Sized layout")
struct SizedLayoutTests {
    static let column = NamedChartSize.a4Column.chartSize
    static let slide = NamedChartSize.slide.chartSize
    /// Points per scene px: the scene is placed at its own size, 96 px per inch.
    static let pointsPerPixel = 72.0 / 96
    /// Roles of small print: ticks, axis captions, notes and the source (at least 7 pt); every
    /// other text is body text (at least 8 pt).
    static let smallPrint: Set<String> = ["tick-label", "axis-label", "category-label", "note", "source"]

    static func years(_ range: ClosedRange<Int>, series names: [String], size: ChartSize, mark: MarkType = .line,
                      title: String = "Test chart") throws -> ChartSpec {
        let years = range.map(String.init)
        var spec = try Support.spec(mark, [
            ("year", names.flatMap { _ in years }),
            ("k", names.flatMap { name in years.map { _ in name } }),
            ("value", names.indices.flatMap { s in years.indices.map { i in String(Double(100 + 10 * i + 35 * s)) } }),
        ]) { $0.color = names.count > 1 ? "k" : nil } configure: {
            $0.size = size; $0.title = title
            $0.notes = ["Figures for the last year are preliminary; earlier years were revised by the statistics office."]
        }
        spec.x = XAxisSpec(type: .period)
        return spec
    }

    /// Every text of `scene` with a size below the minimum for its role, in points.
    static func belowMinimum(_ scene: Scene) -> [String] {
        scene.texts().compactMap { text in
            let points = text.font.size * pointsPerPixel
            let minimum = smallPrint.contains(text.role ?? "") ? 7.0 : 8.0
            return points < minimum ? "'\(text.text)' [\(text.role ?? "")] \(points) pt" : nil
        }
    }

    static var sampleSpecs: [(String, ChartSpec)] {
        get throws {
            let names = ["Exports of goods", "Imports of goods", "Services", "Investment"]
            return [
                ("lines", try years(2000...2025, series: names, size: .default)),
                ("bars", try years(2014...2025, series: ["Trade"], size: .default, mark: .bar)),
                ("grouped", try years(2018...2025, series: Array(names.prefix(2)), size: .default, mark: .bar)),
                ("long title", try years(2010...2025, series: ["Trade"], size: .default,
                                         title: "Two-way trade between the two countries against the goal the governments set for 2030")),
            ]
        }
    }

    @Test("at every named size no text is below 8 pt (notes and ticks 7 pt), none overlaps, all inside",
          arguments: NamedChartSize.allCases)
    func textAtLeastTheMinimums(named: NamedChartSize) throws {
        for (name, spec) in try Self.sampleSpecs {
            var spec = spec
            spec.size = named.chartSize
            let scene = try Support.builder.scene(for: spec)
            #expect(Self.belowMinimum(scene).isEmpty, "\(name) at \(named.rawValue): \(Self.belowMinimum(scene))")
            #expect(Support.overlaps(scene).isEmpty, "\(name) at \(named.rawValue): \(Support.overlaps(scene))")
            #expect(Support.outside(scene).isEmpty, "\(name) at \(named.rawValue): \(Support.outside(scene))")
        }
    }

    @Test("a smaller chart keeps its text sizes (ticks 9 pt, notes 8.25 pt) instead of scaling the drawing down")
    func textKeepsItsSize() throws {
        let wide = try Support.builder.scene(for: try Self.years(2000...2025, series: ["Trade"], size: .default))
        let narrow = try Support.builder.scene(for: try Self.years(2000...2025, series: ["Trade"], size: Self.column))
        #expect(abs(narrow.size.width / LengthUnit.cm.pixels - 16) < 1e-9)
        for role in ["tick-label", "note", "source"] {
            let wideSizes = Set(wide.texts(role: role).map(\.font.size)), narrowSizes = Set(narrow.texts(role: role).map(\.font.size))
            #expect(!narrowSizes.isEmpty && narrowSizes == wideSizes, "\(role): \(narrowSizes) vs \(wideSizes)")
        }
        #expect(narrow.texts(role: "tick-label").allSatisfy { $0.font.size * Self.pointsPerPixel == 9 })
        #expect(narrow.texts(role: "source").allSatisfy { $0.font.size * Self.pointsPerPixel == 8.25 })
        let title = try #require(narrow.texts(role: "title").first)
        #expect(title.font.size * Self.pointsPerPixel == 13, "a chart under 18 cm gets the compact 13 pt title")
        #expect(try #require(wide.texts(role: "title").first).font.size * Self.pointsPerPixel == 15)
    }

    @Test("a narrower chart thins its year ticks")
    func tickThinning() throws {
        let wide = try Support.builder.scene(for: try Self.years(1996...2025, series: ["Trade"], size: .default))
        let narrow = try Support.builder.scene(for: try Self.years(1996...2025, series: ["Trade"], size: Self.column))
        let square = try Support.builder.scene(for: try Self.years(1996...2025, series: ["Trade"], size: NamedChartSize.square.chartSize))
        let counts = [wide, narrow, square].map { scene in scene.texts(role: "tick-label").filter { $0.anchor == .middle }.count }
        #expect(counts[1] < counts[0] && counts[2] <= counts[1], "x ticks: \(counts)")
    }

    @Test("a long title wraps to more lines in a column, whole, instead of being cut")
    func titleWraps() throws {
        let title = "Two-way trade between the two countries against the goal the governments set for 2030, "
            + "and the rates of growth each of the targets would need from the latest full year"
        let wide = try Support.builder.scene(for: try Self.years(2010...2025, series: ["Trade"], size: .default, title: title))
        let narrow = try Support.builder.scene(for: try Self.years(2010...2025, series: ["Trade"], size: Self.column, title: title))
        let lines = (wide: wide.texts(role: "title"), narrow: narrow.texts(role: "title"))
        #expect(lines.narrow.count > lines.wide.count, "\(lines.narrow.count) lines vs \(lines.wide.count)")
        #expect(lines.narrow.count <= 3)
        #expect(lines.narrow.map(\.text).joined(separator: " ") == title)
    }

    @Test("in a column, names that fit in 28% of the width stay at the line ends, whole; longer ones go to the legend, which wraps")
    func fewerDirectLabels() throws {
        let names = ["Machinery and equipment", "Fuels and mineral products", "Agricultural products", "Wood and wood products"]
        let wide = try Support.builder.scene(for: try Self.years(2015...2025, series: names, size: .default))
        let narrow = try Support.builder.scene(for: try Self.years(2015...2025, series: names, size: Self.column))
        #expect(Set(wide.texts(role: "end-label").map(\.text)) == Set(names))
        // A narrow canvas gives end labels up to 28% of its width (a slide-wide one 22%).
        let font = Theme.briefing.sized(for: Self.column).label
        let cap = narrow.size.width * 0.28
        #expect(names.allSatisfy { Support.measurer.measure($0, font: font).width <= cap })
        let ends = narrow.texts(role: "end-label")
        #expect(Set(ends.map(\.text)) == Set(names), "every name whole at its line's end")
        #expect(narrow.texts(role: "legend").isEmpty)
        for label in ends { #expect(label.bounds(measurer: Support.measurer).maxX <= narrow.size.width) }
        #expect(Support.overlaps(narrow).isEmpty, "\(Support.overlaps(narrow))")

        // Names wider than the cap are not cut at the line ends: they go to the legend.
        let long = names.map { "\($0), including parts and accessories" }
        #expect(long.allSatisfy { Support.measurer.measure($0, font: font).width > cap })
        let crowded = try Support.builder.scene(for: try Self.years(2015...2025, series: long, size: Self.column))
        #expect(crowded.texts(role: "end-label").isEmpty)
        let inLegend = crowded.texts(role: "legend").map(\.text)
        #expect(Set(inLegend) == Set(long), "every series is named once, in full")
        #expect(Set(crowded.texts(role: "legend").map(\.position.y)).count > 1, "the legend wraps into rows")
    }

    @Test("the slide size sets text a third larger: ticks 12 pt, notes 11 pt")
    func slideType() throws {
        let scene = try Support.builder.scene(for: try Self.years(2010...2025, series: ["Trade"], size: Self.slide))
        #expect(abs(scene.size.width / LengthUnit.cm.pixels - 25) < 1e-9)
        #expect(scene.texts(role: "tick-label").allSatisfy { abs($0.font.size * Self.pointsPerPixel - 12) < 1e-9 })
        #expect(scene.texts(role: "source").allSatisfy { abs($0.font.size * Self.pointsPerPixel - 11) < 1e-9 })
        #expect(scene.texts(role: "title").allSatisfy { abs($0.font.size * Self.pointsPerPixel - 20) < 1e-9 })
    }
}
