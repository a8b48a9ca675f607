import ChartScene
import Testing
@testable import ChartKit

@Suite("Category axis labels")
struct CategoryAxisTests {
    static let products = ["Machinery and equipment", "Iron and steel products", "Petroleum and fuels", "Fertilisers and chemicals",
                           "Vehicles and spare parts", "Textiles and garments", "Food and beverages", "Plastic products"]

    func scene(_ categories: [String]) throws -> Scene {
        try Support.builder.scene(for: Support.spec(.bar, [
            ("product", categories), ("value", categories.indices.map { String(100 - $0) }),
        ]))
    }

    @Test("long categories wrap onto two lines instead of being thinned")
    func wrapped() throws {
        let scene = try scene(Self.products)
        let labels = scene.texts(role: "tick-label").filter { $0.rotation == 0 && $0.anchor == .middle }
        #expect(scene.paths(role: "tick").count == 8)
        #expect(labels.prefix(2).map(\.text) == ["Machinery and", "equipment"])
        #expect(labels.map(\.text).joined(separator: " ") == Self.products.joined(separator: " "))
        #expect(Support.overlaps(scene) == [])
        #expect(Support.outside(scene) == [])
    }

    @Test("categories too long for two lines are turned −90° and cut, every one kept")
    func rotated() throws {
        let names = Self.products + ["Wood and wood products", "Electrical cables and wires", "Pharmaceuticals",
                                     "Cement and clinker", "Coffee and tea", "Rubber and rubber articles"]
        let scene = try scene(names)
        let labels = scene.texts(role: "tick-label").filter { $0.rotation == -90 }
        #expect(labels.count == 14)
        #expect(labels.allSatisfy { $0.anchor == .end })
        #expect(Support.overlaps(scene) == [])
        #expect(Support.outside(scene) == [])
    }

    @Test("short categories stay on one line")
    func flat() throws {
        let scene = try scene(["A", "B", "C"])
        #expect(scene.texts(role: "tick-label").filter { $0.anchor == .middle }.map(\.text) == ["A", "B", "C"])
    }

    @Test("only when turned labels are taller than a band is wide are they thinned")
    func thinned() throws {
        let names = (1...120).map { "Category number \($0)" }
        let scene = try scene(names)
        let labels = scene.texts(role: "tick-label").filter { $0.rotation == -90 }
        #expect(labels.count < 120 && labels.count >= 30)
        #expect(labels.first?.text == "Category number 1")
        #expect(Support.overlaps(scene) == [])
    }
}
