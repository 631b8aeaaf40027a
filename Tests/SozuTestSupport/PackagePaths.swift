public import Foundation

/// Paths of the package and of the shared reference material beside it.
public enum PackagePaths {
    /// The package's root directory (where Package.swift is).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SozuTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared/conformance`, when present (a user's clone has none).
    public static var conformance: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/conformance")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("vectors.jsonl").path) ? url : nil
    }

    /// `../shared/reference/real-sozu-1.0.0`, when present.
    public static var realSozuCaptures: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/reference/real-sozu-1.0.0")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/reference/real-sozu-2.1.0`, when present: the steps of a 118-step sequence
    /// captured from a real Sōzu 2.1.0.
    public static var realSozu210Captures: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/reference/real-sozu-2.1.0")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("001_status.txt").path) ? url : nil
    }

    /// A git copy of Sōzu's sources (`SOZU_UPSTREAM_REPO`, else the search tool's mirror), when
    /// present: tests then check our work against files Sōzu ships. A user's machine has none.
    public static var sozuUpstreamRepository: String? {
        let path = ProcessInfo.processInfo.environment["SOZU_UPSTREAM_REPO"] ?? "/work/.mirror/sozu-proxy+sozu/repo"
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }

    /// The directory holding the built products (the test bundle sits there too).
    public static var productsDirectory: URL {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
        ]
        for candidate in candidates {
            var directory = candidate
            for _ in 0..<3 {
                if FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("sozu-console").path) {
                    return directory
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return root.appendingPathComponent(".build/debug")
    }
}
