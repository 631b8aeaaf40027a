import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

private typealias Client = CommandConnection<Command_Response, Command_Request>

private func request(_ build: (inout Command_Request) -> Void) -> Command_Request {
    var request = Command_Request()
    build(&request)
    return request
}

/// A simulator on a fresh socket, stopped at the end of the test.
private struct RunningSimulator {
    let directory: TemporaryDirectory
    let main: SimulatedMainProcess
    var path: String { main.options.socketPath }

    static func start(
        workers: Int = 2, connections: [Int] = [], drain: [Duration] = [],
        workerTimeout: Duration = .seconds(5), faults: [SimulatorFault] = [], backendEvents: Duration? = nil
    ) async throws -> RunningSimulator {
        let directory = try TemporaryDirectory()
        let main = SimulatedMainProcess(options: SimulatorOptions(
            socketPath: directory.file("sozu.sock"), workerCount: workers, workerTimeout: workerTimeout,
            connectionsPerWorker: connections, drainDurations: drain, faults: faults,
            backendEventInterval: backendEvents, seed: 42))
        try await main.start()
        return RunningSimulator(directory: directory, main: main)
    }

    func stop() async {
        await main.shutdown()
        directory.remove()
    }

    /// Sends one request on a new connection and collects answers up to the final one.
    func send(_ request: Command_Request) async throws -> [Command_Response] {
        let client = try await Client.connect(to: path)
        defer { Task { await client.close() } }
        try await client.send(request)
        var answers: [Command_Response] = []
        for try await answer in client.messages {
            answers.append(answer)
            if answer.status != .processing { break }
        }
        return answers
    }
}

@Suite("Simulated Sōzu over a real socket", .serialized)
struct SimulatorTests {
    @Test("status: PROCESSING, then OK with every worker RUNNING")
    func status() async throws {
        let simulator = try await RunningSimulator.start(workers: 3)
        let answers = try await simulator.send(request { $0.status = Command_Status() })
        #expect(answers.map(\.status) == [.processing, .ok])
        #expect(answers.map(\.message) == ["Querying status of workers...", "Successfully collected the status of workers"])
        #expect(answers.last?.content.workers.vec.map(\.id) == [0, 1, 2])
        #expect(answers.last?.content.workers.vec.allSatisfy { $0.runState == .running } == true)
        await simulator.stop()
    }

