import Foundation
import SozuTestSupport
import Testing

/// The live traffic view on a real terminal (tmux), against the embedded simulator with traffic.
@Suite(
    "The live view on a terminal (tmux)", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the terminal tests are skipped"))
struct LiveScreenTests {
    /// Two workers serving made-up traffic; backends never flip on their own.
    static let trafficScenario = """
        workers = 2
        worker_timeout = 10
        backend_events = 600
        seed = 7
        traffic = true
        state = "\(ScreenTests.demoState)"

        [[worker]]
        connections = 4
        drain_seconds = 1

        """

    /// A backend row of the backends pane: its requests a second.
    static func rate(of backend: String, in screen: TmuxSession.Screen) -> Double? {
        guard let line = screen.lines.first(where: { $0.hasPrefix(" " + backend + " ") }) else { return nil }
        let words = line.split(separator: " ")
        return words.count > 1 ? Double(words[1]) : nil
    }

    @Test("F3 opens the view, F5 moves to the backends, F6 sorts; a backend removed at the prompt leaves it and its share goes to the other; Esc clears the lease")
    func openSortRemoveLeave() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        let scenario = tmux.directory.file("traffic.toml")
        try Self.trafficScenario.write(toFile: scenario, atomically: true, encoding: .utf8)
        let command = [ScreenTests.console, "--demo", "--demo-scenario", scenario, "--no-journal", "--yes", "--refresh", "0.5"]
            .map(TmuxSession.shellQuoted).joined(separator: " ")
        try tmux.start(command, columns: 120, rows: 40)
        try await ScreenTests.waitUntilReady(tmux)

        try tmux.press("F3")
        try await tmux.waitForScreen("the overview with a rate") { screen in
            screen.contains(" LIVE ") && screen.lines.contains { $0.hasPrefix(" requests/s") && $0.contains { $0.isNumber } }
        }
        try tmux.press("F5", "F5")
        let backends = try await tmux.waitForScreen("both api backends with rates") { screen in
            screen.contains("3 Backends") && Self.rate(of: "api/api-0", in: screen) != nil && Self.rate(of: "api/api-1", in: screen) != nil
        }
        let before = try #require(Self.rate(of: "api/api-0", in: backends))
        #expect(backends.contains("sort: req/s"))
        try tmux.press("F6")
        try await tmux.waitForScreen(containing: "sort: err %")
        // The polls are no rows of the requests panel.
        #expect(ScreenTests.requests(try tmux.screen()).isEmpty)

        try ScreenTests.enter(tmux, "backend remove -i api --backend-id api-1 -a 10.0.1.11:9001")
        let after = try await tmux.waitForScreen("api-1 gone, api-0 taking its share", timeout: .seconds(10)) { screen in
            Self.rate(of: "api/api-1", in: screen) == nil && (Self.rate(of: "api/api-0", in: screen) ?? 0) > before
        }
        #expect(ScreenTests.requests(after).first?.status == "OK")

        // Wide enough for the events to say which way each worker's level went.
        try tmux.resize(columns: 160, rows: 40)
        try tmux.press("Escape")
        try await tmux.waitForScreen("the lease cleared on both workers", timeout: .seconds(10)) { screen in
            !screen.contains(" LIVE ") && screen.lines.filter { $0.contains("METRIC_DETAIL_CHANGED  from") && $0.contains("backend → cluster") }.count == 2
        }
    }
}
