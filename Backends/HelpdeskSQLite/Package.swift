// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "HelpdeskSQLite",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "HelpdeskSQLite", targets: ["HelpdeskSQLite"])
    ],
    dependencies: [
        .package(name: "swift-helpdesk", path: "../.."),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "HelpdeskSQLite",
            dependencies: [
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HelpdeskSQLiteTests",
            dependencies: [
                "HelpdeskSQLite",
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "HelpdeskTesting", package: "swift-helpdesk"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
