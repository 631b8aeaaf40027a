// swift-tools-version: 6.1
// libFuzzer targets: the frame decoder and message codec, and the TOML and configuration readers.
// Built and run by Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "SozuFuzz",
    dependencies: [
        .package(name: "sozu-console", path: ".."),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzCodec",
            dependencies: [
                "FuzzDriver",
                .product(name: "SozuCodec", package: "sozu-console"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzTOML",
            dependencies: [
                "FuzzDriver",
                .product(name: "SozuTOML", package: "sozu-console"),
                .product(name: "SozuConfiguration", package: "sozu-console"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
