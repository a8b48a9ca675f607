import ChartScene
import Testing

@testable import CairoBackend

/// The application font configuration must draw exactly what the system configuration draws.
@Suite("Application fonts")
struct ApplicationFontsTests {
    static let fonts = ApplicationFonts.shared

    @Test func theThemesFamiliesAreFound() throws {
        let fonts = try #require(Self.fonts, "Noto Sans and Noto Sans Lao are installed here (make setup)")
        #expect(fonts.families.contains("noto sans"))
        #expect(fonts.families.contains("noto sans lao"))
    }

    @Test func runsInTheThemesFamiliesStayInTheApplicationConfiguration() throws {
        let fonts = try #require(Self.fonts)
        #expect(fonts.canShape(SampleScenes.vietnamese, family: Font.defaultFamily))
        #expect(fonts.canShape(SampleScenes.lao, family: Font.defaultFamily))
        #expect(fonts.canShape("−2,5 % · 2015–2025", family: "Noto Sans,Noto Sans Lao"))
    }

    @Test func otherFamiliesAndMissingCharactersGoToTheSystem() throws {
        let fonts = try #require(Self.fonts)
        #expect(!fonts.canShape("Trade", family: "DejaVu Serif"))
        #expect(!fonts.canShape("Trade", family: "Noto Sans, serif"))
        #expect(!fonts.canShape("贸易 trade", family: Font.defaultFamily))
    }

    /// Vietnamese, Lao (stacked marks), medium, bold, italic and a minus sign from the fallback
    /// font; with `outside`, also a family outside the configuration and a character none of its
    /// fonts has.
    static func mixedScene(outside: Bool) -> Scene {
        var scene = SampleScenes.sample(title: "Kim ngạch – ການຄ້າ")
        var runs: [(String, Font)] = [
            ("−12,5 % so với 2024", Font(size: 16)),
            ("ເຈົ້າ ນ້ຳ ການຄ້າ", Font(size: 18, weight: .medium)),
            ("Nguồn: Tổng cục Thống kê", Font(size: 12, italic: true)),
            ("Ghi chú in đậm nghiêng", Font(size: 12, weight: .bold, italic: true)),
        ]
        if outside { runs += [("Serif từ hệ thống", Font(family: "DejaVu Serif", size: 14)), ("贸易 2025", Font(size: 14))] }
        for (index, run) in runs.enumerated() {
            scene.items.append(.text(TextItem(text: run.0, position: Point(x: 20, y: 230 + Double(index) * 24), font: run.1)))
        }
        return scene
    }

    static func render(_ scene: Scene, _ format: OutputFormat, applicationFonts: ApplicationFonts?) throws -> [UInt8] {
        try CairoRenderer().renderBytes(
            scene, format: format, scale: 1, engine: PangoTextEngine(applicationFonts: applicationFonts))
    }

    @Test(arguments: OutputFormat.allCases)
    func applicationAndSystemConfigurationsGiveTheSameBytes(format: OutputFormat) throws {
        let fonts = try #require(Self.fonts)
        let scene = Self.mixedScene(outside: false)
        let application = try Self.render(scene, format, applicationFonts: fonts)
        let system = try Self.render(scene, format, applicationFonts: nil)
        #expect(application.count > 1000)
        #expect(firstDifference(application, system) == nil)
    }

    /// Runs the application fonts cannot shape are drawn from the system configuration: the
    /// same pixels (in SVG and PDF their glyphs are a font subset of their own, so the bytes differ).
    @Test func runsOutsideTheConfigurationDrawTheSamePixels() throws {
        let fonts = try #require(Self.fonts)
        let scene = Self.mixedScene(outside: true)
        let application = try Self.render(scene, .png, applicationFonts: fonts)
        let system = try Self.render(scene, .png, applicationFonts: nil)
        #expect(firstDifference(application, system) == nil)
    }

    @Test func measurementsMatchTheSystemConfiguration() throws {
        let fonts = try #require(Self.fonts)
        let application = try PangoTextEngine(applicationFonts: fonts)
        let system = try PangoTextEngine(applicationFonts: nil)
        for (text, font) in [
            (SampleScenes.vietnamese, Font(size: 16)), (SampleScenes.lao, Font(size: 20, weight: .bold)),
            ("−3,4 %", Font(size: 12)), ("贸易", Font(size: 12)), ("Serif", Font(family: "DejaVu Serif", size: 12)),
        ] {
            let a = application.setLine(text, font: font).metrics
            let b = system.setLine(text, font: font).metrics
            #expect(a == b, "\(text)")
        }
        let noto = application.setLine("Trade 2025", font: Font(size: 14)).width
        let serif = application.setLine("Trade 2025", font: Font(family: "DejaVu Serif", size: 14)).width
        #expect(abs(noto - serif) > 0.5, "the system font is used for another family")
    }
}
