// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Veldwerk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "veldwerk", targets: ["veldwerk"]),
        .executable(name: "veldwerk-serve", targets: ["veldwerk-serve"]),
        // For tools around Veldwerk (the fuzzers in Fuzz/): the parts, without the executable.
        .library(name: "VeldwerkKit", targets: ["VeldwerkCore", "VeldwerkImport", "VeldwerkExport", "VeldwerkCommands", "VeldwerkShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Pure domain: rules, tallies, statistics. No SQL, no terminal.
        .target(name: "VeldwerkCore"),
        // The only code that speaks SQL.
        .target(name: "VeldwerkStore", dependencies: [
            "VeldwerkCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Readers of what comes in: transcripts (txt, md, docx), codebooks (yaml, qdc, qdpx), manifests.
        .systemLibrary(name: "CVeldwerkZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "VeldwerkImport", dependencies: [
            "VeldwerkCore", "CVeldwerkZlib",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Writers of what goes out, one format per file.
        .target(name: "VeldwerkExport", dependencies: [
            "VeldwerkCore",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Every prompt command, each declared once.
        .target(name: "VeldwerkCommands", dependencies: [
            "VeldwerkCore", "VeldwerkStore", "VeldwerkImport", "VeldwerkExport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The prompt: line editing, completion, rendering, script modes.
        .target(name: "VeldwerkShell", dependencies: [
            "VeldwerkCore", "VeldwerkStore", "VeldwerkCommands", "CReadline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The pages for the room: phone voting, the live board, team review; over the same database.
        .target(name: "VeldwerkServer", dependencies: [
            "VeldwerkCore", "VeldwerkStore", "VeldwerkExport", "VeldwerkCommands",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "veldwerk", dependencies: ["VeldwerkShell"]),
        // `veldwerk serve`, handed over to this program beside it: the prompt's program stays free
        // of the web server, whose libraries added a tenth to every command's start.
        .executableTarget(name: "veldwerk-serve", dependencies: ["VeldwerkShell", "VeldwerkServer"]),
        // Measures workloads against plain sqlite3; not part of the tests.
        .executableTarget(name: "veldwerk-bench"),
        .testTarget(name: "VeldwerkCoreTests", dependencies: ["VeldwerkCore"]),
        .testTarget(name: "VeldwerkImportTests", dependencies: [
            "VeldwerkImport", "VeldwerkExport", "VeldwerkCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "VeldwerkStoreTests", dependencies: [
            "VeldwerkStore", "VeldwerkCore", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VeldwerkPropertyTests", dependencies: [
            "VeldwerkCore", "VeldwerkCommands", "VeldwerkStore", "VeldwerkImport", "VeldwerkExport",
            .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VeldwerkShellTests", dependencies: ["VeldwerkShell", "VeldwerkCommands", "VeldwerkCore"]),
        .testTarget(name: "VeldwerkServerTests", dependencies: [
            "VeldwerkServer", "VeldwerkStore", "VeldwerkCore", "VeldwerkShell", "veldwerk", "veldwerk-serve",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
        ]),
        .testTarget(name: "VeldwerkEndToEndTests", dependencies: [
            "VeldwerkShell", "VeldwerkCommands", "veldwerk", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Scripts"]),
    ],
    swiftLanguageModes: [.v6]
)
