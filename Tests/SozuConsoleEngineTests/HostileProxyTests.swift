import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuTestSupport
import Testing

/// A console session on a scripted main process that answers what Sōzu never would.
struct ScriptedHarness {
    let directory: TemporaryDirectory
    let main: ScriptedMainProcess
    let session: ConsoleSession

    static func start(
        configure: (inout SessionConfiguration) -> Void = { _ in }, hangsUp: @escaping @Sendable (Command_Request) -> Bool = { _ in false },
        script: @escaping ScriptedMainProcess.Script
    ) async throws -> ScriptedHarness {
        let directory = try TemporaryDirectory()
        let main = try await ScriptedMainProcess(path: directory.file("sozu.sock"), hangsUp: hangsUp, script: script)
        var configuration = SessionConfiguration(socketPath: main.path)
        configuration.subscribesToEvents = false
        configure(&configuration)
        let session = ConsoleSession(configuration)
        await session.start()
        return ScriptedHarness(directory: directory, main: main, session: session)
    }

    func stop() async {
        await session.shutdown()
        await main.stop()
        directory.remove()
    }

    func runOneShot(json: Bool = false, _ commands: String...) async -> (OneShotExitStatus, Printed) {
        let printed = Printed()
        var options = OneShotRunner.Options()
        options.json = json
        options.width = 80
        let runner = OneShotRunner(
            session: session, options: options,
            output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
        let stream = AsyncStream<String> { continuation in
            for command in commands { continuation.yield(command) }
            continuation.finish()
        }
        return (await runner.run(stream), printed)
    }
}

@Suite("A hostile or odd main process", .serialized)
struct HostileProxyTests {
    /// Erase the screen, set the title (OSC 0), write the clipboard (OSC 52), a C1 CSI, and a
    /// right-to-left override.
    static let hostile = "ok\u{1b}[2J\u{1b}]0;pwned\u{07}\u{1b}]52;c;cm0gLXJmIC8K\u{07}\u{9b}31m \u{202E}txt.exe"

    static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test("one-shot text output never passes a proxy's escape sequences, C1 controls or bidi overrides to the terminal")
    func oneShotSanitizes() async throws {
        let harness = try await ScriptedHarness.start { request in
            guard case .status = request.requestType else { return nil }
            var content = Command_ResponseContent()
            var worker = Command_WorkerInfo()
            worker.id = 0
            worker.runState = .running
            content.workers.vec = [worker]
            return [
                ScriptedMainProcess.response(.processing, "Worker 0 is processing " + Self.hostile),
                ScriptedMainProcess.response(.ok, Self.hostile + "\nOK #9 forged line", content),
            ]
        }
        let (status, printed) = await harness.runOneShot("status")
        #expect(status == .ok)
        for line in (printed.standardOutput + printed.standardError).flatMap({ $0.split(separator: "\n") }) {
            #expect(Self.isSafe(String(line)), "unsafe: \(line.debugDescription)")
        }
        #expect(printed.standardOutput.first?.contains("␛[2J") == true)
        // The message's own line break cannot start a line of its own.
        #expect(printed.standardOutput.first?.contains("\n    OK #9 forged line") == true)
        #expect(printed.standardError.contains { $0.contains("PROCESSING Worker 0 is processing ok␛[2J") })
        // JSON stays exact: the same text, escaped as JSON escapes it.
        let (_, json) = await harness.runOneShot(json: true, "status")
        #expect(json.standardOutput.first?.contains("\\u001b[2J") == true)
        #expect(json.standardError.allSatisfy(Self.isSafe))
        await harness.stop()
    }

    @Test("a request answered PROCESSING 100,000 times: it keeps the first and the newest answers, the journal every one, in order")
    func endlessProcessing() async throws {
        let journalDirectory = try TemporaryDirectory()
        defer { journalDirectory.remove() }
        let journalPath = journalDirectory.file("journal.jsonl")
        let count = 100_000
        let harness = try await ScriptedHarness.start(configure: { configuration in
            configuration.journal = try? Journal(path: journalPath, maximumSize: 64 << 20)
            configuration.defaultTimeout = nil
        }) { request in
            guard case .status = request.requestType else { return nil }
            return (0..<count).map { ScriptedMainProcess.response(.processing, "step \($0)") }
                + [ScriptedMainProcess.response(.ok, "done")]
        }
        let started = ContinuousClock.now
        let outcomes = await harness.session.execute("status")
        guard case .submitted(let id, _)? = outcomes.first, let finished = await harness.session.result(of: id) else {
            Issue.record("not sent: \(outcomes)")
            return
        }
        let elapsed = ContinuousClock.now - started
        #expect(finished.state == .ok(message: "done", content: nil))
        let tracked = finished.tracked
        #expect(tracked.progressCount == count)
        #expect(tracked.progress.count == TrackedRequest.keptProgress)
        #expect(tracked.progress.first?.message == "step 0")
        #expect(tracked.progress.last?.message == "step \(count - 1)")
        let entries = tracked.progressEntries()
        #expect(entries.contains(.omitted(count - TrackedRequest.keptProgress)))
        // Before, each answer copied every earlier one: this took minutes and hundreds of MB.
        #expect(elapsed < .seconds(60), "100,000 answers took \(elapsed)")
        await harness.stop()
        let lines = try String(contentsOfFile: journalPath, encoding: .utf8).split(separator: "\n")
        let statuses = lines.filter { $0.contains("\"type\":\"status\"") }
        try #require(statuses.count == count + 1)
        #expect(statuses.last?.contains("\"status\":\"OK\"") == true)
        #expect(statuses.dropLast().allSatisfy { $0.contains("\"status\":\"PROCESSING\"") })
        #expect(statuses[count - 1].contains("step \(count - 1)"))
    }

