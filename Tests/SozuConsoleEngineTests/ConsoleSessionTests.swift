import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

@Suite("Console engine against the simulator", .serialized)
struct ConsoleSessionTests {
    @Test("concurrent requests each get their own id and answer")
    func concurrentRequests() async throws {
        let harness = try await Harness.start(workers: 3)
        let ids = try await withThrowingTaskGroup(of: RequestID.self) { group in
            for _ in 0..<20 { group.addTask { try await harness.send("status") } }
            return try await group.reduce(into: [RequestID]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 20)
        for id in ids {
            let request = await harness.session.result(of: id)
            guard case .ok(let message, let content)? = request?.state else {
                Issue.record("\(id): \(String(describing: request?.state))")
                continue
            }
            #expect(message == "Successfully collected the status of workers")
            #expect(content?.workers.vec.count == 3)
            #expect(request?.tracked.progress.map(\.message) == ["Querying status of workers..."])
        }
        await harness.stop()
    }

    @Test("a chain runs in order and stops at the first failure")
    func chains() async throws {
        let harness = try await Harness.start()
        let outcomes = await harness.session.execute(
            "cluster add -i api --load-balancing-policy round_robin; backend add -i api --backend-id api-0 -a 127.0.0.1:9000; cluster list -i api")
        let submitted = outcomes.compactMap { outcome -> RequestID? in
            if case .submitted(let id, _) = outcome { return id }
            return nil
        }
        #expect(submitted.count == 3)
        let last = await harness.session.result(of: submitted[2])
        guard case .ok(_, let content)? = last?.state, case .workerResponses(let responses)? = content?.contentType else {
            Issue.record("cluster list: \(String(describing: last?.state))")
            await harness.stop()
            return
        }
        #expect(responses.map["main"]?.clusters.vec.first?.backends.map(\.backendID) == ["api-0"])
        // A failing statement stops the chain.
        let stopped = await harness.session.execute("cluster remove -i nope; status")
        #expect(stopped.count == 2)
        if case .finished(let request) = stopped.last { #expect(request.state.label == "FAILURE") } else { Issue.record("\(stopped)") }
        await harness.stop()
    }

    @Test("cluster h2 enable reads the cluster, then sends it back with http2")
    func clusterHTTP2() async throws {
        let harness = try await Harness.start()
        _ = try await harness.finished("cluster add -i api --load-balancing-policy random -s")
        _ = try await harness.finished("cluster h2 enable -i api")
        try await harness.waitFor("the add_cluster step") { model in
            model.requestsForDisplay.contains { $0.step == "cluster h2 enable" && $0.state.isFinal }
        }
        let cluster = try await harness.finished("cluster list -i api")
        guard case .ok(_, let content) = cluster.state, case .workerResponses(let responses)? = content?.contentType else {
            Issue.record("\(cluster.state)")
            await harness.stop()
            return
        }
        let configuration = responses.map["main"]?.clusters.vec.first?.configuration
        #expect(configuration?.http2 == true)
        #expect(configuration?.stickySession == true)
        #expect(configuration?.loadBalancing == .random)
        await harness.stop()
    }

    @Test("read-only mode refuses changes and sends nothing")
    func readOnly() async throws {
        let harness = try await Harness.start { $0.readOnly = true }
        let outcomes = await harness.session.execute("cluster add -i api --load-balancing-policy random")
        guard case .refused(let reason)? = outcomes.first else {
            Issue.record("\(outcomes)")
            await harness.stop()
            return
        }
        #expect(reason == "read-only console: 'cluster add' would change the proxy, not sent")
        #expect(harness.session.store.snapshot().requests.isEmpty)
        let status = try await harness.finished("status")
        #expect(status.state.label == "OK")
        await harness.stop()
    }

    @Test("destructive requests ask first; a no sends nothing")
    func confirmation() async throws {
        let harness = try await Harness.start()
        let asked = Counter()
        let outcomes = await harness.session.execute("cluster remove -i api") { planned in
            await asked.increment(planned.verb)
            return false
        }
        #expect(await asked.verbs == ["cluster remove"])
        guard case .refused? = outcomes.first else { Issue.record("\(outcomes)"); await harness.stop(); return }
        #expect(harness.session.store.snapshot().requests.isEmpty)
        _ = await harness.session.execute("status") { _ in await asked.increment("status"); return true }
        #expect(await asked.verbs == ["cluster remove"])
        await harness.stop()
    }

    @Test("a request without a final answer times out")
    func timeout() async throws {
        let harness = try await Harness.start(faults: [.silentWorker(id: 1)], workerTimeout: .seconds(30)) {
            $0.defaultTimeout = .milliseconds(400)
        }
        let request = try await harness.finished("status")
        #expect(request.state == .timedOut(after: .milliseconds(400)))
        #expect(request.lastMessage == "no final answer after 0.4 s")
        await harness.stop()
    }

    @Test("a connection lost in flight is marked: may have been applied")
    func connectionLost() async throws {
        let harness = try await Harness.start(faults: [.slowWorker(id: 0, delay: .seconds(3))])
        let id = try await harness.send("cluster add -i api --load-balancing-policy random")
        try await harness.waitFor("processing") { $0.requests[id]?.state == .processing }
        await harness.main.shutdown()
        let request = await harness.session.result(of: id)
        guard case .connectionLost(_, let applied)? = request?.state else {
            Issue.record("\(String(describing: request?.state))")
            await harness.stop()
            return
        }
        #expect(applied)
        #expect(request?.lastMessage.hasPrefix("connection lost — may have been applied") == true)
        try await harness.waitFor("reconnecting") { model in
            if case .reconnecting = model.connection { return true }
            return false
        }
        await harness.stop()
    }

    @Test("events arrive on their own connection, filtered as asked")
    func events() async throws {
        let harness = try await Harness.start()
        try await harness.waitFor("subscribed and connected") { model in
            if case .connected = model.connection { return model.events.totalReceived > 0 }
            return false
        }
        _ = try await harness.finished("cluster add -i api --load-balancing-policy random")
        try await harness.waitFor("CLUSTER_ADDED") { model in
            model.events.events.contains { $0.event.kind == .clusterAdded && $0.origin == "main" && $0.event.clusterID == "api" }
        }
        _ = await harness.session.execute("events --kind cluster-removed")
        let visible = harness.session.store.snapshot().events.visible
        #expect(visible.isEmpty)
        _ = try await harness.finished("cluster remove -i api")
        try await harness.waitFor("CLUSTER_REMOVED shown") { model in
            !model.events.visible.isEmpty && model.events.visible.allSatisfy { $0.event.kind == .clusterRemoved }
        }
        await harness.stop()
    }

    @Test("soft stop: each worker drains at its own speed, then the main process exits")
    func softStopDrain() async throws {
        let harness = try await Harness.start(
            workers: 4, connections: [2, 3, 4, 5],
            drain: [.milliseconds(800), .milliseconds(1_600), .milliseconds(2_400), .milliseconds(3_200)])
        try await harness.waitFor("workers known") { $0.workers.count == 4 }
        let samples = Samples()
        harness.session.store.observe {
            let model = harness.session.store.snapshot()
            if let drain = model.drain { samples.add(drain) }
        }
        let id = try await harness.send("shutdown")
        try await harness.waitFor("main process exited", timeout: .seconds(20)) { $0.drain?.mainExitedAt != nil }
        let drain = try #require(harness.session.store.snapshot().drain)
        #expect(drain.requestID == id)
        #expect(drain.kind == .softStop)
        guard case .succeeded(let message, _) = drain.outcome else { Issue.record("\(drain.outcome)"); await harness.stop(); return }
        #expect(message == "Successfully closed 4 workers, 0 errors, stopping the main process...")
        #expect(drain.workers.map(\.id) == [0, 1, 2, 3])
        #expect(drain.workers.allSatisfy { $0.acknowledgedAt != nil && $0.phase == .stopped })
        // Workers stopped in turn, the slowest last, and before the final answer.
        let stopTimes = drain.workers.compactMap(\.stoppedAt)
        #expect(stopTimes.count == 4)
        #expect(stopTimes == stopTimes.sorted())
        // Each worker's count was seen going down while it drained.
        let history = samples.all
        for worker in 1...3 {
            let counts = history.compactMap { $0.workers.first { $0.id == UInt32(worker) }?.connections }
            #expect(counts.first ?? 0 > counts.filter { $0 > 0 }.last ?? Int.max || counts.count > 1, "worker \(worker): \(counts)")
            #expect(Set(counts).count >= 2, "worker \(worker) counts \(counts)")
        }
        let model = harness.session.store.snapshot()
        #expect(model.connection.label == "main process exited")
        #expect(model.requests[id]?.state.label == "OK")
        await harness.stop()
    }

    @Test("upgrade: the main process restarts, the console reconnects and upgrades every worker")
    func upgradeMain() async throws {
        let harness = try await Harness.start(workers: 2, connections: [1, 1], drain: [.milliseconds(300), .milliseconds(300)])
        try await harness.waitFor("workers known") { $0.workers.count == 2 }
        let id = try await harness.send("upgrade")
        try await harness.waitFor("two worker upgrades finished", timeout: .seconds(10)) { model in
            let steps = model.requestsForDisplay.filter { $0.step == "upgrade" && $0.verb == "upgrade --worker" }
            return steps.count == 2 && steps.allSatisfy(\.state.isFinal)
        }
        let model = harness.session.store.snapshot()
        #expect(model.requests[id]?.state.label == "OK")
        let steps = model.requestsForDisplay.filter { $0.step == "upgrade" }
        #expect(steps.map(\.verb).sorted() == ["upgrade --worker", "upgrade --worker", "workers"])
        #expect(steps.allSatisfy { $0.state.label == "OK" })
        #expect(model.drain?.reconnectedAt != nil)
        try await harness.waitFor("connected again") { model in
            if case .connected = model.connection { return true }
            return false
        }
        await harness.stop()
    }

    @Test("every repeats a query until stopped")
    func every() async throws {
        let harness = try await Harness.start()
        let outcomes = await harness.session.execute("every 0.2 workers")
        guard case .repeating(let job)? = outcomes.first else { Issue.record("\(outcomes)"); await harness.stop(); return }
        try await harness.waitFor("three runs") { ($0.repeating[job.id]?.runs ?? 0) >= 3 }
        _ = await harness.session.execute("stop \(job.id)")
        let runs = harness.session.store.snapshot().repeating[job.id]
        #expect(runs == nil)
        let count = harness.session.store.snapshot().requests.count
        try await Task.sleep(for: .milliseconds(600))
        #expect(harness.session.store.snapshot().requests.count <= count + 1)
        await harness.stop()
    }
}

@Suite("Repeating jobs made visible", .serialized)
struct RepeatingJobTests {
    @Test("a job's runs are one row (its newest run); any run's id stops it; the output keeps the operator's request; notices say what happened")
    func oneRowPerJob() async throws {
        let harness = try await Harness.start()
        _ = try await harness.finished("workers")
        let outcomes = await harness.session.execute("every 0.2 status")
        guard case .repeating(let job)? = outcomes.first else { Issue.record("\(outcomes)"); await harness.stop(); return }
        try await harness.waitFor("four runs") { ($0.jobs[job.id]?.runs ?? 0) >= 4 }
        let model = harness.session.store.snapshot()
        let rows = model.displayRows(limit: 20)
        #expect(rows.count == 2, "\(rows.map(\.text))")
        let jobRow = try #require(rows.first { $0.job == job.id })
        #expect(jobRow.id == model.jobs[job.id]?.lastRequest)
        #expect(model.newestOperatorRequest?.id == job.id)
        #expect(model.notices.contains { $0.text.contains("status every 0.2 s: job \(job.id); stop \(job.id) (or stop all) ends it") })

        // Any run's id names the job.
        let laterRun = try #require(model.jobs[job.id]?.lastRequest)
        #expect(laterRun != job.id)
        let stopped = await harness.session.execute("stop \(laterRun)")
        guard case .stopped(let id)? = stopped.last else { Issue.record("\(stopped)"); await harness.stop(); return }
        #expect(id == job.id)
        let after = harness.session.store.snapshot()
        #expect(after.repeating.isEmpty)
        #expect(after.jobs[job.id]?.isRunning == false)
        #expect(after.notices.last?.text.hasPrefix("job \(job.id) stopped after ") == true)
        // Still one row once stopped.
        #expect(after.displayRows(limit: 20).filter { $0.job == job.id }.count == 1)
        await harness.stop()
    }

    @Test("stop all stops every job")
    func stopAll() async throws {
        let harness = try await Harness.start()
        _ = await harness.session.execute("every 0.3 workers")
        _ = await harness.session.execute("every 0.3 status")
        #expect(harness.session.store.snapshot().repeating.count == 2)
        let outcomes = await harness.session.execute("stop all")
        guard case .text(let text)? = outcomes.last else { Issue.record("\(outcomes)"); await harness.stop(); return }
        #expect(text.hasPrefix("stopped 2 jobs: #"))
        #expect(harness.session.store.snapshot().repeating.isEmpty)
        let again = await harness.session.execute("stop all")
        guard case .text(let none)? = again.last else { Issue.record("\(again)"); await harness.stop(); return }
        #expect(none == "no repeating job to stop")
        await harness.stop()
    }
}

actor Counter {
    var verbs: [String] = []
    func increment(_ verb: String) { verbs.append(verb) }
}

final class Samples: @unchecked Sendable {
    private let lock = NSLock()
    private var samples: [DrainWatch] = []
    func add(_ drain: DrainWatch) { lock.withLock { samples.append(drain) } }
    var all: [DrainWatch] { lock.withLock { samples } }
}