    @Test("list workers answers at once, from the main process")
    func listWorkers() async throws {
        let simulator = try await RunningSimulator.start()
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.map(\.status) == [.ok])
        #expect(answers.first?.message == "Successfully listed workers")
        #expect(answers.first?.content.workers.vec.count == 2)
        await simulator.stop()
    }

    @Test("a state change goes through every worker; a refused one never leaves the main process")
    func workerPath() async throws {
        let simulator = try await RunningSimulator.start()
        var cluster = Command_Cluster()
        cluster.clusterID = "app"
        cluster.stickySession = false
        cluster.httpsRedirect = false
        cluster.loadBalancing = .roundRobin
        let added = try await simulator.send(request { $0.addCluster = cluster })
        #expect(added.map(\.status) == [.processing, .ok])
        #expect(added.map(\.message) == ["Processing worker request...", "Successfully applied request to all workers"])

        let refused = try await simulator.send(request { $0.removeCluster = "nope" })
        #expect(refused.map(\.status) == [.failure])
        #expect(refused.first?.message == "could not dispatch request on the main process state: Did not find Cluster with address or id 'nope'")

        var listener = Command_HttpListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8080
        _ = try await simulator.send(request { $0.addHTTPListener = listener })
        let duplicate = try await simulator.send(request { $0.addHTTPListener = listener })
        #expect(duplicate.first?.message == "could not dispatch request on the main process state: HttpListener '0.0.0.0:8080' already exists")

        let counts = try await simulator.send(request { $0.countRequests = Command_CountRequests() })
        // Sōzu counts from 1 and adds one: one AddCluster reads 2, as a real Sōzu shows.
        #expect(counts.first?.content.requestCounts.map == ["AddCluster": 2, "RemoveCluster": 2, "AddHttpListener": 3])
        await simulator.stop()
    }

    @Test("cluster queries answer per worker and for the main process")
    func clusterQueries() async throws {
        let simulator = try await RunningSimulator.start()
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        var backend = Command_AddBackend()
        backend.clusterID = "api"
        backend.backendID = "api-0"
        backend.address.ip.v4 = 0x7f00_0001
        backend.address.port = 1026
        _ = try await simulator.send(request { $0.addBackend = backend })

        let byID = try await simulator.send(request { $0.queryClusterByID = "api" })
        #expect(byID.map(\.message) == ["Querying cluster...", "Successfully queried clusters"])
        let map = try #require(byID.last?.content.workerResponses.map)
        #expect(map.keys.sorted() == ["0", "1", "main"])
        #expect(map["main"]?.clusters.vec.first?.backends.map(\.backendID) == ["api-0"])
        #expect(map["0"] == map["main"])

        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        let hashMap = try #require(hashes.last?.content.workerResponses.map)
        #expect(hashMap["0"]?.clusterHashes.map == hashMap["main"]?.clusterHashes.map)
        await simulator.stop()
    }

    @Test("subscribers get EVENTS_SUBSCRIBED, then each state change twice (arrival and completion), from main")
    func controlPlaneEvents() async throws {
        let simulator = try await RunningSimulator.start()
        let events = try await Client.connect(to: simulator.path)
        try await events.send(request { $0.subscribeEvents = Command_SubscribeEvents() })
        var iterator = events.messages.makeAsyncIterator()
        let subscribed = try await iterator.next()
        #expect(subscribed?.status == .processing && subscribed?.message == "main")
        #expect(subscribed?.content.event.kind == .eventsSubscribed)

        var cluster = Command_Cluster()
        cluster.clusterID = "app"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        _ = try await simulator.send(request { $0.removeCluster = "ghost" })
        var received: [(String, Command_EventKind, String)] = []
        for _ in 0..<3 {
            guard let answer = try await iterator.next() else { break }
            received.append((answer.message, answer.content.event.kind, answer.content.event.clusterID))
        }
        #expect(received.map(\.0) == ["main", "main", "main"])
        #expect(received.map(\.1) == [.clusterAdded, .clusterAdded, .clusterRemoved])
        #expect(received.map(\.2) == ["app", "app", "ghost"])
        await events.close()
        await simulator.stop()
    }

    @Test("worker events: backends flip down and up (with health-check verdicts), reported with the worker id as origin")
    func backendEvents() async throws {
        let simulator = try await RunningSimulator.start(workers: 2, backendEvents: .milliseconds(40))
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        cluster.healthCheck.uri = "/health"
        cluster.healthCheck.interval = 10
        cluster.healthCheck.timeout = 5
        cluster.healthCheck.healthyThreshold = 3
        cluster.healthCheck.unhealthyThreshold = 3
        cluster.healthCheck.expectedStatus = 0
        _ = try await simulator.send(request { $0.addCluster = cluster })
        var backend = Command_AddBackend()
        backend.clusterID = "api"
        backend.backendID = "api-0"
        backend.address.ip.v4 = 0x7f00_0001
        backend.address.port = 1026
        _ = try await simulator.send(request { $0.addBackend = backend })

        let events = try await Client.connect(to: simulator.path)
        try await events.send(request { $0.subscribeEvents = Command_SubscribeEvents() })
        // Until a flip down and its consequences are seen (a window of a fixed size may end
        // between a BACKEND_DOWN and the NO_AVAILABLE_BACKENDS that follows it).
        var seen: [(origin: String, event: Command_Event)] = []
        let awaited: Set<Command_EventKind> = [.backendDown, .noAvailableBackends, .healthCheckUnhealthy]
        for try await answer in events.messages where answer.message != "main" {
            seen.append((answer.message, answer.content.event))
            if awaited.isSubset(of: Set(seen.map(\.event.kind))) || seen.count == 60 { break }
        }
        #expect(seen.allSatisfy { ["0", "1"].contains($0.origin) })
        let kinds = Set(seen.map(\.event.kind))
        #expect(kinds.isSubset(of: [.backendDown, .backendUp, .noAvailableBackends, .clusterRecovered, .healthCheckHealthy, .healthCheckUnhealthy]))
        let unhealthy = try #require(seen.first { $0.event.kind == .healthCheckUnhealthy }?.event)
        #expect(unhealthy.clusterID == "api" && unhealthy.backendID == "api-0")
        #expect(kinds.contains(.backendDown))
        let down = try #require(seen.first { $0.event.kind == .backendDown }?.event)
        #expect(down.backendID == "api-0" && down.address == backend.address)
        // With its only backend down, the cluster has none available.
        #expect(kinds.contains(.noAvailableBackends))
        await events.close()
        await simulator.stop()
    }

    @Test("a socket path already served is refused at start, and nothing is left running")
    func startRefused() async throws {
        let simulator = try await RunningSimulator.start()
        let second = SimulatedMainProcess(options: SimulatorOptions(socketPath: simulator.path, workerCount: 2))
        await #expect(throws: SimulatorError.self) { try await second.start() }
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.first?.content.workers.vec.count == 2)
        await simulator.stop()
    }

    @Test("an empty request gets no answer, and the connection still serves the next one")
    func emptyRequestDropped() async throws {
        let simulator = try await RunningSimulator.start()
        let client = try await Client.connect(to: simulator.path)
        try await client.send(Command_Request())
        try await client.send(request { $0.listWorkers = Command_ListWorkers() })
        var iterator = client.messages.makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first?.message == "Successfully listed workers")
        await client.close()
        await simulator.stop()
    }

    @Test("soft stop with 4 workers draining at different speeds: relays, drain visible from other connections, final OK after the last")
    func softStopDrains() async throws {
        let simulator = try await RunningSimulator.start(
            workers: 4, connections: [3], drain: [.milliseconds(400), .milliseconds(800), .milliseconds(1200), .milliseconds(1600)])
        let events = try await Client.connect(to: simulator.path)
        try await events.send(request { $0.subscribeEvents = Command_SubscribeEvents() })
        var eventIterator = events.messages.makeAsyncIterator()
        #expect(try await eventIterator.next()?.content.event.kind == .eventsSubscribed)

        let stopper = try await Client.connect(to: simulator.path)
        let started = ContinuousClock.now
        try await stopper.send(request { $0.softStop = Command_SoftStop() })
        var stopAnswers: [(Duration, Command_Response)] = []
        let collecting = Task {
            var collected: [(Duration, Command_Response)] = []
            for try await answer in stopper.messages {
                collected.append((ContinuousClock.now - started, answer))
                if answer.status != .processing { break }
            }
            return collected
        }

        // Poll the drain from other connections, as a console does.
        var seenStates: [[Command_RunState]] = []
        var seenConnections: [UInt64] = []
        for _ in 0..<6 {
            try await Task.sleep(for: .milliseconds(250))
            guard let workers = try? await simulator.send(request { $0.listWorkers = Command_ListWorkers() }) else { break }
            seenStates.append(workers.last?.content.workers.vec.map(\.runState) ?? [])
            var options = Command_QueryMetricsOptions()
            options.list = false
            options.noClusters = true
            options.workers = true
            if let metrics = try? await simulator.send(request { $0.queryMetrics = options }),
                let perWorker = metrics.last?.content.metrics.workers
            {
                seenConnections.append(perWorker.values.map { $0.proxy["client.connections"]?.gauge ?? 0 }.reduce(0, +))
            }
        }
        stopAnswers = try await collecting.value

        #expect(stopAnswers.first?.1.message == "Performing soft stop...")
        let relays = stopAnswers.dropFirst().dropLast().map(\.1.message).sorted()
        #expect(relays.count == 4)
        #expect(relays.allSatisfy { $0.hasPrefix("Worker ") && $0.contains(" is processing SoftStop-") && $0.hasSuffix("-0. ") })
        let final = try #require(stopAnswers.last)
        #expect(final.1.status == .ok)
        #expect(final.1.message == "Successfully closed 4 workers, 0 errors, stopping the main process...")
        #expect(final.0 >= .milliseconds(1600))
        // Workers stopped one after another, and the connection gauges went down.
        #expect(seenStates.contains { $0.contains(.stopped) && $0.contains(.running) })
        #expect(seenConnections.count >= 2 && seenConnections.first ?? 0 > seenConnections.last ?? 0)

        // Subscribers heard of the stop; then the main process dropped everyone.
        #expect(try await eventIterator.next()?.content.event.kind == .sozuStopRequested)
        // Once the main process has exited, the socket file stays, and refuses connections like
        // a stopped Sōzu's. A process another test starts at that moment holds a copy of every
        // descriptor of this test process until it execs, the closed listener's included (a
        // connection made then is queued, then reset): so the refusal may come a moment later.
        await simulator.main.waitUntilExited()
        #expect(FileManager.default.fileExists(atPath: simulator.path))
        var refusal: CommandSocketError?
        for _ in 0..<50 where refusal == nil {
            do {
                await (try await Client.connect(to: simulator.path)).close()
                try await Task.sleep(for: .milliseconds(20))
            } catch let error as CommandSocketError {
                refusal = error
            }
        }
        #expect(refusal == .connectionRefused(path: simulator.path))
        simulator.directory.remove()
    }

    @Test("1,000 clients connected at once each get their status")
    func thousandClients() async throws {
        RawUnixSocket.raiseOpenFileLimit()
        try #require(RawUnixSocket.openFileLimit >= 2_100, "needs 2,100 open files, the limit is \(RawUnixSocket.openFileLimit)")
        let simulator = try await RunningSimulator.start()
        let clients = try await withThrowingTaskGroup(of: Client.self) { group in
            for _ in 0..<1000 { group.addTask { try await Client.connect(to: simulator.path) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let finals = try await withThrowingTaskGroup(of: String.self) { group in
            for client in clients {
                group.addTask {
                    try await client.send(request { $0.status = Command_Status() })
                    var last = ""
                    for try await answer in client.messages {
                        last = answer.message
                        if answer.status != .processing { break }
                    }
                    await client.close()
                    return last
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(finals.count == 1000)
        #expect(Set(finals) == ["Successfully collected the status of workers"])
        await simulator.stop()
    }

    @Test("hard stop: PROCESSING, no relays, OK, exit")
    func hardStop() async throws {
        let simulator = try await RunningSimulator.start(workers: 2, connections: [5], drain: [.seconds(30)])
        let answers = try await simulator.send(request { $0.hardStop = Command_HardStop() })
        #expect(answers.map(\.message) == ["Performing hard stop...", "Successfully closed 2 workers, 0 errors, stopping the main process..."])
        await simulator.main.waitUntilExited()
        simulator.directory.remove()
    }
}

@Suite("Simulated Sōzu facing bad input", .serialized)
struct SimulatorBadInputTests {
    private func listWorkersFrame() throws -> [UInt8] {
        try MessageCodec.encodeFrame(request { $0.listWorkers = Command_ListWorkers() })
    }

    /// Writes `bytes` on a raw connection and returns what came back within `wait`.
    private func exchange(_ path: String, _ bytes: [UInt8], wait: Duration = .milliseconds(300)) async throws -> [Command_Response] {
        let descriptor = RawUnixSocket.connect(to: path)
        try #require(descriptor >= 0)
        defer { RawUnixSocket.close(descriptor) }
        RawUnixSocket.write(descriptor, bytes)
        try await Task.sleep(for: wait)
        var flags = fcntl(descriptor, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(descriptor, F_SETFL, flags)
        var decoder = FrameDecoder()
        decoder.append(RawUnixSocket.read(descriptor, count: 65_536))
        var answers: [Command_Response] = []
        while let payload = try decoder.nextPayload() {
            answers.append(try MessageCodec.decode(Command_Response.self, from: payload))
        }
        return answers
    }

    @Test("a length below 8 drops the prefix and the request after it is answered")
    func lengthBelowHeader() async throws {
        let simulator = try await RunningSimulator.start()
        let answers = try await exchange(simulator.path, [4, 0, 0, 0, 0, 0, 0, 0] + (try listWorkersFrame()))
        #expect(answers.map(\.message) == ["Successfully listed workers"])
        await simulator.stop()
    }

    @Test("of two requests arriving in one read, only the last is run, as in Sōzu")
    func onlyLastOfBatch() async throws {
        let simulator = try await RunningSimulator.start()
        let status = try MessageCodec.encodeFrame(request { $0.status = Command_Status() })
        let answers = try await exchange(simulator.path, status + (try listWorkersFrame()))
        #expect(answers.map(\.message) == ["Successfully listed workers"])
        await simulator.stop()
    }

    @Test("a client that half-closes after its request gets nothing, as Sōzu takes it for a hang-up")
    func halfCloseIsHangUp() async throws {
        let simulator = try await RunningSimulator.start()
        let descriptor = RawUnixSocket.connect(to: simulator.path)
        try #require(descriptor >= 0)
        defer { RawUnixSocket.close(descriptor) }
        RawUnixSocket.write(descriptor, try listWorkersFrame())
        _ = shutdown(descriptor, Int32(SHUT_WR))
        #expect(RawUnixSocket.read(descriptor, count: 1).isEmpty)
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.first?.message == "Successfully listed workers")
        await simulator.stop()
    }

    @Test("an oversized frame or a payload that does not decode: no answer ever, other clients still served")
    func stuckConnections() async throws {
        let simulator = try await RunningSimulator.start()
        let oversized = try await exchange(simulator.path, [0x81, 0x84, 0x1e, 0, 0, 0, 0, 0] + (try listWorkersFrame()))
        #expect(oversized.isEmpty)
        let garbage = try await exchange(simulator.path, [10, 0, 0, 0, 0, 0, 0, 0, 0x0f, 0x00] + (try listWorkersFrame()))
        #expect(garbage.isEmpty)
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.first?.message == "Successfully listed workers")
        await simulator.stop()
    }
}


@Suite("Simulated Sōzu with faults", .serialized)
struct SimulatorFaultTests {
    @Test("faults parse from their command-line form and print back to it")
    func parsing() throws {
        #expect(try SimulatorFault(parsing: "slow-worker:1:250") == .slowWorker(id: 1, delay: .milliseconds(250)))
        #expect(try SimulatorFault(parsing: "silent-worker:0") == .silentWorker(id: 0))
        #expect(try SimulatorFault(parsing: "crashing-worker:3") == .crashingWorker(id: 3))
        #expect(try SimulatorFault(parsing: "truncated-answers") == .truncatedAnswers)
        #expect(try SimulatorFault(parsing: "garbage-answers") == .garbageAnswers)
        #expect(SimulatorFault.slowWorker(id: 1, delay: .milliseconds(250)).description == "slow-worker:1:250")
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "slow-worker:x:1") }
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "melting-worker:1") }
    }

    @Test("a slow worker delays the final answer")
    func slowWorker() async throws {
        let simulator = try await RunningSimulator.start(faults: [.slowWorker(id: 1, delay: .milliseconds(300))])
        let started = ContinuousClock.now
        let answers = try await simulator.send(request { $0.status = Command_Status() })
        #expect(ContinuousClock.now - started >= .milliseconds(300))
        #expect(answers.last?.content.workers.vec.map(\.runState) == [.running, .running])
        await simulator.stop()
    }

    @Test("a worker that never answers: the task ends on its timeout, and Sōzu calls that success")
    func silentWorker() async throws {
        let simulator = try await RunningSimulator.start(workerTimeout: .milliseconds(300), faults: [.silentWorker(id: 0)])
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.map(\.runState) == [.notAnswering, .running])
        var cluster = Command_Cluster()
        cluster.clusterID = "app"
        let started = ContinuousClock.now
        let added = try await simulator.send(request { $0.addCluster = cluster })
        #expect(ContinuousClock.now - started >= .milliseconds(300))
        #expect(added.last?.status == .ok)
        #expect(added.last?.message == "Successfully applied request to all workers")
        await simulator.stop()
    }

    @Test("a worker that crashes mid-task is missing from the answer and shows STOPPED")
    func crashingWorker() async throws {
        let simulator = try await RunningSimulator.start(faults: [.crashingWorker(id: 1)])
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.map(\.runState) == [.running, .notAnswering])
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.running, .stopped])
        await simulator.stop()
    }

    @Test("a worker that dies before its soft-stop OK leaves the soft stop unfinished, as in Sōzu")
    func softStopNeverFinishes() async throws {
        let simulator = try await RunningSimulator.start(faults: [.crashingWorker(id: 1)])
        let client = try await Client.connect(to: simulator.path)
        try await client.send(request { $0.softStop = Command_SoftStop() })
        let reader = Task {
            var messages: [String] = []
            for try await answer in client.messages { messages.append(answer.message) }
            return messages
        }
        try await Task.sleep(for: .milliseconds(500))
        // Still serving, still no final answer.
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.stopped, .stopped])
        await simulator.stop()
        let messages = try await reader.value
        #expect(messages.first == "Performing soft stop...")
        #expect(!messages.contains { $0.hasPrefix("Successfully closed") })
    }

    @Test("a main process that cuts its answer mid-frame: the client reports how many bytes came")
    func truncatedAnswers() async throws {
        let simulator = try await RunningSimulator.start(faults: [.truncatedAnswers])
        await #expect {
            _ = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        } throws: { error in
            guard case .codec(.truncatedFrame(.payload, _, _)) = error as? CommandSocketError else { return false }
            return true
        }
        await simulator.stop()
    }

    @Test("a main process that writes garbage: the client reports an invalid Response")
    func garbageAnswers() async throws {
        let simulator = try await RunningSimulator.start(faults: [.garbageAnswers])
        await #expect {
            _ = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        } throws: { error in
            guard case .codec(.invalidMessage(let type, _)) = error as? CommandSocketError else { return false }
            return type == "command.Response"
        }
        await simulator.stop()
    }
}


