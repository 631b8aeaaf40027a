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
    public private(set) var requests: [RequestID: ConsoleRequest] = [:]
    /// Request ids in the order they were sent.
    public private(set) var order: [RequestID] = []
    /// Requests not yet final, oldest first (kept apart so that drawing never scans them all).
    public private(set) var inFlightIDs: [RequestID] = []
    public private(set) var finishedCount = 0
    /// Below this index of `order`, finished requests are summarized (see `compactOldFinished`).
    private var summarizedBelow = 0
    private var messages = MessageInterner()
    public var drain: DrainWatch?
    public var events: EventFeed
    /// Whether an event subscription is open right now.
    public var eventFeedActive = false
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

    /// Adds a request the console just sent.
    public mutating func insert(_ request: ConsoleRequest) {
        requests[request.id] = request
        order.append(request.id)
        if request.state.isFinal { finishedCount += 1 } else { inFlightIDs.append(request.id) }
    }

    /// Takes the client's latest view of a request; true when this made it final (once).
    @discardableResult
    public mutating func update(_ id: RequestID, tracked: TrackedRequest) -> Bool {
        guard let wasFinal = requests[id]?.state.isFinal, !wasFinal else { return false }
        requests[id]?.tracked = tracked
        guard tracked.state.isFinal else { return false }
        finishedCount += 1
        if let index = inFlightIDs.firstIndex(of: id) { inFlightIDs.remove(at: index) }
        if finishedCount % 256 == 0 { compactOldFinished(keepingWhole: ConsoleModel.wholeFinishedRequests) }
        return true
    }

    /// Finished requests kept whole (content, PROCESSING messages); older ones are summarized.
    public static let wholeFinishedRequests = 500

    /// In flight first (oldest first), then finished ones (newest first), at most `limit`.
    public func displayRows(limit: Int) -> [ConsoleRequest] {
        var rows = inFlightIDs.prefix(limit).compactMap { requests[$0] }
        var index = order.count - 1
        while rows.count < limit, index >= 0 {
            if let request = requests[order[index]], request.state.isFinal { rows.append(request) }
            index -= 1
        }
        return rows
    }

    /// Every request in display order (for moving a selection; not for drawing).
    public var requestsForDisplay: [ConsoleRequest] { displayRows(limit: requests.count) }

    public var inFlightCount: Int { inFlightIDs.count }

    /// Summarizes finished requests older than the newest `keepingWhole`: what a long session
    /// retains costs a few hundred bytes per request (the journal has the rest).
    mutating func compactOldFinished(keepingWhole: Int) {
        var newerFinished = 0
        var boundary = order.count
        while boundary > summarizedBelow, newerFinished < keepingWhole {
            boundary -= 1
            if requests[order[boundary]]?.state.isFinal == true { newerFinished += 1 }
        }
        guard boundary > summarizedBelow else { return }
        for index in summarizedBelow..<boundary {
            let id = order[index]
            guard let request = requests[id], request.state.isFinal, !request.isSummarized else { continue }
            requests[id] = request.summarized(interning: &messages)
        }
        summarizedBelow = boundary
    }

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

    /// Forgets the oldest finished requests beyond `limit` (checked cheaply, trimmed in bulk).
    mutating func trimFinished(keeping limit: Int) {
        guard finishedCount > limit + limit / 10 else { return }
        var excess = finishedCount - limit
        var kept: [RequestID] = []
        kept.reserveCapacity(order.count - excess)
        var removedBelowSummary = 0
        for (index, id) in order.enumerated() {
            if excess > 0, requests[id]?.state.isFinal == true {
                requests[id] = nil
                excess -= 1
                finishedCount -= 1
                if index < summarizedBelow { removedBelowSummary += 1 }
            } else {
                kept.append(id)
            }
        }
        order = kept
        summarizedBelow -= removedBelowSummary
    }
}

/// Shares one copy of each message among the many requests that got the same answer.
struct MessageInterner: Sendable {
    private var known: [String: String] = [:]

    mutating func intern(_ text: String) -> String {
        if let existing = known[text] { return existing }
        if known.count < 4_096 { known[text] = text }
        return text
    }
}

/// Holds the model for readers on any thread (the screen's loop is not async) and tells an
/// observer when it changed.
public final class ModelStore: Sendable {
    private let model: Mutex<ConsoleModel>
    /// The observer sits in a struct, not as a bare closure: `Mutex.withLock` hands its value
    /// to the body `inout` at the generic abstraction level, and a bare function value is
    /// re-wrapped in a pair of reabstraction thunks on every access and written back so. After
    /// n changes, calling the observer went through 2n thunks: the screen slowed with each
    /// answer and a thread's stack overflowed after some 10,000 (a long session's crash).
    private let observer: Mutex<Observer?>

    struct Observer: Sendable {
        let changed: @Sendable () -> Void
    }

    init(_ model: ConsoleModel) {
        self.model = Mutex(model)
        self.observer = Mutex(nil)
    }

    public func snapshot() -> ConsoleModel {
        model.withLock { $0 }
    }

    /// Called (on the session's executor) after every change; keep it short: wake a loop.
    public func observe(_ callback: @escaping @Sendable () -> Void) {
        observer.withLock { $0 = Observer(changed: callback) }
    }

    func update<T>(_ change: (inout ConsoleModel) -> T) -> T {
        let result = model.withLock { model in
            let result = change(&model)
            model.version += 1
            return result
        }
        observer.withLock { $0 }?.changed()
        return result
    }
}
