import Foundation
public import SozuConfiguration
public import SozuProto

/// How a simulated Sōzu is set up.
public struct SimulatorOptions: Sendable {
    /// Where the main process listens (Sōzu's `command_socket`).
    public var socketPath: String
    public var workerCount: Int
    /// How long the main process waits for workers on a task (Sōzu's `worker_timeout`).
    public var workerTimeout: Duration
    /// Simulated client connections each worker holds; a soft stop waits for them to close.
    public var connectionsPerWorker: [Int]
    /// How long each worker takes to drain its connections in a soft stop.
    public var drainDurations: [Duration]
    public var maximumFrameSize: Int
    /// Misbehaviours to show, applied in this order (see `FaultKind.catalogue`).
    public var faults: [SimulatorFault]
    /// When set, every worker flips one of its backends down or up at this interval, with
    /// Sōzu's BACKEND_DOWN / BACKEND_UP (and NO_AVAILABLE_BACKENDS / CLUSTER_RECOVERED) events.
    public var backendEventInterval: Duration?
    /// Seed of the backend flips, so that a run can be repeated.
    public var seed: UInt64
    /// When set, workers report made-up traffic in their metrics (requests, bytes, latencies);
    /// otherwise they report only what an idle Sōzu reports, since nothing is proxied.
    public var syntheticTraffic = false
    /// "cluster/backend" ids whose answers are ten times slower than their cluster's others.
    public var slowBackends: Set<String> = []
    /// "cluster/backend" ids that answer 502 to half their requests.
    public var failingBackends: Set<String> = []
    /// Every cluster's traffic triples for ten seconds of each minute.
    public var trafficBursts = false
    /// What Sōzu's configuration generates: applied at start, and again by
    /// `reload_configuration` without a path (or with the configuration's own path). Refused
    /// requests are skipped, as Sōzu skips them.
    public var configurationRequests: [Command_Request] = []
    /// Where that configuration came from (a Sōzu config.toml, or a scenario standing for one),
    /// as Sōzu names its config path.
    public var configurationPath = ""
    /// Set when `configurationPath` is a Sōzu config.toml: a reload naming it reads it again, as
    /// Sōzu does. A scenario standing for a configuration is not read again.
    public var configurationIsSozuFile = false
    /// The scenario's state file, applied at start after the configuration; every request must
    /// apply (a refusal is a mistake in the scenario).
    public var initialState: [Command_Request] = []
    /// Sōzu's `command_allowed_uids`: requests from other users are refused, whatever they ask.
    public var commandAllowedUIDs: [UInt32]?
    /// A Sōzu config.toml's `saved_state`, loaded at start after everything else as Sōzu loads
    /// it: a file that cannot be read or parsed is logged, records the state refuses skipped.
    public var savedStatePath: String?

    public init(
        socketPath: String,
        workerCount: Int = 2,
        workerTimeout: Duration = .seconds(10),
        connectionsPerWorker: [Int] = [],
        drainDurations: [Duration] = [],
        maximumFrameSize: Int = 2_000_000,
        faults: [SimulatorFault] = [],
        backendEventInterval: Duration? = nil,
        seed: UInt64 = 1
    ) {
        self.faults = faults
        self.backendEventInterval = backendEventInterval
        self.seed = seed
        self.socketPath = socketPath
        self.workerCount = workerCount
        self.workerTimeout = workerTimeout
        self.connectionsPerWorker = connectionsPerWorker
        self.drainDurations = drainDurations
        self.maximumFrameSize = maximumFrameSize
    }

    /// Takes what a Sōzu config.toml says of the main process: its requests, worker count and
    /// timeout (over any set before), command buffer size, allowed users, and its saved state.
    /// A scenario's state standing for the configuration until then is kept, applied after it.
    public mutating func use(_ configuration: SozuConfiguration) {
        if !configurationIsSozuFile {
            initialState = configurationRequests + initialState
        }
        configurationRequests = configuration.requests
        configurationPath = (configuration.path as NSString).standardizingPath
        configurationIsSozuFile = true
        workerCount = configuration.workerCount
        workerTimeout = .seconds(Int(configuration.workerTimeout))
        maximumFrameSize = Int(clamping: configuration.maxCommandBufferSize)
        savedStatePath = configuration.savedStatePath
        commandAllowedUIDs = configuration.commandAllowedUIDs
    }

    /// What a worker's traffic looks like, when the workers report traffic.
    func trafficProfile(worker id: UInt32) -> SyntheticTraffic {
        SyntheticTraffic(workerID: id, seed: seed, slowBackends: slowBackends, failingBackends: failingBackends, bursts: trafficBursts)
    }

    func connections(ofWorker index: Int) -> Int {
        connectionsPerWorker.isEmpty ? 0 : connectionsPerWorker[min(index, connectionsPerWorker.count - 1)]
    }

    func drainDuration(ofWorker index: Int) -> Duration {
        drainDurations.isEmpty ? .zero : drainDurations[min(index, drainDurations.count - 1)]
    }
}
