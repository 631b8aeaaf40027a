import Foundation
import SozuClient
import SozuCodec
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport

/// Several simulators, each on its own socket, and one console session over all of them.
struct FleetHarness {
    let directory: TemporaryDirectory
    let mains: [String: SimulatedMainProcess]
    let session: ConsoleSession

    struct Member {
        var name: String
        var workers = 2
        var tags: [String: String] = [:]
        var initialState: [Command_Request] = []
        var drain: [Duration] = []
        var connections: [Int] = []
        /// No simulator: the target's socket does not exist.
        var absent = false
        /// Workers report made-up traffic.
        var traffic = false
    }

    static func start(_ members: [Member], configure: (inout SessionConfiguration) -> Void = { _ in }) async throws -> FleetHarness {
        let directory = try TemporaryDirectory()
        var mains: [String: SimulatedMainProcess] = [:]
        var specs: [TargetSpec] = []
        for (index, member) in members.enumerated() {
            let socket = directory.file("\(member.name).sock")
            specs.append(TargetSpec(name: member.name, address: .local(path: socket), tags: member.tags))
            guard !member.absent else { continue }
            var options = SimulatorOptions(
                socketPath: socket, workerCount: member.workers, workerTimeout: .seconds(5),
                connectionsPerWorker: member.connections, drainDurations: member.drain, seed: UInt64(index + 1))
            options.initialState = member.initialState
            options.syntheticTraffic = member.traffic
            let main = SimulatedMainProcess(options: options)
            try await main.start()
            mains[member.name] = main
        }
        var configuration = SessionConfiguration.quick(socketPath: specs[0].name)
        configuration.fleet = specs
        configure(&configuration)
        let session = ConsoleSession(configuration)
        await session.start()
        return FleetHarness(directory: directory, mains: mains, session: session)
    }

    func stop() async {
        await session.shutdown()
        for main in mains.values { await main.shutdown() }
        directory.remove()
    }

    func waitFor(_ what: String, timeout: Duration = .seconds(20), _ condition: (ConsoleModel) -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(session.store.snapshot()) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError.timedOut(what)
    }

    /// Waits until every target with a simulator answers.
    func waitConnected() async throws {
        let names = Set(mains.keys)
        try await waitFor("every simulator connected") { model in
            model.targets.filter { names.contains($0.name) }.allSatisfy { if case .connected = $0.connection { true } else { false } }
        }
    }

    /// A cluster and its backends, as requests a simulator starts with.
    static func cluster(_ id: String, backends: [(String, String)], stickySession: Bool = false) -> [Command_Request] {
        var cluster = Command_Cluster()
        cluster.clusterID = id
        cluster.stickySession = stickySession
        cluster.httpsRedirect = false
        cluster.loadBalancing = .roundRobin
        var add = Command_Request()
        add.addCluster = cluster
        var requests = [add]
        for (backendID, address) in backends {
            var backend = Command_AddBackend()
            backend.clusterID = id
            backend.backendID = backendID
            guard let socket = SocketAddressParser.parse(address) else { continue }
            backend.address = socket
            var request = Command_Request()
            request.addBackend = backend
            requests.append(request)
        }
        return requests
    }
}
