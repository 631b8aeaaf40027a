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
