// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "HelpdeskPostgres",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "HelpdeskPostgres", targets: ["HelpdeskPostgres"])
    ],
    dependencies: [
        .package(name: "swift-helpdesk", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "HelpdeskPostgres",
            dependencies: [
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HelpdeskPostgresTests",
            dependencies: [
                "HelpdeskPostgres",
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "HelpdeskTesting", package: "swift-helpdesk"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
