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
/// The pane's shell writes the program's exit status to a file when it ends, and the pane stays
/// (`remain-on-exit`), so a test can check that the program exited, with which status and
/// leaving what on the terminal, and can start it again in the same pane. The pane's TERM is
/// tmux's `default-terminal`. `close()` kills the server and removes the directory: call it in
/// a `defer`.
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
        try run(["new-session", "-d", "-s", "test", "-x", "\(columns)", "-y", "\(rows)", recordingExit(command)], environment: environment(extra))
        started = true
    }

    /// Runs `command` again in the pane, after the previous one exited.
    func respawn(_ command: String) throws {
        try run(["respawn-pane", "-t", "test", recordingExit(command)])
    }

    /// `command`, then its exit status written to a file. tmux's own `#{pane_dead_status}`
    /// cannot be relied on: tmux 3.3a never records the status of a program that closes the
    /// terminal before it exits, and the console's exit races with tmux's read of the pane.
    private func recordingExit(_ command: String) -> String {
        try? FileManager.default.removeItem(atPath: exitStatusFile)
        return "\(command); echo \"$?\" > \(Self.shellQuoted(exitStatusFile))"
    }

    private var exitStatusFile: String { directory.file("pane-exit-status") }

    /// Types text as it is (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "test", "-l", "--", text])
    }

    /// Presses keys by tmux's names: Enter, Tab, Up, C-c, C-d, y…
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", "test"] + keys)
    }

    /// Pastes `text` as a terminal does: marked as a paste (bracketed, when the program asked
    /// for it) or as if typed.
    func paste(_ text: String, bracketed: Bool) throws {
        let file = directory.file("paste-buffer.txt")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try run(["load-buffer", "-b", "pasted", file])
        try run(["paste-buffer", "-b", "pasted", "-t", "test"] + (bracketed ? ["-p"] : []))
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", "test", "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen() throws -> Screen {
        let text = try run(["capture-pane", "-p", "-t", "test"])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let cursor = try display("#{cursor_y} #{cursor_x}").split(separator: " ").compactMap { Int($0) }
        return Screen(lines: lines, cursorRow: cursor.first ?? -1, cursorColumn: cursor.dropFirst().first ?? -1)
    }

    /// A tmux format expanded for the pane: `#{pane_tty}`, `#{pane_pid}`…
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "test", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's rows with tmux's escape sequences for colours and attributes.
    func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "test"])
    }

    /// The exit status of the pane's program (128 + the signal that killed it), or nil while
    /// it runs.
    func exitStatus() throws -> Int32? {
        guard let text = try? String(contentsOfFile: exitStatusFile, encoding: .utf8), text.hasSuffix("\n") else { return nil }
        guard let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "unreadable exit status: \(text)")
        }
        return status
    }

    /// Polls the screen every 100 ms until `condition` holds on two captures in a row (50 ms
    /// apart: a capture can catch a repaint half done); on timeout, fails with `what` and the
    /// last screen.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Duration = .seconds(15), until condition: (Screen) -> Bool) async throws -> Screen {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var heldOnce = false
        while true {
            let screen = try screen()
            if condition(screen) {
                if heldOnce { return screen }
                heldOnce = true
                try await Task.sleep(for: .milliseconds(50))
                continue
            }
            heldOnce = false
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

    /// Kills the server (and with it the program, by SIGHUP), waits up to 5 s for every
    /// process of the pane's session to end (then SIGKILLs what is left), and removes the
    /// directory. Waiting for the pane's shell alone is not enough: the console outlives it by
    /// the time it takes to shut down, writing its history and log into the directory.
    func close() {
        if started, let leader = (try? display("#{pane_pid}")).flatMap({ pid_t($0) }), leader > 0 {
            let processes = Self.processes(inSession: leader)
            _ = try? run(["kill-server"])
            let deadline = ContinuousClock.now + .seconds(5)
            while processes.contains(where: Self.isRunning), ContinuousClock.now < deadline { usleep(20_000) }
            for pid in processes where Self.isRunning(pid) { kill(pid, SIGKILL) }
        } else if started {
            _ = try? run(["kill-server"])
        }
        directory.remove()
    }

    /// The fields of /proc/PID/stat after the command name: state, ppid, pgrp, session…
    private static func statFields(_ pid: pid_t) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return nil }
        return stat[afterName.upperBound...].split(separator: " ")
    }

    /// The processes whose session is `leader`'s (the pane's: tmux makes its shell a session
    /// leader), the leader included.
    private static func processes(inSession leader: pid_t) -> [pid_t] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap { pid_t($0) }.filter { pid in
            guard let fields = statFields(pid), fields.count > 3 else { return false }
            return fields[3] == "\(leader)"
        }
    }

    /// Whether a process runs (a zombie that nobody reaped yet does not).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let fields = statFields(pid) else { return true }
        return fields.first != "Z"
    }

    /// Runs tmux on this session's socket and configuration; returns what it printed.
    @discardableResult
    private func run(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let printed = directory.file("tmux.out"), complaint = directory.file("tmux.err")
        let status = try Self.spawn(
            [tmux, "-S", socket, "-f", configuration] + arguments,
            environment: environment ?? self.environment([:]), output: printed, errors: complaint)
        let output = (try? String(contentsOfFile: printed, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let errors = (try? String(contentsOfFile: complaint, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited with \(status): \(errors)")
        }
        return output
    }

    /// Runs a program to its end, its output and errors in files; returns its exit status.
    ///
    /// Not Foundation's `Process`: that starts the child with the calling thread's signal
    /// mask, and a test runs on a thread that blocks nearly every signal. The tmux server
    /// (forked from its first client) would keep that mask: it would never see SIGCHLD, so a
    /// pane whose program exited would never be marked dead, and SIGTERM would not stop it.
    /// Here the child starts with no signal blocked, default handlers, and no descriptor but
    /// 0, 1 and 2 (the server lives on: it must not hold another test's pipe open).
    private static func spawn(_ arguments: [String], environment: [String: String], output: String, errors: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeDescriptorsFrom3(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard started == 0 else {
            throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(started)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno == EINTR { continue }
            // Someone else in this process reaped it: it ended, its status is lost.
            if errno == ECHILD { return 0 }
            throw Failure(description: "waitpid \(pid): \(String(cString: strerror(errno)))")
        }
        // WIFEXITED / WEXITSTATUS are macros Swift does not see.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Closes every descriptor from 3 up in the child: glibc's `closefrom` action (2.34+,
    /// not imported into Swift), else one close action per descriptor open now.
    private static func closeDescriptorsFrom3(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor >= 3 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// `word` quoted for /bin/sh.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
