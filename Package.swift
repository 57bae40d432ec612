// swift-tools-version: 6.0
import PackageDescription

/// Release code reaches generic type metadata through accessor calls rather than
/// mangled names the runtime demangles on first use: about 125,000 instructions
/// less before the first screen (docs/DECISIONS.md, 2026-11-29).
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

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
        .systemLibrary(name: "CCmarkGFM"),
        .target(name: "ArticleKit", dependencies: ["CLibXML2", "CCmarkGFM"],
                swiftSettings: directMetadata + [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .target(name: "HighlightStore", dependencies: ["ArticleKit"], swiftSettings: directMetadata),
        .target(name: "ReaderCore", dependencies: ["ArticleKit", "HighlightStore"], swiftSettings: directMetadata),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "ReaderCore", "ArticleKit"], swiftSettings: directMetadata),
        .executableTarget(
            name: "folio",
            dependencies: [
                "ArticleKit", "HighlightStore", "ReaderCore", "CursesTerminal", "Fetching", "FeedKit", "Library",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata
        ),
        .executableTarget(name: "folio-store-probe", dependencies: ["HighlightStore"]),
        .target(name: "Fetching", dependencies: ["ArticleKit"], swiftSettings: directMetadata),
        .systemLibrary(name: "CLibXML2"),
        .target(name: "FeedKit", dependencies: ["CLibXML2", "ArticleKit"],
                cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])], swiftSettings: directMetadata + [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .systemLibrary(name: "CSQLite"),
        .target(name: "Library", dependencies: ["CSQLite", "FeedKit", "Fetching", "ArticleKit", "HighlightStore"],
                swiftSettings: directMetadata + [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit"], exclude: ["Fixtures"]),
        .testTarget(name: "HighlightStoreTests", dependencies: ["HighlightStore", "folio-store-probe"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ArticleKit", "HighlightStore"], exclude: ["Goldens"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArticleKit", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkdownReaderTests", dependencies: ["ArticleKit"], exclude: ["Fixtures"]),
        .testTarget(name: "HTMLReaderTests", dependencies: ["ArticleKit"], exclude: ["Fixtures"]),
        .target(name: "TestSupport", path: "Sources/TestSupport"),
        .testTarget(name: "FetchingTests", dependencies: ["Fetching", "TestSupport"]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "TestSupport", "ArticleKit"],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .testTarget(name: "FeedKitTests", dependencies: ["FeedKit"],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
    ],
    swiftLanguageModes: [.v6]
)
