import CSpawn
import Foundation
import Glibc
public import Logging

/// A remote command socket brought to a local one by the operator's own OpenSSH client:
/// `ssh -N -L LOCAL.sock:/remote/sozu.sock`, so that `~/.ssh/config`, agents, jump hosts and
/// `known_hosts` work as they do for every other tool. Each connection to the local socket is
/// one SSH channel over the one SSH connection.
///
/// It restarts a forward that ends (with backoff), reports its state and ssh's own errors in
/// words, and stops ssh when stopped, and also when this process dies without stopping it
/// (ssh runs under a small shell that ends it once our end of its stdin closes).
public actor SSHForward {
    public enum Event: Equatable, Sendable {
        /// ssh was started (attempt 1, 2…).
        case connecting(attempt: Int)
        /// Authenticated and listening on the local socket.
        case up
        /// ssh ended (or never got there): why, in words, and when it is tried again.
        case down(reason: String, retryIn: Duration)
        /// The forward is up but ssh could not open the remote socket for a connection.
        case channelFailed(String)
    }

    public nonisolated let events: AsyncStream<Event>
    private let continuation: AsyncStream<Event>.Continuation
    public nonisolated let location: TargetAddress.SSHLocation
    public nonisolated let localSocket: String
    /// The command line standing for `ssh` (`SOZU_CONSOLE_SSH_COMMAND`): run by /bin/sh, as git
    /// runs `GIT_SSH_COMMAND`.
    public nonisolated let command: String
    private let backoff: ClosedRange<Double>
    private let startTimeout: Duration
    private let logger: Logger
    private var runner: Task<Void, Never>?
    private var current: RunningSSH?
    private var stopping = false

    public init(
        location: TargetAddress.SSHLocation, localSocket: String, command: String = "ssh",
        backoff: ClosedRange<Double> = 0.5...30, startTimeout: Duration = .seconds(20),
        logger: Logger = Logger(label: "sozu-console.ssh")
    ) {
        self.location = location
        self.localSocket = localSocket
        self.command = command
        self.backoff = backoff
        self.startTimeout = startTimeout
        self.logger = logger
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(64))
    }

    /// ssh's arguments after the command: the forward, the options that keep it honest, the
    /// destination after `--` (nothing in it can read as an option).
    public nonisolated var arguments: [String] {
        var arguments = [
            "-N", "-T",
            "-o", "ExitOnForwardFailure=yes", "-o", "StreamLocalBindUnlink=yes", "-o", "BatchMode=yes",
            "-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=3",
            "-L", "\(localSocket):\(location.socketPath)",
        ]
        if let port = location.port { arguments += ["-p", String(port)] }
        return arguments + ["--", location.destination]
    }

    public func start() {
        guard runner == nil, !stopping else { return }
        runner = Task { await self.keepRunning() }
    }

    /// Ends ssh, removes the local socket, and ends `events`.
    public func stop() async {
        stopping = true
        runner?.cancel()
        current?.terminate()
        await runner?.value
        runner = nil
        unlink(localSocket)
        continuation.finish()
    }

    private func keepRunning() async {
        var attempt = 0
        var failuresInARow = 0
        while !Task.isCancelled, !stopping {
            attempt += 1
            continuation.yield(.connecting(attempt: attempt))
            let started = ContinuousClock.now
            let reason = await runOnce()
            guard !stopping, !Task.isCancelled else { return }
            // A forward that stayed up a while starts its backoff over.
            failuresInARow = ContinuousClock.now - started > .seconds(30) ? 1 : failuresInARow + 1
            let delay = min(backoff.upperBound, backoff.lowerBound * pow(2, Double(failuresInARow - 1)))
            let wait = Duration.milliseconds(Int(delay * 1000))
            logger.info("ssh forward down", metadata: ["destination": "\(location.destination)", "reason": "\(reason)"])
            continuation.yield(.down(reason: reason, retryIn: wait))
            try? await Task.sleep(for: wait)
        }
    }

    /// Runs ssh until it ends; returns why it ended, in words.
    private func runOnce() async -> String {
        unlink(localSocket)
        let running: RunningSSH
        do {
            running = try RunningSSH(command: command, arguments: arguments)
        } catch {
            return "cannot start ssh: \(error)"
        }
        current = running
        defer { current = nil }
        let deadline = ContinuousClock.now + startTimeout
        var up = false
        var lastError: String?
        while true {
            for line in running.takeErrorLines() {
                logger.debug("ssh: \(line)", metadata: ["destination": "\(location.destination)"])
                if let failure = Self.channelFailure(line, remote: location.socketPath) {
                    continuation.yield(.channelFailed(failure))
                } else if Self.matters(line) {
                    lastError = line
                }
            }
            if let status = running.exitStatus() {
                for line in running.takeErrorLines() where Self.matters(line) && Self.channelFailure(line, remote: location.socketPath) == nil {
                    lastError = line
                }
                return Self.explain(lastError, status: status, location: location)
            }
            if !up, Self.isSocket(localSocket) {
                up = true
                continuation.yield(.up)
            }
            if !up, ContinuousClock.now > deadline {
                running.terminate()
                _ = await running.waitForExit()
                return "ssh did not set up the forward within \(startTimeout.components.seconds) s" + (lastError.map { " (\($0))" } ?? "")
            }
            if stopping || Task.isCancelled {
                running.terminate()
                _ = await running.waitForExit()
                return "stopped"
            }
            try? await Task.sleep(for: up ? .milliseconds(200) : .milliseconds(50))
        }
    }

    public static func isSocket(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFSOCK
    }

    /// Lines of ssh's that say nothing wrong.
    static func matters(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.hasPrefix("Warning: Permanently added") && !trimmed.hasPrefix("debug")
    }

    /// `channel 3: open failed: connect failed: No such file or directory` (and the like): the
    /// remote socket cannot be opened.
    static func channelFailure(_ line: String, remote: String) -> String? {
        guard line.contains("open failed") else { return nil }
        return "the remote socket \(remote) cannot be opened (ssh: \(line.trimmingCharacters(in: .whitespaces)))"
    }

    /// Why ssh ended, in words, with ssh's own line.
    static func explain(_ line: String?, status: Int32, location: TargetAddress.SSHLocation) -> String {
        let host = location.port.map { "\(location.host):\($0)" } ?? location.host
        guard let line else { return "ssh to \(host) ended (status \(status)) without saying why" }
        let said = "ssh: \(line)"
        if line.contains("Host key verification failed") || line.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") || line.contains("No ED25519 host key is known") || line.contains("host key") {
            return "the host key of \(host) is not the one known_hosts has, or is unknown (\(said))"
        }
        if line.contains("Permission denied") { return "\(host) refused the login (\(said))" }
        if line.contains("Connection refused") { return "\(host) refused the connection (\(said))" }
        if line.contains("Could not resolve hostname") { return "\(location.host) is not a known host name (\(said))" }
        if line.contains("Connection timed out") || line.contains("Operation timed out") { return "\(host) did not answer (\(said))" }
        if line.contains("closed by remote host") || line.contains("Connection reset") || line.contains("Broken pipe") || line.contains("Timeout, server") {
            return "the SSH connection to \(host) was lost (\(said))"
        }
        if line.contains("forwarding") || line.contains("Could not request local forwarding") || line.contains("bind") {
            return "the forward could not be set up (\(said))"
        }
        return said
    }
}