@Suite("Simulated Sōzu upgrades", .serialized)
struct SimulatorUpgradeTests {
    @Test("upgrade worker: sockets handed over, a new worker launched, the old one drained, Sōzu's messages in order")
    func upgradeWorker() async throws {
        let simulator = try await RunningSimulator.start(workers: 2, connections: [2], drain: [.milliseconds(300)])
        var listener = Command_HttpListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8080
        _ = try await simulator.send(request { $0.addHTTPListener = listener })
        var activate = Command_ActivateListener()
        activate.address = listener.address
        activate.proxy = .http
        activate.fromScm = false
        _ = try await simulator.send(request { $0.activateListener = activate })

        let answers = try await simulator.send(request { $0.upgradeWorker = 0 })
        let messages = answers.map(\.message)
        #expect(messages.first == "Requesting listen sockets from worker 0")
        #expect(messages.contains("Launched a new worker with id 2"))
        #expect(messages.contains("Soft stopping worker with id 0"))
        #expect(messages.contains { $0.hasPrefix("Worker 0 is processing SoftStop-0-") && $0.hasSuffix("-0. ") })
        #expect(messages.contains { $0.hasPrefix("Worker 0 answered OK to SoftStop-0-") })
        #expect(messages.contains { $0.hasPrefix("Worker 2 answered OK to ActivateListener-2-") })
        #expect(answers.last?.status == .ok)
        #expect(messages.last == "Upgrade successful:\n- finished soft stop of worker 0\n- finished activation of new worker 2")

        try await Task.sleep(for: .milliseconds(100))
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.id) == [0, 1, 2])
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.stopped, .running, .running])

        let unknown = try await simulator.send(request { $0.upgradeWorker = 9 })
        #expect(unknown.map(\.message) == ["Worker 9 does not exist, or is stopping / stopped"])
        await simulator.stop()
    }

    @Test("two workers upgraded at once get distinct new ids; upgrading a stopping worker is refused")
    func parallelUpgrades() async throws {
        let simulator = try await RunningSimulator.start(workers: 2)
        async let first = simulator.send(request { $0.upgradeWorker = 0 })
        async let second = simulator.send(request { $0.upgradeWorker = 1 })
        async let again = simulator.send(request { $0.upgradeWorker = 0 })
        let answers = try await [first, second, again]
        let launched = answers.flatMap { $0.map(\.message) }.filter { $0.hasPrefix("Launched a new worker with id ") }
        #expect(Set(launched) == ["Launched a new worker with id 2", "Launched a new worker with id 3"])
        #expect(answers.filter { $0.last?.status == .ok }.count == 2)
        #expect(answers.contains { $0.map(\.message) == ["Worker 0 does not exist, or is stopping / stopped"] })
        try await Task.sleep(for: .milliseconds(100))
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.id).sorted() == [0, 1, 2, 3])
        await simulator.stop()
    }

    @Test("upgrade main: OK with the new pid, connections dropped, the same path answers again with the state kept")
    func upgradeMain() async throws {
        let simulator = try await RunningSimulator.start()
        var cluster = Command_Cluster()
        cluster.clusterID = "kept"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        let answers = try await simulator.send(request { $0.upgradeMain = Command_UpgradeMain() })
        #expect(answers.first?.message == "Upgrading the main process...")
        #expect(answers.last?.status == .ok)
        #expect(answers.last?.message.hasPrefix("Upgrade successful, closing main process. New main process has pid ") == true)

        var reconnected: [Command_Response] = []
        for _ in 0..<50 {
            if let answer = try? await simulator.send(request { $0.queryClusterByID = "kept" }) {
                reconnected = answer
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(reconnected.last?.content.workerResponses.map["main"]?.clusters.vec.first?.configuration.clusterID == "kept")
        await simulator.stop()
    }
}


@Suite("Simulated Sōzu state files", .serialized)
struct SimulatorStateFileTests {
    @Test("save_state writes Sōzu's records; load_state into another proxy rebuilds the same state")
    func saveThenLoad() async throws {
        let source = try await RunningSimulator.start()
        var listener = Command_HttpListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8080
        _ = try await source.send(request { $0.addHTTPListener = listener })
        var activate = Command_ActivateListener()
        activate.address = listener.address
        activate.proxy = .http
        activate.fromScm = false
        _ = try await source.send(request { $0.activateListener = activate })
        var cluster = Command_Cluster()
        cluster.clusterID = "app"
        cluster.stickySession = false
        cluster.httpsRedirect = false
        cluster.loadBalancing = .roundRobin
        _ = try await source.send(request { $0.addCluster = cluster })
        var frontend = Command_RequestHttpFrontend()
        frontend.clusterID = "app"
        frontend.address = listener.address
        frontend.hostname = "example.com"
        frontend.path.kind = .prefix
        frontend.path.value = "/"
        frontend.position = .tree
        _ = try await source.send(request { $0.addHTTPFrontend = frontend })
        var backend = Command_AddBackend()
        backend.clusterID = "app"
        backend.backendID = "app-0"
        backend.address.ip.v6.high = 0
        backend.address.ip.v6.low = 1
        backend.address.port = 1026
        _ = try await source.send(request { $0.addBackend = backend })

        let path = source.directory.file("state.json")
        let saved = try await source.send(request { $0.saveState = path })
        #expect(saved.map(\.message) == ["Saved 5 config messages to \(path)"])
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        let records = contents.split(separator: "\0").map(String.init)
        #expect(records.count == 5)
        #expect(records.allSatisfy { $0.hasSuffix("\n") })
        #expect(records[0].hasPrefix(#"{"id":"SAVE-0","content":{"request_type":{"ADD_HTTP_LISTENER":{"address":{"ip":{"inner":{"V4":0}},"port":8080}"#))
        #expect(records[1].contains(#""ACTIVATE_LISTENER":{"address":{"ip":{"inner":{"V4":0}},"port":8080},"proxy":0,"from_scm":false}"#))
        #expect(records[2].contains(#""ADD_CLUSTER":{"cluster_id":"app""#))
        #expect(records[3].contains(#""ADD_HTTP_FRONTEND""#))
        #expect(records[4].contains(#""ip":{"inner":{"V6":{"low":1,"high":0}}}"#))

        let target = try await RunningSimulator.start(workers: 3)
        let loaded = try await target.send(request { $0.loadState = path })
        #expect(loaded.map(\.message) == [
            "Parsing state file from \(path)...", "Applying state file...",
            "Successfully loaded state from path \(path), 15 ok messages, 0 errors",
        ])
        let queried = try await target.send(request { $0.queryClusterByID = "app" })
        let map = try #require(queried.last?.content.workerResponses.map)
        #expect(map["main"]?.clusters.vec.first?.backends.map(\.backendID) == ["app-0"])
        #expect(map["2"] == map["main"])
        let listeners = try await target.send(request { $0.listListeners = Command_ListListeners() })
        #expect(listeners.last?.content.listenersList.httpListeners["0.0.0.0:8080"]?.active == true)
        await target.stop()
        await source.stop()
    }

    @Test("a record saved by an older Sōzu loads; records the state refuses are skipped")
    func loadsHandMadeFile() async throws {
        let simulator = try await RunningSimulator.start()
        let path = simulator.directory.file("old.state")
        let records = [
            #"{"id":"PROXY-MANAGER-1","content":{"request_type":{"ADD_CLUSTER":{"cluster_id":"app-1","sticky_session":false,"https_redirect":false,"proxy_protocol":null,"load_balancing":0,"answer_503":null,"load_metric":0}}}}"#,
            #"{"id":"X","content":{"request_type":{"REMOVE_CLUSTER":"never-added"}}}"#,
        ]
        try Data((records.joined(separator: "\n\0") + "\n\0").utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try await simulator.send(request { $0.loadState = path })
        #expect(loaded.last?.message == "Successfully loaded state from path \(path), 2 ok messages, 0 errors")
        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(hashes.last?.content.workerResponses.map["main"]?.clusterHashes.map.keys.sorted() == ["app-1"])
        await simulator.stop()
    }

    @Test("a missing file, an unparsable record and an unterminated last record fail with Sōzu's texts")
    func loadFailures() async throws {
        let simulator = try await RunningSimulator.start()
        let missing = simulator.directory.file("missing.state")
        let answer = try await simulator.send(request { $0.loadState = missing })
        #expect(answer.map(\.message) == ["Cannot find file at path \(missing)"])

        let broken = simulator.directory.file("broken.state")
        try Data("{\"id\":\n\0".utf8).write(to: URL(fileURLWithPath: broken))
        let parsed = try await simulator.send(request { $0.loadState = broken })
        #expect(parsed.last?.status == .failure)
        #expect(parsed.last?.message.hasPrefix("saved state parse error: ") == true)

        let unterminated = simulator.directory.file("unterminated.state")
        try Data(#"{"id":"A","content":{"request_type":{"STATUS":{}}}}"#.utf8).write(to: URL(fileURLWithPath: unterminated))
        let last = try await simulator.send(request { $0.loadState = unterminated })
        #expect(last.last?.status == .failure)
        await simulator.stop()
    }
}


@Suite("Simulated Sōzu metrics", .serialized)
struct SimulatorMetricsTests {
    private func addClusterWithBackends(_ simulator: RunningSimulator) async throws {
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        for index in 0..<2 {
            var backend = Command_AddBackend()
            backend.clusterID = "api"
            backend.backendID = "api-\(index)"
            backend.address.ip.v4 = 0x7f00_0001
            backend.address.port = UInt32(1026 + index)
            _ = try await simulator.send(request { $0.addBackend = backend })
        }
    }

    private func query(_ simulator: RunningSimulator, _ build: (inout Command_QueryMetricsOptions) -> Void) async throws -> Command_Response? {
        var options = Command_QueryMetricsOptions()
        options.list = false
        options.noClusters = false
        options.workers = false
        build(&options)
        return try await simulator.send(request { $0.queryMetrics = options }).last
    }

    @Test("metric names: the proxy's, and the clusters' once a cluster has backends")
    func list() async throws {
        let simulator = try await RunningSimulator.start()
        let before = try await query(simulator) { $0.list = true }
        #expect(before?.message == "Successfully listed available metrics")
        #expect(before?.content.availableMetrics.proxyMetrics.contains("client.connections") == true)
        #expect(before?.content.availableMetrics.clusterMetrics.isEmpty == true)
        try await addClusterWithBackends(simulator)
        let after = try await query(simulator) { $0.list = true }
        #expect(after?.content.availableMetrics.clusterMetrics.contains("requests") == true)
        #expect(after?.content.availableMetrics.proxyMetrics == after?.content.availableMetrics.proxyMetrics.sorted())
        await simulator.stop()
    }

    @Test("traffic grows over time; workers merge into proxying and clusters; time metrics carry percentiles and histograms")
    func trafficAndMerge() async throws {
        let simulator = try await RunningSimulator.start()
        try await addClusterWithBackends(simulator)
        try await Task.sleep(for: .milliseconds(400))
        let first = try #require(try await query(simulator) { _ in })
        #expect(first.message == "Successfully aggregated all metrics")
        let merged = first.content.metrics
        #expect(merged.main["configuration.clusters"]?.gauge == 1)
        #expect(merged.main["configuration.backends"]?.gauge == 2)
        let requests = try #require(merged.proxying["http.requests"]?.count)
        #expect(requests > 0)
        #expect(merged.clusters["api"]?.cluster["cluster.total_backends"]?.gauge == 4)  // 2 backends × 2 workers
        let histogram = try #require(merged.proxying["request_time_histogram"]?.histogram)
        let counts = histogram.buckets.map(\.count)
        #expect(counts == counts.sorted())
        #expect(counts.last == histogram.count)
        #expect(histogram.buckets.enumerated().allSatisfy { $0.element.le == (UInt64(1) << UInt64($0.offset)) - 1 })
        let percentiles = try #require(merged.proxying["request_time"]?.percentiles)
        #expect(percentiles.p50 <= percentiles.p99 && percentiles.p99 <= percentiles.p100)

        // Per worker, the two workers' requests add up to the merged figure at that moment.
        let perWorker = try #require(try await query(simulator) { $0.workers = true }).content.metrics
        #expect(perWorker.workers.keys.sorted() == ["0", "1"])
        #expect(perWorker.proxying.isEmpty)

        try await Task.sleep(for: .milliseconds(400))
        let later = try #require(try await query(simulator) { _ in })
        #expect((later.content.metrics.proxying["http.requests"]?.count ?? 0) > requests)
        await simulator.stop()
    }

    @Test("metric detail leases: refused when too long, applied on every worker with METRIC_DETAIL_CHANGED, cleared")
    func metricDetail() async throws {
        let simulator = try await RunningSimulator.start()
        var tooLong = Command_SetMetricDetail()
        tooLong.clientID = String(repeating: "x", count: 65)
        tooLong.detail = .detailBackend
        let refused = try await simulator.send(request { $0.setMetricDetail = tooLong })
        #expect(refused.map(\.message) == ["SetMetricDetail: client_id length 65 exceeds 64 bytes"])
        var tooLate = Command_SetMetricDetail()
        tooLate.clientID = "top"
        tooLate.detail = .detailBackend
        tooLate.ttlSeconds = 301
        let late = try await simulator.send(request { $0.setMetricDetail = tooLate })
        #expect(late.map(\.message) == ["SetMetricDetail: ttl_seconds=301 exceeds LEASE_TTL_MAX=300"])

        let events = try await Client.connect(to: simulator.path)
        try await events.send(request { $0.subscribeEvents = Command_SubscribeEvents() })
        var eventIterator = events.messages.makeAsyncIterator()
        _ = try await eventIterator.next()

        var lease = Command_SetMetricDetail()
        lease.clientID = "top"
        lease.detail = .detailBackend
        lease.ttlSeconds = 30
        let applied = try await simulator.send(request { $0.setMetricDetail = lease })
        #expect(applied.map(\.message) == ["Processing SetMetricDetail...", "Successfully applied SetMetricDetail to all workers"])
        let status = try #require(applied.last?.content.metricDetailStatus)
        #expect(status.effective == .detailBackend && status.configured == .detailCluster)
        #expect(status.workers.keys.sorted() == ["0", "1"])
        #expect(status.workers["0"]?.activeLeaseCount == 1)
        // The main announces the request twice (arrival, completion); each worker whose level
        // changed sends the transition.
        var changes: [String] = []
        while changes.count < 4, let answer = try await eventIterator.next() {
            guard answer.content.event.kind == .metricDetailChanged else { continue }
            changes.append(answer.message)
            if answer.message != "main" {
                #expect(answer.content.event.metricDetail.transitionKind == "lease_apply")
                #expect(answer.content.event.metricDetail.effective == .detailBackend)
            }
        }
        #expect(changes.sorted() == ["0", "1", "main", "main"])

        var clear = Command_SetMetricDetail()
        clear.clientID = "top"
        clear.clear = true
        let cleared = try await simulator.send(request { $0.setMetricDetail = clear })
        #expect(cleared.last?.content.metricDetailStatus.effective == .detailCluster)
        #expect(cleared.last?.content.metricDetailStatus.workers["1"]?.activeLeaseCount == 0)
        await events.close()
        await simulator.stop()
    }

    @Test("filters: metric names, no clusters, an unknown cluster id (the worker fails, the answer is still OK)")
    func filters() async throws {
        let simulator = try await RunningSimulator.start()
        try await addClusterWithBackends(simulator)
        let named = try await query(simulator) { $0.metricNames = ["client.connections", "request_time"] }
        #expect(named?.content.metrics.proxying.keys.sorted() == ["client.connections", "request_time", "request_time_histogram"])
        let noClusters = try await query(simulator) { $0.noClusters = true }
        #expect(noClusters?.content.metrics.clusters.isEmpty == true)
        #expect(noClusters?.content.metrics.proxying.isEmpty == false)
        let unknown = try await query(simulator) { $0.clusterIds = ["nope"] }
        #expect(unknown?.status == .ok)
        #expect(unknown?.content.metrics.clusters.isEmpty == true)
        let known = try await query(simulator) { $0.clusterIds = ["api"] }
        #expect(known?.content.metrics.clusters.keys.sorted() == ["api"])
        #expect(known?.content.metrics.proxying.isEmpty == true)
        await simulator.stop()
    }
}


/// A throwaway self-signed certificate made by openssl, with its fingerprint as openssl computes it.
private struct TestCertificate {
    var pem: String
    var key: String
    var fingerprint: String

    static func make(in directory: TemporaryDirectory, names: [String]) throws -> TestCertificate {
        let openssl = try #require(ExternalProcess.which("openssl"))
        let key = directory.file("key-\(names[0]).pem")
        let certificate = directory.file("cert-\(names[0]).pem")
        let made = try ExternalProcess.run(openssl, [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=\(names[0])", "-addext", "subjectAltName=" + names.map { "DNS:\($0)" }.joined(separator: ","),
            "-keyout", key, "-out", certificate,
        ])
        try #require(made.status == 0, "openssl: \(made.standardError)")
        let der = try ExternalProcess.run(openssl, ["x509", "-in", certificate, "-outform", "DER"])
        let digest = try ExternalProcess.run(try #require(ExternalProcess.which("sha256sum")), [], input: der.standardOutput)
        return TestCertificate(
            pem: try String(contentsOfFile: certificate, encoding: .utf8),
            key: try String(contentsOfFile: key, encoding: .utf8),
            fingerprint: String(digest.outputText.prefix(64)))
    }
}

@Suite("Simulated Sōzu certificates", .serialized, .enabled(if: ExternalProcess.which("openssl") != nil, "openssl is needed to make test certificates"))
struct SimulatorCertificateTests {
    private func httpsAddress() -> Command_SocketAddress {
        var address = Command_SocketAddress()
        address.ip.v4 = 0
        address.port = 8443
        return address
    }

    @Test("added certificates get their SHA-256 fingerprint and names; the state and the workers list them")
    func addAndQuery() async throws {
        let simulator = try await RunningSimulator.start()
        let certificate = try TestCertificate.make(in: simulator.directory, names: ["example.com", "www.example.com"])
        var listener = Command_HttpsListenerConfig()
        listener.address = httpsAddress()
        _ = try await simulator.send(request { $0.addHTTPSListener = listener })
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = certificate.pem
        add.certificate.key = certificate.key
        let added = try await simulator.send(request { $0.addCertificate = add })
        #expect(added.last?.message == "Successfully applied request to all workers")

        let fromState = try await simulator.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(fromState.last?.message == "Successfully queried certificates from the state of main process")
        let certs = try #require(fromState.last?.content.certificatesWithFingerprints.certs)
        #expect(certs.keys.sorted() == [certificate.fingerprint])
        #expect(certs[certificate.fingerprint]?.names == ["example.com", "www.example.com"])

        var byDomain = Command_QueryCertificatesFilters()
        byDomain.domain = "www.example.com"
        let domain = try await simulator.send(request { $0.queryCertificatesFromTheState = byDomain })
        #expect(domain.last?.content.certificatesWithFingerprints.certs.count == 1)

        let fromWorkers = try await simulator.send(request { $0.queryCertificatesFromWorkers = Command_QueryCertificatesFilters() })
        let map = try #require(fromWorkers.last?.content.workerResponses.map)
        #expect(map.keys.sorted() == ["0", "1"])
        let summary = map["0"]?.certificatesByAddress.certificates.first?.certificateSummaries.first
        #expect(summary?.fingerprint == certificate.fingerprint && summary?.domain == "example.com")

        var remove = Command_RemoveCertificate()
        remove.address = httpsAddress()
        remove.fingerprint = certificate.fingerprint.uppercased()
        _ = try await simulator.send(request { $0.removeCertificate = remove })
        let afterRemoval = try await simulator.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(afterRemoval.last?.content.certificatesWithFingerprints.certs.isEmpty == true)
        await simulator.stop()
    }

    @Test("bad certificates and fingerprints are refused with Sōzu's texts")
    func refusals() async throws {
        let simulator = try await RunningSimulator.start()
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = "not a certificate"
        add.certificate.key = ""
        let bad = try await simulator.send(request { $0.addCertificate = add })
        #expect(bad.map(\.message) == ["could not dispatch request on the main process state: Could not add certificate: Could not parse PEM certificate from bytes: Parsing Error: MissingHeader"])

        var remove = Command_RemoveCertificate()
        remove.address = httpsAddress()
        remove.fingerprint = "abc"
        let odd = try await simulator.send(request { $0.removeCertificate = remove })
        #expect(odd.map(\.message) == ["could not dispatch request on the main process state: Could not remove certificate: Odd number of digits"])
        remove.fingerprint = "abcz"
        let invalid = try await simulator.send(request { $0.removeCertificate = remove })
        #expect(invalid.map(\.message) == ["could not dispatch request on the main process state: Could not remove certificate: Invalid character 'z' at position 3"])

        var replace = Command_ReplaceCertificate()
        var elsewhere = httpsAddress()
        elsewhere.port = 9443
        replace.address = elsewhere
        replace.oldFingerprint = "00"
        replace.newCertificate.certificate = "x"
        replace.newCertificate.key = ""
        let missing = try await simulator.send(request { $0.replaceCertificate = replace })
        #expect(missing.map(\.message) == ["could not dispatch request on the main process state: Did not find Certificate with address or id '0.0.0.0:9443'"])
        await simulator.stop()
    }

    @Test("certificates are saved to and loaded from state files")
    func savedAndLoaded() async throws {
        let source = try await RunningSimulator.start()
        let certificate = try TestCertificate.make(in: source.directory, names: ["saved.example"])
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = certificate.pem
        add.certificate.key = certificate.key
        _ = try await source.send(request { $0.addCertificate = add })
        let path = source.directory.file("certs.state")
        _ = try await source.send(request { $0.saveState = path })
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(#""ADD_CERTIFICATE""#))
        let target = try await RunningSimulator.start()
        _ = try await target.send(request { $0.loadState = path })
        let loaded = try await target.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(loaded.last?.content.certificatesWithFingerprints.certs.keys.sorted() == [certificate.fingerprint])
        await target.stop()
        await source.stop()
    }
}


@Suite("Scenario files", .serialized)
struct ScenarioTests {
    @Test("the demo scenario starts four workers on its state file")
    func demo() async throws {
        let scenario = try Scenario(contentsOf: PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.toml").path)
        #expect(scenario.workerCount == 4)
        #expect(scenario.connections == [2, 4, 6, 8])
        #expect(scenario.initialState.count == 16)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let main = SimulatedMainProcess(options: scenario.applied(to: SimulatorOptions(socketPath: directory.file("sozu.sock"))))
        try await main.start()
        let simulator = RunningSimulator(directory: directory, main: main)
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.count == 4)
        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        let map = try #require(hashes.last?.content.workerResponses.map)
        #expect(map["main"]?.clusterHashes.map.keys.sorted() == ["api", "billing", "web"])
        #expect(map["3"]?.clusterHashes.map == map["main"]?.clusterHashes.map)
        let listeners = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        #expect(listeners.last?.content.listenersList.httpListeners["0.0.0.0:8080"]?.active == true)
        await main.shutdown()
    }

    @Test("a scenario naming a Sōzu config.toml starts from it, then its own state file")
    func scenarioWithSozuConfiguration() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:8080\"\n[clusters.app]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:8080\", hostname = \"app.example.com\" }]\nbackends = []\n"
            .write(toFile: directory.file("config.toml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            atPath: PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.state").path, toPath: directory.file("demo.state"))
        try "workers = 1\nconfig = \"config.toml\"\nstate = \"demo.state\"\n".write(toFile: directory.file("scenario.toml"), atomically: true, encoding: .utf8)
        let scenario = try Scenario(contentsOf: directory.file("scenario.toml"))
        let options = scenario.applied(to: SimulatorOptions(socketPath: directory.file("sozu.sock")))
        #expect(options.workerCount == 1)
        #expect(options.configurationPath == directory.file("config.toml") && options.configurationIsSozuFile)
        #expect(options.configurationRequests.count == 4 && options.initialState.count == 16)
        // The demo state declares the same listener: the state file must apply whole, so it fails.
        let main = SimulatedMainProcess(options: options)
        await #expect(throws: SimulatorError.self) { try await main.start() }

        try "config = \"missing.toml\"\n".write(toFile: directory.file("broken.toml"), atomically: true, encoding: .utf8)
        #expect {
            _ = try Scenario(contentsOf: directory.file("broken.toml"))
        } throws: { error in
            (error as? SimulatorError)?.description.contains("Could not read file \(directory.file("missing.toml")): No such file or directory") == true
        }
    }

    /// The configuration file Sōzu 2.1.0 documents its settings in loads (its certificate paths
    /// made absolute), and
    /// the simulator started from one holds what they declare. Needs a git copy of Sōzu's
    /// sources: skipped without one.
    @Test(
        "Sōzu's example configuration (bin/config.toml, its asset paths made absolute) loads and starts the simulator",
        .enabled(if: PackagePaths.sozuUpstreamRepository != nil, "no copy of Sōzu's sources here (SOZU_UPSTREAM_REPO): skipped"))
    func sozusExampleConfiguration() async throws {
        let repository = try #require(PackagePaths.sozuUpstreamRepository)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try ExternalProcess.run(
            "/bin/sh", ["-c", "git -C '\(repository)' archive 2.1.0 bin/config.toml lib/assets | tar -x -C '\(directory.path)'"])
        try #require(archive.status == 0, "\(archive.standardError)")
        // Sōzu opens the files it names from its working directory (bin/ in its repository); the
        // tests share one working directory, so those paths are made absolute instead.
        let text = try String(contentsOfFile: directory.file("bin/config.toml"), encoding: .utf8)
            .replacingOccurrences(of: "\"../lib/assets/", with: "\"\(directory.path)/lib/assets/")
        let configuration = try SozuConfiguration(parsing: text, path: directory.file("bin/config.toml"))
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"))
        options.use(configuration)
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        let simulator = RunningSimulator(directory: directory, main: main)
        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(hashes.last?.content.workerResponses.map["main"]?.clusterHashes.map.keys.sorted() == ["MyCluster", "TcpTest"])
        let listeners = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        let list = try #require(listeners.last?.content.listenersList)
        #expect(list.httpListeners["0.0.0.0:8080"]?.active == true && list.httpsListeners["0.0.0.0:8443"]?.active == true)
        #expect(list.tcpListeners["0.0.0.0:8081"]?.active == true)
        let certificates = try await simulator.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(certificates.last?.status == .ok)
        // Loaded from the configuration without names: the state reads them from the certificate.
        #expect(certificates.last?.content.certificatesWithFingerprints.certs.values.map(\.names) == [["lolcatho.st"]])
        await main.shutdown()
    }

    @Test("a Sōzu configuration's saved state loads at start: records applied until one does not parse, refused ones skipped")
    func savedStateAtStart() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        func record(_ build: (inout Command_Request) -> Void) throws -> String {
            var workerRequest = Command_WorkerRequest()
            workerRequest.id = "SAVED"
            workerRequest.content = request(build)
            return try SozuJSON.encode(workerRequest)
        }
        var cluster = Command_Cluster()
        cluster.clusterID = "saved"
        let records = [
            try record { $0.addCluster = cluster },
            try record { $0.removeCluster = "never-added" },  // refused by the state: skipped
            try record { $0.addCluster = { var other = cluster; other.clusterID = "after-refusal"; return other }() },
            "{ not a request",  // stops the loading here
            try record { $0.addCluster = { var late = cluster; late.clusterID = "after-garbage"; return late }() },
        ]
        try (records.joined(separator: "\n\0") + "\n\0").write(toFile: directory.file("state.json"), atomically: true, encoding: .utf8)
        try "saved_state = \"state.json\"\n".write(toFile: directory.file("config.toml"), atomically: true, encoding: .utf8)
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"))
        options.use(try SozuConfiguration(contentsOf: directory.file("config.toml")))
        #expect(options.savedStatePath == directory.file("state.json"))
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        let hashes = try await RunningSimulator(directory: directory, main: main).send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(hashes.last?.content.workerResponses.map["main"]?.clusterHashes.map.keys.sorted() == ["after-refusal", "saved"])
        #expect(hashes.last?.content.workerResponses.map["0"]?.clusterHashes.map.keys.sorted() == ["after-refusal", "saved"])
        await main.shutdown()
    }

    @Test("with --config over a scenario, the scenario's state is applied after the configuration")
    func scenarioStateUnderConfiguration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.copyItem(
            atPath: PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.state").path, toPath: directory.file("demo.state"))
        try "state = \"demo.state\"\n".write(toFile: directory.file("scenario.toml"), atomically: true, encoding: .utf8)
        try "worker_count = 3\n".write(toFile: directory.file("config.toml"), atomically: true, encoding: .utf8)
        var options = try Scenario(contentsOf: directory.file("scenario.toml")).applied(to: SimulatorOptions(socketPath: directory.file("s.sock")))
        #expect(options.configurationRequests.count == 16 && options.initialState.isEmpty)
        options.use(try SozuConfiguration(contentsOf: directory.file("config.toml")))
        #expect(options.configurationRequests.isEmpty && options.initialState.count == 16 && options.workerCount == 3)
    }

    @Test("a bad scenario says where")
    func badScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("bad.toml")
        try "workers = 2\nseed = [\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try Scenario(contentsOf: path)
        } throws: { error in
            (error as? SimulatorError)?.description.hasPrefix("\(path):") == true
        }
        try "workers = -1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SimulatorError.self) { _ = try Scenario(contentsOf: path) }
    }
}

