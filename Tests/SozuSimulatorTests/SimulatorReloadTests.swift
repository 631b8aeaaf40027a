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
