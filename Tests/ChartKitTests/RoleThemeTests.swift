import ChartScene
import Foundation
import Testing
@testable import ChartKit

/// Roles and themes: one meaning per colour, dashes for paths in every theme, contrast, and
/// colour-vision-deficiency simulation.
@Suite("Roles and themes")
struct RoleThemeTests {
    static let fills: Set<MarkRole> = [.goal, .fan]

    /// Machado, Oliveira & Fernandes (2009) full-severity matrices, applied in linear RGB.
    static let deuteranopia = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    static let protanopia = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    /// CIE L*a*b* (D65) of a linear-RGB triple.
    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? pow(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func simulated(_ c: Color, _ m: [[Double]]?) -> [Double] {
        let rgb = [c.red, c.green, c.blue].map(linear)
        guard let m else { return lab(rgb) }
        return lab(m.map { row in max(0, min(1, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) })
    }

    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }

    @Test("every theme: path roles are dashed, reported history solid", arguments: ThemeName.allCases)
    func dashesKeepTheirMeaning(theme: ThemeName) {
        let t = Theme.named(theme)
        for role in MarkRole.allCases {
            #expect(t.style(role).dash.isEmpty != role.isPath, "\(theme) \(role)")
        }
    }

    @Test("print lines are grey and at least 3:1 on white; dark lines at least 3:1 on the dark background",
          arguments: ThemeName.allCases)
    func contrast(theme: ThemeName) {
        let t = Theme.named(theme)
        for role in MarkRole.allCases where !Self.fills.contains(role) {
            let c = t.style(role).color
            #expect(c.contrast(with: t.background) >= 3, "\(theme) \(role): \(c.contrast(with: t.background))")
            if theme == .print { #expect(c.red == c.green && c.green == c.blue, "\(role) is not grey") }
        }
    }

    @Test("roles drawn together stay apart under deuteranopia and protanopia (or differ in dash, or in print in lightness)",
          arguments: ThemeName.allCases)
    func colourVision(theme: ThemeName) {
        let t = Theme.named(theme)
        for group in MarkRole.drawnTogether {
            for (i, a) in group.enumerated() {
                for b in group.dropFirst(i + 1) where Self.fills.contains(a) == Self.fills.contains(b) {
                    let sa = t.style(a), sb = t.style(b)
                    if sa.color == sb.color && sa.dash == sb.dash && (a == .history && b == .actual) { continue }
                    for (name, m) in [("normal", nil), ("deuteranopia", Self.deuteranopia), ("protanopia", Self.protanopia)] {
                        let d = Self.distance(Self.simulated(sa.color, m), Self.simulated(sb.color, m))
                        let differentDash = sa.dash != sb.dash || sa.hatch != sb.hatch
                        #expect(d >= 12 || (differentDash && d >= 5), "\(theme) \(name): \(a) vs \(b) ΔE \(d)")
                    }
                }
            }
        }
    }

    @Test("a role means one colour in every chart: the same role gives the same colour whatever the layer order")
    func oneMeaning() throws {
        func lineColor(_ layers: [Layer]) throws -> [Color] {
            let t = try Support.table([("year", ["2020", "2021", "2022"]), ("value", ["1", "2", "3"]), ("other", ["2", "3", "4"])])
            let spec = ChartSpec(data: ["t": .inline(t)], layers: layers)
            return try Support.builder.scene(for: spec).paths(role: "line").compactMap { $0.stroke?.color }
        }
        let a = try lineColor([Layer(mark: .line, data: "t", x: "year", y: "value", name: "A", role: .history),
                               Layer(mark: .line, data: "t", x: "year", y: "other", name: "B", role: .required)])
        let b = try lineColor([Layer(mark: .line, data: "t", x: "year", y: "other", name: "B", role: .required),
                               Layer(mark: .line, data: "t", x: "year", y: "value", name: "A", role: .history)])
        #expect(a.first == b.last && a.last == b.first)
        #expect(a.first == Theme.briefing.style(.history).color)
    }

    @Test("print theme: history solid even when it is not the first layer; paths dashed")
    func printHistorySolid() throws {
        let t = try Support.table([("year", ["2020", "2021", "2022"]), ("value", ["1", "2", "3"]), ("upper", ["2", "3", "4"])])
        var spec = ChartSpec(data: ["t": .inline(t)], layers: [
            Layer(mark: .band, data: "t", x: "year", y: "value", y2: "upper", name: "Goal", role: .goal),
            Layer(mark: .line, data: "t", x: "year", y: "value", name: "Reported", role: .history),
            Layer(mark: .line, data: "t", x: "year", y: "upper", name: "Path", role: .projection),
        ])
        spec.theme = .print
        let lines = try Support.builder.scene(for: spec).paths(role: "line")
        #expect(lines.count == 2)
        #expect(lines[0].stroke?.dash.isEmpty == true)
        #expect(lines[1].stroke?.dash.isEmpty == false)
    }
}
