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
