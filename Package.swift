// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ArticleKit"),
        .target(name: "HighlightStore", dependencies: ["ArticleKit"]),
        .target(name: "ReaderCore", dependencies: ["ArticleKit", "HighlightStore"]),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "ReaderCore", "ArticleKit"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "ArticleKit", "HighlightStore", "ReaderCore", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "folio-store-probe", dependencies: ["HighlightStore"]),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit"], exclude: ["Fixtures"]),
        .testTarget(name: "HighlightStoreTests", dependencies: ["HighlightStore", "folio-store-probe"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ArticleKit", "HighlightStore"], exclude: ["Goldens"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArticleKit"]),
    ],
    swiftLanguageModes: [.v6]
)
