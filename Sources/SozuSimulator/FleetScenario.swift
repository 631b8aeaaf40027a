import Foundation
import SozuCodec
public import SozuProto
import SozuTOML

/// Several simulated proxies, as a fleet for the console's demo and tests: each a name, tags,
/// a scenario of its own (or the defaults), and changes of its own (workers, drain speed, a
/// drifted backend).
///
/// ```toml
/// # Resources/scenarios/fleet.toml
/// [[proxy]]
/// name = "web-1"
/// scenario = "demo.toml"        # relative to this file (optional)
/// tags = { region = "eu" }      # optional
/// workers = 2                   # instead of the scenario's (optional)
/// drain_factor = 0.5            # its workers drain in half the time (optional)
/// extra_backends = [{ cluster = "api", id = "api-9", address = "10.0.9.9:8080" }]   # drift (optional)
/// quiet_backends = true         # no synthetic backend flips (optional)
/// ```
public struct FleetScenario: Sendable {
    public struct Proxy: Sendable {
        public var name: String
        public var tags: [String: String] = [:]
        public var scenario: Scenario?
        public var workers: Int?
        public var drainFactor: Double = 1
        /// No synthetic backend flips, whatever its scenario says.
        public var quietBackends = false
        /// Backends this proxy has and the others do not.
        public var extraBackends: [Command_AddBackend] = []

        public init(name: String) {
            self.name = name
        }

        /// Its simulator's options over `base`.
        public func options(over base: SimulatorOptions, socketPath: String, seed: UInt64) -> SimulatorOptions {
            var options = scenario.map { $0.applied(to: base) } ?? base
            options.socketPath = socketPath
            options.seed = seed
            if let workers { options.workerCount = workers }
            if quietBackends { options.backendEventInterval = nil }
            if options.connectionsPerWorker.count > options.workerCount {
                options.connectionsPerWorker = Array(options.connectionsPerWorker.prefix(options.workerCount))
            }
            options.drainDurations = options.drainDurations.map { .milliseconds(Int(($0.timeInterval * drainFactor * 1000).rounded())) }
            let drift = extraBackends.map { backend -> Command_Request in
                var request = Command_Request()
                request.addBackend = backend
                return request
            }
            if options.initialState.isEmpty { options.configurationRequests += drift } else { options.initialState += drift }
            return options
        }
    }

    public var proxies: [Proxy]

    public init(proxies: [Proxy]) {
        self.proxies = proxies
    }

    /// Whether a scenario file describes a fleet (it has `[[proxy]]` tables).
    public static func describesFleet(_ path: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let table = try? TOMLTable(parsing: text) else { return false }
        return table["proxy"] != nil
    }

    /// `count` proxies on one scenario: web-1…web-N, in two regions, with different worker
    /// counts and drain speeds, and web-2 with a backend of the first cluster the others lack.
    /// Their backends do not flip: a healthy fleet, on which a rolling upgrade goes to its end.
    public static func demo(count: Int, scenario: Scenario?) -> FleetScenario {
        let workers = [4, 2, 3, 1, 2]
        let speeds = [1.0, 0.5, 1.5, 2.0, 0.75]
        var proxies: [Proxy] = []
        for index in 0..<count {
            var proxy = Proxy(name: "web-\(index + 1)")
            proxy.scenario = scenario
            proxy.workers = workers[index % workers.count]
            proxy.drainFactor = speeds[index % speeds.count]
            proxy.tags = ["region": index % 2 == 0 ? "eu" : "us"]
            proxy.quietBackends = true
            if index == 1, let cluster = firstCluster(of: scenario) {
                var backend = Command_AddBackend()
                backend.clusterID = cluster
                backend.backendID = "\(cluster)-drift"
                backend.address = SocketAddressParser.parse("10.0.9.9:8080") ?? Command_SocketAddress()
                proxy.extraBackends = [backend]
            }
            proxies.append(proxy)
        }
        return FleetScenario(proxies: proxies)
    }

    static func firstCluster(of scenario: Scenario?) -> String? {
        scenario?.initialState.lazy.compactMap { request -> String? in
            if case .addCluster(let cluster)? = request.requestType { return cluster.clusterID }
            return nil
        }.first
    }

    public init(contentsOf path: String) throws(SimulatorError) {
        let table = try Scenario.table(at: path)
        guard let entries = table["proxy"]?.array, !entries.isEmpty else { throw .scenarioValue(path: path, key: "[[proxy]]", expected: .tables) }
        let directory = (path as NSString).deletingLastPathComponent
        var proxies: [Proxy] = []
        for (index, entry) in entries.enumerated() {
            let key = "[[proxy]] \(index + 1)"
            guard let values = entry.table else { throw .scenarioValue(path: path, key: key, expected: .table) }
            guard let name = values["name"]?.string, !name.isEmpty else { throw .scenarioValue(path: path, key: "\(key) name", expected: .uniqueName) }
            var proxy = Proxy(name: name)
            if let relative = values["scenario"]?.string {
                let scenarioPath = relative.hasPrefix("/") ? relative : (directory as NSString).appendingPathComponent(relative)
                proxy.scenario = try Scenario(contentsOf: scenarioPath)
            }
            if let workers = values["workers"] {
                guard let count = workers.int, count >= 0 else { throw .scenarioValue(path: path, key: "\(key) workers", expected: .wholeNumber) }
                proxy.workers = count
            }
            if let quiet = values["quiet_backends"] {
                guard let flag = quiet.bool else { throw .scenarioValue(path: path, key: "\(key) quiet_backends", expected: .boolean) }
                proxy.quietBackends = flag
            }
            if let factor = values["drain_factor"] {
                guard let number = factor.double ?? factor.int.map(Double.init), number >= 0 else {
                    throw .scenarioValue(path: path, key: "\(key) drain_factor", expected: .nonNegativeNumbers)
                }
                proxy.drainFactor = number
            }
            if let tags = values["tags"]?.table {
                for tag in tags.keys {
                    guard let value = tags[tag]?.string else { throw .scenarioValue(path: path, key: "\(key) tags.\(tag)", expected: .listOfStrings) }
                    proxy.tags[tag] = value
                }
            }
            for item in values["extra_backends"]?.array ?? [] {
                guard let backendTable = item.table, let cluster = backendTable["cluster"]?.string, let id = backendTable["id"]?.string,
                      let addressText = backendTable["address"]?.string, let address = SocketAddressParser.parse(addressText)
                else { throw .scenarioValue(path: path, key: "\(key) extra_backends", expected: .tables) }
                var backend = Command_AddBackend()
                backend.clusterID = cluster
                backend.backendID = id
                backend.address = address
                proxy.extraBackends.append(backend)
            }
            guard !proxies.contains(where: { $0.name == name }) else { throw .scenarioValue(path: path, key: "\(key) name", expected: .uniqueName) }
            proxies.append(proxy)
        }
        self.proxies = proxies
    }
}
