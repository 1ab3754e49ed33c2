// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "swift-helpdesk",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Helpdesk", targets: ["Helpdesk"]),
        .library(name: "HelpdeskTesting", targets: ["HelpdeskTesting"]),
    ],
    targets: [
        .target(name: "Helpdesk", swiftSettings: swiftSettings),
        .target(name: "HelpdeskTesting", dependencies: ["Helpdesk"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HelpdeskTests",
            dependencies: ["Helpdesk", "HelpdeskTesting"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
