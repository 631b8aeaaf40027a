import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

@Suite("One-shot mode: bounds and refusals", .serialized)
struct OneShotSafetyTests {
    @Test("shutdown with a silent worker: drain progress on stderr while it waits, and --drain-timeout ends it with exit 4")
    func drainTimeout() async throws {
        let harness = try await Harness.start(workers: 2, connections: [1, 2], drain: [.milliseconds(200), .milliseconds(300)], faults: [.silentWorker(id: 1)])
        let printed = Printed()
        var options = OneShotRunner.Options()
        options.drainTimeout = .seconds(8)
        let runner = OneShotRunner(
            session: harness.session, options: options,
            output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
        let started = ContinuousClock.now
        let status = await runner.run(lines("shutdown"))
        #expect(status == .timedOut)
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(printed.standardError.contains { $0.hasPrefix("worker 0 stopped after") }, "\(printed.standardError)")
        #expect(printed.standardError.last?.contains("soft stop did not finish within the drain timeout (8.0 s), waiting on worker 1") == true)
        await harness.stop()
    }

    @Test("the drain report says each worker's step once, and names the silent ones when nothing moves")
    func drainReport() {
        let start = Date(timeIntervalSince1970: 1_000)
        var watch = DrainWatch(kind: .softStop, requestID: RequestID(1), workerIDs: [0, 1], at: start)
        var report = DrainProgressReport(quietInterval: 5)
        #expect(report.lines(for: watch, at: start).isEmpty)
        watch.noteProgress("Worker 0 is processing SoftStop-0-1-0. ", at: start.addingTimeInterval(0.1))
        watch.observe(connections: [0: 3, 1: 4], at: start.addingTimeInterval(1))
        #expect(report.lines(for: watch, at: start.addingTimeInterval(1)) == [
            "worker 0 draining: 3 connections left (1.0 s)", "worker 1 not yet acknowledged: 4 connections (1.0 s)",
        ])
        #expect(report.lines(for: watch, at: start.addingTimeInterval(2)).isEmpty)
        #expect(report.lines(for: watch, at: start.addingTimeInterval(6.5)) == [
            "soft stop: still waiting after 6.5 s on worker 0 (3 connections), worker 1 (no answer yet)"
        ])
        var worker0 = Command_WorkerInfo()
        worker0.id = 0
        worker0.runState = .stopped
        var worker1 = Command_WorkerInfo()
        worker1.id = 1
        worker1.runState = .running
        watch.observe(workers: [worker0, worker1], at: start.addingTimeInterval(7))
        #expect(report.lines(for: watch, at: start.addingTimeInterval(7)) == ["worker 0 stopped after 7.0 s"])
    }

    @Test("a NUL or another control character in a command is refused before anything is sent (exit 2)")
    func controlCharacters() async throws {
        let harness = try await Harness.start()
        let (status, printed) = await runOneShot(harness, "cluster remove -i a\u{0}b")
        #expect(status == .badCommand)
        #expect(printed.standardError.first?.contains("a control character (U+0000) in the command") == true)
        #expect(printed.standardError.first?.contains("a␀b") == true)
        #expect(harness.session.store.snapshot().requests.isEmpty)
        #expect(throws: CommandLineError.self) { try CommandParser().parse("status\u{1b}[2J") }
        #expect(throws: Never.self) { try CommandParser().parse("status\t;\tworkers\r\n") }
        await harness.stop()
    }

    @Test("--json writes private keys as <redacted: N bytes> unless --show-keys", .enabled(if: ExternalProcess.which("openssl") != nil))
    func jsonRedactsKeys() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = try CertificateFiles.make(in: directory, name: "example.com")
        let key = try String(contentsOfFile: files.key, encoding: .utf8)
        let harness = try await Harness.start()
        _ = try await harness.finished("listener https add -a 0.0.0.0:8443")
        _ = try await harness.finished("certificate add -a 0.0.0.0:8443 --certificate \(files.certificate) --certificate-chain \(files.chain) --key \(files.key)")
        let (status, redacted) = await runOneShot(harness, json: true, "certificate list")
        #expect(status == .ok)
        let text = redacted.standardOutput.joined()
        #expect(!text.contains("PRIVATE KEY"))
        #expect(text.contains("<redacted: \(key.utf8.count) bytes>"))
        let printed = Printed()
        var options = OneShotRunner.Options()
        options.json = true
        options.showKeys = true
        let runner = OneShotRunner(session: harness.session, options: options, output: { printed.output($0) }, diagnostics: { printed.diagnostic($0) }, confirm: nil)
        #expect(await runner.run(lines("certificate list")) == .ok)
        #expect(printed.standardOutput.joined().contains("PRIVATE KEY"))
        await harness.stop()
    }
}

@Suite("One-shot mode over many commands", .serialized)
struct OneShotScalingTests {
    /// A command's cost must not depend on how many ran before it. It once did: every model
    /// change made the next one slower (1,000 piped commands took 2.7 s, 4,000 took 24.7 s).
    @Test("the 6,000th command costs what the 1st did")
    func costPerCommandIsFlat() async throws {
        let harness = try await Harness.start(workers: 1) { $0.subscribesToEvents = false }
        let count = 6_000
        let times = TimesPrinted()
        let runner = OneShotRunner(
            session: harness.session, options: OneShotRunner.Options(),
            output: { line in if line.hasPrefix("OK #") { times.mark() } }, diagnostics: { _ in }, confirm: nil)
        let commands = AsyncStream<String> { continuation in
            for _ in 0..<count { continuation.yield("workers") }
            continuation.finish()
        }
        #expect(await runner.run(commands) == .ok)
        let marks = times.marks
        try #require(marks.count == count)
        // The first 500 after a warm-up, against the last 500.
        let early = marks[600] - marks[100]
        let late = marks[count - 1] - marks[count - 501]
        #expect(late < early * 2, "500 commands took \(early) early on and \(late) at the end")
        await harness.stop()
    }
}

