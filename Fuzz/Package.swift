// swift-tools-version:6.0
// libFuzzer targets for Veldwerk's command parser, number parsers and importers. Build and run with Fuzz/run.sh;
// they are not part of `swift test`.
import PackageDescription

let fuzz: [SwiftSetting] = []

let package = Package(
    name: "VeldwerkFuzz",
    dependencies: [.package(name: "Veldwerk", path: "..")],
    targets: [
        .target(name: "FuzzDriver", swiftSettings: fuzz),
        .executableTarget(name: "fuzz-parser", dependencies: ["FuzzDriver", .product(name: "VeldwerkKit", package: "Veldwerk")], swiftSettings: fuzz),
        .executableTarget(name: "fuzz-importers", dependencies: ["FuzzDriver", .product(name: "VeldwerkKit", package: "Veldwerk")], swiftSettings: fuzz),
        .executableTarget(name: "fuzz-numbers", dependencies: ["FuzzDriver", .product(name: "VeldwerkKit", package: "Veldwerk")], swiftSettings: fuzz),
    ],
    swiftLanguageModes: [.v6]
)
