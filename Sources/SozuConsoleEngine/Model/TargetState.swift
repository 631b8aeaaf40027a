public import SozuProto

/// What the console knows of one proxy: how it is reached, whether it answers, its workers,
/// the drain it watches there, its events and the ids completion offers.
public struct TargetState: Sendable {
    /// How the target is named in the journal and on screen (its socket, when it has no name).
    public let name: String
    /// The socket the console connects to (for an SSH target, the local end of its forward).
    public let socketPath: String
    /// Where the proxy is, as the operator gave it (a path, or `ssh://…`).
    public var address: String
    public var tags: [String: String] = [:]
    /// Why it cannot be reached, in words, while it cannot (an SSH forward's error, say).
    public var lastError: String?
    public var connection: ConnectionState = .connecting
    /// The last `list_workers` answer.
    public var workers: [Command_WorkerInfo] = []
    public var drain: DrainWatch?
    public var events: EventFeed
    /// Whether an event subscription is open right now.
    public var eventFeedActive = false
    public var live = LiveValues()
    /// The live view's figures, while the live view follows this target.
    public internal(set) var traffic: TrafficState?

    public init(name: String, socketPath: String, address: String? = nil, tags: [String: String] = [:], eventCapacity: Int = 1_000) {
        self.name = name
        self.socketPath = socketPath
        self.address = address ?? socketPath
        self.tags = tags
        self.events = EventFeed(capacity: eventCapacity)
    }

    public func workerCount(_ state: Command_RunState) -> Int {
        workers.filter { $0.runState == state }.count
    }

    /// The main process is gone, and its workers with it.
    mutating func markWorkersGone() {
        for index in workers.indices { workers[index].runState = .stopped }
    }

    /// Workers that were not stopped: the denominator of `2/4 workers`.
    var activeWorkerCount: Int { workers.filter { $0.runState != .stopped }.count }
}
