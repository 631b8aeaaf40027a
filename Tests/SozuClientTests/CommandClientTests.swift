import Foundation
import SozuChannel
import SozuClient
import SozuProto
import SozuTestSupport
import Testing

/// A small scripted peer that answers like Sōzu's main process for the few requests these tests
/// send. (The full simulator is its own module; the client must not depend on it.)
private actor ScriptedProxy {
    typealias Listener = CommandListener<Command_Request, Command_Response>
    let listener: Listener
    private(set) var connectionsClosed = 0
    /// Connections that were answered a status and then closed by the client (which closes a
    /// connection once it has taken its final answer): the scripted soft stop waits for the
    /// test's five.
    private var statusesTaken = 0
    private var serving: Task<Void, Never>?

    init(path: String) async throws {
        listener = try await Listener.listen(at: path)
    }

    func start() {
        let listener = listener
        serving = Task {
            await withTaskGroup(of: Void.self) { group in
                for await connection in listener.connections {
                    group.addTask { await self.serve(connection) }
                }
            }
        }
    }

    func stop() async {
        await listener.close()
        serving?.cancel()
    }

    private func noteClosed() { connectionsClosed += 1 }
    private func noteStatusTaken() { statusesTaken += 1 }
    private func takenStatuses() -> Int { statusesTaken }

    private nonisolated func serve(_ connection: Listener.Connection) async {
        var answeredStatus = false
        do {
            for try await request in connection.messages {
                try await answer(request, on: connection)
                if case .status? = request.requestType { answeredStatus = true }
            }
        } catch {}
        await connection.close()
        await noteClosed()
        if answeredStatus { await noteStatusTaken() }
    }

    private nonisolated func answer(_ request: Command_Request, on connection: Listener.Connection) async throws {
        func send(_ status: Command_ResponseStatus, _ message: String, _ content: Command_ResponseContent? = nil) async throws {
            var response = Command_Response()
            response.status = status
            response.message = message
            if let content { response.content = content }
            try await connection.send(response)
        }
        switch request.requestType {
        case .status:
            try await send(.processing, "Querying status of workers...")
            var content = Command_ResponseContent()
            content.workers.vec = (0..<2).map { id in
                var worker = Command_WorkerInfo()
                worker.id = UInt32(id)
                worker.pid = Int32(1000 + id)
                worker.runState = .running
                return worker
            }
            try await send(.ok, "Successfully collected the status of workers", content)
        case .softStop:
            try await send(.processing, "Performing soft stop...")
            try await send(.processing, "Worker 0 is processing SoftStop-0-1-0. ")
            try await send(.processing, "Worker 1 is processing SoftStop-1-1-0. ")
            // Still draining until the client has taken the statuses sent beside it (however
            // busy the machine: it closes their connections once their answers are in).
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(20)
            try await Task.sleep(for: .milliseconds(300))
            while await takenStatuses() < 5, clock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            try await send(.ok, "Successfully closed 2 workers, 0 errors, stopping the main process...")
        case .removeCluster:
            try await send(.processing, "Processing worker request...")
            await connection.close()
        case .queryClusterByID:
            break  // never answers
        case .saveState(let path):
            try await send(.failure, "Cannot create file at path \(path): Permission denied (os error 13)")
        case .subscribeEvents:
            for kind in [Command_EventKind.eventsSubscribed, .backendDown, .backendUp] {
                var content = Command_ResponseContent()
                content.event.kind = kind
                try await send(.processing, kind == .eventsSubscribed ? "main" : "1", content)
            }
        default:
            try await send(.failure, "not scripted")
        }
    }
}

private func request(_ build: (inout Command_Request) -> Void) -> Command_Request {
    var request = Command_Request()
    build(&request)
    return request
}

