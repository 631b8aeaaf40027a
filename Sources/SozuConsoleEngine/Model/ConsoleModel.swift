public import Foundation
public import SozuClient
public import SozuProto

/// Everything the screen draws and the one-shot mode reports: a value, copied out of the store.
///
/// Requests are the console's; what belongs to a proxy (connection, workers, drain, events,
/// completion ids) is in `targets`. The properties of that kind on the model itself are those
/// of the default target, the one a command without `@target` goes to.
public struct ConsoleModel: Sendable {
    public private(set) var targets: [TargetState]
    /// Index in `targets` of the one commands go to by default.
    public private(set) var defaultTargetIndex = 0
    public private(set) var requests: [RequestID: ConsoleRequest] = [:]
    /// Request ids in the order they were sent.
    public private(set) var order: [RequestID] = []
    /// The ids of `order` that may have a row of the requests panel or stand for a command the
    /// operator typed: groups, and every request but the runs of a job between its first and its
    /// newest. Drawing walks this rather than `order`, where a job repeated every second leaves a
    /// run a second.
    public private(set) var rowCandidates: [RequestID] = []
    /// Requests not yet final, oldest first (kept apart so that drawing never scans them all).
    public private(set) var inFlightIDs: [RequestID] = []
    public private(set) var finishedCount = 0
    /// Commands sent to several targets, by their own id (their members are in `requests`).
    public private(set) var groups: [RequestID: RequestGroup] = [:]
    /// Rolling operations, the latest last (a few are kept).
    public private(set) var rollouts: [Rollout] = []
    /// Below this index of `order`, finished requests are summarized (see `compactOldFinished`).
    private var summarizedBelow = 0
    private var messages = MessageInterner()
    public var notices: [Notice] = []
    /// The jobs still running.
    public var repeating: [RequestID: RepeatingJob] { jobs.filter(\.value.isRunning) }
    /// The engine's question waiting for an answer (a destructive request), if any.
    public internal(set) var question: PendingQuestion?
    public var defaultTimeout: Duration?
    public let readOnly: Bool
    /// Grows with every change, so a reader can tell whether anything moved.
    public var version = 0

    public init(target: String, readOnly: Bool = false, defaultTimeout: Duration? = .seconds(15), eventCapacity: Int = 1_000) {
        self.init(targets: [TargetState(name: target, socketPath: target, eventCapacity: eventCapacity)], readOnly: readOnly, defaultTimeout: defaultTimeout)
    }

    /// A console over several targets; the first is the default until `use` says otherwise.
    public init(targets: [TargetState], readOnly: Bool = false, defaultTimeout: Duration? = .seconds(15)) {
        precondition(!targets.isEmpty, "a console has at least one target")
        self.targets = targets
        self.readOnly = readOnly
        self.defaultTimeout = defaultTimeout
    }

    /// Whether the console holds more than one target (the screen then names them).
    public var isFleet: Bool { targets.count > 1 }

    /// The default target's name.
    public var defaultTargetName: String { targets[defaultTargetIndex].name }

    /// Makes `name` the target commands go to without `@`; false when there is none.
    @discardableResult
    mutating func useTarget(_ name: String) -> Bool {
        guard let index = targets.firstIndex(where: { $0.name == name }) else { return false }
        defaultTargetIndex = index
        return true
    }

    /// Adds a rolling operation, or changes one.
    mutating func updateRollout(_ id: RequestID, _ change: (inout Rollout) -> Void) {
        guard let index = rollouts.firstIndex(where: { $0.id == id }) else { return }
        change(&rollouts[index])
    }

    mutating func insert(_ rollout: Rollout) {
        rollouts.append(rollout)
        if rollouts.count > 4, let oldest = rollouts.firstIndex(where: \.isFinished) { rollouts.remove(at: oldest) }
    }

    /// The rolling operation to show: the one running, else the last for a minute after it ended.
    public func visibleRollout(at now: Date) -> Rollout? {
        if let running = rollouts.last(where: { !$0.isFinished }) { return running }
        guard let last = rollouts.last, let finished = last.finishedAt, now.timeIntervalSince(finished) < 60 else { return nil }
        return last
    }

    /// What completion offers after `@`, `use` and `target remove`, on every target.
    mutating func setTargetChoices(names: [String], tags: [String]) {
        for index in targets.indices {
            targets[index].live.targetNames = names
            targets[index].live.targetTags = tags
        }
    }

    mutating func addTarget(_ target: TargetState) {
        targets.append(target)
    }

    /// Forgets a target (never the last one); the default moves to the first when it was it.
    mutating func removeTarget(_ name: String) {
        guard targets.count > 1, let index = targets.firstIndex(where: { $0.name == name }) else { return }
        let wasDefault = index == defaultTargetIndex
        targets.remove(at: index)
        if wasDefault { defaultTargetIndex = 0 } else if index < defaultTargetIndex { defaultTargetIndex -= 1 }
    }

    // MARK: The default target

    /// The default target's place (its socket), as the header shows it.
    public var target: String { targets[defaultTargetIndex].socketPath }

    public var defaultTarget: TargetState {
        get { targets[defaultTargetIndex] }
        set { targets[defaultTargetIndex] = newValue }
    }

    public var connection: ConnectionState {
        get { defaultTarget.connection }
        set { defaultTarget.connection = newValue }
    }

    /// The last `list_workers` answer.
    public var workers: [Command_WorkerInfo] {
        get { defaultTarget.workers }
        set { defaultTarget.workers = newValue }
    }

    public var drain: DrainWatch? {
        get { defaultTarget.drain }
        set { defaultTarget.drain = newValue }
    }

