import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import Testing

@Suite struct TargetAddressTests {
    @Test func localPathsAndSSHURLs() throws {
        #expect(try TargetAddress(parsing: "/run/sozu/sozu.sock") == .local(path: "/run/sozu/sozu.sock"))
        let remote = try TargetAddress(parsing: "ssh://deploy@web-1.example.com:2222/run/sozu/sozu.sock")
        #expect(remote == .ssh(.init(user: "deploy", host: "web-1.example.com", port: 2222, socketPath: "/run/sozu/sozu.sock")))
        #expect(remote.description == "ssh://deploy@web-1.example.com:2222/run/sozu/sozu.sock")
        #expect(try TargetAddress(parsing: "ssh://[::1]:22/s.sock") == .ssh(.init(user: nil, host: "::1", port: 22, socketPath: "/s.sock")))
        #expect(try TargetAddress(parsing: "ssh://[::1]:22/s.sock").description == "ssh://[::1]:22/s.sock")
    }

    @Test func refusals() {
        #expect(throws: TargetAddress.ParseError.empty) { try TargetAddress(parsing: "") }
        #expect(throws: TargetAddress.ParseError.unsupportedScheme("http://x/s")) { try TargetAddress(parsing: "http://x/s") }
        #expect(throws: TargetAddress.ParseError.missingSocketPath("ssh://host")) { try TargetAddress(parsing: "ssh://host") }
        #expect(throws: TargetAddress.ParseError.missingSocketPath("ssh://host/")) { try TargetAddress(parsing: "ssh://host/") }
        #expect(throws: TargetAddress.ParseError.badPort("ssh://host:99999/s")) { try TargetAddress(parsing: "ssh://host:99999/s") }
        #expect(throws: TargetAddress.ParseError.missingHost("ssh://@/s")) { try TargetAddress(parsing: "ssh://@/s") }
        // ssh would read these as options.
        #expect(throws: TargetAddress.ParseError.badHostOrUser("ssh://-oProxyCommand=x/s")) { try TargetAddress(parsing: "ssh://-oProxyCommand=x/s") }
        #expect(throws: TargetAddress.ParseError.badHostOrUser("ssh://-F@host/s")) { try TargetAddress(parsing: "ssh://-F@host/s") }
    }
}

@Suite struct TargetSelectionTests {
    static let fleet = [
        TargetSpec(name: "web-1", address: .local(path: "/a"), tags: ["region": "eu", "role": "edge"]),
        TargetSpec(name: "web-2", address: .local(path: "/b"), tags: ["region": "us"]),
        TargetSpec(name: "db", address: .local(path: "/c"), tags: ["eu": ""]),
    ]

    @Test func selectors() throws {
        #expect(try TargetSelector(word: "all")?.resolve(in: Self.fleet).map(\.name) == ["web-1", "web-2", "db"])
        #expect(try TargetSelector(word: "web-2")?.resolve(in: Self.fleet).map(\.name) == ["web-2"])
        // A bare tag matches a value, or a tag of that name.
        #expect(try TargetSelector(word: "tag:eu")?.resolve(in: Self.fleet).map(\.name) == ["web-1", "db"])
        #expect(try TargetSelector(word: "tag:region=eu")?.resolve(in: Self.fleet).map(\.name) == ["web-1"])
        #expect(TargetSelector(word: "tag:") == nil)
        #expect(TargetSelector(word: "tag:region=eu")?.description == "@tag:region=eu")
        #expect(throws: FleetError.unknownTarget("web-9", known: ["web-1", "web-2", "db"])) { try TargetSelector.named("web-9").resolve(in: Self.fleet) }
    }

    @Test func targetNames() throws {
        #expect(TargetSpec.problem(withName: "web-1.eu_2") == nil)
        #expect(TargetSpec.problem(withName: "all") != nil)
        #expect(TargetSpec.problem(withName: "tag:x") != nil)
        #expect(TargetSpec.problem(withName: "a b") != nil)
        let spec = try TargetSpec(option: "web-1=ssh://web-1/run/sozu.sock")
        #expect(spec.name == "web-1")
        #expect(throws: FleetError.badTargetOption("web-1")) { try TargetSpec(option: "web-1") }
    }