/// One ssh process, under a shell that kills it when our end of its stdin closes (so that a
/// console killed outright leaves no ssh behind), its stderr read line by line on a thread.
/// Spawned directly (posix_spawn) so that it starts clean whatever this process set up: in
/// its own session (no terminal to read from, no Ctrl-C of ours), default signal handling and
/// no blocked signals (the console blocks some for its signal pipe), and only the descriptors
/// it is given (no other pipe end of ours keeps its stdin open).
final class RunningSSH: @unchecked Sendable {
    private let pid: pid_t
    private let stdinWrite: Int32
    private let lock = NSLock()
    private var lines: [String] = []
    private var readerDone = false
    private var status: Int32?
    private var inputOpen = true

    /// `$@` is ssh's arguments; fd 3 is our pipe, whose end means "stop".
    static let script = """
        exec 3<&0
        %COMMAND% "$@" </dev/null &
        child=$!
        ( read -r _ <&3; kill "$child" 2>/dev/null ) &
        watcher=$!
        exec 3<&-
        wait "$child"
        status=$?
        kill "$watcher" 2>/dev/null
        exit "$status"
        """

    enum SpawnError: Error, CustomStringConvertible {
        case system(String, Int32)
        var description: String {
            switch self {
            case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    init(command: String, arguments: [String]) throws(SpawnError) {
        var input: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        guard pipe2(&input, O_CLOEXEC) == 0 else { throw .system("pipe", errno) }
        guard pipe2(&errors, O_CLOEXEC) == 0 else {
            close(input[0]); close(input[1])
            throw .system("pipe", errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | sozu_spawn_setsid_flag())
        let argv = ["/bin/sh", "-c", Self.script.replacingOccurrences(of: "%COMMAND%", with: command), "sozu-console-ssh"] + arguments
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for argument in cArguments { free(argument) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, &attributes, cArguments, environ)
        close(input[0])
        close(errors[1])
        guard spawned == 0 else {
            close(input[1]); close(errors[0])
            throw .system("posix_spawn /bin/sh", spawned)
        }
        pid = child
        stdinWrite = input[1]
        let errorRead = errors[0]
        let thread = Thread { [weak self] in
            var pending: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4_096)
            while true {
                let count = read(errorRead, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                pending += buffer.prefix(count)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    self?.append(line.trimmingCharacters(in: CharacterSet(charactersIn: "\r")))
                }
                // A line that never ends is cut: ssh's lines are short.
                if pending.count > 4_096 { self?.append(String(decoding: pending.prefix(4_096), as: UTF8.self)); pending.removeAll() }
            }
            if !pending.isEmpty { self?.append(String(decoding: pending, as: UTF8.self)) }
            close(errorRead)
            self?.finishReading()
        }
        thread.start()
    }

    deinit {
        closeInput()
    }

    /// Our end of its stdin: once closed, its watcher ends ssh.
    private func closeInput() {
        lock.lock()
        defer { lock.unlock() }
        guard inputOpen else { return }
        inputOpen = false
        close(stdinWrite)
    }

    private func append(_ line: String) {
        lock.lock()
        // Bounded: a chatty ssh cannot grow this without end between two reads.
        if lines.count < 256 { lines.append(line) }
        lock.unlock()
    }

    private func finishReading() {
        lock.lock()
        readerDone = true
        lock.unlock()
    }

    func takeErrorLines() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let taken = lines
        lines = []
        return taken
    }

    /// Reaps the shell if it has exited; its status.
    private func reap() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let status { return status }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        guard result == pid else { return nil }
        // Exited: its code; killed: 128 + the signal, as a shell says.
        let code = raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        status = code
        return code
    }

    /// Its exit status once it has exited and its stderr is read to the end; nil before.
    func exitStatus() -> Int32? {
        guard let code = reap() else { return nil }
        lock.lock()
        let done = readerDone
        lock.unlock()
        return done ? code : nil
    }

    /// Closes our end of its stdin (its watcher then ends ssh) and asks the shell to end.
    func terminate() {
        closeInput()
        lock.lock()
        let running = status == nil
        lock.unlock()
        if running { kill(pid, SIGTERM) }
    }

    func waitForExit() async -> Int32 {
        while true {
            if let code = reap() { return code }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
