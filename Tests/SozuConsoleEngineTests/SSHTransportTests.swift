import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

/// The SSH transport end to end: a real sshd on 127.0.0.1 (its own config, port and keys), the
/// operator's ssh client through SOZU_CONSOLE_SSH_COMMAND's place in the configuration, and a
/// simulator behind the remote socket. A local simulator beside it must keep working whatever
/// happens to the SSH side.
@Suite("Targets over SSH", .serialized)
struct SSHTransportTests {
    struct Setup {
        let daemon: SSHDaemon
        let local: SimulatedMainProcess
        let remote: SimulatedMainProcess
        let session: ConsoleSession
        let forwardDirectory: String

        func stop() async {
            await session.shutdown()
            await local.shutdown()
            await remote.shutdown()
            daemon.stop()
        }

        func waitFor(_ what: String, timeout: Duration = .seconds(20), _ condition: (ConsoleModel) -> Bool) async throws {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if condition(session.store.snapshot()) { return }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw HarnessError.timedOut("\(what); sshd said: \(daemon.log().suffix(600)); model: \(session.store.snapshot().targets.map { "\($0.name) \($0.connection.label) \($0.lastError ?? "")" })")
        }
    }

    /// A local target and a remote one whose socket is `remoteSocket` (default: the remote
    /// simulator's); with `wrongKey` the client offers a key the server does not know, with
    /// `wrongHostKey` its known_hosts holds another key for the server.
    static func start(remoteSocket: String? = nil, wrongKey: Bool = false, wrongHostKey: Bool = false) async throws -> Setup? {
        guard SSHDaemon.isAvailable else {
            print(SSHDaemon.missingNotice)
            return nil
        }
        let daemon = try SSHDaemon()
        try daemon.start()
        let local = SimulatedMainProcess(options: SimulatorOptions(socketPath: daemon.directory.file("local.sock"), workerCount: 2))
        try await local.start()
        let remote = SimulatedMainProcess(options: SimulatorOptions(socketPath: daemon.directory.file("remote.sock"), workerCount: 3))
        try await remote.start()
        let forwardDirectory = daemon.directory.file("forwards")
        var configuration = SessionConfiguration(socketPath: "local")
        configuration.fleet = [
            TargetSpec(name: "local", address: .local(path: daemon.directory.file("local.sock"))),
            TargetSpec(name: "remote", address: try TargetAddress(parsing: daemon.url(for: remoteSocket ?? daemon.directory.file("remote.sock")))),
        ]
        configuration.sshCommand = daemon.sshCommand(
            key: wrongKey ? daemon.otherKey : nil, knownHosts: wrongHostKey ? daemon.wrongKnownHosts : nil)
        configuration.forwardDirectory = forwardDirectory
        configuration.probeInterval = .milliseconds(300)
        configuration.reconnectBackoff = 0.1...1
        configuration.defaultTimeout = .seconds(5)
        let session = ConsoleSession(configuration)
        await session.start()
        return Setup(daemon: daemon, local: local, remote: remote, session: session, forwardDirectory: forwardDirectory)
    }

    static func isConnected(_ target: TargetState?) -> Bool {
        if case .connected? = target?.connection { true } else { false }
    }

    @Test("a remote proxy through ssh answers like a local one; its forward's socket is in a private directory; nothing is left after")
    func remoteTargetWorks() async throws {
        guard let setup = try await Self.start() else { return }
        try await setup.waitFor("both targets connected") { Self.isConnected($0[target: "local"]) && Self.isConnected($0[target: "remote"]) }
        guard case .submittedGroup(let id, _)? = await setup.session.execute("@all workers").last,
              let (_, members) = await setup.session.results(ofGroup: id) else { Issue.record("no group"); return }
        #expect(members.map(\.state.label) == ["OK", "OK"])
        guard case .ok(_, let content)? = members.last?.state, case .workers(let infos)? = content?.contentType else { Issue.record("no workers"); return }
        #expect(infos.vec.count == 3)  // the remote simulator's, not the local one's
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.forwardDirectory)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        #expect(SSHForward.isSocket(setup.forwardDirectory + "/remote.sock"))
        await setup.stop()
        #expect(!FileManager.default.fileExists(atPath: setup.forwardDirectory + "/remote.sock"))
        #expect(Self.sshProcesses(naming: setup.forwardDirectory).isEmpty, "ssh still runs")
    }

    @Test("remote socket missing: the target says so in words, and the local one keeps answering")
    func remoteSocketMissing() async throws {
        guard let setup = try await Self.start(remoteSocket: "/nonexistent/sozu.sock") else { return }
        defer { Task { await setup.stop() } }
        try await setup.waitFor("the remote target's error") { $0[target: "remote"]?.lastError?.contains("cannot be opened") == true }
        let error = setup.session.store.snapshot()[target: "remote"]?.lastError ?? ""
        #expect(error.hasPrefix("the remote socket /nonexistent/sozu.sock cannot be opened (ssh: "))
        #expect(!Self.isConnected(setup.session.store.snapshot()[target: "remote"]))
        #expect(try await Self.localAnswers(setup))
    }

    @Test("a key the server does not know: the login is refused, in words; no hang")
    func wrongKey() async throws {
        guard let setup = try await Self.start(wrongKey: true) else { return }
        defer { Task { await setup.stop() } }
        try await setup.waitFor("the login refused") { $0[target: "remote"]?.lastError?.contains("refused the login") == true }
        #expect(setup.session.store.snapshot()[target: "remote"]?.lastError?.contains("Permission denied") == true)
        #expect(try await Self.localAnswers(setup))
    }

    @Test("a host key other than known_hosts has: refused, in words")
    func hostKeyMismatch() async throws {
        guard let setup = try await Self.start(wrongHostKey: true) else { return }
        defer { Task { await setup.stop() } }
        try await setup.waitFor("the host key refused") { $0[target: "remote"]?.lastError?.contains("host key") == true }
        #expect(setup.session.store.snapshot()[target: "remote"]?.lastError?.contains("Host key verification failed") == true)
        #expect(try await Self.localAnswers(setup))
    }

    @Test("sshd killed mid-session: the remote target goes to reconnecting with ssh's reason; the local one goes on")
    func sshdKilled() async throws {
        guard let setup = try await Self.start() else { return }
        defer { Task { await setup.stop() } }
        try await setup.waitFor("both connected") { Self.isConnected($0[target: "local"]) && Self.isConnected($0[target: "remote"]) }
        setup.daemon.kill()
        try await setup.waitFor("the remote target lost") { model in
            guard case .reconnecting? = model[target: "remote"]?.connection else { return false }
            return model[target: "remote"]?.lastError != nil
        }
        #expect(try await Self.localAnswers(setup))
        guard case .submitted(let id, _)? = await setup.session.execute("@remote status").last,
              let request = await setup.session.result(of: id) else { Issue.record("not sent"); return }
        #expect(request.state.label == "LOST")
    }

    static func localAnswers(_ setup: Setup) async throws -> Bool {
        guard case .submitted(let id, _)? = await setup.session.execute("@local status").last,
              let request = await setup.session.result(of: id) else { return false }
        return request.state.label == "OK"
    }

    /// ssh processes whose command line names `path`.
    static func sshProcesses(naming path: String) -> [String] {
        let result = try? ExternalProcess.run("/usr/bin/pgrep", ["-af", path])
        return (result?.outputText ?? "").split(separator: "\n").map(String.init).filter { $0.contains("ssh") && !$0.contains("pgrep") }
    }
}
