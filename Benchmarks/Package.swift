// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "HelpdeskBenchmarks",
    platforms: [.macOS(.v15)],
    products: [
        // For probes and profiling harnesses outside this package.
        .library(name: "Workload", targets: ["Workload"])
    ],
    dependencies: [
        .package(name: "swift-helpdesk", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "Workload",
            dependencies: [.product(name: "Helpdesk", package: "swift-helpdesk"), "CSQLite"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "helpdesk-bench",
            dependencies: ["Workload"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "HelpdeskBenchmarks",
            dependencies: ["Workload", .product(name: "Benchmark", package: "package-benchmark")],
            path: "Benchmarks/HelpdeskBenchmarks",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .testTarget(
            name: "WorkloadTests",
            dependencies: ["Workload"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
