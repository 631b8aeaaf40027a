@preconcurrency import CNcursesw
import Glibc

/// Puts the terminal back as it was, from normal exits, fatal signals and crashes alike. The
/// terminal's settings are saved before curses starts; the crash path uses only
/// async-signal-safe calls (tcsetattr, write).
enum TerminalGuard {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var hasSaved = false
    nonisolated(unsafe) static var active = false
    /// The handlers ours replaced, by signal number: plain memory, so that the crash handler
    /// reads it without touching Swift collections.
    nonisolated(unsafe) static let previousHandlers: UnsafeMutablePointer<sigaction> = {
        let storage = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        storage.initialize(repeating: sigaction(), count: 65)
        return storage
    }()
    nonisolated(unsafe) static let hasPreviousHandler: UnsafeMutablePointer<Bool> = {
        let storage = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
        storage.initialize(repeating: false, count: 65)
        return storage
    }()

    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Saves the terminal's settings, and hands them to a guardian process that restores
    /// them if the console dies without doing so (see `TerminalGuardian`).
    static func save() {
        hasSaved = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasSaved { TerminalGuardian.start(saved: saved) }
    }

    /// An alternate signal stack for the calling thread, so that a stack overflow there can
    /// still run the crash handler (threads the console does not own are the guardian's).
    static func installAlternateStack() {
        let size = max(Int(SIGSTKSZ), 64 << 10)
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) != 0 { free(memory) }
    }

    /// Installs handlers that restore the terminal before a crash takes the process down.
    static func installCrashHandlers() {
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            // On the alternate stack, so that a stack overflow still restores the terminal.
            action.sa_flags = Int32(SA_ONSTACK)
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            guard signal < 65 else { continue }
            previousHandlers[Int(signal)] = previous
            hasPreviousHandler[Int(signal)] = true
        }
    }

    /// Leaves the alternate screen, shows the cursor and restores the saved settings.
    static func restore() {
        guard active else { return }
        active = false
        let reset = "\u{1b}[0m\u{1b}[?2004l\u{1b}[?1049l\u{1b}[?25h\r\n"
        _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        if hasSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        TerminalGuardian.release()
    }
}

/// A fatal signal: restore the terminal, then let the previous handler (the Swift runtime's
/// backtracer) or the default action run.
private func crashHandler(_ signal: Int32) {
    TerminalGuard.restore()
    var action = sigaction()
    if signal >= 0, signal < 65, TerminalGuard.hasPreviousHandler[Int(signal)] {
        action = TerminalGuard.previousHandlers[Int(signal)]
    } else {
        action.__sigaction_handler.sa_handler = SIG_DFL
    }
    sigaction(signal, &action, nil)
    raise(signal)
}
