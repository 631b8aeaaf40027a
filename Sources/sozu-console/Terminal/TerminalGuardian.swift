@preconcurrency import CNcursesw
import Glibc

/// A small process of the console's own that puts the terminal back if the console dies
/// without doing it: a crash on a thread whose stack is gone (no handler can run there),
/// SIGKILL, the OOM killer. The console hands it the terminal's settings from before the
/// screen and holds a pipe to it; when the pipe closes without the console having said
/// "done" (its own restore ran), the guardian leaves the alternate screen, shows the cursor
/// and restores the settings, then exits. It is the same executable, started with
/// `guardianArgument`.
enum TerminalGuardian {
    static let guardianArgument = "__terminal-guardian"
    /// The console's end of the pipe (-1 without a guardian): written "done" by the restore
    /// paths, crash handlers included (one async-signal-safe write).
    nonisolated(unsafe) static var pipeToGuardian: Int32 = -1
    static let doneByte: UInt8 = 0x44  // "D"

    /// Starts the guardian with the terminal's current settings; false when it cannot be
    /// started (the console runs without it).
    @discardableResult
    static func start(saved: termios) -> Bool {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return false }
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        // Nothing else the console starts may hold the pipe open.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The guardian reads the pipe as its descriptor 3 (dup2 clears close-on-exec), and
        // holds nothing else of the console's: a copy of a listening socket would keep it
        // accepting after the console closed it.
        posix_spawn_file_actions_adddup2(&actions, readEnd, 3)
        closeDescriptors(from: 4, in: &actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default handlers and an empty mask: the console's threads block signals.
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = ["sozu-console", guardianArgument]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/proc/self/exe", &actions, &attributes, &argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        var settings = saved
        let written = withUnsafeBytes(of: &settings) { write(writeEnd, $0.baseAddress, $0.count) }
        guard written == MemoryLayout<termios>.size else {
            close(writeEnd)
            return false
        }
        pipeToGuardian = writeEnd
        return true
    }

    /// glibc's close-from spawn action (2.34+; not imported into Swift), else one close
    /// action per descriptor open now.
    private static func closeDescriptors(from first: Int32, in actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, first)
            return
        }
        guard let directory = opendir("/proc/self/fd") else { return }
        defer { closedir(directory) }
        var open: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let descriptor = Int32(name), descriptor >= first { open.append(descriptor) }
        }
        for descriptor in open { posix_spawn_file_actions_addclose(&actions, descriptor) }
    }

    /// The terminal is back as it was: the guardian can go. Async-signal-safe.
    static func release() {
        let descriptor = pipeToGuardian
        guard descriptor >= 0 else { return }
        pipeToGuardian = -1
        var done = doneByte
        _ = write(descriptor, &done, 1)
        close(descriptor)
    }

    /// The guardian itself (in its own process): waits for the console, restores if it must.
    static func runGuardian() -> Never {
        // Signals meant for the console's process group are not for the guardian; SIGTTOU
        // ignored lets it restore the terminal after the shell took it back.
        for signal in [SIGINT, SIGTERM, SIGQUIT, SIGTSTP, SIGTTOU, SIGTTIN, SIGPIPE] { Glibc.signal(signal, SIG_IGN) }
        var saved = termios()
        let expected = MemoryLayout<termios>.size
        var got = 0
        var bytes = [UInt8](repeating: 0, count: expected)
        while got < expected {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(3, buffer.baseAddress.map { $0 + got }, expected - got)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { exit(0) }  // the console did not get so far
            got += count
        }
        withUnsafeMutableBytes(of: &saved) { destination in
            bytes.withUnsafeBytes { destination.copyMemory(from: $0) }
        }
        var released = false
        var byte: UInt8 = 0
        while true {
            let count = read(3, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            if byte == doneByte { released = true }
        }
        if !released {
            let reset = "\u{1b}[0m\u{1b}[?2004l\u{1b}[?1049l\u{1b}[?25h\r\n"
            _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
            tcsetattr(STDOUT_FILENO, TCSANOW, &saved)
        }
        exit(0)
    }
}