    @Test("the first request's connection check keeps to -t: a proxy that takes the connection and never answers is a timeout (exit 4)")
    func probeKeepsToTheTimeout() async throws {
        let harness = try await ScriptedHarness.start(configure: { $0.defaultTimeout = .milliseconds(300) }) { _ in [] }
        let started = ContinuousClock.now
        let (status, printed) = await harness.runOneShot("status")
        #expect(status == .timedOut)
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(printed.standardError.first?.contains("did not answer list_workers within 0.3 s") == true)
        await harness.stop()
    }
}

@Suite("The journal's order", .serialized)
struct JournalOrderTests {
    @Test("700 requests at once: each one's request line, then its PROCESSING lines, then its final state, in every case")
    func orderUnderLoad() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.jsonl")
        let harness = try await Harness.start(workers: 2) { configuration in
            configuration.journal = try? Journal(path: path)
            configuration.subscribesToEvents = false
        }
        let ids = await withTaskGroup(of: RequestID?.self) { group in
            for _ in 0..<700 {
                group.addTask { try? await harness.send("status") }
            }
            var ids: [RequestID] = []
            for await id in group { if let id { ids.append(id) } }
            return ids
        }
        #expect(ids.count == 700)
        for id in ids { _ = await harness.session.result(of: id) }
        await harness.stop()
        var stages: [Int: [String]] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard let id = entry["id"] as? Int, let type = entry["type"] as? String else { continue }
            stages[id, default: []].append(type == "request" ? "request" : (entry["status"] as? String ?? "?"))
        }
        #expect(stages.count == 700)
        for (id, seen) in stages {
            #expect(seen.first == "request" && seen.last == "OK" && seen.dropFirst().dropLast().allSatisfy { $0 == "PROCESSING" }, "#\(id): \(seen)")
        }
    }
}

@Suite("The event feed", .serialized)
struct EventFeedTests {
    /// After an upgrade the new main process answers at once: the probe never sees the proxy
    /// down, yet the old main closed the feed's connection.
    @Test("a feed whose connection ends is opened again, though the proxy never looked down")
    func resubscribesAfterAHandover() async throws {
        let subscriptions = SharedCount()
        let harness = try await ScriptedHarness.start(configure: { configuration in
            configuration.subscribesToEvents = true
            configuration.reconnectBackoff = 0.05...0.5
            configuration.probeInterval = .milliseconds(200)
        }, hangsUp: { request in
            // The first two feeds end right after their first event; the third stays.
            if case .subscribeEvents = request.requestType { return subscriptions.value() <= 2 }
            return false
        }) { request in
            guard case .subscribeEvents = request.requestType else { return nil }
            subscriptions.increment()
            var content = Command_ResponseContent()
            content.event.kind = .eventsSubscribed
            return [ScriptedMainProcess.response(.processing, "main", content)]
        }
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            let model = harness.session.store.snapshot()
            // The third feed's event may reach the model a moment after the feed is open.
            if subscriptions.value() >= 3, model.eventFeedActive, model.events.totalReceived >= 3 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(subscriptions.value() >= 3)
        #expect(harness.session.store.snapshot().eventFeedActive)
        #expect(harness.session.store.snapshot().events.totalReceived >= 3)
        await harness.stop()
    }
}

/// A count shared between a test and its scripted proxy.
final class SharedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    func value() -> Int { lock.withLock { count } }
}

@Suite("Metric detail leases", .serialized)
struct MetricDetailLeaseTests {
    /// Sōzu 2.1 binds a lease to the process and connection that took it; a later console's
    /// clear is answered OK by the main process, "completed with worker errors".
    @Test("a clear the workers refuse is reported as refused (exit 1), though Sōzu's status is OK")
    func refusedClear() async throws {
        let harness = try await ScriptedHarness.start { request in
            guard case .setMetricDetail = request.requestType else { return nil }
            return [
                ScriptedMainProcess.response(.processing, "Processing SetMetricDetail..."),
                ScriptedMainProcess.response(.ok, "SetMetricDetail completed with worker errors"),
            ]
        }
        let (status, printed) = await harness.runOneShot("metrics detail clear; status")
        #expect(status == .failure)
        #expect(printed.standardOutput.first?.hasPrefix("OK #1 metrics detail") == true)
        #expect(printed.standardError.contains { $0.contains("workers refused it") })
        // The chain stopped there.
        #expect(!printed.standardOutput.contains { $0.contains("status") })
        await harness.stop()
    }
}