/// When each result line was printed.
final class TimesPrinted: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [ContinuousClock.Instant] = []
    func mark() { lock.withLock { times.append(.now) } }
    var marks: [ContinuousClock.Instant] { lock.withLock { times } }
}

@Suite("Consistency: units, JSON errors, ends, questions", .serialized)
struct ConsistencyTests {
    @Test("durations take units; a bare number is the unit the option says")
    func durations() throws {
        #expect(DurationText.parse("500ms", bareUnit: .seconds) == .milliseconds(500))
        #expect(DurationText.parse("5s", bareUnit: .milliseconds) == .seconds(5))
        #expect(DurationText.parse("2m", bareUnit: .seconds) == .seconds(120))
        #expect(DurationText.parse("1.5", bareUnit: .seconds) == .milliseconds(1500))
        #expect(DurationText.parse("250", bareUnit: .milliseconds) == .milliseconds(250))
        for bad in ["", "s", "-1", "5x", "1e3", "400d"] { #expect(DurationText.parse(bad, bareUnit: .seconds) == nil, Comment(rawValue: bad)) }
        let parser = CommandParser()
        for (line, expected) in [("timeout 500ms", Duration.milliseconds(500)), ("timeout 5", .seconds(5)), ("timeout 2m", .seconds(120))] {
            guard case .setDefaultTimeout(let timeout)? = try parser.parse(line).first else { Issue.record(Comment(rawValue: line)); continue }
            #expect(timeout == expected, "\(line)")
        }
        guard case .every(let interval, _, let limit)? = try parser.parse("every 500ms --count 3 --for 1m status").first else { Issue.record("every"); return }
        #expect(interval == .milliseconds(500))
        #expect(limit == StreamLimit(count: 3, duration: .seconds(60)))
        #expect(throws: CommandLineError.self) { try parser.parse("every 50ms status") }
        #expect(throws: CommandLineError.self) { try parser.parse("events --for soon") }
    }

    @Test("deactivating a listener asks first: its clients are turned away")
    func deactivateAsks() throws {
        for kind in ["http", "https", "tcp", "udp"] {
            guard case .request(let planned)? = try CommandParser().parse("listener \(kind) deactivate -a 0.0.0.0:80").first else { Issue.record(Comment(rawValue: kind)); continue }
            #expect(planned.effect == .destructive, Comment(rawValue: kind))
        }
    }

    @Test("--json: a command that does not parse is still one JSON object, with status ERROR")
    func jsonParseError() async throws {
        let harness = try await Harness.start()
        let (status, printed) = await runOneShot(harness, json: true, "clustr list")
        #expect(status == .badCommand)
        let line = try #require(printed.standardOutput.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "ERROR")
        #expect(object["command"] as? String == "clustr list")
        #expect((object["message"] as? String)?.contains("did you mean 'cluster'?") == true)
        #expect(object["id"] is NSNull)
        await harness.stop()
    }

    @Test("every --count and events --count end a one-shot run")
    func limitedStreams() async throws {
        // As sozu-console's one-shot mode runs: no feed until `events` opens one.
        let harness = try await Harness.start { $0.subscribesToEvents = false }
        let started = ContinuousClock.now
        let (status, printed) = await runOneShot(harness, "every 0.1 --count 3 workers")
        #expect(status == .ok)
        #expect(printed.standardOutput.filter { $0.hasPrefix("OK #") }.count == 3)
        #expect(ContinuousClock.now - started < .seconds(10))
        let (eventsStatus, events) = await runOneShot(harness, "events --count 1")
        #expect(eventsStatus == .ok)
        #expect(events.standardOutput.count == 1)
        let timed = ContinuousClock.now
        let (forStatus, _) = await runOneShot(harness, "events --kind backend-down --for 500ms")
        #expect(forStatus == .ok)
        #expect(ContinuousClock.now - timed < .seconds(5))
        await harness.stop()
    }
}

@Suite("Answers in full", .serialized)
struct AnswersInFullTests {
    @Test("cluster h2 enable in one-shot mode prints the change it sends, not only the query before it")
    func clusterH2ChangeIsPrinted() async throws {
        let harness = try await Harness.start()
        _ = try await harness.finished("cluster add -i api --load-balancing-policy random")
        let (status, printed) = await runOneShot(harness, json: true, "cluster h2 enable -i api")
        #expect(status == .ok)
        #expect(printed.standardOutput.count == 2, "\(printed.standardOutput)")
        let change = try #require(printed.standardOutput.last)
        #expect(change.contains("\"command\":\"cluster h2 enable -i api (add_cluster with http2 true)\""))
        #expect(change.contains("\"status\":\"OK\""))
        let (missing, _) = await runOneShot(harness, "cluster h2 enable -i nothing")
        #expect(missing == .failure)
        await harness.stop()
    }

    @Test("json #N shows a request's answer as JSON, indented")
    func jsonOfARequest() async throws {
        let harness = try await Harness.start()
        let workers = try await harness.finished("workers")
        let outcomes = await harness.session.execute("json \(workers.id)")
        guard case .text(let text)? = outcomes.first else { Issue.record("\(outcomes)"); return }
        #expect(text.hasPrefix("{\n  \"id\": \(workers.id.value),"))
        #expect(text.contains("\"WORKERS\": {"))
        let compact = text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "  ", with: "")
        #expect((try? JSONSerialization.jsonObject(with: Data(compact.utf8))) != nil)
        guard case .refused? = await harness.session.execute("json #999").first else { Issue.record("not refused"); return }
        await harness.stop()
    }
}