@Suite("Simulated Sōzu: reload configuration", .serialized)
struct SimulatorReloadTests {
    func cluster(_ id: String) -> Command_Request {
        request { $0.addCluster = { var cluster = Command_Cluster(); cluster.clusterID = id; cluster.loadBalancing = .random; return cluster }() }
    }

    fileprivate func start() async throws -> RunningSimulator {
        let directory = try TemporaryDirectory()
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"), workerCount: 2, seed: 1)
        var listener = Command_HttpListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8080
        options.configurationRequests = [request { $0.addHTTPListener = listener }, cluster("api"), cluster("web")]
        options.configurationPath = directory.file("config.toml")
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        return RunningSimulator(directory: directory, main: main)
    }

    @Test("reload applies the configuration again: refused requests reported, the rest on every worker")
    func reload() async throws {
        let simulator = try await start()
        let removed = try await simulator.send(request { $0.removeCluster = "web" })
        #expect(removed.last?.status == .ok)
        let answers = try await simulator.send(request { $0.reloadConfiguration = "" })
        #expect(answers.map(\.status) == [.processing, .processing, .ok])
        #expect(answers.first?.message == "Reloading static configuration at path \(simulator.directory.file("config.toml"))")
        // The listener exists already (refused by the state); clusters are upserts (accepted).
        #expect(answers[1].message.hasPrefix("Could not execute request on state: "))
        #expect(answers.last?.message == "Successfully loaded the config: 4 ok, 0 errors")
        let clusters = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(clusters.last?.content.workerResponses.map["0"]?.clusterHashes.map.keys.sorted() == ["api", "web"])
        await simulator.stop()
    }

