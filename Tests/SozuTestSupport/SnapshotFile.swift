public import Foundation

/// Text compared with a file kept next to the tests. To accept a deliberate change, run with
/// SOZU_RECORD_SNAPSHOTS=1: the file is rewritten and the comparison reports it, so that a
/// re-recorded snapshot is always looked at before it is kept.
public enum SnapshotFile {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["SOZU_RECORD_SNAPSHOTS"] == "1" }

    /// Nil when `actual` matches the file; otherwise what to report.
    public static func mismatch(_ actual: String, file: URL) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return "recorded \(file.lastPathComponent); run again without SOZU_RECORD_SNAPSHOTS"
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "no snapshot \(file.path); record it with SOZU_RECORD_SNAPSHOTS=1"
        }
        guard actual != expected else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "(end)"
        let actualLine = firstDifference < actualLines.count ? actualLines[firstDifference] : "(end)"
        return """
            \(file.lastPathComponent) differs from its snapshot at line \(firstDifference + 1):
            expected: \(expectedLine)
            actual:   \(actualLine)
            whole output:
            \(actual)
            """
    }
}
