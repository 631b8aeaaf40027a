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

    @Test("an OS error keeps Rust's \"(os error N)\" suffix, as in real-sozu-2.1.0/101")
    func osErrorText() async throws {
        let simulator = try await RunningSimulator.start()
        let path = simulator.directory.file("missing/state.json")
        let answers = try await simulator.send(request { $0.saveState = path })
        #expect(answers.map(\.message) == ["Cannot create file at path \(path): No such file or directory (os error 2)"])
        await simulator.stop()
    }
}