    @Test("reload from a path Sōzu cannot load takes the main process down, as Sōzu's panic does")
    func unloadablePath() async throws {
        let simulator = try await start()
        let answers = try await simulator.send(request { $0.reloadConfiguration = "/nonexistent/sozu.toml" })
        #expect(answers.isEmpty)
        await simulator.main.waitUntilExited()
        #expect(FileManager.default.fileExists(atPath: simulator.path))
        await simulator.stop()
    }

    static let otherConfiguration = """
        [[listeners]]
        protocol = "tcp"
        address = "0.0.0.0:5432"

        [clusters.db]
        protocol = "tcp"
        frontends = [{ address = "0.0.0.0:5432" }]
        backends = [{ address = "10.0.0.9:5432" }]

        [clusters.web]
        protocol = "http"
        frontends = [{ address = "0.0.0.0:8080", hostname = "example.com" }]
        backends = [{ address = "10.0.0.1:80" }]
        """

    @Test("reload from another Sōzu config.toml applies what it generates, in Sōzu's order and words")
    func reloadFromAnotherFile() async throws {
        let simulator = try await start()
        let path = simulator.directory.file("other.toml")
        try Self.otherConfiguration.write(toFile: path, atomically: true, encoding: .utf8)
        let answers = try await simulator.send(request { $0.reloadConfiguration = path })
        #expect(answers.first?.message == "Reloading static configuration at path \(path)")
        // The web frontend's address has no listener in that file: Sōzu makes one, which the
        // state refuses (it exists). The rest (TCP listener, both clusters with their frontend
        // and backend, both activations) reach both workers: 9 × 2.
        let refused = answers.filter { $0.message.hasPrefix("Could not execute request on state") }.map(\.message)
        #expect(refused == ["Could not execute request on state: HttpListener '0.0.0.0:8080' already exists"])
        #expect(answers.count == 3 && answers[1].message == refused.first)
        #expect(answers.last?.status == .ok)
        #expect(answers.last?.message == "Successfully loaded the config: 18 ok, 0 errors")
        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(hashes.last?.content.workerResponses.map["1"]?.clusterHashes.map.keys.sorted() == ["api", "db", "web"])
        let listeners = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        #expect(listeners.last?.content.listenersList.tcpListeners["0.0.0.0:5432"]?.active == true)
        let frontends = try await simulator.send(request { $0.listFrontends = Command_FrontendFilters() })
        #expect(frontends.last?.content.frontendList.httpFrontends.map(\.hostname) == ["example.com"])
        // Without a path, the configuration the main process started with applies again, not the other file.
        let again = try await simulator.send(request { $0.reloadConfiguration = "" })
        #expect(again.first?.message == "Reloading static configuration at path \(simulator.directory.file("config.toml"))")
        await simulator.stop()
    }

