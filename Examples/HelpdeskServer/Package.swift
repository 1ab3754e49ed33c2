// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "HelpdeskServer",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "helpdesk-server", targets: ["helpdesk-server"]),
        .library(name: "HelpdeskServer", targets: ["HelpdeskServer"]),
    ],
    dependencies: [
        .package(name: "swift-helpdesk", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(name: "HelpdeskSQLite", path: "../../Backends/HelpdeskSQLite"),
        .package(name: "HelpdeskPostgres", path: "../../Backends/HelpdeskPostgres"),
    ],
    targets: [
        .target(
            name: "HelpdeskServer",
            dependencies: [
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HelpdeskSQLite", package: "HelpdeskSQLite"),
                .product(name: "HelpdeskPostgres", package: "HelpdeskPostgres"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "helpdesk-server",
            dependencies: [
                "HelpdeskServer",
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HelpdeskServerTests",
            dependencies: [
                "HelpdeskServer",
                .product(name: "Helpdesk", package: "swift-helpdesk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HelpdeskTesting", package: "swift-helpdesk"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
