import Foundation
public import SozuClient
import SozuProto
import Logging

/// Everything the console does with one proxy: its clients (the operator's requests, and the
/// console's own probes and polls), the requests' rows in the model, the flows that continue
/// them, the drain watch, the connection monitor, the event feed and the ids completion
/// offers. The console holds one per target; `ConsoleSession` decides which gets a command.
///
/// Request state has one copy, the client's: each update carries the request as it stands,
/// and the model takes it from there, in the order the client saw things happen.
public actor TargetSession {
    public nonisolated let name: String
    public nonisolated let configuration: SessionConfiguration
    nonisolated let store: ModelStore
    /// The operator's requests (rows of the requests panel), journaled.
    let client: CommandClient
    /// The console's own requests (probes, drain polls, completion data, the event feed).
    let background: CommandClient
    let logger: Logger

    private var updateTasks: [Task<Void, Never>] = []
    var loops: [Task<Void, Never>] = []
    var drainPolling: Task<Void, Never>?
    /// Requests whose flow goes on once they are final (an upgrade, `cluster h2`).
    var pendingFlows: [RequestID: PlannedRequest] = [:]
    /// Flows that started and have not finished, and who waits on them (`flowResult(of:)`).
    var flowsRunning: Set<RequestID> = []
    var flowWaiters: [RequestID: CheckedContinuation<FlowResult, Never>] = [:]
    var finishedFlows: [(RequestID, FlowResult)] = []
    private var finalWaiters: [RequestID: [CheckedContinuation<ConsoleRequest?, Never>]] = [:]
    var subscription: RequestID?
    var subscribing = false
    /// Events were asked for: a feed that ends is opened again.
    var wantsEvents = false
    var resubscribeAttempt = 0
    var resubscription: Task<Void, Never>?
    var monitor: ConnectionMonitor
    private var started = false
    /// An SSH target's forward (its local socket is the one the clients use).
    var forward: SSHForward?
    /// The forward's last word, shown as the target's error while the proxy does not answer.
    var forwardProblem: String?
    /// The live view's polls, while it is open.
    var trafficPoller: TrafficPoller?

    /// Where the proxy is, as given (a path, or `ssh://…`).
    public nonisolated let address: TargetAddress

    init(name: String, address: TargetAddress, configuration: SessionConfiguration, store: ModelStore, ids: RequestIDAllocator, logger: Logger) {
        self.name = name
        self.address = address
        self.configuration = configuration
        self.store = store
        self.logger = logger
        let journal = configuration.journal
        var recorder: (@Sendable (RequestTracker.Change) -> Void)?
        if let journal {
            recorder = { change in journal.record(change, target: name) }
        }
        // The model keeps the finished requests an operator sees (`--retain`); the client only
        // needs a request until its final state is published, and nothing reads it after. Kept
        // longer, answers outlived the model's copy: a soak of repeating jobs beside the live view
        // levelled at 88 MB resident with 2,000 kept here, at 57 MB with 100.
        client = CommandClient(
            socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize,
            retainedFinishedRequests: 100, logger: logger, ids: ids, publishesUpdates: true, recorder: recorder)
        background = CommandClient(
            socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize,
            retainedFinishedRequests: 200, logger: logger, publishesUpdates: true)
        monitor = ConnectionMonitor(probeInterval: configuration.probeInterval, backoff: configuration.reconnectBackoff)
    }

    /// Starts following answers, the connection, events and completion data.
    func start() {
        guard !started else { return }
        started = true
        let client = client, background = background
        updateTasks.append(Task { [weak self] in
            for await update in client.updates { await self?.take(update) }
        })
        updateTasks.append(Task { [weak self] in
            for await update in background.updates { await self?.takeBackground(update) }
        })
        if case .ssh(let location) = address {
            let forward = SSHForward(
                location: location, localSocket: configuration.socketPath, command: configuration.sshCommand ?? "ssh",
                backoff: configuration.reconnectBackoff.lowerBound * 2...30, logger: logger)
            self.forward = forward
            updateTasks.append(Task { [weak self] in
                for await event in forward.events { await self?.take(event) }
            })
            Task { await forward.start() }
        }
        if configuration.watchesTargets || forward != nil {
            loops.append(Task { [weak self] in await self?.monitorConnection() })
        }
        if configuration.watchesTargets {
            loops.append(Task { [weak self] in await self?.refreshLiveValuesPeriodically() })
        }
    }

    /// Stops every loop and closes every connection; requests in flight end as lost, and
    /// that is recorded before this returns.
    func shutdown() async {
        wantsEvents = false
        await unfollowTraffic()
        for task in loops { task.cancel() }
        drainPolling?.cancel()
        resubscription?.cancel()
        loops = []
        await client.shutdown()
        await background.shutdown()
        await forward?.stop()
        // The clients' updates end with them: every final state is in the model after this.
        for task in updateTasks { await task.value }
        updateTasks = []
        for (id, waiting) in finalWaiters {
            let request = store.snapshot().requests[id]
            for waiter in waiting { waiter.resume(returning: request) }
        }
        finalWaiters = [:]
        for waiter in flowWaiters.values { waiter.resume(returning: FlowResult(failure: "the console closed its connections")) }
        flowWaiters = [:]
    }

    // MARK: - Requests

    /// Sends a request: its row is in the model (and its line in the journal) before any
    /// answer can come. `step` names the flow it is a step of.
    @discardableResult
    func submit(_ planned: PlannedRequest, timeout: Duration?, step: String? = nil, group: RequestID? = nil) async -> RequestID {
        let journal = configuration.journal, store = store, name = name
        let workers = store.snapshot()[target: name]?.workers ?? []
        var concerned: Set<UInt32> = switch planned.flow {
        case .upgradeWorker(let worker): [worker]
        case .stop: Set(workers.filter { $0.runState == .running || $0.runState == .notAnswering }.map(\.id))
        case .single, .upgradeMain, .setClusterHTTP2: Set(workers.filter { $0.runState != .stopped }.map(\.id))
        }
        // An upgrade's own UpgradeWorker steps concern their worker alone, like a typed one.
        if case .upgradeWorker(let worker)? = planned.request.requestType { concerned = [worker] }
        let concernedWorkers = concerned
        let id = await client.submit(planned.request, timeout: timeout) { tracked in
            journal?.recordRequest(id: tracked.id, command: planned.text, request: planned.request, target: name)
            store.update { model in
                model.insert(ConsoleRequest(
                    verb: planned.verb, text: planned.text, tracked: tracked, step: step, concernedWorkers: concernedWorkers, target: name, group: group))
                model.live.requestIDs = model.order.suffix(50).reversed().map(\.description)
            }
        }
        // Answers may have been taken while this waited: the watch starts with the relays
        // already in, and a flow whose request already ended goes on at once.
        let request = store.snapshot().requests[id]
        startDrainWatch(planned, id: id, earlierProgress: request?.tracked.progress ?? [])
        if planned.flow != .single {
            if let state = request?.state, state.isFinal {
                continueFlow(planned, id: id, finished: state)
            } else {
                pendingFlows[id] = planned
            }
        }
        return id
    }

    /// Waits until a request is final and the model has it; nil if the console never sent it
    /// (or has forgotten it).
    func result(of id: RequestID) async -> ConsoleRequest? {
        guard let request = store.snapshot().requests[id] else { return nil }
        if request.state.isFinal { return request }
        return await withCheckedContinuation { continuation in
            finalWaiters[id, default: []].append(continuation)
        }
    }

    /// Ends a subscription, or gives up on a command (which Sōzu still runs to completion).
    func cancel(_ id: RequestID) async {
        await client.cancel(id)
    }

    /// An update of an operator's request: the model takes the client's copy; a final state
    /// finishes the drain watch it belongs to and continues its flow.
    private func take(_ update: CommandClient.Update) {
        let id = update.request.id
        let now = Date()
        let name = name, retained = configuration.retainedFinishedRequests
        let becameFinal = store.update { model -> Bool in
            let final = model.update(id, tracked: update.request)
            guard var target = model[target: name] else { return final }
            if case .progress(_, let progress) = update.change, target.drain?.requestID == id || Self.isUpgradeStep(id, of: target, in: model) {
                target.drain?.noteProgress(progress.message, at: progress.receivedAt)
            }
            if final, target.drain?.requestID == id {
                switch update.request.state {
                case .ok(let message, _): target.drain?.finish(ok: true, message: message, at: now)
                case .failure(let message): target.drain?.finish(ok: false, message: message, at: now)
                case .timedOut, .connectionLost, .unsubscribed, .connecting, .sent, .processing, .subscribed:
                    break  // the stop may still go on: the polls will tell
                }
            }
            model[target: name] = target
            if final { model.trimFinished(keeping: retained) }
            return final
        }
        guard becameFinal else { return }
        if let waiting = finalWaiters.removeValue(forKey: id) {
            let request = store.snapshot().requests[id]
            for waiter in waiting { waiter.resume(returning: request) }
        }
        if let planned = pendingFlows.removeValue(forKey: id) {
            continueFlow(planned, id: id, finished: update.request.state)
        }
    }

    /// An UpgradeWorker the console sent after upgrading the main process: its relays tell the
    /// drain watch which old workers are draining.
    static func isUpgradeStep(_ id: RequestID, of target: TargetState, in model: ConsoleModel) -> Bool {
        guard let drain = target.drain, drain.kind == .upgradeMain, let request = model.requests[id] else { return false }
        if case .upgradeWorker = request.tracked.request.requestType { return true }
        return false
    }

    // MARK: - The model

    /// Applies target changes at once, in one update.
    func apply(_ changes: [TargetChange]) {
        guard !changes.isEmpty else { return }
        let name = name
        store.update { model in
            guard var target = model[target: name] else { return }
            for change in changes { target.apply(change) }
            model[target: name] = target
        }
    }

    /// A line on the status line and in the journal; over several targets it names this one.
    func notice(_ text: String, level: Notice.Level = .info) {
        let name = name
        let shown = store.snapshot().isFleet && !text.hasPrefix("\(name)") ? "\(name): \(text)" : text
        store.update { $0.notice(shown, level: level, at: Date()) }
        configuration.journal?.recordNotice(text, target: name)
        logger.info("\(text)", metadata: ["target": "\(name)"])
    }
}
