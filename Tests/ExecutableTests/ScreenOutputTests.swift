import Foundation
import SozuTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// How the screen reaches the terminal. In `ScreenTests`, so that no two terminals run at once.
extension ScreenTests {
    @Test("a full repaint goes out in a few writes, not one per cursor move")
    func repaintIsFewWrites() async throws {
        // The simulator in a process of its own, so that the console's writes are the screen's.
        let simulator = try OneShotTests().startSimulator(["--log-level", "error"])
        defer { simulator.stop() }
        let socket = simulator.socket

        let tmux = try TmuxSession()
        defer { tmux.close() }
        try tmux.start([Self.console, "--socket", socket, "--no-journal"].map(TmuxSession.shellQuoted).joined(separator: " "), columns: 160, rows: 50)
        try await Self.waitUntilReady(tmux)
        try Self.enter(tmux, "help")
        let filled = try await tmux.waitForScreen("help filling the output pane") { screen in
            screen.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 30
        }
        let console = try #require(Self.process(running: Self.console, with: socket))
        try await Task.sleep(for: .milliseconds(300))
        let before = try #require(Self.writeCalls(of: console))
        try tmux.resize(columns: 150, rows: 50)
        try await tmux.waitForScreen("the narrower layout") { $0.lines.allSatisfy { $0.count <= 150 } && $0.contains("sozu>") }
        try await Task.sleep(for: .milliseconds(500))
        let after = try #require(Self.writeCalls(of: console))
        // Flushed at every cursor move, each of the 30 rows would be a write or more.
        let rows = filled.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        #expect(after - before <= 8, "\(after - before) writes to repaint \(rows) rows")
    }

    /// The process running `executable` with `argument` on its command line.
    static func process(running executable: String, with argument: String) -> pid_t? {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap { pid_t($0) }.first { pid in
            guard let line = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")) else { return false }
            let words = line.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.first == executable && words.contains(argument)
        }
    }

    /// How many write system calls the process has made (/proc/PID/io).
    static func writeCalls(of pid: pid_t) -> Int? {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        return io.split(separator: "\n").first { $0.hasPrefix("syscw:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }
}
