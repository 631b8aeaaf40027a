@preconcurrency import CNcursesw
import Glibc
import Synchronization

/// A pipe that wakes the screen's poll() from other threads and from signal handlers.
final class WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    private let pending = Atomic<Bool>(false)

    init?() {
        var fds: [Int32] = [0, 0]
        guard pipe2(&fds, O_NONBLOCK | O_CLOEXEC) == 0 else { return nil }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    /// Wakes the loop; many wakes before it runs cost one byte.
    func wake() {
        guard !pending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe; returns whether anything was in it.
    @discardableResult
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var any = false
        while read(readEnd, &buffer, buffer.count) > 0 { any = true }
        // Cleared after reading: a wake from now on writes a byte that the next poll sees.
        pending.store(false, ordering: .releasing)
        return any
    }
}

/// Signals the screen handles, delivered through a pipe (the handler only writes a byte).
enum SignalPipe {
    nonisolated(unsafe) static var writeEnd: Int32 = -1
    static let handled: [Int32] = [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT]

    /// Returns the read end.
    static func install() -> Int32? {
        var fds: [Int32] = [0, 0]
        guard pipe2(&fds, O_NONBLOCK | O_CLOEXEC) == 0 else { return nil }
        writeEnd = fds[1]
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                let saved = errno
                var byte = UInt8(truncatingIfNeeded: signal)
                _ = write(SignalPipe.writeEnd, &byte, 1)
                errno = saved
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(signal, &action, nil)
        }
        return fds[0]
    }

    /// Gives the signals back their default action (once the screen is gone).
    static func uninstall() {
        for signal in handled { Glibc.signal(signal, SIG_DFL) }
    }

    static func read(from descriptor: Int32) -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var signals: [Int32] = []
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            signals += buffer.prefix(count).map { Int32($0) }
        }
        return signals
    }
}
