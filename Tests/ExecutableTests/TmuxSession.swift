import Foundation
import SozuTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A program on a real terminal: one tmux server of its own (a socket in a fresh temporary
/// directory, never the user's tmux), one window with one pane. Tests type into the pane with
/// `type` and `press`, and read it back with `screen()` or by polling with `waitForScreen`.
///
/// The pane stays after its program exits (`remain-on-exit`), so a test can check that it
/// exited, with which status, and what it left on the terminal. `close()` kills the server and
/// removes the directory: call it in a `defer`.
final class TmuxSession {
    /// What went wrong driving tmux, or what never appeared on the screen (with the last screen).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The pane's text, one string per row (trailing blanks dropped by tmux), and its cursor.
    struct Screen: CustomStringConvertible {
        var lines: [String]
        var cursorRow: Int
        var cursorColumn: Int

        /// A row, or "" past the end.
        func row(_ index: Int) -> String {
            lines.indices.contains(index) ? lines[index] : ""
        }

        func contains(_ text: String) -> Bool {
            lines.contains { $0.contains(text) }
        }

        /// The index of the first row that contains `text`.
        func firstRow(containing text: String) -> Int? {
            lines.firstIndex { $0.contains(text) }
        }

        /// The screen with row numbers, for failure messages.
        var description: String {
            var text = "cursor at row \(cursorRow), column \(cursorColumn)\n"
            for (index, line) in lines.enumerated() {
                text += String(format: "%2d│", index) + line + "\n"
            }
            return text
        }
    }

    /// Whether tmux is installed.
    static var isAvailable: Bool { ExternalProcess.which("tmux") != nil }

    let directory: TemporaryDirectory
    private let socket: String
    private let configuration: String
    private let tmux: String
    private var started = false

    /// Makes the directory and the tmux configuration; `start` runs the program.
    init() throws {
        guard let tmux = ExternalProcess.which("tmux") else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        directory = try TemporaryDirectory()
        socket = directory.file("tmux.sock")
        configuration = directory.file("tmux.conf")
        // No status bar (the pane is the whole window) and a pane that stays when its program
        // exits. (`window-size manual` here makes tmux 3.3a's server exit at once; the
        // window is detached anyway, and resize-window makes its size manual itself.)
        let settings = """
            set -g status off
            set -g remain-on-exit on
            set -g history-limit 200
            set -s escape-time 0

            """
        try settings.write(toFile: configuration, atomically: true, encoding: .utf8)
    }

    /// The environment the server (hence every pane) gets: a private HOME, state directory
    /// and TMPDIR in the temporary directory, a UTF-8 locale, no backtraces.
    func environment(_ extra: [String: String]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": directory.path,
            "XDG_STATE_HOME": directory.file("state"),
            "TMPDIR": directory.path,
            "LANG": "C.UTF-8",
            "SHELL": "/bin/sh",
            "TERM": "xterm-256color",
            "SWIFT_BACKTRACE": "enable=no",
        ]
        environment.merge(extra) { $1 }
        return environment
    }

    /// Starts the server with one `columns`×`rows` window running `command` (a shell command).
    func start(_ command: String, columns: Int = 120, rows: Int = 40, environment extra: [String: String] = [:]) throws {
        try run(["new-session", "-d", "-s", "test", "-x", "\(columns)", "-y", "\(rows)", command], environment: environment(extra))
        started = true
    }

    /// Runs `command` again in the pane, after the previous one exited.
    func respawn(_ command: String) throws {
        try run(["respawn-pane", "-t", "test", command])
    }

    /// Types text as it is (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "test", "-l", "--", text])
    }

    /// Presses keys by tmux's names: Enter, Tab, Up, C-c, C-d, y…
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", "test"] + keys)
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", "test", "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen() throws -> Screen {
        let text = try run(["capture-pane", "-p", "-t", "test"])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let cursor = try run(["display-message", "-p", "-t", "test", "#{cursor_y} #{cursor_x}"])
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return Screen(lines: lines, cursorRow: cursor.first ?? -1, cursorColumn: cursor.dropFirst().first ?? -1)
    }

    /// The pane's rows with tmux's escape sequences for colours and attributes.
    func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "test"])
    }

    /// Whether the pane's program has exited, and its status when it has.
    func exitStatus() throws -> Int32? {
        let fields = try run(["display-message", "-p", "-t", "test", "#{pane_dead} #{pane_dead_status}"])
            .split(whereSeparator: \.isWhitespace)
        guard fields.first == "1" else { return nil }
        return fields.count > 1 ? Int32(fields[1]) ?? -1 : -1
    }

    /// Polls the screen every 100 ms until `condition` holds; on timeout, fails with `what`
    /// and the last screen.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Duration = .seconds(15), until condition: (Screen) -> Bool) async throws -> Screen {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let screen = try screen()
            if condition(screen) { return screen }
            if clock.now >= deadline {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); the last screen:\n\(screen)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    @discardableResult
    func waitForScreen(containing text: String, timeout: Duration = .seconds(15)) async throws -> Screen {
        try await waitForScreen("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Polls until the pane's program has exited; returns its status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(15)) async throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let status = try exitStatus() { return status }
            if clock.now >= deadline {
                throw Failure(description: "the program did not exit within \(timeout); the last screen:\n\(try screen())")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Kills the server (and with it the program, by SIGHUP) and removes the directory.
    func close() {
        if started { _ = try? run(["kill-server"]) }
        directory.remove()
    }

    /// Runs tmux on this session's socket and configuration; returns what it printed.
    @discardableResult
    private func run(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-S", socket, "-f", configuration] + arguments
        process.environment = environment ?? self.environment([:])
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // tmux prints little (a screen at most): reading one pipe after the other cannot block.
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// `word` quoted for /bin/sh.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