    @Test("reload from a file Sōzu refuses (a type error, a listener address twice) takes the main process down")
    func reloadFromARefusedFile() async throws {
        for text in ["worker_count = \"two\"\n", "[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n[[listeners]]\nprotocol = \"tcp\"\naddress = \"0.0.0.0:80\"\n"] {
            let simulator = try await start()
            let path = simulator.directory.file("refused.toml")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let answers = try await simulator.send(request { $0.reloadConfiguration = path })
            #expect(answers.isEmpty)
            await simulator.main.waitUntilExited()
            #expect(FileManager.default.fileExists(atPath: simulator.path))
            await simulator.stop()
        }
    }

    @Test("started from a Sōzu config.toml: its listeners active, clusters on every worker, its worker count; a reload naming it reads it again")
    func startFromSozuConfiguration() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("config.toml")
        try ("worker_count = 3\nworker_timeout = 4\n" + Self.otherConfiguration.replacingOccurrences(of: "[clusters.web]", with: "[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:8080\"\n\n[clusters.web]"))
            .write(toFile: path, atomically: true, encoding: .utf8)
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"))
        options.use(try SozuConfiguration(contentsOf: path))
        #expect(options.workerCount == 3 && options.workerTimeout == .seconds(4))
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        let simulator = RunningSimulator(directory: directory, main: main)
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.count == 3)
        let listeners = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        #expect(listeners.last?.content.listenersList.tcpListeners["0.0.0.0:5432"]?.active == true)
        #expect(listeners.last?.content.listenersList.httpListeners["0.0.0.0:8080"]?.active == true)
        let hashes = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        let map = try #require(hashes.last?.content.workerResponses.map)
        #expect(map["main"]?.clusterHashes.map.keys.sorted() == ["db", "web"])
        #expect(map["2"]?.clusterHashes.map == map["main"]?.clusterHashes.map)

        // The file changes on disk: naming it reads it anew, as Sōzu does.
        try (String(contentsOfFile: path, encoding: .utf8) + "\n[clusters.cache]\nprotocol = \"tcp\"\nfrontends = []\nbackends = []\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let reload = try await simulator.send(request { $0.reloadConfiguration = path })
        #expect(reload.last?.status == .ok)
        let after = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        #expect(after.last?.content.workerResponses.map["main"]?.clusterHashes.map.keys.sorted() == ["cache", "db", "web"])
        await simulator.stop()
    }
}

