import Foundation
import SozuChannel
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

@Suite("The live view's polls and metric detail lease", .serialized)
struct TrafficPollTests {
    /// The simulator's METRIC_DETAIL_CHANGED transitions, as a subscriber sees them.
    final class DetailEvents: Sendable {
        let connection: CommandConnection<Command_Response, Command_Request>
        let task: Task<[Command_MetricDetailTransition], Never>

        init(_ path: String) async throws {
            connection = try await CommandConnection.connect(to: path)
            var subscribe = Command_Request()
            subscribe.subscribeEvents = Command_SubscribeEvents()
            try await connection.send(subscribe)
            let messages = connection.messages
            task = Task {
                var transitions: [Command_MetricDetailTransition] = []
                do {
                    for try await answer in messages where answer.content.event.kind == .metricDetailChanged && answer.content.event.hasMetricDetail {
                        transitions.append(answer.content.event.metricDetail)
                    }
                } catch {}
                return transitions
            }
        }

        func finish() async -> [Command_MetricDetailTransition] {
            await connection.close()
            return await task.value
        }
    }

    @Test("open: figures move with traffic, backends get rows under the lease, polls make no rows; a removed backend's row goes; close: the lease is cleared")
    func liveViewFollowsTraffic() async throws {
        let harness = try await Harness.start(workers: 2, traffic: true) { configuration in
            configuration.trafficRefreshInterval = .milliseconds(250)
            configuration.metricDetailLeaseSeconds = 4
        }
        _ = try await harness.finished("cluster add -i api --load-balancing-policy round_robin")
        _ = try await harness.finished("backend add -i api --backend-id api-0 -a 127.0.0.1:2000")
        _ = try await harness.finished("backend add -i api --backend-id api-1 -a 127.0.0.1:2001")
        let rowsBefore = harness.session.store.snapshot().requests.count
        let events = try await DetailEvents(harness.socketPath)

        await harness.session.openLiveView()
        try await harness.waitFor("backend rows with rates") { model in
            guard let traffic = model.targets.first?.traffic else { return false }
            return traffic.backends.count == 2 && traffic.backends.allSatisfy { ($0.figures.requestsPerSecond ?? 0) > 0 }
                && (traffic.overview.requestsPerSecond ?? 0) > 0 && traffic.workers.count == 2
                && traffic.listenersAt != nil && traffic.certificatesAt != nil
        }
        let traffic = try #require(harness.session.store.snapshot().targets.first?.traffic)
        guard case .held(let firstExpiry) = traffic.lease else {
            Issue.record("lease: \(traffic.lease)")
            return
        }
        #expect(traffic.metricsProblem == nil)
        #expect(harness.session.store.snapshot().requests.count == rowsBefore)

        // Removing a backend at the prompt shows within two refreshes.
        _ = try await harness.finished("backend remove -i api --backend-id api-1 -a 127.0.0.1:2001")
        try await harness.waitFor("the removed backend's row gone", timeout: .seconds(3)) { model in
            model.targets.first?.traffic?.backends.map(\.id) == ["api/api-0"]
        }
        // Renewed at half its time.
        try await harness.waitFor("the lease renewed", timeout: .seconds(6)) { model in
            if case .held(let expiry)? = model.targets.first?.traffic?.lease { return expiry > firstExpiry }
            return false
        }

        await harness.session.closeLiveView()
        #expect(harness.session.store.snapshot().targets.first?.traffic == nil)
        try await Task.sleep(for: .milliseconds(300))
        let transitions = await events.finish()
        let ours = transitions.filter { $0.clientID.hasPrefix("sozu-console:") }
        #expect(ours.map(\.transitionKind) == ["lease_apply", "lease_apply", "lease_clear", "lease_clear"])
        #expect(ours.last?.effective == .detailCluster)
        await harness.stop()
    }

    @Test("quitting with the view open (quit, SIGTERM, SIGHUP all end in shutdown) clears the lease")
    func shutdownClearsTheLease() async throws {
        let harness = try await Harness.start(workers: 2, traffic: true)
        let events = try await DetailEvents(harness.socketPath)
        await harness.session.openLiveView()
        try await harness.waitFor("the lease held") { model in
            if case .held? = model.targets.first?.traffic?.lease { return true }
            return false
        }
        await harness.session.shutdown()
        try await Task.sleep(for: .milliseconds(300))
        let ours = await events.finish().filter { $0.clientID.hasPrefix("sozu-console:") }
        #expect(ours.map(\.transitionKind) == ["lease_apply", "lease_apply", "lease_clear", "lease_clear"])
        await harness.main.shutdown()
        harness.directory.remove()
    }

    @Test("closing the view while its lease is being taken still clears it")
    func closeAtOnce() async throws {
        let harness = try await Harness.start(workers: 2)
        let events = try await DetailEvents(harness.socketPath)
        await harness.session.openLiveView()
        await harness.session.closeLiveView()
        try await Task.sleep(for: .milliseconds(400))
        let ours = await events.finish().filter { $0.clientID.hasPrefix("sozu-console:") }
        // Either the lease never landed, or it was cleared after it did.
        #expect(ours.filter { $0.transitionKind == "lease_apply" }.count == ours.filter { $0.transitionKind == "lease_clear" }.count, "\(ours.map(\.transitionKind))")
        await harness.stop()
    }