    @Test("a fleet file: targets with a socket or a url, config and tags; mistakes named with their place")
    func fleetFile() throws {
        let file = try FleetFile(parsing: """
            ssh_command = "ssh -F /etc/sozu/ssh_config"

            [[target]]
            name = "web-1"
            socket = "/run/sozu/web-1.sock"
            config = "/etc/sozu/web-1.toml"
            tags = { region = "eu" }

            [[target]]
            name = "edge"
            url = "ssh://ops@edge.example.com/run/sozu/sozu.sock"
            """, path: "fleet.toml")
        #expect(file.sshCommand == "ssh -F /etc/sozu/ssh_config")
        #expect(file.targets.map(\.name) == ["web-1", "edge"])
        #expect(file.targets[0].configurationPath == "/etc/sozu/web-1.toml")
        #expect(file.targets[0].tags == ["region": "eu"])
        #expect(file.targets[1].address == .ssh(.init(user: "ops", host: "edge.example.com", port: nil, socketPath: "/run/sozu/sozu.sock")))
        #expect(throws: FleetError.fileValue(path: "f", key: "target[1] (a)", expected: "given one of socket = \"PATH\" or url = \"ssh://…\"")) {
            try FleetFile(parsing: "[[target]]\nname = \"a\"\n", path: "f")
        }
        #expect(throws: FleetError.duplicateTarget("a")) {
            try FleetFile(parsing: "[[target]]\nname = \"a\"\nsocket = \"/x\"\n[[target]]\nname = \"a\"\nsocket = \"/y\"\n", path: "f")
        }
        #expect(throws: FleetError.fileValue(path: "f", key: "target[1].tags.region", expected: "a string")) {
            try FleetFile(parsing: "[[target]]\nname = \"a\"\nsocket = \"/x\"\ntags = { region = 3 }\n", path: "f")
        }
        #expect(FleetFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/o"]) == "/cfg/sozu-console/fleet.toml")
        #expect(FleetFile.defaultPath(environment: ["HOME": "/home/o"]) == "/home/o/.config/sozu-console/fleet.toml")
    }
}

@Suite struct RollingFlowTests {
    let start = Date(timeIntervalSince1970: 1_000)

    @Test("each target is checked, operated on and settled before the next; the settle samples health until its end")
    func sequence() {
        var flow = RollingFlow(targets: ["a", "b"], operation: .upgrade, settle: .seconds(4), sampleInterval: .seconds(2))
        #expect(flow.next(.start, at: start) == [.phase("a", .checking), .check("a")])
        #expect(flow.next(.checked(problem: nil), at: start) == [.phase("a", .operating), .operate("a")])
        let operated = start.addingTimeInterval(10)
        #expect(flow.next(.operated(problem: nil), at: operated) == [
            .phase("a", .settling(until: operated.addingTimeInterval(4))), .sampleHealth(["a"], since: start),
        ])
        #expect(flow.next(.health(problem: nil), at: operated) == [.wait(.seconds(2))])
        #expect(flow.next(.waited, at: operated.addingTimeInterval(2)) == [.sampleHealth(["a"], since: start)])
        #expect(flow.next(.health(problem: nil), at: operated.addingTimeInterval(2)) == [.wait(.seconds(2))])
        #expect(flow.next(.waited, at: operated.addingTimeInterval(4)) == [.sampleHealth(["a"], since: start)])
        let settled = operated.addingTimeInterval(4)
        #expect(flow.next(.health(problem: nil), at: settled) == [.phase("a", .done(at: settled)), .phase("b", .checking), .check("b")])
    }

    @Test("the first problem stops it, whichever step finds it")
    func failures() {
        var flow = RollingFlow(targets: ["a", "b", "c"], operation: .upgrade, settle: .zero)
        _ = flow.next(.start, at: start)
        _ = flow.next(.checked(problem: nil), at: start)
        // No settle: done at once.
        #expect(flow.next(.operated(problem: nil), at: start) == [.phase("a", .done(at: start)), .phase("b", .checking), .check("b")])
        _ = flow.next(.checked(problem: nil), at: start)
        #expect(flow.next(.operated(problem: "upgrade_main: no"), at: start) == [.phase("b", .failed("b: upgrade_main: no")), .finished(reason: "b: upgrade_main: no")])
        #expect(flow.isFinished)
        #expect(flow.next(.waited, at: start).isEmpty)

        var unhealthy = RollingFlow(targets: ["a"], operation: .upgrade, settle: .seconds(1))
        _ = unhealthy.next(.start, at: start)
        _ = unhealthy.next(.checked(problem: nil), at: start)
        _ = unhealthy.next(.operated(problem: nil), at: start)
        #expect(unhealthy.next(.health(problem: "a is not healthy: worker 1 NOT_ANSWERING"), at: start) == [
            .phase("a", .failed("a is not healthy: worker 1 NOT_ANSWERING")), .finished(reason: "a is not healthy: worker 1 NOT_ANSWERING"),
        ])
    }

    @Test("a soft stop settles on the targets still to stop; the last one has none to watch")
    func softStopWatchesTheOthers() {
        var flow = RollingFlow(targets: ["a", "b"], operation: .softStop, settle: .seconds(5))
        _ = flow.next(.start, at: start)
        _ = flow.next(.checked(problem: nil), at: start)
        #expect(flow.next(.operated(problem: nil), at: start) == [.phase("a", .settling(until: start.addingTimeInterval(5))), .sampleHealth(["b"], since: start)])
        var last = RollingFlow(targets: ["a"], operation: .softStop, settle: .seconds(5))
        _ = last.next(.start, at: start)
        _ = last.next(.checked(problem: nil), at: start)
        #expect(last.next(.operated(problem: nil), at: start) == [.phase("a", .done(at: start)), .finished(reason: nil)])
    }

    @Test func cancelling() {
        var flow = RollingFlow(targets: ["a", "b"], operation: .upgrade, settle: .seconds(5))
        _ = flow.next(.start, at: start)
        #expect(flow.next(.cancelled, at: start) == [.phase("a", .notReached), .finished(reason: "stopped by the operator")])
        var settling = RollingFlow(targets: ["a", "b"], operation: .upgrade, settle: .seconds(5))
        _ = settling.next(.start, at: start)
        _ = settling.next(.checked(problem: nil), at: start)
        _ = settling.next(.operated(problem: nil), at: start)
        #expect(settling.next(.cancelled, at: start) == [.phase("a", .unsettled), .finished(reason: "stopped by the operator")])
    }
}