@Suite("Command client against a socket peer", .serialized)
struct CommandClientTests {
    @Test("concurrent requests each get their own connection and their own answers")
    func concurrentRequests() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))

        let stop = await client.submit(request { $0.softStop = Command_SoftStop() }, timeout: nil)
        let statuses = await (0..<5).asyncMap { _ in await client.submit(request { $0.status = Command_Status() }, timeout: .seconds(10)) }
        let failing = await client.submit(request { $0.saveState = "/root/state.json" }, timeout: .seconds(10))

        for id in statuses {
            let tracked = try #require(await client.result(of: id))
            guard case .ok(let message, let content) = tracked.state else {
                Issue.record("\(id): \(tracked.state)")
                continue
            }
            #expect(message == "Successfully collected the status of workers")
            #expect(content?.workers.vec.map(\.pid) == [1000, 1001])
            #expect(tracked.progress.map(\.message) == ["Querying status of workers..."])
        }
        let failed = try #require(await client.result(of: failing))
        #expect(failed.state == .failure(message: "Cannot create file at path /root/state.json: Permission denied (os error 13)"))

        // The soft stop was still in flight while the others finished.
        let stopped = try #require(await client.result(of: stop))
        #expect(stopped.state == .ok(message: "Successfully closed 2 workers, 0 errors, stopping the main process...", content: nil))
        #expect(stopped.progress.count == 3)
        #expect(stopped.elapsed(at: Date()) >= .milliseconds(300))
        let finishedAt = try #require(stopped.finishedAt)
        for id in statuses {
            let status = try #require(await client.request(id))
            let statusFinished = try #require(status.finishedAt)
            #expect(statusFinished < finishedAt, "status \(id) registered at \(status.registeredAt.timeIntervalSince(stopped.registeredAt)), finished at \(statusFinished.timeIntervalSince(stopped.registeredAt)), the stop at \(finishedAt.timeIntervalSince(stopped.registeredAt))")
        }
        await proxy.stop()
    }

    @Test("a connection that drops mid-request leaves the request LOST, maybe applied")
    func disconnectMidRequest() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))
        let tracked = try #require(await client.send(request { $0.removeCluster = "api" }, timeout: .seconds(10)))
        #expect(tracked.state == .connectionLost(reason: "the peer closed the connection", mayHaveBeenApplied: true))
        #expect(tracked.progress.map(\.message) == ["Processing worker request..."])
        await proxy.stop()
    }

    @Test("a request without an answer times out and its connection is closed")
    func timeout() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))
        let tracked = try #require(await client.send(request { $0.queryClusterByID = "api" }, timeout: .milliseconds(200)))
        #expect(tracked.state == .timedOut(after: .milliseconds(200)))
        #expect(tracked.state.label == "TIMED OUT")
        // The proxy sees the connection go.
        for _ in 0..<100 where await proxy.connectionsClosed == 0 {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(await proxy.connectionsClosed == 1)
        await proxy.stop()
    }

    @Test("no proxy at the path: LOST, not applied, and the reason says why")
    func noProxy() async throws {
        let client = CommandClient(socketPath: "/tmp/sozu-test-missing/sozu.sock")
        let tracked = try #require(await client.send(request { $0.status = Command_Status() }, timeout: .seconds(1)))
        #expect(tracked.state == .connectionLost(reason: "no socket at /tmp/sozu-test-missing/sozu.sock: is Sōzu running, and is this its command_socket?", mayHaveBeenApplied: false))
    }

    @Test("finished requests beyond the retention limit are forgotten, oldest first")
    func retention() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"), retainedFinishedRequests: 10)
        var ids: [RequestID] = []
        for _ in 0..<11 {
            ids.append(await client.submit(request { $0.status = Command_Status() }, timeout: .seconds(5)))
            _ = await client.result(of: ids[ids.count - 1])
        }
        let snapshot = await client.snapshot
        #expect(snapshot.order == Array(ids.suffix(9)))
        await proxy.stop()
    }

    @Test("updates: every change in order, with the request after it, for a client that publishes them")
    func updatesInOrder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"), publishesUpdates: true)
        let tracked = try #require(await client.send(request { $0.status = Command_Status() }, timeout: .seconds(10)))
        var seen: [String] = []
        for await update in client.updates {
            switch update.change {
            case .registered: seen.append("registered")
            case .stateChanged(_, _, let state): seen.append(state.label)
            case .progress(_, let progress): seen.append("progress: \(progress.message)")
            case .event: seen.append("event")
            }
            #expect(update.request.id == tracked.id)
            if update.request.state.isFinal {
                #expect(update.request.state == tracked.state)
                break
            }
        }
        #expect(seen == ["registered", "SENT", "PROCESSING", "progress: Querying status of workers...", "OK"])
        await proxy.stop()
    }

    @Test("updates: a client made without them ends the stream at once and keeps none")
    func noUpdatesKept() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))
        for _ in 0..<3 { _ = await client.send(request { $0.status = Command_Status() }, timeout: .seconds(10)) }
        // Read with a deadline: a stream that did not end would otherwise hang the test.
        let reading = Task {
            var count = 0
            for await _ in client.updates { count += 1 }
            return count
        }
        let deadline = Task {
            try await Task.sleep(for: .seconds(5))
            reading.cancel()
        }
        #expect(await reading.value == 0)
        #expect(!reading.isCancelled)
        deadline.cancel()
        // What readers that look now and then follow is still there.
        var changes = 0
        for await change in client.changes {
            changes += 1
            if case .stateChanged(_, _, let state) = change, state.isFinal { break }
        }
        #expect(changes > 0)
        await proxy.stop()
    }

    @Test("an event subscription streams events with their origin until cancelled")
    func events() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let proxy = try await ScriptedProxy(path: directory.file("sozu.sock"))
        await proxy.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))
        let id = await client.subscribeEvents()
        var events: [(String, Command_EventKind)] = []
        for await change in client.changes {
            if case .event(let eventID, let origin, let event) = change, eventID == id {
                events.append((origin, event.kind))
                if events.count == 3 { break }
            }
        }
        #expect(events.map(\.0) == ["main", "1", "1"])
        #expect(events.map(\.1) == [.eventsSubscribed, .backendDown, .backendUp])
        #expect(await client.request(id)?.state == .subscribed)
        await client.cancel(id)
        #expect(await client.request(id)?.state == .unsubscribed)
        await proxy.stop()
    }
}

extension Sequence where Element: Sendable {
    fileprivate func asyncMap<T>(_ transform: (Element) async -> T) async -> [T] {
        var results: [T] = []
        for element in self { results.append(await transform(element)) }
        return results
    }
}