    @Test("a proxy that goes away: the view says so and keeps its last figures")
    func proxyGone() async throws {
        let harness = try await Harness.start(workers: 1, traffic: true) { configuration in
            configuration.trafficRefreshInterval = .milliseconds(200)
        }
        await harness.session.openLiveView()
        try await harness.waitFor("figures") { $0.targets.first?.traffic?.workers.count == 1 }
        await harness.main.shutdown()
        try await harness.waitFor("a poll failure shown") { $0.targets.first?.traffic?.metricsProblem != nil }
        #expect(harness.session.store.snapshot().targets.first?.traffic?.workers.count == 1)
        await harness.stop()
    }
}

@Suite("metrics get --rate", .serialized)
struct MetricsRateTests {
    @Test("two reads as two rows (1/2, 2/2), the rates between them; --json gives them as one object")
    func ratesOnThePromptAndInJSON() async throws {
        let harness = try await Harness.start(workers: 2, traffic: true)
        _ = try await harness.finished("cluster add -i api --load-balancing-policy round_robin")
        _ = try await harness.finished("backend add -i api --backend-id api-0 -a 127.0.0.1:2000")
        let outcomes = await harness.session.execute("metrics get --rate -i 0.4")
        guard case .rates(let report)? = outcomes.last else {
            Issue.record("\(outcomes)")
            await harness.stop()
            return
        }
        #expect(report.interval >= 0.4 && report.interval < 5)
        #expect((report.traffic.overview.requestsPerSecond ?? 0) > 0)
        #expect(report.traffic.clusters.map(\.id) == ["api"])
        #expect(report.text().contains("requests/s"))
        let rows = harness.session.store.snapshot().displayRows(limit: 10)
        #expect(rows.filter { $0.text == "metrics get --rate -i 0.4" }.compactMap(\.step).sorted() == ["1/2", "2/2"])

        let (status, printed) = await runOneShot(harness, json: true, "metrics get --rate --interval 300ms")
        #expect(status == .ok)
        let object = try #require(printed.standardOutput.last.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect((object["requests_per_second"] as? Double ?? 0) > 0)
        #expect((object["clusters"] as? [String: Any])?.keys.sorted() == ["api"])
        #expect(object["interval_seconds"] is Double)
        await harness.stop()
    }

    @Test("--interval without --rate, or out of range, is refused before anything is sent")
    func refusals() async throws {
        let parser = CommandParser()
        #expect(throws: CommandLineError.self) { try parser.parse("metrics get -i 2") }
        #expect(throws: CommandLineError.self) { try parser.parse("metrics get --rate -i 0.1") }
        #expect(throws: CommandLineError.self) { try parser.parse("metrics get --rate --list") }
    }
}

@Suite("The live view over several proxies", .serialized)
struct FleetTrafficTests {
    /// A cluster with two backends.
    static let state: [Command_Request] = {
        var cluster = Command_Request()
        cluster.addCluster = Command_Cluster()
        cluster.addCluster.clusterID = "api"
        return [cluster] + (0..<2).map { index in
            var backend = Command_Request()
            backend.addBackend.clusterID = "api"
            backend.addBackend.backendID = "api-\(index)"
            backend.addBackend.address.ip.v4 = 0x7f00_0001
            backend.addBackend.address.port = UInt32(2000 + index)
            return backend
        }
    }()

    @Test("the default target is polled in full (lease, backends); the others for the overview alone, until use makes another the default")
    func defaultTargetInFull() async throws {
        let members = ["a", "b"].map { FleetHarness.Member(name: $0, initialState: Self.state, traffic: true) }
        let fleet = try await FleetHarness.start(members) { configuration in
            configuration.trafficRefreshInterval = .milliseconds(250)
        }
        await fleet.session.openLiveView()
        try await fleet.waitFor("a in full, b's overview") { model in
            guard let a = model[target: "a"]?.traffic, let b = model[target: "b"]?.traffic else { return false }
            return a.backends.count == 2 && (b.overview.requestsPerSecond ?? 0) > 0 && b.clusters.count == 1
        }
        var model = fleet.session.store.snapshot()
        #expect(model[target: "b"]?.traffic?.backends.isEmpty == true)
        #expect(model[target: "b"]?.traffic?.lease == TrafficState.LeaseState.none)
        #expect(model[target: "b"]?.traffic?.listenersAt == nil)

        _ = await fleet.session.execute("use b")
        try await fleet.waitFor("b in full now") { $0[target: "b"]?.traffic?.backends.count == 2 }
        model = fleet.session.store.snapshot()
        #expect(model[target: "a"]?.traffic?.lease == .cleared)
        if case .held? = model[target: "b"]?.traffic?.lease {} else { Issue.record("b's lease: \(String(describing: model[target: "b"]?.traffic?.lease))") }
        await fleet.stop()
    }
}
