// swift-tools-version:6.1
// The fuzz harness: one libFuzzer executable per parser that reads user files, built against the
// root package's libraries. Separate from the root package because each target links libFuzzer's
// `main`. Build and run with `make fuzz` (see ROBUSTNESS.md).
import PackageDescription

/// Every fuzz target: its name (source in `Sources/<name>/main.swift`, seeds in `corpus/<name>/`)
/// and the root package's library products it needs. Adding a target is one file and one line here;
/// the Makefile reads this list.
let fuzzTargets: [(name: String, products: [String])] = [
    ("FuzzCSV", ["TradeData"]),
    ("FuzzJSON", ["TradeData"]),
    ("FuzzDatasetYAML", ["TradeData"]),
    ("FuzzScenarioYAML", ["TradeData", "TradeAnalysis"]),
    ("FuzzFields", ["TradeData"]),
    ("FuzzChartSpec", ["ChartScene", "ChartKit"]),
]

let package = Package(
    name: "tradechart-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "tradechart", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "TradeData", package: "tradechart")]),
    ] + fuzzTargets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport"] + target.products.map { .product(name: $0, package: "tradechart") }
        )
    }
)