    public var events: EventFeed {
        get { defaultTarget.events }
        set { defaultTarget.events = newValue }
    }

    /// Whether an event subscription is open right now.
    public var eventFeedActive: Bool {
        get { defaultTarget.eventFeedActive }
        set { defaultTarget.eventFeedActive = newValue }
    }

    public var live: LiveValues {
        get { defaultTarget.live }
        set { defaultTarget.live = newValue }
    }

    /// What completion offers for `line`: the values of the targets its statement under the
    /// cursor addresses (`@web-2 …`, `@tag:eu …`, `@all …`: together), else the default target's.
    public func completionValues(for line: String, cursor: Int) -> LiveValues {
        let statement = String(line.prefix(cursor)).split(separator: ";", omittingEmptySubsequences: false).last ?? ""
        guard let first = statement.split(separator: " ").first, first.hasPrefix("@"), let selector = TargetSelector(word: String(first.dropFirst())) else {
            return live
        }
        let chosen: [TargetState] = switch selector {
        case .all: targets
        case .named(let name): targets.filter { $0.name == name }
        case .tag(let key?, let value): targets.filter { $0.tags[key] == value }
        case .tag(nil, let value): targets.filter { $0.tags.values.contains(value) || $0.tags[value] != nil }
        }
        guard var merged = chosen.first?.live else { return live }
        for other in chosen.dropFirst() { merged.merge(other.live) }
        merged.targetNames = live.targetNames
        merged.targetTags = live.targetTags
        return merged
    }

    /// The target named `name`, to change in place.
    /// Changes a target's traffic in place (the live view's figures are large: no copy), when
    /// the live view follows it.
    mutating func updateTraffic(of name: String, _ change: (inout TrafficState) -> Void) {
        guard let index = targets.firstIndex(where: { $0.name == name }) else { return }
        targets[index].traffic?.apply(change)
    }

    /// Puts figures gathered elsewhere (a test's, a benchmark's) on a target.
    public mutating func setTraffic(_ traffic: TrafficState?, of name: String) {
        guard let index = targets.firstIndex(where: { $0.name == name }) else { return }
        targets[index].traffic = traffic
    }

    /// Starts (a fresh state) or stops following a target's traffic.
    mutating func followTraffic(of name: String, _ follows: Bool) {
        guard let index = targets.firstIndex(where: { $0.name == name }) else { return }
        if follows {
            if targets[index].traffic == nil { targets[index].traffic = TrafficState() }
        } else {
            targets[index].traffic = nil
        }
    }

    public internal(set) subscript(target name: String) -> TargetState? {
        get { targets.first { $0.name == name } }
        set {
            guard let newValue, let index = targets.firstIndex(where: { $0.name == name }) else { return }
            targets[index] = newValue
        }
    }

    // MARK: Requests

    /// Adds a request the console just sent.
    /// Every repeating job of the session, running or not: a job's runs show as one row, its
    /// newest run's, as long as the console keeps them.
    public private(set) var jobs: [RequestID: RepeatingJob] = [:]

    /// A job starts: its first request is its first run.
    mutating func startJob(_ job: RepeatingJob) {
        jobs[job.id] = job
        requests[job.id]?.job = job.id
        refreshCandidacy(of: job.id)
    }

    /// Another run of a job went out: the one before is now stood for by the job's row.
    mutating func noteJobRun(_ jobID: RequestID, request: RequestID) {
        let previous = jobs[jobID]?.lastRequest
        requests[request]?.job = jobID
        jobs[jobID]?.runs += 1
        jobs[jobID]?.lastRequest = request
        if let previous { refreshCandidacy(of: previous) }
        refreshCandidacy(of: request)
    }

    /// Keeps `rowCandidates` in step with what `isRowCandidate` says of a request now. A request
    /// only ever stops being one (its job ran again), most often a few rows from the end; the
    /// other way round, never seen, rebuilds the list.
    private mutating func refreshCandidacy(of id: RequestID) {
        guard let request = requests[id] else { return }
        let index = rowCandidates.lastIndex(of: id)
        switch (isRowCandidate(request), index) {
        case (false, let index?):
            rowCandidates.remove(at: index)
        case (true, nil):
            rowCandidates = order.filter { id in groups[id] != nil || requests[id].map(isRowCandidate) == true }
        default:
            break
        }
    }

    /// A job ended (stopped, or its limit reached).
    mutating func endJob(_ jobID: RequestID) {
        jobs[jobID]?.isRunning = false
    }

    public mutating func insert(_ request: ConsoleRequest) {
        requests[request.id] = request
        order.append(request.id)
        if isRowCandidate(request) { rowCandidates.append(request.id) }
        if request.state.isFinal { finishedCount += 1 } else { inFlightIDs.append(request.id) }
        if let group = request.group, let target = request.target { groups[group]?.members[target] = request.id }
    }

    /// Adds a command about to go to several targets; its requests join it as they are sent.
    public mutating func insert(_ group: RequestGroup) {
        groups[group.id] = group
        order.append(group.id)
        rowCandidates.append(group.id)
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
        defaultTarget.workerCount(state)
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
        // A group goes with its last request.
        order = kept.filter { id in
            guard let group = groups[id] else { return true }
            let alive = group.memberIDs.contains { requests[$0] != nil } || group.members.count < group.targets.count
            if !alive { groups[id] = nil }
            return alive
        }
        summarizedBelow -= removedBelowSummary
        rowCandidates.removeAll { requests[$0] == nil && groups[$0] == nil }
    }
}