@Suite struct RollingHealthTests {
    static func workers(_ states: [Command_RunState]) -> RequestState {
        var infos = Command_WorkerInfos()
        for (index, state) in states.enumerated() {
            var info = Command_WorkerInfo()
            info.id = UInt32(index)
            info.pid = 100 + Int32(index)
            info.runState = state
            infos.vec.append(info)
        }
        var content = Command_ResponseContent()
        content.workers = infos
        return .ok(message: "Successfully collected the status of workers", content: content)
    }

    static func event(_ kind: Command_EventKind, backend: String, at date: Date, from worker: String = "0") -> FeedEvent {
        var event = Command_Event()
        event.kind = kind
        event.backendID = backend
        event.clusterID = "api"
        return FeedEvent(receivedAt: date, origin: worker, event: event)
    }

    @Test func healthyAndNot() {
        let since = Date(timeIntervalSince1970: 100)
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.stopped, .running, .running]), events: [], since: since) == nil)
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.running, .notAnswering]), events: [], since: since)
            == "a is not healthy: worker 1 NOT_ANSWERING")
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.stopped]), events: [], since: since) == "a has no running worker")
        #expect(RollingHealth.problem(target: "a", status: .failure(message: "nope"), events: [], since: since) == "a answered status with a failure: nope")
        #expect(RollingHealth.problem(target: "a", status: nil, events: [], since: since) == "a did not answer status")
        // A backend down since the operation began, not back up: a problem. One that came
        // back, or went down before, is not.
        let down = Self.event(.backendDown, backend: "api-2", at: since.addingTimeInterval(1))
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.running]), events: [down], since: since)
            == "a: backend api-2 of api went down and is not back up")
        let up = Self.event(.backendUp, backend: "api-2", at: since.addingTimeInterval(2))
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.running]), events: [down, up], since: since) == nil)
        let before = Self.event(.backendDown, backend: "api-9", at: since.addingTimeInterval(-5))
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.running]), events: [before], since: since) == nil)
        // Each worker's view: another worker's UP does not cancel it; a stopped worker's view
        // (an old worker of the upgrade) no longer counts.
        let upElsewhere = Self.event(.backendUp, backend: "api-2", at: since.addingTimeInterval(2), from: "1")
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.running, .running]), events: [down, upElsewhere], since: since) != nil)
        let oldWorker = Self.event(.backendDown, backend: "api-2", at: since.addingTimeInterval(1), from: "0")
        #expect(RollingHealth.problem(target: "a", status: Self.workers([.stopped, .running]), events: [oldWorker], since: since) == nil)
    }
}
