// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tradechart",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tradechart", targets: ["tradechart"]),
        // Libraries for the fuzz harness (fuzz/Package.swift), which builds against them by path.
        .library(name: "TradeData", targets: ["TradeData"]),
        .library(name: "TradeAnalysis", targets: ["TradeAnalysis"]),
        .library(name: "SafeYAML", targets: ["SafeYAML"]),
        .library(name: "ChartScene", targets: ["ChartScene"]),
        .library(name: "ChartKit", targets: ["ChartKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "SafeYAML", dependencies: ["Yams"]),
        // renameat2(RENAME_EXCHANGE) for the pack's one-step switch (FolderExchange).
        .systemLibrary(name: "CRenameExchange"),
        .target(name: "FileIO", dependencies: ["CRenameExchange"]),
        .target(name: "NumberText"),
        // XML/HTML escaping shared by the SVG, OOXML and HTML writers.
        .target(name: "Markup"),
        .target(
            name: "TradeData",
            dependencies: [
                "Yams", "SafeYAML", "FileIO", "NumberText",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "TradeAnalysis", dependencies: ["TradeData", "Yams", "SafeYAML", "NumberText"]),
        .target(name: "ChartScene"),
        .target(name: "ChartKit", dependencies: ["ChartScene", "Yams", "SafeYAML", "NumberText"]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Word and PowerPoint packages (zip + XML), knowing nothing of trade.
        .target(name: "OOXML", dependencies: ["CZlib", "Markup"]),
        .target(name: "CairoBackend", dependencies: ["ChartScene", "CCairo", "CPangoCairo", "FileIO", "Markup"]),
        .target(name: "TradeCharts", dependencies: ["TradeData", "TradeAnalysis", "ChartScene", "ChartKit", "FileIO", "OOXML", "NumberText", "Markup"],
                exclude: ["Phrases"]),
        .target(
            name: "TradeChartCLI",
            dependencies: [
                "TradeData", "TradeAnalysis", "ChartScene", "ChartKit", "CairoBackend", "TradeCharts", "SafeYAML",
                "FileIO", "NumberText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tradechart", dependencies: ["TradeChartCLI"]),

        .testTarget(
            name: "TradeDataTests",
            dependencies: ["TradeData", "NumberText", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "ChartSceneTests", dependencies: ["ChartScene"]),
        .testTarget(name: "SafeYAMLTests", dependencies: ["SafeYAML", "Yams"]),
        .testTarget(name: "FileIOTests", dependencies: ["FileIO"]),
        .testTarget(name: "NumberTextTests", dependencies: ["NumberText"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        // Test support: LibreOffice, pdftotext, pandoc and python-docx/python-pptx as the tests run them.
        .target(name: "OfficeClients", path: "Tests/OfficeClients"),
        .testTarget(name: "OOXMLTests", dependencies: ["OOXML", "CZlib", "OfficeClients"]),
        .testTarget(
            name: "TradeAnalysisTests",
            dependencies: ["TradeAnalysis", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "CairoBackendTests", dependencies: ["CairoBackend", "ChartScene", "ChartKit", "CCairo", "FileIO"]),
        .testTarget(name: "TradeChartsTests", dependencies: ["TradeCharts", "TradeData", "TradeAnalysis", "ChartKit", "ChartScene", "FileIO", "NumberText"]),
        .testTarget(
            name: "ChartKitTests",
            dependencies: ["ChartKit", "ChartScene", "Yams", "NumberText", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TradeChartCLITests", dependencies: ["TradeChartCLI", "FileIO", "OfficeClients", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)