@Suite("Simulated Sōzu: command_allowed_uids", .serialized)
struct SimulatorAllowedUsersTests {
    @Test("a user outside command_allowed_uids is refused whatever it asks, with Sōzu's text; one inside is served")
    func allowedUsers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("config.toml")
        try "command_allowed_uids = [\(getuid() &+ 1)]\n".write(toFile: path, atomically: true, encoding: .utf8)
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"))
        options.use(try SozuConfiguration(contentsOf: path))
        #expect(options.commandAllowedUIDs == [getuid() &+ 1])
        let refusing = SimulatedMainProcess(options: options)
        try await refusing.start()
        let simulator = RunningSimulator(directory: directory, main: refusing)
        let refused = try await simulator.send(request { $0.status = Command_Status() })
        #expect(refused.map(\.status) == [.failure])
        #expect(refused.last?.message == "unauthorized: actor UID \(getuid()) not in command_allowed_uids")
        await refusing.shutdown()

        options.commandAllowedUIDs = [getuid()]
        let serving = SimulatedMainProcess(options: options)
        try await serving.start()
        let served = try await RunningSimulator(directory: directory, main: serving).send(request { $0.status = Command_Status() })
        #expect(served.last?.status == .ok)
        await serving.shutdown()
    }
}

@Suite("Simulated Sōzu: logging filters", .serialized)
struct SimulatorLoggingTests {
    @Test("a bad filter is refused with Sōzu's texts; a good one goes to every worker")
    func loggingFilters() async throws {
        let simulator = try await RunningSimulator.start()
        let bad = try await simulator.send(request { $0.logging = "verbose,sozu=loud,a=b=c" })
        #expect(bad.map(\.status) == [.failure])
        #expect(bad.last?.message == "Error parsing logging filter:\n- Invalid log level: verbose; Invalid log level: sozu=loud; Too many '='s: a=b=c")
        let slashes = try await simulator.send(request { $0.logging = "info/x/y" })
        #expect(slashes.last?.message == "Error parsing logging filter:\n- Too many '/'s: info/x/y")
        let good = try await simulator.send(request { $0.logging = "INFO,sozu_lib::http=trace,sozu=,/regex" })
        #expect(good.last?.status == .ok)
        #expect(good.last?.message == "Successfully applied request to all workers")
        await simulator.stop()
    }
}

