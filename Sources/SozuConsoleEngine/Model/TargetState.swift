public import SozuProto

/// What the console knows of one proxy: how it is reached, whether it answers, its workers,
/// the drain it watches there, its events and the ids completion offers.
public struct TargetState: Sendable {
    /// How the target is named in the journal and on screen (its socket, when it has no name).
    public let name: String
    public let socketPath: String
    public var connection: ConnectionState = .connecting
    /// The last `list_workers` answer.
    public var workers: [Command_WorkerInfo] = []
    public var drain: DrainWatch?
    public var events: EventFeed
    /// Whether an event subscription is open right now.
    public var eventFeedActive = false
    public var live = LiveValues()

    public init(name: String, socketPath: String, eventCapacity: Int = 1_000) {
        self.name = name
        self.socketPath = socketPath
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
