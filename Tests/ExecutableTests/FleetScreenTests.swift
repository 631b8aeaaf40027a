import Foundation
import SozuTestSupport
import Testing

/// The console over several proxies on a real terminal (tmux), at 80x24.
@Suite("sozu-console over a fleet, on a terminal (tmux)", .serialized)
struct FleetScreenTests {
    /// Three quick proxies: small drains, so that a rolling upgrade takes seconds.
    static let scenario = """
        [[proxy]]
        name = "web-1"
        workers = 2
        drain_factor = 0.05
        tags = { region = "eu" }

        [[proxy]]
        name = "web-2"
        workers = 1
        drain_factor = 0.05
        tags = { region = "us" }
        extra_backends = [{ cluster = "api", id = "api-drift", address = "10.0.9.9:8080" }]

        [[proxy]]
        name = "web-3"
        workers = 3
        drain_factor = 0.05
        tags = { region = "eu" }
        """

    /// The same three on the demo's state (three clusters), web-2 with a backend more, no
    /// backend flips.
    static var driftScenario: String {
        scenario.replacingOccurrences(of: "workers = ", with: "scenario = \"\(ScreenTests.demoScenario)\"\nquiet_backends = true\nworkers = ")
    }

    static func start(_ tmux: TmuxSession, scenario: String = scenario, columns: Int = 80, rows: Int = 24) async throws {
        let path = tmux.directory.file("fleet.toml")
        try scenario.write(toFile: path, atomically: true, encoding: .utf8)
        let command = [ScreenTests.console, "--demo", "--demo-scenario", path, "--no-journal", "--yes"].map(TmuxSession.shellQuoted).joined(separator: " ")
        try tmux.start(command, columns: columns, rows: rows)
        try await tmux.waitForScreen("three targets connected, at the prompt") { screen in
            screen.row(0).contains("3 targets: 3 connected") && screen.lines.last?.hasPrefix("sozu[web-1]>") == true
        }
    }

    @Test("80x24: the header counts the targets, the targets panel lists them, @all status is one row that opens onto each target")
    func fanOutOnScreen() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.start(tmux)
        let first = try tmux.screen()
        #expect(first.contains("TARGETS"))
        for name in ["web-1", "web-2", "web-3"] { #expect(first.contains(name), "\(first)") }
        #expect(first.lines.allSatisfy { $0.count <= 80 })
        try ScreenTests.enter(tmux, "@all status")
        let done = try await tmux.waitForScreen("the group OK") { $0.contains("@all status") && $0.contains("OK 3/3 targets") }
        // The output: one table, a target column.
        #expect(done.contains("target  worker"), "\(done)")
        // Selecting the group opens it onto each target's request.
        try tmux.press("C-o")
        let opened = try await tmux.waitForScreen("the group's members") { $0.contains("↳ web-1") }
        #expect(opened.contains("↳ web-2"), "\(opened)")
        // The last member is a row further: the panel follows the selection to it.
        try tmux.press("Down", "Down", "Down")
        let last = try await tmux.waitForScreen("the last member") { $0.contains("↳ web-3") }
        #expect(last.contains("@web-3 status") || last.contains("3 workers"), "\(last)")
        try tmux.press("Escape")
        // F4 hides the targets panel.
        try tmux.press("F4")
        let hidden = try await tmux.waitForScreen("no targets panel") { !$0.contains("TARGETS") }
        #expect(hidden.row(0).contains("3 targets"))
    }

    @Test("use sets the default target, shown in the prompt; fleet diff says where the drift is")
    func useAndDiff() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.start(tmux, scenario: Self.driftScenario, columns: 100, rows: 30)
        try ScreenTests.enter(tmux, "use web-2")
        _ = try await tmux.waitForScreen("the prompt names web-2") { $0.lines.last?.hasPrefix("sozu[web-2]>") == true }
        try ScreenTests.enter(tmux, "fleet diff")
        let diff = try await tmux.waitForScreen("the drift") { $0.contains("api: backend api-drift (10.0.9.9:8080) only on web-2") }
        #expect(diff.contains("fleet diff over 3 targets"))
    }

    @Test("@all upgrade --rolling: the sequence is on screen beside the drain, target after target, to the end")
    func rollingUpgradeOnScreen() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.start(tmux, columns: 120, rows: 40)
        try ScreenTests.enter(tmux, "@all upgrade --rolling --settle 1s")
        let running = try await tmux.waitForScreen("the rolling panel") { $0.contains("ROLLING UPGRADE") }
        #expect(running.contains("web-1"))
        let finished = try await tmux.waitForScreen("the rollout finished", timeout: .seconds(60)) { $0.contains("FINISHED") }
        #expect(finished.contains("3/3 done"), "\(finished)")
    }
}
