@preconcurrency import CNcursesw
import Glibc

/// Puts the terminal back as it was, from normal exits, fatal signals and crashes alike. The
/// terminal's settings are saved before curses starts; the crash path uses only
/// async-signal-safe calls (tcsetattr, write).
enum TerminalGuard {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var hasSaved = false
    nonisolated(unsafe) static var active = false
    nonisolated(unsafe) static var previousHandlers: [Int32: sigaction] = [:]

    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    static func save() {
        hasSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    /// Installs handlers that restore the terminal before a crash takes the process down.
    static func installCrashHandlers() {
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            previousHandlers[signal] = previous
        }
    }

    /// Leaves the alternate screen, shows the cursor and restores the saved settings.
    static func restore() {
        guard active else { return }
        active = false
        let reset = "\u{1b}[0m\u{1b}[?1049l\u{1b}[?25h\r\n"
        _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        if hasSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}

/// A fatal signal: restore the terminal, then let the previous handler (the Swift runtime's
/// backtracer) or the default action run.
private func crashHandler(_ signal: Int32) {
    TerminalGuard.restore()
    var action = TerminalGuard.previousHandlers[signal] ?? sigaction()
    if TerminalGuard.previousHandlers[signal] == nil {
        action.__sigaction_handler.sa_handler = SIG_DFL
    }
    sigaction(signal, &action, nil)
    raise(signal)
}
