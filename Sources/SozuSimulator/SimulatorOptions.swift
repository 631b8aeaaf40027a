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

    public init(
        socketPath: String,
        workerCount: Int = 2,
        workerTimeout: Duration = .seconds(10),
        connectionsPerWorker: [Int] = [],
        drainDurations: [Duration] = [],
        maximumFrameSize: Int = 2_000_000
    ) {
        self.socketPath = socketPath
        self.workerCount = workerCount
        self.workerTimeout = workerTimeout
        self.connectionsPerWorker = connectionsPerWorker
        self.drainDurations = drainDurations
        self.maximumFrameSize = maximumFrameSize
    }

    func connections(ofWorker index: Int) -> Int {
        connectionsPerWorker.isEmpty ? 0 : connectionsPerWorker[min(index, connectionsPerWorker.count - 1)]
    }

    func drainDuration(ofWorker index: Int) -> Duration {
        drainDurations.isEmpty ? .zero : drainDurations[min(index, drainDurations.count - 1)]
    }
}
