public import Foundation
public import SozuClient
public import SozuProto
import Synchronization

/// Whether the console can reach the proxy.
public enum ConnectionState: Equatable, Sendable {
    case connecting
    case connected(since: Date)
    /// The socket stopped answering; retrying with backoff.
    case reconnecting(attempt: Int, since: Date, reason: String)
    /// The main process exited after a stop; the console keeps watching for a new one.
    case mainExited(at: Date)

    public var label: String {
        switch self {
        case .connecting: "connecting"
        case .connected: "connected"
        case .reconnecting(let attempt, _, _): "reconnecting (attempt \(attempt))"
        case .mainExited: "main process exited"
        }
    }
}

/// A line the console itself has to say: reconnecting, refusals, flow steps.
public struct Notice: Equatable, Sendable {
    public enum Level: Equatable, Sendable { case info, warning, error }
    public let at: Date
    public let level: Level
    public let text: String

    public init(at: Date, level: Level, text: String) {
        self.at = at
        self.level = level
        self.text = text
    }
}

/// A command repeated by `every` (or `metrics get -r`).
public struct RepeatingJob: Equatable, Sendable {
    public let id: RequestID
    public let verb: String
    public let text: String
    public let interval: Duration
    public var runs: Int
    public var lastRequest: RequestID?
}

/// Everything the screen draws and the one-shot mode reports: a value, copied out of the store.
public struct ConsoleModel: Sendable {
    public var target: String
    public var connection: ConnectionState = .connecting
    /// The last `list_workers` answer.
    public var workers: [Command_WorkerInfo] = []
    public var requests: [RequestID: ConsoleRequest] = [:]
    /// Request ids in the order they were sent.
    public var order: [RequestID] = []
    public var drain: DrainWatch?
    public var events: EventFeed
    public var notices: [Notice] = []
    public var live = LiveValues()
    public var repeating: [RequestID: RepeatingJob] = [:]
    public var defaultTimeout: Duration?
    public let readOnly: Bool
    /// Grows with every change, so a reader can tell whether anything moved.
    public var version = 0

    public init(target: String, readOnly: Bool = false, defaultTimeout: Duration? = .seconds(15), eventCapacity: Int = 1_000) {
        self.target = target
        self.readOnly = readOnly
        self.defaultTimeout = defaultTimeout
        self.events = EventFeed(capacity: eventCapacity)
    }

    /// In flight first (oldest first), then finished ones (newest first).
    public var requestsForDisplay: [ConsoleRequest] {
        let all = order.compactMap { requests[$0] }
        return all.filter { !$0.state.isFinal } + all.filter(\.state.isFinal).reversed()
    }

    public var inFlightCount: Int { requests.values.filter { !$0.state.isFinal }.count }

    public func workerCount(_ state: Command_RunState) -> Int {
        workers.filter { $0.runState == state }.count
    }

    /// The main process is gone, and its workers with it.
    mutating func markWorkersGone() {
        for index in workers.indices { workers[index].runState = .stopped }
    }

    public mutating func notice(_ text: String, level: Notice.Level = .info, at now: Date) {
        notices.append(Notice(at: now, level: level, text: text))
        if notices.count > 220 { notices.removeFirst(notices.count - 200) }
    }

    /// Forgets the oldest finished requests beyond `limit`.
    mutating func trimFinished(keeping limit: Int) {
        let finished = order.filter { requests[$0]?.state.isFinal == true }
        guard finished.count > limit + limit / 10 else { return }
        let dropped = Set(finished.prefix(finished.count - limit))
        for id in dropped { requests[id] = nil }
        order.removeAll { dropped.contains($0) }
    }
}

/// Holds the model for readers on any thread (the screen's loop is not async) and tells an
/// observer when it changed.
public final class ModelStore: Sendable {
    private let model: Mutex<ConsoleModel>
    private let observer: Mutex<(@Sendable () -> Void)?>

    init(_ model: ConsoleModel) {
        self.model = Mutex(model)
        self.observer = Mutex(nil)
    }

    public func snapshot() -> ConsoleModel {
        model.withLock { $0 }
    }

    /// Called (on the session's executor) after every change; keep it short: wake a loop.
    public func observe(_ callback: @escaping @Sendable () -> Void) {
        observer.withLock { $0 = callback }
    }

    func update<T>(_ change: (inout ConsoleModel) -> T) -> T {
        let result = model.withLock { model in
            let result = change(&model)
            model.version += 1
            return result
        }
        observer.withLock { $0 }?()
        return result
    }
}
