import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import Testing

@Suite("A console over several proxies", .serialized)
struct FleetTests {
    static let three = [
        FleetHarness.Member(name: "web-1", workers: 2, tags: ["region": "eu"]),
        FleetHarness.Member(name: "web-2", workers: 3, tags: ["region": "eu"]),
        FleetHarness.Member(name: "web-3", workers: 1, tags: ["region": "us"]),
    ]

    @Test("@all status: one request per target, grouped, its answers merged into one table with a target column")
    func fanOutGroupsAndMerges() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        let outcomes = await fleet.session.execute("@all status")
        guard case .submittedGroup(let groupID, _)? = outcomes.last else { Issue.record("\(outcomes)"); return }
        guard let (group, members) = await fleet.session.results(ofGroup: groupID) else { Issue.record("no group"); return }
        #expect(group.targets == ["web-1", "web-2", "web-3"])
        #expect(members.map(\.target) == ["web-1", "web-2", "web-3"])
        #expect(members.allSatisfy { if case .ok = $0.state { true } else { false } })
        // One sequence of ids: the group and its members are distinct requests.
        #expect(Set(members.map(\.id) + [groupID]).count == 4)
        let lines = GroupRenderer.render(group, members: members, width: 100)
        #expect(lines[0] == "\(groupID) @all status: OK 3/3 targets")
        #expect(lines.contains { $0.contains("target") && $0.contains("worker") && $0.contains("state") })
        #expect(lines.filter { $0.hasPrefix("web-2") }.count == 3)
        // The panel shows one row for the three.
        let items = fleet.session.store.snapshot().displayItems(limit: 10)
        #expect(items.count == 1)
        #expect(items.first?.id == groupID)
    }

    @Test("@tag, @NAME and use: each command goes where it is addressed; an unknown name is refused with the known ones")
    func addressing() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .submittedGroup(let eu, _)? = await fleet.session.execute("@tag:region=eu workers").last,
              let (_, euMembers) = await fleet.session.results(ofGroup: eu) else { Issue.record("no group"); return }
        #expect(euMembers.map(\.target) == ["web-1", "web-2"])
        guard case .submitted(let one, _)? = await fleet.session.execute("@web-3 workers").last else { Issue.record("not sent"); return }
        #expect(await fleet.session.result(of: one)?.target == "web-3")
        #expect(await fleet.session.execute("use web-2").last.map { if case .text = $0 { true } else { false } } == true)
        #expect(fleet.session.store.snapshot().defaultTargetName == "web-2")
        guard case .submitted(let plain, _)? = await fleet.session.execute("workers").last else { Issue.record("not sent"); return }
        #expect(await fleet.session.result(of: plain)?.target == "web-2")
        guard case .refused(let reason)? = await fleet.session.execute("@web-9 status").last else { Issue.record("sent"); return }
        #expect(reason == "no target 'web-9'; the targets are web-1, web-2, web-3")
        guard case .refused(let tag)? = await fleet.session.execute("@tag:asia status").last else { Issue.record("sent"); return }
        #expect(tag == "no target has the tag 'asia'")
    }

    @Test("Tab after @ offers targets and tags; after @NAME, that target's live ids")
    func completionPerTarget() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        try await fleet.waitFor("every target's workers known") { model in
            model.targets.allSatisfy { !$0.live.runningWorkerIDs.isEmpty }
        }
        let model = fleet.session.store.snapshot()
        let completer = fleet.session.completer
        let atSign = completer.complete("@", cursor: 1, live: model.completionValues(for: "@", cursor: 1))
        #expect(atSign.candidates == ["@all", "@web-1", "@web-2", "@web-3", "@tag:eu", "@tag:region=eu", "@tag:region=us", "@tag:us"])
        let line = "@web-2 upgrade --worker "
        let workers = completer.complete(line, cursor: line.count, live: model.completionValues(for: line, cursor: line.count))
        #expect(workers.candidates == ["0", "1", "2"])  // web-2's three, not web-1's two
        let plain = "upgrade --worker "
        #expect(completer.complete(plain, cursor: plain.count, live: model.completionValues(for: plain, cursor: plain.count)).candidates == ["0", "1"])
    }

    @Test("a destructive fan-out asks once, naming every target; no sends nothing to any")
    func destructiveFanOutAsksOnce() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        let asked = Questions()
        let outcomes = await fleet.session.execute("@all shutdown --hard") { planned in
            await asked.append(planned.text)
            return false
        }
        #expect(await asked.all == ["shutdown --hard on web-1, web-2, web-3"])
        guard case .refused? = outcomes.last else { Issue.record("\(outcomes)"); return }
        #expect(fleet.session.store.snapshot().requests.isEmpty)
    }

    @Test("one target down: its request is lost, the others answer, and the group says so")
    func oneTargetDown() async throws {
        var members = Self.three
        members[1].absent = true
        let fleet = try await FleetHarness.start(members)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .submittedGroup(let groupID, _)? = await fleet.session.execute("@all status").last,
              let (group, results) = await fleet.session.results(ofGroup: groupID) else { Issue.record("no group"); return }
        #expect(results.map(\.state.label) == ["OK", "LOST", "OK"])
        #expect(GroupRenderer.tally(group, results) == "2 OK, 1 LOST of 3 targets")
        let lines = GroupRenderer.render(group, members: results, width: 100)
        #expect(lines.contains { $0.hasPrefix("web-2: LOST not sent") })
    }

    @Test("targets lists each proxy; target add follows a new one, target remove forgets it")
    func addAndRemoveTargets() async throws {
        let fleet = try await FleetHarness.start(Array(Self.three.prefix(2)))
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .text(let listing)? = await fleet.session.execute("targets").last else { Issue.record("no listing"); return }
        #expect(listing.hasPrefix("2 targets: 2 connected"))
        #expect(listing.contains("* web-1"))
        #expect(listing.contains("region=eu"))
        let socket = fleet.mains["web-2"]?.options.socketPath ?? ""
        guard case .text(let added)? = await fleet.session.execute("target add web-4 \(socket)").last else { Issue.record("not added"); return }
        #expect(added == "target web-4 added: \(socket)")
        try await fleet.waitFor("web-4 connected") { model in
            if case .connected? = model[target: "web-4"]?.connection { true } else { false }
        }
        #expect(fleet.session.store.snapshot().live.targetNames == ["web-1", "web-2", "web-4"])
        guard case .refused(let duplicate)? = await fleet.session.execute("target add web-4 /tmp/x.sock").last else { Issue.record("added twice"); return }
        #expect(duplicate == "target web-4 is given twice")
        #expect(await fleet.session.execute("target remove web-4").last.map { if case .text = $0 { true } else { false } } == true)
        #expect(fleet.session.store.snapshot().targets.map(\.name) == ["web-1", "web-2"])
        guard case .refused(let first)? = await fleet.session.execute("target remove web-1").last else { Issue.record("removed"); return }
        #expect(first == "web-1 is the console's first target: it stays")
    }

    @Test("fleet diff finds a drifted cluster and says what differs in words; equal clusters are only counted")
    func fleetDiffFindsDrift() async throws {
        let api = FleetHarness.cluster("api", backends: [("api-1", "10.0.0.1:8080"), ("api-2", "10.0.0.2:8080")])
        let drifted = FleetHarness.cluster("api", backends: [("api-1", "10.0.0.1:8080"), ("api-2", "10.0.0.2:8080"), ("api-3", "10.0.0.3:8080")])
        let web = FleetHarness.cluster("web", backends: [("web-a", "10.0.1.1:80")])
        let sticky = FleetHarness.cluster("admin", backends: [], stickySession: true)
        let plain = FleetHarness.cluster("admin", backends: [], stickySession: false)
        let fleet = try await FleetHarness.start([
            .init(name: "web-1", initialState: api + web + plain),
            .init(name: "web-2", initialState: drifted + web + sticky),
            .init(name: "web-3", initialState: api + web + plain),
        ])
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .fleetDiff(let report)? = await fleet.session.execute("fleet diff").last else { Issue.record("no report"); return }
        #expect(report.sameClusters == ["web"])
        #expect(report.clusters.map(\.cluster) == ["admin", "api"])
        let words = report.clusters.flatMap(\.differences)
        #expect(words.contains("api: backend api-3 (10.0.0.3:8080) only on web-2"))
        #expect(words.contains("admin: sticky sessions: no on web-1, web-3; yes on web-2"))
        let text = FleetDiffText.render(report, width: 100)
        #expect(text[0] == "fleet diff over 3 targets: 2 of 3 clusters differ; listeners the same; certificates the same")
        let json = FleetDiffText.json(report)
        #expect(json.contains("\"drift\":true"))
        #expect(json.contains("\"same_clusters\":[\"web\"]"))
    }

    @Test("@all upgrade --rolling: one target at a time, each upgraded, checked and settled, to the end")
    func rollingUpgrade() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        let outcomes = await fleet.session.execute("@all upgrade --rolling --settle 1s")
        guard case .rolloutStarted(let started)? = outcomes.last else { Issue.record("\(outcomes)"); return }
        #expect(started.steps.map(\.target) == ["web-1", "web-2", "web-3"])
        guard let rollout = await fleet.session.rolloutResult(of: started.id) else { Issue.record("no rollout"); return }
        #expect(rollout.succeeded, "\(rollout.summary)")
        #expect(rollout.steps.allSatisfy { if case .done = $0.phase { true } else { false } })
        // One at a time: each target was done before the next began its upgrade.
        let model = fleet.session.store.snapshot()
        let upgrades = model.order.compactMap { model.requests[$0] }.filter { $0.verb == "upgrade" }
        #expect(upgrades.map(\.target) == ["web-1", "web-2", "web-3"])
        let workerUpgrades = model.order.compactMap { model.requests[$0] }.filter { $0.verb == "upgrade --worker" }
        #expect(workerUpgrades.count == 6)
        #expect(workerUpgrades.allSatisfy { if case .ok = $0.state { true } else { false } })
        for pair in zip(upgrades, upgrades.dropFirst()) {
            let previousWorkers = workerUpgrades.filter { $0.target == pair.0.target }
            let lastDone = previousWorkers.compactMap(\.tracked.finishedAt).max() ?? .distantFuture
            #expect(pair.1.tracked.registeredAt > lastDone.addingTimeInterval(0.9), "the settle time passed before \(pair.1.target ?? "")")
        }
        #expect(rollout.summary.hasPrefix("rolling upgrade \(rollout.id): done on 3 of 3 targets"))
    }

    @Test("a rolling upgrade stops at the first target that fails its check, and says what is done and what is left")
    func rollingUpgradeStops() async throws {
        var members = Self.three
        members[1].absent = true
        let fleet = try await FleetHarness.start(members) { $0.defaultTimeout = .seconds(1) }
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .rolloutStarted(let started)? = await fleet.session.execute("@all upgrade --rolling --settle 0s").last,
              let rollout = await fleet.session.rolloutResult(of: started.id) else { Issue.record("no rollout"); return }
        #expect(!rollout.succeeded)
        #expect(rollout.steps.map(\.phase.word) == ["done", "failed", "not reached"])
        #expect(rollout.summary.hasPrefix("rolling upgrade \(rollout.id) stopped at web-2: web-2 does not answer"))
        #expect(rollout.summary.hasSuffix("; done: web-1; left: web-3"))
        // web-3 was never touched.
        let model = fleet.session.store.snapshot()
        #expect(!model.requests.values.contains { $0.target == "web-3" && $0.verb == "upgrade" })
    }

    @Test("a rolling soft stop drains each target until its main process exits, then the next")
    func rollingSoftStop() async throws {
        let fleet = try await FleetHarness.start([
            .init(name: "a", workers: 2, drain: [.milliseconds(300)], connections: [4]),
            .init(name: "b", workers: 1),
        ])
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        let asked = Questions()
        let outcomes = await fleet.session.execute("@all shutdown --rolling --settle 0.5s") { planned in
            await asked.append(planned.text)
            return true
        }
        #expect(await asked.all == ["@all shutdown --rolling on a, b"])
        guard case .rolloutStarted(let started)? = outcomes.last,
              let rollout = await fleet.session.rolloutResult(of: started.id) else { Issue.record("\(outcomes)"); return }
        #expect(rollout.succeeded, "\(rollout.summary)")
        let model = fleet.session.store.snapshot()
        #expect(model[target: "a"]?.drain?.mainExitedAt != nil)
        #expect(model[target: "b"]?.drain?.mainExitedAt != nil)
        if let aExit = model[target: "a"]?.drain?.mainExitedAt, let bStart = model[target: "b"]?.drain?.startedAt {
            #expect(bStart > aExit)
        }
    }

    @Test("stop #N on a rollout: the target under way finishes, no other begins")
    func stoppingARollout() async throws {
        let fleet = try await FleetHarness.start(Self.three)
        defer { Task { await fleet.stop() } }
        try await fleet.waitConnected()
        guard case .rolloutStarted(let started)? = await fleet.session.execute("@all upgrade --rolling --settle 2s").last else { Issue.record("not started"); return }
        try await fleet.waitFor("web-1 settling") { model in
            if case .settling? = model.rollouts.first?.steps.first?.phase { true } else { false }
        }
        guard case .stopped? = await fleet.session.execute("stop \(started.id)").last else { Issue.record("not stopped"); return }
        guard let rollout = await fleet.session.rolloutResult(of: started.id) else { Issue.record("no rollout"); return }
        #expect(rollout.stopReason == "stopped by the operator")
        #expect(rollout.steps.map(\.phase.word) == ["done, not settled", "not reached", "not reached"])
        guard case .refused(let again)? = await fleet.session.execute("stop \(started.id)").last else { Issue.record("stopped twice"); return }
        #expect(again.hasPrefix("\(started.id) is over"))
    }
}

/// Questions a test's confirmation closure was asked.
actor Questions {
    private(set) var all: [String] = []
    func append(_ text: String) { all.append(text) }
}
