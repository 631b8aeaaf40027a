import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import Testing

/// The flows and monitors as pure state machines: answers in, steps and changes out.
@Suite struct FlowTests {
    let start = Date(timeIntervalSince1970: 1_000)

    func workers(_ states: [(UInt32, Command_RunState)]) -> Command_ResponseContent {
        var content = Command_ResponseContent()
        content.workers.vec = states.map { id, state in
            var info = Command_WorkerInfo()
            info.id = id
            info.runState = state
            return info
        }
        return content
    }

    @Test func upgradeMainWaitsForTheNewMainThenUpgradesEachRunningWorker() {
        var flow = UpgradeMainFlow()
        #expect(flow.next(.answered(.ok(message: "Upgrade successful", content: nil)), at: start) == [
            .notice("main process upgraded; waiting for the new one to answer", .info), .wait(.milliseconds(300)),
        ])
        guard case .probe(let probe, .seconds(2))? = flow.next(.waited, at: start).first else { Issue.record("no probe"); return }
        #expect(probe.listWorkers == Command_ListWorkers())
        // The socket is not back yet: pause, probe again.
        #expect(flow.next(.answered(.connectionLost(reason: "no socket", mayHaveBeenApplied: false)), at: start.addingTimeInterval(1)) == [.wait(.milliseconds(200))])
        #expect(flow.next(.waited, at: start.addingTimeInterval(1.2)).count == 1)
        let listed = flow.next(.answered(.ok(message: "", content: workers([(4, .running)]))), at: start.addingTimeInterval(1.5))
        guard listed.count == 2, listed[0] == .drain(.reconnected), case .send(let listing, true) = listed[1] else {
            Issue.record("\(listed)")
            return
        }
        #expect(listing.text == "workers (upgrade)")
        let upgrades = flow.next(.answered(.ok(message: "", content: workers([(4, .running), (5, .running), (6, .stopped)]))), at: start.addingTimeInterval(2))
        #expect(upgrades.first == .drain(.watch(workerIDs: [4, 5])))
        let sent = upgrades.compactMap { step -> UInt32? in
            guard case .send(let planned, false) = step else { return nil }
            #expect(planned.waitsWithoutTimeout)
            return planned.request.upgradeWorker
        }
        #expect(sent == [4, 5])
        #expect(upgrades.last == .finished)
        #expect(flow.isFinished)
        #expect(flow.next(.waited, at: start.addingTimeInterval(3)).isEmpty)
    }

    @Test func upgradeMainGivesUpWhenTheNewMainNeverAnswers() {
        var flow = UpgradeMainFlow(reconnectTimeout: .seconds(30))
        _ = flow.next(.answered(.ok(message: "", content: nil)), at: start)
        _ = flow.next(.waited, at: start)
        let late = flow.next(.answered(nil), at: start.addingTimeInterval(31))
        #expect(late == [.notice("the new main process did not answer within 30 s", .error), .finished])
    }

    @Test func upgradeMainStopsAtAFailedUpgrade() {
        var flow = UpgradeMainFlow()
        #expect(flow.next(.answered(.failure(message: "cannot upgrade")), at: start) == [.finished])
    }

    @Test func clusterHTTP2SendsTheClusterBackWithHTTP2Switched() {
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        cluster.http2 = false
        var information = Command_ClusterInformation()
        information.configuration = cluster
        var main = Command_ResponseContent()
        main.clusters.vec = [information]
        var answer = Command_ResponseContent()
        answer.workerResponses.map = ["main": main]
        var flow = ClusterHTTP2Flow(clusterID: "api", enabled: true, commandText: "cluster h2 enable -i api", verb: "cluster h2 enable")
        let steps = flow.next(.answered(.ok(message: "", content: answer)), at: start)
        guard case .send(let planned, false)? = steps.first else { Issue.record("\(steps)"); return }
        #expect(planned.request.addCluster.http2)
        #expect(planned.request.addCluster.clusterID == "api")
        #expect(planned.text == "cluster h2 enable -i api (add_cluster with http2 true)")
        var missing = ClusterHTTP2Flow(clusterID: "web", enabled: true, commandText: "", verb: "")
        #expect(missing.next(.answered(.ok(message: "", content: answer)), at: start) == [.notice("cluster h2: cluster web not found", .error), .finished])
    }

    @Test func connectionMonitorBacksOffThenSaysItIsBack() {
        var monitor = ConnectionMonitor(probeInterval: .seconds(2), backoff: 0.25...5)
        var target = TargetState(name: "/s", socketPath: "/s")
        target.connection = .connected(since: start)
        let lost = RequestState.connectionLost(reason: "no socket at /s", mayHaveBeenApplied: false)
        let first = monitor.probed(lost, target: target, at: start)
        #expect(first.changes == [.connection(.reconnecting(attempt: 1, since: start, reason: "not sent: no socket at /s"))])
        #expect(first.notices.map(\.0) == ["lost the proxy (not sent: no socket at /s); retrying every 0.25 s or so"])
        #expect(first.nextProbe == .milliseconds(250))
        target.connection = .reconnecting(attempt: 1, since: start, reason: "")
        let second = monitor.probed(lost, target: target, at: start.addingTimeInterval(1))
        #expect(second.nextProbe == .milliseconds(500))
        #expect(second.notices.isEmpty)
        #expect(second.changes == [.connection(.reconnecting(attempt: 2, since: start, reason: "not sent: no socket at /s"))])
        let back = monitor.probed(.ok(message: "", content: workers([(0, .running)])), target: target, at: start.addingTimeInterval(2))
        #expect(back.cameBack)
        #expect(back.notices.map(\.0) == ["reconnected to /s"])
        #expect(back.changes.count == 2)
        #expect(back.nextProbe == .seconds(2))
        #expect(monitor.attempt == 0)
    }

    @Test func connectionMonitorLeavesAnIdleModelAlone() {
        var monitor = ConnectionMonitor(probeInterval: .seconds(2), backoff: 0.25...5)
        var target = TargetState(name: "/s", socketPath: "/s")
        target.connection = .connected(since: start)
        target.workers = workers([(0, .running)]).workers.vec
        let same = monitor.probed(.ok(message: "", content: workers([(0, .running)])), target: target, at: start)
        #expect(same.changes.isEmpty && same.notices.isEmpty && !same.cameBack)
        // Slow or odd answers still mean reachable.
        #expect(monitor.probed(.timedOut(after: .seconds(3)), target: target, at: start).changes.isEmpty)
    }

    @Test func aStoppedProxyThatStopsAnsweringHasExited() {
        var monitor = ConnectionMonitor(probeInterval: .seconds(2), backoff: 0.25...5)
        var target = TargetState(name: "/s", socketPath: "/s")
        target.connection = .connected(since: start)
        target.drain = DrainWatch(kind: .softStop, requestID: RequestID(1), workerIDs: [0], at: start)
        let decision = monitor.probed(.connectionLost(reason: "refused", mayHaveBeenApplied: false), target: target, at: start)
        #expect(decision.changes == [.mainExited(at: start)])
        #expect(decision.notices.isEmpty)
        #expect(DrainPoll.mainExited(after: [.connectionLost(reason: "x", mayHaveBeenApplied: false), nil], target: target, at: start) == nil)
        #expect(DrainPoll.mainExited(
            after: [.connectionLost(reason: "x", mayHaveBeenApplied: false), .connectionLost(reason: "y", mayHaveBeenApplied: false)],
            target: target, at: start) == .mainExited(at: start))
    }

    @Test func drainPollAnswersBecomeChanges() {
        var metrics = Command_ResponseContent()
        var worker = Command_WorkerMetrics()
        var gauge = Command_FilteredMetrics()
        gauge.gauge = 7
        worker.proxy = ["client.connections": gauge]
        metrics.metrics.workers = ["3": worker]
        #expect(DrainPoll.changes(for: .ok(message: "", content: metrics), at: start) == [.drainConnections([3: 7], at: start)])
        let listed = workers([(3, .stopped)])
        #expect(DrainPoll.changes(for: .ok(message: "", content: listed), at: start) == [.drainWorkers(listed.workers.vec, at: start)])
        #expect(DrainPoll.changes(for: .failure(message: "no"), at: start).isEmpty)
    }
}
