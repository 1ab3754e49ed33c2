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
        .package(name: "HelpdeskSQLite", path: "../Backends/HelpdeskSQLite"),
        .package(name: "HelpdeskPostgres", path: "../Backends/HelpdeskPostgres"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
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
        .target(
            name: "BackendSides",
            dependencies: [
                "Workload",
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "HelpdeskSQLite", package: "HelpdeskSQLite"),
                .product(name: "HelpdeskPostgres", package: "HelpdeskPostgres"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "helpdesk-bench",
            dependencies: ["Workload", "BackendSides"],
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
            dependencies: ["Workload", "BackendSides"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
