import Foundation
import SozuTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `sozu-console --demo` on a real terminal: tmux runs it in a pane of its own server, the tests
/// type keys and read the screen back. Each test has its own server, directory, HOME and
/// XDG_STATE_HOME, so nothing touches the user's tmux or state.
@Suite(
    "sozu-console on a terminal (tmux)", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the terminal tests are skipped"))
struct ScreenTests {
    static let console = PackagePaths.productsDirectory.appendingPathComponent("sozu-console").path
    static let demoScenario = PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.toml").path
    static let demoState = PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.state").path

    /// Worker 0 answers every request 1.5 s late: `status` and `cluster list` (which ask every
    /// worker) stay PROCESSING that long; `workers` (answered by the main process) does not.
    static let slowScenario = """
        workers = 4
        worker_timeout = 10
        backend_events = 60
        seed = 7
        state = "\(demoState)"
        faults = ["slow-worker:0:1500"]

        [[worker]]
        connections = 2
        drain_seconds = 1

        """

    /// Four workers that drain in 1, 2, 3 and 4 s on a soft stop.
    static let fastDrainScenario = """
        workers = 4
        worker_timeout = 10
        backend_events = 60
        seed = 7
        state = "\(demoState)"

        [[worker]]
        connections = 2
        drain_seconds = 1

        [[worker]]
        connections = 3
        drain_seconds = 2

        [[worker]]
        connections = 4
        drain_seconds = 3

        [[worker]]
        connections = 5
        drain_seconds = 4

        """

    /// One row of the requests panel, cut at the columns of its header line.
    struct RequestRow: CustomStringConvertible {
        var id: Int
        var command: String
        var status: String
        var line: String

        var description: String { line }
    }

    /// The requests panel's rows: those under the `ID  COMMAND  STATUS` header that start with
    /// an id (`#3`, or `▶#3` when selected).
    static func requests(_ screen: TmuxSession.Screen) -> [RequestRow] {
        guard let headerIndex = screen.lines.firstIndex(where: { $0.hasPrefix("ID ") && $0.contains("COMMAND") }) else { return [] }
        let header = Array(screen.lines[headerIndex])
        func column(_ word: String) -> Int? {
            let characters = Array(word)
            return header.indices.first { header[$0...].starts(with: characters) }
        }
        guard let commandColumn = column("COMMAND"), let statusColumn = column("STATUS") else { return [] }
        var rows: [RequestRow] = []
        for line in screen.lines[(headerIndex + 1)...] {
            let characters = Array(line)
            let idText = String(characters.prefix(commandColumn)).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "▶#"))
            guard line.hasPrefix("#") || line.hasPrefix("▶"), let id = Int(idText) else { break }
            func field(_ range: Range<Int>) -> String {
                let clamped = range.clamped(to: 0..<characters.count)
                return String(characters[clamped]).trimmingCharacters(in: .whitespaces)
            }
            rows.append(RequestRow(
                id: id, command: field(commandColumn..<statusColumn), status: field(statusColumn..<(statusColumn + 10)), line: line))
        }
        return rows
    }

    static func request(_ id: Int, in screen: TmuxSession.Screen) -> RequestRow? {
        requests(screen).first { $0.id == id }
    }

    /// Waits until request `id` shows `status` in the requests panel.
    @discardableResult
    static func waitForRequest(_ tmux: TmuxSession, _ id: Int, _ status: String, _ what: String) async throws -> TmuxSession.Screen {
        try await tmux.waitForScreen("#\(id) \(what) \(status)") { request(id, in: $0)?.status == status }
    }

    /// Types a command and presses Enter.
    static func enter(_ tmux: TmuxSession, _ command: String) throws {
        try tmux.type(command)
        try tmux.press("Enter")
    }

    /// The shell command that runs the console on a demo simulator.
    static func consoleCommand(scenario: String = demoScenario) -> String {
        [console, "--demo", "--demo-scenario", scenario, "--no-journal"].map(TmuxSession.shellQuoted).joined(separator: " ")
    }

    /// A tmux session running the console, connected and waiting at its prompt.
    static func startConsole(
        _ tmux: TmuxSession, scenario: String? = nil, columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]
    ) async throws {
        var scenarioPath = demoScenario
        if let scenario {
            scenarioPath = tmux.directory.file("scenario.toml")
            try scenario.write(toFile: scenarioPath, atomically: true, encoding: .utf8)
        }
        try tmux.start(consoleCommand(scenario: scenarioPath), columns: columns, rows: rows, environment: environment)
        try await waitUntilReady(tmux)
    }

    /// Waits for the header to say CONNECTED and the prompt to be on the last row.
    static func waitUntilReady(_ tmux: TmuxSession) async throws {
        try await tmux.waitForScreen("the console, connected, at its prompt") { screen in
            screen.row(0).contains("CONNECTED") && screen.lines.last?.hasPrefix("sozu>") == true
        }
    }

    // MARK: - Requests

    @Test("a command shows PROCESSING, then OK, in the requests panel")
    func processingThenOK() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, scenario: Self.slowScenario)
        try Self.enter(tmux, "status")
        let processing = try await Self.waitForRequest(tmux, 1, "PROCESSING", "status")
        #expect(Self.request(1, in: processing)?.command == "status")
        let done = try await Self.waitForRequest(tmux, 1, "OK", "status")
        #expect(Self.request(1, in: done)?.command == "status")
        #expect(done.contains("OK Successfully collected the status of workers"))
        #expect(done.lines.last == "sozu>")
    }

    @Test("three commands typed quickly run together: #1..#3, all OK in the end")
    func threeConcurrentCommands() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, scenario: Self.slowScenario)
        for command in ["status", "cluster list", "workers"] {
            try Self.enter(tmux, command)
        }
        let three = try await tmux.waitForScreen("three requests") { Self.requests($0).count == 3 }
        // `workers` came back while `status` was still waiting for the slow worker.
        #expect(Self.request(1, in: three)?.status == "PROCESSING", "\(three)")
        let done = try await tmux.waitForScreen("#1..#3 all OK") { screen in
            Self.requests(screen).count == 3 && Self.requests(screen).allSatisfy { $0.status == "OK" }
        }
        // Numbered in the order they were typed.
        let rows = Self.requests(done)
        #expect(rows.map(\.id).sorted() == [1, 2, 3], "\(done)")
        #expect(Dictionary(rows.map { ($0.id, $0.command) }) { first, _ in first } == [1: "status", 2: "cluster list", 3: "workers"], "\(done)")
    }

    // MARK: - Soft stop

    @Test("shutdown, confirmed: the drain view follows four workers to STOPPED, then the main process exits")
    func softStopDrainView() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, scenario: Self.fastDrainScenario)
        try Self.enter(tmux, "shutdown")
        try await tmux.waitForScreen("the confirmation on the status line") { screen in
            screen.row(screen.lines.count - 2).contains("shutdown: destructive — send it? [y/N]")
        }
        try tmux.press("y")
        try await tmux.waitForScreen(containing: "SOFT STOP")

        /// Each worker's phase on a screen of the drain view: "DRAINING", "STOPPED"…
        func phases(_ screen: TmuxSession.Screen) -> [Int: String] {
            var phases: [Int: String] = [:]
            for line in screen.lines {
                let words = line.split(separator: " ")
                if words.count >= 3, words[0] == "worker", let id = Int(words[1]) { phases[id] = String(words[2]) }
            }
            return phases
        }
        var seen: [[Int: String]] = []
        var sawOrder = false
        let final = try await tmux.waitForScreen("MAIN PROCESS EXITED in the header", timeout: .seconds(20)) { screen in
            let now = phases(screen)
            if !now.isEmpty, now != seen.last { seen.append(now) }
            if now[0] == "STOPPED", now[3] == "DRAINING" { sawOrder = true }
            return screen.row(0).contains("MAIN PROCESS EXITED")
        }
        let history = seen.map { "\($0.sorted { $0.key < $1.key })" }.joined(separator: "\n")
        // The first frame may come before a worker's relay (WAITING); none has stopped yet.
        #expect(seen.first?.values.allSatisfy { $0 == "DRAINING" || $0 == "WAITING" } == true, "phases seen:\n\(history)")
        #expect(sawOrder, "never saw worker 0 STOPPED while worker 3 was DRAINING; phases seen:\n\(history)")
        // A worker, once stopped, stays stopped; and they stop in the order of their drains.
        for id in 0..<4 {
            let firstStop = seen.firstIndex { $0[id] == "STOPPED" }
            #expect(firstStop != nil, "worker \(id) never STOPPED; phases seen:\n\(history)")
            if let firstStop { #expect(seen[firstStop...].allSatisfy { $0[id] == "STOPPED" }, "phases seen:\n\(history)") }
            if id > 0, let firstStop, let previous = seen.firstIndex(where: { $0[id - 1] == "STOPPED" }) {
                #expect(previous <= firstStop, "worker \(id) stopped before worker \(id - 1); phases seen:\n\(history)")
            }
        }
        #expect(phases(final) == [0: "STOPPED", 1: "STOPPED", 2: "STOPPED", 3: "STOPPED"], "\(final)")
        #expect(final.contains("4/4 workers stopped"))
        let done = try await Self.waitForRequest(tmux, 1, "OK", "shutdown")
        #expect(Self.request(1, in: done)?.command == "shutdown")
    }

    // MARK: - The prompt

    @Test("a half-typed line stays intact while an answer arrives, then runs as typed on")
    func halfLineSurvivesAnswers() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, scenario: Self.slowScenario)
        try Self.enter(tmux, "status")
        try await Self.waitForRequest(tmux, 1, "PROCESSING", "status")
        try tmux.type("cluster li")
        let typed = try await tmux.waitForScreen("the half line") { $0.lines.last == "sozu> cluster li" }
        #expect(Self.request(1, in: typed)?.status == "PROCESSING", "the answer came before the line was typed:\n\(typed)")
        let answered = try await Self.waitForRequest(tmux, 1, "OK", "status")
        #expect(answered.lines.last == "sozu> cluster li", "\(answered)")
        #expect(answered.cursorRow == answered.lines.count - 1 && answered.cursorColumn == "sozu> cluster li".count, "\(answered)")
        try Self.enter(tmux, "st -i api")
        let second = try await tmux.waitForScreen("#2 cluster list -i api") { Self.request(2, in: $0) != nil }
        #expect(Self.request(2, in: second)?.command == "cluster list -i api")
        try await Self.waitForRequest(tmux, 2, "OK", "cluster list -i api")
        let prompt = try tmux.screen()
        #expect(prompt.lines.last == "sozu>", "\(prompt)")
    }

    @Test("Tab completes a cluster id, and lists the candidates when there are several")
    func tabCompletesClusterID() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux)
        try tmux.type("cluster list -i bil")
        try tmux.press("Tab")
        let completed = try await tmux.waitForScreen("the completed cluster id") { $0.lines.last == "sozu> cluster list -i billing" }
        #expect(completed.cursorColumn == "sozu> cluster list -i billing ".count, "Tab should add a space after the word:\n\(completed)")
        try tmux.press("C-c")
        try await tmux.waitForScreen("an empty prompt") { $0.lines.last == "sozu>" }
        try tmux.type("cluster list -i ")
        try tmux.press("Tab")
        let listed = try await tmux.waitForScreen("the candidates on the status line") { screen in
            screen.row(screen.lines.count - 2).contains("api  billing  web")
        }
        #expect(listed.lines.last == "sozu> cluster list -i", "\(listed)")
    }

    @Test("history survives a restart, in a file only the user can read")
    func historySurvivesRestart() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux)
        try Self.enter(tmux, "status")
        try await Self.waitForRequest(tmux, 1, "OK", "status")
        try tmux.press("C-d")
        let status = try await tmux.waitForExit()
        let after = try tmux.screen()
        #expect(status == 0, "\(after)")

        let history = tmux.directory.file("state/sozu-console/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        #expect(mode & 0o777 == 0o600, "history mode \(String(mode, radix: 8))")

        try tmux.respawn(Self.consoleCommand())
        try await Self.waitUntilReady(tmux)
        try tmux.press("Up")
        try await tmux.waitForScreen("the remembered command") { $0.lines.last == "sozu> status" }
    }

    @Test("quitting --demo leaves nothing behind in TMPDIR")
    func demoLeavesNoDirectory() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux)
        let running = try FileManager.default.contentsOfDirectory(atPath: tmux.directory.path).filter { $0.hasPrefix("sozu-console-demo-") }
        #expect(running.count == 1, "the simulator's socket directory: \(running)")
        try tmux.press("C-d")
        let status = try await tmux.waitForExit()
        #expect(status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: tmux.directory.path).filter { $0.hasPrefix("sozu-console-demo-") }
        #expect(left.isEmpty, "left in TMPDIR: \(left)")
    }

    @Test("Ctrl-C clears the line and does not quit")
    func controlCClearsTheLine() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux)
        try tmux.type("cluster list")
        try await tmux.waitForScreen("the typed line") { $0.lines.last == "sozu> cluster list" }
        try tmux.press("C-c")
        let cleared = try await tmux.waitForScreen("an empty prompt") { $0.lines.last == "sozu>" }
        #expect(cleared.cursorColumn == "sozu> ".count)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try tmux.exitStatus() == nil, "the console exited on Ctrl-C")
        try Self.enter(tmux, "workers")
        let ran = try await Self.waitForRequest(tmux, 1, "OK", "workers")
        #expect(Self.request(1, in: ran)?.command == "workers")
    }

    // MARK: - Quitting

    @Test("quitting with a request in flight asks first; n keeps the console, quit when idle leaves")
    func quitAsksWhileInFlight() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, scenario: Self.slowScenario)
        try Self.enter(tmux, "status")
        try await Self.waitForRequest(tmux, 1, "PROCESSING", "status")
        try tmux.press("C-d")
        let asked = try await tmux.waitForScreen("the quit question") { screen in
            screen.row(screen.lines.count - 2).contains("in flight")
        }
        #expect(asked.row(asked.lines.count - 2).contains("[y/N]"), "\(asked)")
        try tmux.press("n")
        try await tmux.waitForScreen("the question gone") { screen in !screen.row(screen.lines.count - 2).contains("in flight") }
        #expect(try tmux.exitStatus() == nil, "the console quit although the answer was n")
        try await Self.waitForRequest(tmux, 1, "OK", "status")
        try Self.enter(tmux, "quit")
        let status = try await tmux.waitForExit()
        let after = try tmux.screen()
        #expect(status == 0, "\(after)")
    }

    /// The terminal's settings before the console and after it ended by `signal`; `stty -a` in
    /// the pane's shell, around the console in the foreground.
    @Test("the terminal is restored after a signal", arguments: [SIGTERM, SIGHUP, SIGINT])
    func terminalRestoredAfterSignal(_ signal: Int32) async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        let directory = tmux.directory
        let script = """
            cd \(TmuxSession.shellQuoted(directory.path)) || exit 1
            stty -a > before.txt
            sh -c 'echo $$ > console.pid; exec "$@"' console \(Self.consoleCommand())
            status=$?
            stty -a > after.txt
            echo "exit=$status" > status.txt

            """
        try script.write(toFile: directory.file("wrapper.sh"), atomically: true, encoding: .utf8)
        try tmux.start("sh " + TmuxSession.shellQuoted(directory.file("wrapper.sh")))
        try await Self.waitUntilReady(tmux)
        try tmux.type("cluster li")  // a half line: libedit's state must not leak either
        try await tmux.waitForScreen("the half line") { $0.lines.last == "sozu> cluster li" }
        // While the console runs, its terminal is raw: the comparison below can tell.
        let stty = try #require(ExternalProcess.which("stty"))
        let during = try ExternalProcess.run(stty, ["-a", "-F", try tmux.display("#{pane_tty}")]).outputText
        #expect(during.contains("-icanon") && during.contains("-echo "), "\(during)")
        let pidText = try String(contentsOfFile: directory.file("console.pid"), encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, signal) == 0)
        try await tmux.waitForScreen("the shell's status file") { _ in FileManager.default.fileExists(atPath: directory.file("status.txt")) }
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the console (pid \(pid)) is still running")
        let before = try String(contentsOfFile: directory.file("before.txt"), encoding: .utf8)
        let after = try String(contentsOfFile: directory.file("after.txt"), encoding: .utf8)
        #expect(before.contains("icanon") && before.contains("rows 40; columns 120"), "\(before)")
        #expect(before == after)
        #expect(during != before)
        // The console ends as the signal asked, with the shell's 128 + n.
        let status = try String(contentsOfFile: directory.file("status.txt"), encoding: .utf8)
        #expect(status == "exit=\(128 + signal)\n")
        // The screen is the shell's again: the alternate screen is gone.
        let screen = try tmux.screen()
        #expect(!screen.contains("sozu>"), "\(screen)")
    }

    // MARK: - Layout

    @Test("80x24, then 120x40: header on top, prompt on the last row, events beside the output once wide")
    func resize() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, columns: 80, rows: 24)
        let small = try tmux.screen()
        #expect(small.lines.count == 24, "\(small)")
        #expect(small.row(0).hasPrefix(" sozu-console"), "\(small)")
        #expect(small.row(23).hasPrefix("sozu>"), "\(small)")
        #expect(small.lines.allSatisfy { $0.count <= 80 })
        // Below 120 columns the events sit under the output, their title at the left edge.
        let smallEvents = try #require(small.firstRow(containing: " EVENTS "), "\(small)")
        #expect(small.row(smallEvents).hasPrefix(" EVENTS "), "\(small)")

        try tmux.type("cluster")
        try await tmux.waitForScreen("the typed word") { $0.lines.last == "sozu> cluster" }
        try tmux.resize(columns: 120, rows: 40)
        let large = try await tmux.waitForScreen("the prompt on row 40") { screen in
            screen.lines.count == 40 && screen.row(39).hasPrefix("sozu>")
        }
        #expect(large.row(0).hasPrefix(" sozu-console"), "\(large)")
        #expect(large.row(39) == "sozu> cluster", "the half line did not survive the resize:\n\(large)")
        #expect(large.cursorRow == 39 && large.cursorColumn == "sozu> cluster".count, "\(large)")
        #expect(large.lines.allSatisfy { $0.count <= 120 })
        // From 120 columns the events sit to the right of the output, on the same rows.
        let eventsRow = try #require(large.firstRow(containing: " EVENTS "), "\(large)")
        let title = large.row(eventsRow)
        let column = try #require(title.range(of: " EVENTS ")).lowerBound
        #expect(title.distance(from: title.startIndex, to: column) >= 60, "\(large)")
        #expect(!title[..<column].trimmingCharacters(in: .whitespaces).isEmpty, "the output should be beside the events:\n\(large)")
        #expect(!large.row(large.lines.count - 2).isEmpty, "the status line is empty:\n\(large)")
    }

    @Test("NO_COLOR=1: no colours, and every status is a word (without it, OK is green)", arguments: [true, false])
    func noColour(_ noColour: Bool) async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        try await Self.startConsole(tmux, environment: noColour ? ["NO_COLOR": "1"] : [:])
        try Self.enter(tmux, "status")
        let done = try await Self.waitForRequest(tmux, 1, "OK", "status")
        #expect(done.row(0).contains("CONNECTED"))
        let styled = try tmux.styledScreen()
        // SGR parameters 30-38 and 90-97 set a foreground colour (39 is the default colour).
        let colour = try Regex(#"\e\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]"#)
        if noColour {
            #expect(styled.firstMatch(of: colour) == nil, "colour escape sequences with NO_COLOR=1:\n\(styled)")
        } else {
            #expect(styled.firstMatch(of: colour) != nil, "no colour at all without NO_COLOR:\n\(styled)")
        }
    }
}
