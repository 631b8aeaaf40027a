// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The package's folder, for paths handed to the linker (which runs elsewhere).
let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

/// Compiler settings shared by every hand-written target (the generated SozuProto has its own).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "sozu-console",
    products: [
        .executable(name: "sozu-console", targets: ["sozu-console"]),
        .executable(name: "sozu-bench", targets: ["sozu-bench"]),
        .executable(name: "sozu-sim", targets: ["sozu-sim"]),
        .executable(name: "sozu-codegen", targets: ["sozu-codegen"]),
        .library(name: "SozuSimulator", targets: ["SozuSimulator"]),
        .library(name: "SozuCodec", targets: ["SozuCodec"]),
        .library(name: "SozuConfiguration", targets: ["SozuConfiguration"]),
        .library(name: "SozuTOML", targets: ["SozuTOML"]),
        .library(name: "SozuChannel", targets: ["SozuChannel"]),
        .library(name: "SozuClient", targets: ["SozuClient"]),
        .library(name: "SozuConsoleEngine", targets: ["SozuConsoleEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Generated from Proto/command.proto by Proto/regenerate.sh (protoc-gen-swift's types and
        // sozu-codegen's wire codec), never edited by hand, plus the codec's small runtime (Wire/).
        // Exclusivity checks cost about a sixth of decode time on big answers and guard nothing
        // here: generated code never hands out overlapping accesses.
        .target(
            name: "SozuProto",
            dependencies: [.product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // Writes the wire codec in SozuProto from protoc's descriptor of command.proto.
        .target(
            name: "SozuCodegen",
            dependencies: [.product(name: "SwiftProtobufPluginLibrary", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "sozu-codegen",
            dependencies: ["SozuCodegen", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SozuCodec",
            dependencies: ["SozuProto", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        // The one certificate reader: PEM blocks, fingerprints, names, validity (swift-certificates).
        .target(
            name: "SozuCertificates",
            dependencies: [
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // A TOML 1.0 reader whose every fault is an error (config files, scenarios, the socket's place).
        .target(name: "SozuTOML", swiftSettings: strictSettings),
        // Sōzu's config.toml read as Sōzu 2.1 reads it, and the requests it generates.
        .target(
            name: "SozuConfiguration",
            dependencies: ["SozuCodec", "SozuProto", "SozuTOML"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SozuChannel",
            dependencies: [
                "SozuCodec",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SozuClient",
            dependencies: [
                "SozuCodec", "SozuChannel", "SozuProto", "SozuTOML", "CSpawn",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SozuSimulator",
            dependencies: [
                "SozuCodec", "SozuChannel", "SozuProto", "SozuConfiguration", "SozuTOML", "SozuCertificates",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The console's engine: command language, request tracking, drain watch, rendering,
        // journal. Everything the screen draws, testable without a terminal.
        .target(
            name: "SozuConsoleEngine",
            dependencies: [
                "SozuCodec", "SozuClient", "SozuProto", "SozuConfiguration", "SozuCertificates", "SozuTOML",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The terminal without curses or Sōzu: input decoding (keys, UTF-8, pastes). Pure.
        .target(name: "TerminalCore", swiftSettings: strictSettings),
        // ncursesw and libedit for the console's screen and prompt (Debian: libncursesw5-dev,
        // libedit-dev; Resources/setup.sh installs them).
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // glibc's spawn extensions, for starting ssh in a clean state (SSHForward).
        .systemLibrary(name: "CSpawn"),
        // Caps glibc's malloc arenas before main (linked into the executables; see its .c file).
        .target(name: "CMallocArenas"),
        // The screen's layout and panels as styled text: pure, so it is tested without a terminal.
        .target(
            name: "SozuConsoleView",
            dependencies: ["SozuConsoleEngine", "SozuClient", "SozuCodec", "SozuProto", "TerminalCore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "sozu-sim",
            dependencies: [
                "SozuSimulator", "SozuConfiguration", "SozuCodec",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "sozu-console",
            dependencies: [
                "SozuCodec", "SozuClient", "SozuConfiguration", "SozuConsoleEngine", "SozuConsoleView", "SozuSimulator", "CNcursesw", "CLibedit", "TerminalCore",
                "CMallocArenas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings,
            // Release builds export only the entry points (see the file): a faster start.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--version-script=\(packageDirectory)/Resources/sozu-console.exports"], .when(configuration: .release))
            ]
        ),
        .executableTarget(
            name: "sozu-bench",
            dependencies: [
                "SozuCodec", "SozuChannel", "SozuProto", "SozuSimulator", "SozuClient", "SozuConsoleEngine", "SozuConsoleView", "CNcursesw",
                "CMallocArenas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SozuTestSupport",
            dependencies: ["SozuCodec", "SozuChannel", "SozuProto"],
            path: "Tests/SozuTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuProtoTests",
            dependencies: ["SozuProto", "SozuCodec", "SozuCodegen", "SozuTestSupport", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuCodecTests",
            dependencies: ["SozuCodec", "SozuProto", "SozuTestSupport", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuTOMLTests",
            dependencies: ["SozuTOML", "SozuTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuConfigurationTests",
            dependencies: ["SozuConfiguration", "SozuCodec", "SozuProto", "SozuTestSupport"],
            exclude: ["Snapshots"],  // read at run time from the source tree
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuChannelTests",
            dependencies: ["SozuChannel", "SozuCodec", "SozuProto", "SozuTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuClientTests",
            dependencies: ["SozuClient", "SozuChannel", "SozuProto", "SozuTestSupport", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuSimulatorTests",
            dependencies: ["SozuSimulator", "SozuConfiguration", "SozuChannel", "SozuCodec", "SozuProto", "SozuTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuConsoleEngineTests",
            dependencies: [
                "SozuConsoleEngine", "SozuClient", "SozuCodec", "SozuSimulator", "SozuProto", "SozuTestSupport",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            exclude: ["Snapshots"],  // read at run time from the source tree
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SozuConsoleViewTests",
            dependencies: ["SozuConsoleView", "SozuConsoleEngine", "SozuClient", "SozuProto", "SozuTestSupport", "TerminalCore"],
            exclude: ["Snapshots"],  // read at run time from the source tree
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TerminalCoreTests",
            dependencies: ["TerminalCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ExecutableTests",
            dependencies: ["SozuTestSupport", "sozu-console"],
            swiftSettings: strictSettings
        ),
    ]
)