@Suite("Simulated Sōzu: listener updates", .serialized)
struct SimulatorListenerUpdateTests {
    @Test("an HTTPS update applies its knobs, answers, ALPN and header as Sōzu's state does, and refuses bad ones")
    func httpsUpdate() async throws {
        let simulator = try await RunningSimulator.start()
        var listener = Command_HttpsListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8443
        listener.alpnProtocols = ["h2", "http/1.1"]
        _ = try await simulator.send(request { $0.addHTTPSListener = listener })

        var update = Command_UpdateHttpsListenerConfig()
        update.address = listener.address
        update.frontTimeout = 90
        update.h2MaxConcurrentStreams = 200
        update.h2MaxRstStreamLifetime = 9_000_000_000
        update.httpAnswers.answer503 = "busy"
        update.alpnProtocols.values = ["h2"]
        update.strictSniBinding = true
        update.sozuIDHeader = "X-Request-Id"
        let applied = try await simulator.send(request { $0.updateHTTPSListener = update })
        #expect(applied.last?.status == .ok)
        let listed = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        let stored = try #require(listed.last?.content.listenersList.httpsListeners["0.0.0.0:8443"])
        #expect(stored.frontTimeout == 90)
        #expect(stored.h2MaxConcurrentStreams == 200)
        #expect(stored.h2MaxRstStreamLifetime == 9_000_000_000)
        #expect(stored.httpAnswers.answer503 == "busy")
        #expect(stored.alpnProtocols == ["h2"])
        #expect(stored.strictSniBinding)
        #expect(stored.sozuIDHeader == "X-Request-Id")

        // A knob out of range is refused before anything changes.
        var zero = Command_UpdateHttpsListenerConfig()
        zero.address = listener.address
        zero.frontTimeout = 5
        zero.h2StreamShrinkRatio = 1
        let refused = try await simulator.send(request { $0.updateHTTPSListener = zero })
        #expect(refused.last?.message == "could not dispatch request on the main process state: Invalid value for field 'h2_stream_shrink_ratio': must be >= 2")
        // A bad header is reported after the fields before it were applied.
        var header = Command_UpdateHttpsListenerConfig()
        header.address = listener.address
        header.backTimeout = 45
        header.sozuIDHeader = "bad header"
        let partial = try await simulator.send(request { $0.updateHTTPSListener = header })
        #expect(partial.last?.message.hasSuffix("Invalid value for field 'sozu_id_header': must be a valid HTTP header name (RFC 9110 §5.1 token: alphanumeric or one of !#$%&'*+-.^_`|~)") == true)
        let after = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        let kept = try #require(after.last?.content.listenersList.httpsListeners["0.0.0.0:8443"])
        #expect(kept.frontTimeout == 90 && kept.backTimeout == 45 && kept.sozuIDHeader == "X-Request-Id")
        await simulator.stop()
    }
}
