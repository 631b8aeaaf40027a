public import Foundation
import Glibc

/// A real OpenSSH server for the SSH transport's tests: its own config, host key, port on
/// 127.0.0.1 and authorized key, in a temporary directory; the client side has a key pair and
/// a known_hosts file there too. Nothing of the machine's own ssh set-up is used or changed.
public final class SSHDaemon: @unchecked Sendable {
    public static let sshdPath = "/usr/sbin/sshd"
    public static let missingNotice = "sshd is not installed (Resources/setup.sh installs openssh-server): SSH transport tests skipped"
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshdPath) && ExternalProcess.which("ssh") != nil && ExternalProcess.which("ssh-keygen") != nil
    }

    public let directory: TemporaryDirectory
    public let port: Int
    /// sshd's pid. Not a Foundation `Process`: sshd closes the descriptors it inherits, which
    /// Foundation reads as its exit and then waits for it, blocking every other `Process`.
    private var pid: pid_t?

    public var clientKey: String { directory.file("client_key") }
    public var otherKey: String { directory.file("other_key") }
    public var knownHosts: String { directory.file("known_hosts") }
    public var wrongKnownHosts: String { directory.file("wrong_known_hosts") }

    public init() throws {
        directory = try TemporaryDirectory()
        port = try Self.freePort()
        for key in ["host_key", "client_key", "other_key", "other_host_key"] {
            let result = try ExternalProcess.run(ExternalProcess.which("ssh-keygen") ?? "/usr/bin/ssh-keygen",
                                                 ["-q", "-t", "ed25519", "-N", "", "-C", "sozu-test", "-f", directory.file(key)])
            guard result.status == 0 else { throw SSHDaemonError.setup("ssh-keygen: \(result.standardError)") }
        }
        try FileManager.default.copyItem(atPath: directory.file("client_key.pub"), toPath: directory.file("authorized_keys"))
        let hostKey = try String(contentsOfFile: directory.file("host_key.pub"), encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        let otherHostKey = try String(contentsOfFile: directory.file("other_host_key.pub"), encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try "[127.0.0.1]:\(port) \(hostKey)\n".write(toFile: knownHosts, atomically: true, encoding: .utf8)
        try "[127.0.0.1]:\(port) \(otherHostKey)\n".write(toFile: wrongKnownHosts, atomically: true, encoding: .utf8)
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory.file("host_key"))
            AuthorizedKeysFile \(directory.file("authorized_keys"))
            PidFile \(directory.file("sshd.pid"))
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            AllowStreamLocalForwarding yes
            X11Forwarding no
            LogLevel VERBOSE
            """
        try config.write(toFile: directory.file("sshd_config"), atomically: true, encoding: .utf8)
        for key in ["host_key", "client_key", "other_key"] { chmod(directory.file(key), 0o600) }
    }

    /// Starts sshd and waits until it takes connections.
    public func start() throws {
        // sshd run by root wants its privilege separation directory.
        if geteuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755]) }
        let logFile = directory.file("sshd.log")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, logFile, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        let argv = [Self.sshdPath, "-D", "-e", "-f", directory.file("sshd_config")]
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for argument in cArguments { free(argument) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, Self.sshdPath, &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw SSHDaemonError.setup("posix_spawn sshd: \(spawned)") }
        pid = child
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.accepts(port: port) { return }
            var status: Int32 = 0
            if waitpid(child, &status, WNOHANG) == child {
                pid = nil
                throw SSHDaemonError.setup("sshd exited: \(log())")
            }
            usleep(50_000)
        }
        throw SSHDaemonError.setup("sshd did not listen on \(port) within 10 s")
    }

    /// Kills sshd and every session process it started (as a crash or a reboot would).
    public func kill() {
        guard let pid else { return }
        _ = try? ExternalProcess.run("/usr/bin/pkill", ["-KILL", "-P", String(pid)])
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        self.pid = nil
    }

    public func stop() {
        kill()
        directory.remove()
    }

    /// What sshd logged so far (for a failing test's message).
    public func log() -> String {
        (try? String(contentsOfFile: directory.file("sshd.log"), encoding: .utf8)) ?? ""
    }

    /// The ssh command line the console is given (as SOZU_CONSOLE_SSH_COMMAND): this server's
    /// key and known_hosts, nothing from the user's own configuration.
    public func sshCommand(key: String? = nil, knownHosts: String? = nil) -> String {
        "ssh -F /dev/null -i \(key ?? clientKey) -o IdentitiesOnly=yes -o UserKnownHostsFile=\(knownHosts ?? self.knownHosts) "
            + "-o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o ConnectTimeout=5"
    }

    public func url(for remoteSocket: String) -> String {
        "ssh://127.0.0.1:\(port)\(remoteSocket)"
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SSHDaemonError.setup("socket: \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0 else { throw SSHDaemonError.setup("bind: \(errno)") }
        let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        guard named == 0 else { throw SSHDaemonError.setup("getsockname: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}

public enum SSHDaemonError: Error {
    case setup(String)
}
