import Foundation
import SozuTestSupport
import Testing

/// The fleet from the command line: --target, --fleet, --demo --fleet N, a fleet scenario, and
/// an ssh:// target through SOZU_CONSOLE_SSH_COMMAND against a real sshd.
@Suite("sozu-console over several proxies", .serialized)
struct FleetExecutableTests {
    let console = PackagePaths.productsDirectory.appendingPathComponent("sozu-console").path

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ExternalProcess.Result {
        try ExternalProcess.run(console, arguments + ["--no-journal"], environment: environment)
    }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("--demo --fleet 3: '@all status' --json is one object per target, with its name; fleet diff finds the drifted cluster (exit 1)")
    func demoFleet() throws {
        let status = try run(["--demo", "--fleet", "3", "--json", "-e", "@all status"])
        #expect(status.status == 0, "\(status.standardError)")
        let objects = try Self.objects(status.outputText)
        #expect(objects.map { $0["target"] as? String } == ["web-1", "web-2", "web-3"])
        #expect(objects.allSatisfy { $0["status"] as? String == "OK" })
        let diff = try run(["--demo", "--fleet", "3", "-e", "fleet diff"])
        #expect(diff.status == 1, "\(diff.standardError)")
        #expect(diff.outputText.contains("only on web-2"))
        let json = try run(["--demo", "--fleet", "3", "--json", "-e", "fleet diff"])
        let report = try #require(try Self.objects(json.outputText).first)
        #expect(report["drift"] as? Bool == true)
    }

    @Test("a fleet scenario: each proxy its own workers and drain speed; a rolling upgrade runs to its end (exit 0)")
    func fleetScenarioRollingUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = directory.file("fleet.toml")
        try """
            [[proxy]]
            name = "eu-1"
            workers = 2
            drain_factor = 0.05
            tags = { region = "eu" }

            [[proxy]]
            name = "us-1"
            workers = 1
            drain_factor = 0.05
            tags = { region = "us" }
            """.write(toFile: scenario, atomically: true, encoding: .utf8)
        let result = try run(["--demo", "--demo-scenario", scenario, "-e", "targets", "-e", "@all upgrade --rolling --settle 0.5s"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputText.contains("2 targets: 2 connected"))
        #expect(result.outputText.contains("rolling upgrade #1: done on 2 of 2 targets"))
        #expect(result.standardError.contains("us-1 done"))
    }

    @Test("--target and --socket together are refused; a bad --target says why (exit 64 from the parser)")
    func badOptions() throws {
        let both = try run(["--socket", "/tmp/x.sock", "--target", "a=/tmp/a.sock", "-e", "status"])
        #expect(both.status != 0)
        #expect(both.standardError.contains("--socket names one proxy, --target and --fleet several"))
        let bad = try run(["--target", "a", "-e", "status"])
        #expect(bad.standardError.contains("--target takes NAME=SOCKET_OR_URL, not 'a'"))
        let option = try run(["--target", "a=ssh://-oProxyCommand=x/s", "-e", "status"])
        #expect(option.standardError.contains("may not start with '-'"))
    }

    @Test("a fleet file with a local target and an ssh:// one through SOZU_CONSOLE_SSH_COMMAND: both answer")
    func fleetFileWithSSH() async throws {
        guard SSHDaemon.isAvailable else {
            print(SSHDaemon.missingNotice)
            return
        }
        let daemon = try SSHDaemon()
        try daemon.start()
        defer { daemon.stop() }
        let simulator = PackagePaths.productsDirectory.appendingPathComponent("sozu-sim").path
        var simulators: [Process] = []
        defer { for process in simulators { process.terminate(); process.waitUntilExit() } }
        for (name, workers) in [("local", 2), ("remote", 3)] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: simulator)
            process.arguments = ["--socket", daemon.directory.file("\(name).sock"), "--workers", String(workers)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            simulators.append(process)
        }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !["local", "remote"].allSatisfy({ FileManager.default.fileExists(atPath: daemon.directory.file("\($0).sock")) }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        let fleet = daemon.directory.file("fleet.toml")
        try """
            [[target]]
            name = "local"
            socket = "\(daemon.directory.file("local.sock"))"

            [[target]]
            name = "remote"
            url = "\(daemon.url(for: daemon.directory.file("remote.sock")))"
            tags = { region = "far" }
            """.write(toFile: fleet, atomically: true, encoding: .utf8)
        let result = try run(["--fleet", fleet, "--json", "-e", "@all workers"], environment: ["SOZU_CONSOLE_SSH_COMMAND": daemon.sshCommand()])
        #expect(result.status == 0, "\(result.standardError)")
        let objects = try Self.objects(result.outputText)
        #expect(objects.map { $0["target"] as? String } == ["local", "remote"])
        let remoteWorkers = ((objects.last?["content"] as? [String: Any])?["WORKERS"] as? [String: Any])?["vec"] as? [Any]
        #expect(remoteWorkers?.count == 3)
        // The same remote target, alone, by its tag.
        let tagged = try run(["--fleet", fleet, "-e", "@tag:far status"], environment: ["SOZU_CONSOLE_SSH_COMMAND": daemon.sshCommand()])
        #expect(tagged.status == 0, "\(tagged.standardError)")
    }
}
