import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

/// Collects what a one-shot run prints.
final class Printed: @unchecked Sendable {
    private let lock = NSLock()
    private var out: [String] = []
    private var err: [String] = []
    func output(_ line: String) { lock.withLock { out.append(line) } }
    func diagnostic(_ line: String) { lock.withLock { err.append(line) } }
    var standardOutput: [String] { lock.withLock { out } }
    var standardError: [String] { lock.withLock { err } }
}

func lines(_ items: String...) -> AsyncStream<String> {
    AsyncStream { continuation in
        for item in items { continuation.yield(item) }
        continuation.finish()
    }
}

func runOneShot(_ harness: Harness, json: Bool = false, _ commands: String...) async -> (OneShotExitStatus, Printed) {
    let printed = Printed()
    var options = OneShotRunner.Options()
    options.json = json
    options.width = 80
    let runner = OneShotRunner(
        session: harness.session, options: options,
        output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
    let stream = AsyncStream<String> { continuation in
        for command in commands { continuation.yield(command) }
        continuation.finish()
    }
    return (await runner.run(stream), printed)
}

@Suite("One-shot mode", .serialized)
struct OneShotRunnerTests {
    @Test("exit 0 when every command succeeds; tables on stdout, PROCESSING on stderr")
    func success() async throws {
        let harness = try await Harness.start(workers: 2)
        let (status, printed) = await runOneShot(harness, "status", "cluster add -i api --load-balancing-policy random; cluster list -i api")
        #expect(status == .ok)
        #expect(printed.standardOutput.first?.hasPrefix("OK #1 status (") == true)
        #expect(printed.standardOutput.contains { $0.contains("RUNNING") })
        #expect(printed.standardError.contains { $0.contains("#1 status PROCESSING Querying status of workers...") })
        #expect(printed.standardOutput.contains { $0.hasPrefix("OK #2 cluster add") })
        #expect(printed.standardOutput.contains { $0.hasPrefix("OK #3 cluster list") })
        await harness.stop()
    }

    @Test("exit 1 on a FAILURE, and nothing after it runs")
    func failure() async throws {
        let harness = try await Harness.start()
        let (status, printed) = await runOneShot(harness, "cluster remove -i nothing-here", "status")
        #expect(status == .failure)
        #expect(printed.standardError.contains { $0.hasPrefix("FAILURE #1 cluster remove") })
        #expect(harness.session.store.snapshot().requests.count == 1)
        await harness.stop()
    }

    @Test("exit 2 on a bad command, pointing at the word, before anything runs")
    func badCommand() async throws {
        let harness = try await Harness.start()
        let (status, printed) = await runOneShot(harness, "cluster lst")
        #expect(status == .badCommand)
        #expect(printed.standardError == [
            "cluster lst\n        ^^^ 'cluster' has no sub-command 'lst'; expected list, add, remove, h2, health-check; did you mean 'list'?"
        ])
        #expect(harness.session.store.snapshot().requests.isEmpty)
        await harness.stop()
    }

    @Test("exit 3 when the socket does not answer")
    func unreachable() async throws {
        let directory = try TemporaryDirectory()
        var configuration = SessionConfiguration(socketPath: directory.file("nothing.sock"))
        configuration.subscribesToEvents = false
        let session = ConsoleSession(configuration)
        let printed = Printed()
        let runner = OneShotRunner(session: session, options: OneShotRunner.Options(), output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
        let status = await runner.run(lines("status"))
        #expect(status == .unreachable)
        #expect(printed.standardError.first?.hasPrefix("cannot reach Sōzu at \(directory.file("nothing.sock")): not sent: no socket at") == true)
        await session.shutdown()
        directory.remove()
    }

    @Test("config check loads a file as Sōzu would, without a proxy: what it applies, or Sōzu's refusal (exit 1)")
    func configCheck() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try """
            worker_count = 3
            [[listeners]]
            protocol = "http"
            address = "0.0.0.0:8080"
            [clusters.web]
            protocol = "http"
            frontends = [{ address = "0.0.0.0:8080", hostname = "example.com" }, { address = "0.0.0.0:9090", hostname = "example.org" }]
            backends = [{ address = "10.0.0.1:80" }, { address = "10.0.0.2:80" }]
            [clusters.db]
            protocol = "tcp"
            frontends = [{ address = "0.0.0.0:5432" }]
            backends = [{ address = "10.0.1.1:5432" }]
            """.write(toFile: directory.file("config.toml"), atomically: true, encoding: .utf8)
        try "[[listeners]]\naddress = \"0.0.0.0:80\"\n".write(toFile: directory.file("bad.toml"), atomically: true, encoding: .utf8)
        var configuration = SessionConfiguration(socketPath: directory.file("nothing.sock"))
        configuration.subscribesToEvents = false
        configuration.configurationPath = directory.file("config.toml")
        let session = ConsoleSession(configuration)
        func run(_ line: String) async -> (OneShotExitStatus, Printed) {
            let printed = Printed()
            let runner = OneShotRunner(session: session, options: OneShotRunner.Options(), output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
            return (await runner.run(lines(line)), printed)
        }
        let (status, printed) = await run("config check")
        #expect(status == .ok)
        #expect(printed.standardOutput.joined(separator: "\n") == """
            Configuration file is valid: \(directory.file("config.toml"))
            At start and on `reload`, Sōzu applies 14 requests: 3 listeners, 2 clusters, 3 frontends, 3 backends, 3 activations.
            workers: 3 (task timeout 10 s) · command socket: \(FileManager.default.currentDirectoryPath)/sozu.sock

            listener      protocol  activated
            ────────────  ────────  ─────────
            0.0.0.0:8080  http      yes
            0.0.0.0:9090  http      yes
            0.0.0.0:5432  tcp       yes

            cluster  frontends  certificates  backends
            ───────  ─────────  ────────────  ────────
            db       1 tcp                 0         1
            web      2 http                0         2
            """)
        let (badStatus, bad) = await run("config check -f \(directory.file("bad.toml"))")
        #expect(badStatus == .failure)
        #expect(bad.standardError == ["\(directory.file("bad.toml")) is not a configuration Sōzu would load: missing Protocol"])
        await session.shutdown()
    }

    @Test("exit 4 when an answer does not come in time")
    func timeout() async throws {
        // Long enough for the first check (list_workers, answered by the main process alone)
        // on a loaded machine; the silent worker holds `status` past it whatever it is.
        let harness = try await Harness.start(faults: [.silentWorker(id: 0)], workerTimeout: .seconds(30)) {
            $0.defaultTimeout = .seconds(1)
        }
        let (status, printed) = await runOneShot(harness, "status")
        #expect(status == .timedOut)
        #expect(printed.standardError.last?.hasPrefix("TIMED OUT #1 status") == true)
        await harness.stop()
    }

    @Test("--json: one object per response, content in Sōzu's own JSON shape")
    func json() async throws {
        let harness = try await Harness.start(workers: 2)
        let (status, printed) = await runOneShot(harness, json: true, "workers", "cluster remove -i none")
        #expect(status == .failure)
        #expect(printed.standardOutput.count == 2)
        let first = try #require(printed.standardOutput.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["id"] as? Int == 1)
        #expect(object["command"] as? String == "workers")
        #expect(object["status"] as? String == "OK")
        #expect(object["message"] as? String == "Successfully listed workers")
        let content = try #require(object["content"] as? [String: Any])
        let workers = try #require((content["WORKERS"] as? [String: Any])?["vec"] as? [[String: Any]])
        #expect(workers.map { $0["id"] as? Int } == [0, 1])
        #expect(workers.allSatisfy { $0["run_state"] as? Int == 0 })
        let second = try #require(try JSONSerialization.jsonObject(with: Data(printed.standardOutput[1].utf8)) as? [String: Any])
        #expect(second["status"] as? String == "FAILURE")
        #expect(second["content"] is NSNull)
        await harness.stop()
    }

    @Test("shutdown: waits for the drain and reports the main process's exit")
    func shutdown() async throws {
        let harness = try await Harness.start(workers: 2, connections: [1, 2], drain: [.milliseconds(300), .milliseconds(900)])
        let (status, printed) = await runOneShot(harness, "shutdown")
        #expect(status == .ok)
        #expect(printed.standardOutput.first?.hasPrefix("OK #1 shutdown") == true)
        #expect(printed.standardError.contains { $0.contains("Worker 0 is processing SoftStop-0-") })
        #expect(printed.standardError.contains { $0.hasPrefix("worker 1 stopped after") })
        #expect(printed.standardError.last?.hasPrefix("main process exited") == true)
        await harness.stop()
    }
}
