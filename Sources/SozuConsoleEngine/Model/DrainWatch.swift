public import Foundation
public import SozuClient
public import SozuProto

/// Follows a soft stop, hard stop or upgrade worker by worker. Sōzu sends no drain progress,
/// so the watch is fed from outside: the stop request's relays (a worker acknowledged), polls of
/// `list_workers` (run states) and per-worker `query_metrics` (`client.connections`), the final
/// answer, and the socket closing. A pure value: no clock, no I/O.
public struct DrainWatch: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case softStop
        case hardStop
        /// The new main process is started, then every worker is upgraded.
        case upgradeMain
        /// One worker hands over to a new one and drains.
        case upgradeWorker(UInt32)

        public var title: String {
            switch self {
            case .softStop: "soft stop"
            case .hardStop: "hard stop"
            case .upgradeMain: "upgrade"
            case .upgradeWorker(let id): "upgrade of worker \(id)"
            }
        }
    }

    /// Where one worker stands in the drain.
    public struct Worker: Equatable, Sendable {
        public enum Phase: Equatable, Sendable {
            /// Asked to stop, no sign of it yet.
            case waiting
            /// Its relay arrived: it stopped accepting and is draining.
            case acknowledged
            /// `list_workers` shows it STOPPED, or it vanished.
            case stopped
        }

        public let id: UInt32
        public internal(set) var phase: Phase = .waiting
        public internal(set) var acknowledgedAt: Date?
        public internal(set) var stoppedAt: Date?
        /// Active connections at the last poll that reported them.
        public internal(set) var connections: Int?
        /// The first count seen, and when: the drain rate is measured from it.
        public internal(set) var firstSample: (at: Date, connections: Int)?
        public internal(set) var lastSampleAt: Date?
        /// The run state `list_workers` reported last.
        public internal(set) var runState: String?

        init(id: UInt32) {
            self.id = id
        }

        /// Connections closed per second since the first sample; nil until some have closed.
        public var drainRate: Double? {
            guard let first = firstSample, let connections, let last = lastSampleAt else { return nil }
            let closed = first.connections - connections
            let seconds = last.timeIntervalSince(first.at)
            guard closed > 0, seconds > 0 else { return nil }
            return Double(closed) / seconds
        }

        /// Seconds left at the current drain rate, counted from the last sample.
        public func estimatedSecondsLeft(at now: Date) -> Double? {
            guard phase != .stopped, let connections else { return nil }
            if connections == 0 { return 0 }
            guard let rate = drainRate, let last = lastSampleAt else { return nil }
            return max(0, Double(connections) / rate - now.timeIntervalSince(last))
        }

        public static func == (lhs: Worker, rhs: Worker) -> Bool {
            lhs.id == rhs.id && lhs.phase == rhs.phase && lhs.acknowledgedAt == rhs.acknowledgedAt
                && lhs.stoppedAt == rhs.stoppedAt && lhs.connections == rhs.connections
                && lhs.firstSample?.at == rhs.firstSample?.at && lhs.firstSample?.connections == rhs.firstSample?.connections
                && lhs.lastSampleAt == rhs.lastSampleAt && lhs.runState == rhs.runState
        }
    }

    public enum Outcome: Equatable, Sendable {
        case inProgress
        case succeeded(message: String, at: Date)
        case failed(message: String, at: Date)
    }

    public let kind: Kind
    /// The request that started it.
    public let requestID: RequestID
    public let startedAt: Date
    public private(set) var workers: [Worker]
    public private(set) var outcome: Outcome = .inProgress
    /// When the socket stopped answering after the final answer: the main process is gone.
    public private(set) var mainExitedAt: Date?
    /// When the watch saw the proxy answer again after an upgrade of the main process.
    public private(set) var reconnectedAt: Date?

    public init(kind: Kind, requestID: RequestID, workerIDs: [UInt32], at now: Date) {
        self.kind = kind
        self.requestID = requestID
        self.startedAt = now
        self.workers = workerIDs.sorted().map(Worker.init)
    }

    public var isFinished: Bool {
        if isFailed { return true }
        let allStopped = !workers.isEmpty && workers.allSatisfy { $0.phase == .stopped }
        switch kind {
        case .softStop, .hardStop: return mainExitedAt != nil
        // The old workers are only known once the new main process answered.
        case .upgradeMain: return reconnectedAt != nil && allStopped
        case .upgradeWorker: return outcome != .inProgress && allStopped
        }
    }

    private var isFailed: Bool {
        if case .failed = outcome { return true }
        return false
    }

    public var stoppedCount: Int { workers.filter { $0.phase == .stopped }.count }

    /// When the watch was over: the last of its answer, its workers' stops, the exit or the
    /// reconnection; nil while it goes on.
    public var finishedAt: Date? {
        guard isFinished else { return nil }
        var times = workers.compactMap(\.stoppedAt) + [mainExitedAt, reconnectedAt].compactMap { $0 }
        switch outcome {
        case .succeeded(_, let at), .failed(_, let at): times.append(at)
        case .inProgress: break
        }
        return times.max()
    }

    /// A PROCESSING message of the watched request: `Worker 3 is processing SoftStop-…` means
    /// worker 3 stopped accepting and drains.
    public mutating func noteProgress(_ message: String, at now: Date) {
        guard let id = Self.workerID(inRelay: message) else { return }
        if !workers.contains(where: { $0.id == id }) {
            // A stop reaches every worker, including ones the watch had not heard of; an
            // upgrade's relays also name the new worker, which is not draining.
            guard kind == .softStop || kind == .hardStop else { return }
            watch(workerIDs: [id])
        }
        guard let index = workers.firstIndex(where: { $0.id == id }), workers[index].phase == .waiting else { return }
        workers[index].phase = .acknowledged
        workers[index].acknowledgedAt = now
    }

    /// A `list_workers` answer: STOPPED (or gone) workers have finished draining.
    public mutating func observe(workers listed: [Command_WorkerInfo], at now: Date) {
        for index in workers.indices {
            let id = workers[index].id
            let info = listed.first { $0.id == id }
            workers[index].runState = info.map { Self.word(for: $0.runState) } ?? "GONE"
            let finished = info.map { $0.runState == .stopped } ?? true
            if finished, workers[index].phase != .stopped {
                workers[index].phase = .stopped
                workers[index].stoppedAt = now
                workers[index].connections = 0
            } else if info?.runState == .stopping, workers[index].phase == .waiting {
                workers[index].phase = .acknowledged
                workers[index].acknowledgedAt = now
            }
        }
    }

    /// Per-worker connection counts from `query_metrics` (workers missing from it have left).
    public mutating func observe(connections: [UInt32: Int], at now: Date) {
        for index in workers.indices where workers[index].phase != .stopped {
            guard let count = connections[workers[index].id] else { continue }
            workers[index].connections = count
            workers[index].lastSampleAt = now
            if workers[index].firstSample == nil || count > (workers[index].firstSample?.connections ?? 0) {
                workers[index].firstSample = (now, count)
            }
        }
    }

    public mutating func finish(ok: Bool, message: String, at now: Date) {
        guard outcome == .inProgress else { return }
        outcome = ok ? .succeeded(message: message, at: now) : .failed(message: message, at: now)
        // A soft stop's final Ok comes after every worker's own Ok: they have all stopped.
        if ok, kind == .softStop || kind == .hardStop {
            for index in workers.indices where workers[index].phase != .stopped {
                workers[index].phase = .stopped
                workers[index].stoppedAt = now
                workers[index].connections = 0
            }
        }
    }

    /// The socket stopped answering after the final answer.
    public mutating func noteMainExited(at now: Date) {
        guard mainExitedAt == nil, kind == .softStop || kind == .hardStop else { return }
        mainExitedAt = now
    }

    public mutating func noteReconnected(at now: Date) {
        if reconnectedAt == nil { reconnectedAt = now }
    }

    /// Workers to watch, added once they are known (upgrade main learns them after reconnecting).
    public mutating func watch(workerIDs: [UInt32]) {
        for id in workerIDs where !workers.contains(where: { $0.id == id }) {
            workers.append(Worker(id: id))
        }
        workers.sort { $0.id < $1.id }
    }

    /// `Worker 3 is processing SoftStop-3-5-0. ` → 3.
    public static func workerID(inRelay message: String) -> UInt32? {
        guard message.hasPrefix("Worker ") else { return nil }
        let digits = message.dropFirst("Worker ".count).prefix { $0.isNumber }
        let rest = message.dropFirst("Worker ".count + digits.count)
        guard rest.hasPrefix(" is processing ") || rest.hasPrefix(" answered OK to ") else { return nil }
        return UInt32(digits)
    }

    static func word(for state: Command_RunState) -> String {
        switch state {
        case .running: "RUNNING"
        case .stopping: "STOPPING"
        case .stopped: "STOPPED"
        case .notAnswering: "NOT_ANSWERING"
        }
    }
}
