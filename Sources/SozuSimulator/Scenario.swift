import Foundation
import SozuCodec
public import SozuConfiguration
public import SozuProto
import SozuTOML

/// A simulator set-up read from a TOML file (see Resources/scenarios/): workers with their
/// connections, drains and faults, backend events, and a Sōzu state file to start from.
///
/// ```toml
/// workers = 4
/// worker_timeout = 10      # seconds
/// backend_events = 2.5     # seconds between backend flips in each worker
/// seed = 7
/// traffic = true           # workers report made-up traffic in their metrics
/// slow_backends = ["api/api-1"]      # with traffic: ten times slower than their cluster
/// failing_backends = ["web/web-2"]   # with traffic: half their answers are 502
/// bursts = true            # with traffic: each cluster's rate triples 10 s a minute
/// state = "demo.state"     # a Sōzu state file, relative to this file
/// config = "config.toml"   # a Sōzu config.toml, relative to this file (optional)
/// faults = ["slow-worker:2:150"]
///
/// [[worker]]               # one table per worker, in order; the last one repeats
/// connections = 3
/// drain_seconds = 4
/// ```
public struct Scenario: Sendable {
    public var workerCount: Int?
    public var workerTimeout: Duration?
    public var connections: [Int] = []
    public var drainDurations: [Duration] = []
    public var faults: [SimulatorFault] = []
    public var backendEventInterval: Duration?
    public var seed: UInt64?
    /// `traffic = true`: workers report made-up traffic in their metrics.
    public var syntheticTraffic: Bool?
    public var slowBackends: [String]?
    public var failingBackends: [String]?
    public var trafficBursts: Bool?
    /// The requests of the scenario's state file.
    public var initialState: [Command_Request] = []
    /// The Sōzu configuration the scenario names; without one, the scenario's state stands for it.
    public var configuration: SozuConfiguration?
    /// The scenario file's path: the simulated proxy's configuration path when it names none.
    public var path: String

    /// A scenario file's TOML, or why it cannot be read.
    static func table(at path: String) throws(SimulatorError) -> TOMLTable {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableScenario(path: path, reason: error.localizedDescription)
        }
        do {
            return try TOMLTable(parsing: text)
        } catch {
            throw .scenarioSyntax(path: path, error)
        }
    }

    public init(contentsOf path: String) throws(SimulatorError) {
        self.path = (path as NSString).standardizingPath
        let table = try Self.table(at: path)
        func seconds(_ key: String) throws(SimulatorError) -> Duration? {
            guard let value = table[key] else { return nil }
            guard let number = value.double ?? value.int.map(Double.init), number >= 0 else {
                throw .scenarioValue(path: path, key: key, expected: .seconds)
            }
            return .milliseconds(Int(number * 1000))
        }
        if let value = table["workers"] {
            guard let count = value.int, count >= 0 else { throw .scenarioValue(path: path, key: "workers", expected: .wholeNumber) }
            workerCount = count
        }
        workerTimeout = try seconds("worker_timeout")
        backendEventInterval = try seconds("backend_events")
        if let value = table["seed"] {
            guard let number = value.int, number >= 0 else { throw .scenarioValue(path: path, key: "seed", expected: .wholeNumber) }
            seed = UInt64(number)
        }
        if let value = table["traffic"] {
            guard let flag = value.bool else { throw .scenarioValue(path: path, key: "traffic", expected: .boolean) }
            syntheticTraffic = flag
        }
        func strings(_ key: String) throws(SimulatorError) -> [String]? {
            guard let value = table[key] else { return nil }
            guard let array = value.array else { throw .scenarioValue(path: path, key: key, expected: .listOfStrings) }
            var strings: [String] = []
            for item in array {
                guard let text = item.string else { throw .scenarioValue(path: path, key: key, expected: .listOfStrings) }
                strings.append(text)
            }
            return strings
        }
        slowBackends = try strings("slow_backends")
        failingBackends = try strings("failing_backends")
        if let value = table["bursts"] {
            guard let flag = value.bool else { throw .scenarioValue(path: path, key: "bursts", expected: .boolean) }
            trafficBursts = flag
        }
        if let list = table["faults"] {
            guard let array = list.array else { throw .scenarioValue(path: path, key: "faults", expected: .listOfStrings) }
            for item in array {
                guard let text = item.string else { throw .scenarioValue(path: path, key: "faults", expected: .listOfStrings) }
                faults.append(try SimulatorFault(parsing: text))
            }
        }
        if let workers = table["worker"] {
            guard let array = workers.array else { throw .scenarioValue(path: path, key: "[[worker]]", expected: .tables) }
            for (index, item) in array.enumerated() {
                guard let worker = item.table else { throw .scenarioValue(path: path, key: "[[worker]] \(index + 1)", expected: .table) }
                let connections = worker["connections"]?.int ?? 0
                let drain = worker["drain_seconds"]?.double ?? worker["drain_seconds"]?.int.map(Double.init) ?? 0
                guard connections >= 0, drain >= 0 else { throw .scenarioValue(path: path, key: "[[worker]] \(index + 1)", expected: .nonNegativeNumbers) }
                self.connections.append(connections)
                drainDurations.append(.milliseconds(Int(drain * 1000)))
            }
        }
        if let value = table["state"] {
            guard let relative = value.string else { throw .scenarioValue(path: path, key: "state", expected: .path) }
            let directory = (path as NSString).deletingLastPathComponent
            let statePath = relative.hasPrefix("/") ? relative : (directory as NSString).appendingPathComponent(relative)
            initialState = try Self.readState(statePath)
        }
        if let value = table["config"] {
            guard let relative = value.string else { throw .scenarioValue(path: path, key: "config", expected: .path) }
            let directory = (path as NSString).deletingLastPathComponent
            let configurationPath = relative.hasPrefix("/") ? relative : (directory as NSString).appendingPathComponent(relative)
            do {
                configuration = try SozuConfiguration(contentsOf: configurationPath)
            } catch {
                throw .configuration(path: configurationPath, error)
            }
        }
    }

    /// The requests of a Sōzu state file (JSON WorkerRequests, each ended by `\n\0`).
    static func readState(_ path: String) throws(SimulatorError) -> [Command_Request] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableStateFile(path: path)
        }
        var requests: [Command_Request] = []
        for (index, record) in data.split(separator: 0).enumerated() {
            let text = String(decoding: record, as: UTF8.self)
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            do {
                requests.append(try SozuJSON.decode(Command_WorkerRequest.self, from: text).content)
            } catch {
                throw .stateRecord(path: path, record: index + 1, error)
            }
        }
        return requests
    }

    /// These settings over `options`, for what the scenario sets.
    public func applied(to options: SimulatorOptions) -> SimulatorOptions {
        var options = options
        if let configuration {
            options.use(configuration)
            if !initialState.isEmpty { options.initialState = initialState }
        } else {
            options.configurationRequests = initialState
            options.configurationPath = path
        }
        if let workerCount { options.workerCount = workerCount }
        if let workerTimeout { options.workerTimeout = workerTimeout }
        if !connections.isEmpty { options.connectionsPerWorker = connections }
        if !drainDurations.isEmpty { options.drainDurations = drainDurations }
        options.faults += faults
        if let backendEventInterval { options.backendEventInterval = backendEventInterval }
        if let seed { options.seed = seed }
        if let syntheticTraffic { options.syntheticTraffic = syntheticTraffic }
        if let slowBackends { options.slowBackends = Set(slowBackends) }
        if let failingBackends { options.failingBackends = Set(failingBackends) }
        if let trafficBursts { options.trafficBursts = trafficBursts }
        return options
    }
}
