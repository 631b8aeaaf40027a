import Foundation
public import SozuClient
import SozuProto
import SozuCodec
import SozuConfiguration
public import Logging

/// The console's engine: runs what the operator types as tracked requests, follows long flows
/// (drains, upgrades), keeps the event feed and the connection, and publishes all of it as one
/// model in `store`. No terminal code here.
public actor ConsoleSession {
    public nonisolated let store: ModelStore
    public nonisolated let configuration: SessionConfiguration
    public nonisolated let parser = CommandParser()
    public nonisolated let completer = Completer()

    /// What the operator sees: one row per request. It keeps a fixed, modest number of
    /// finished requests (the model keeps the operator's history): enough that a final answer
    /// is still there when the session reads it.
    private let client: CommandClient
    /// The console's own requests (probes, drain polls, completion data, the event feed): kept
    /// out of the operator's panel.
    private let background: CommandClient
    private var tasks: [Task<Void, Never>] = []
    private var repeatingTasks: [RequestID: Task<Void, Never>] = [:]
    private var subscription: RequestID?
    private var subscribing = false
    private var drainPolling: Task<Void, Never>?
    /// Requests that continue a flow when they finish.
    private var continuations: [RequestID: PlannedRequest] = [:]
    private var started = false
    private let logger: Logger

    public init(_ configuration: SessionConfiguration, logger: Logger = Logger(label: "sozu-console.session")) {
        self.configuration = configuration
        self.logger = logger
        let journal = configuration.journal, target = configuration.socketPath
        var recorder: (@Sendable (RequestTracker.Change) -> Void)?
        if let journal {
            recorder = { change in journal.record(change, target: target) }
        }
        client = CommandClient(
            socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize,
            retainedFinishedRequests: 2_000, logger: logger, recorder: recorder)
        background = CommandClient(
            socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize,
            retainedFinishedRequests: 200, logger: logger)
        store = ModelStore(ConsoleModel(
            target: configuration.socketPath, readOnly: configuration.readOnly,
            defaultTimeout: configuration.defaultTimeout, eventCapacity: configuration.eventCapacity))
    }

    /// Starts following answers, the connection, events and completion data.
    public func start() {
        guard !started else { return }
        started = true
        let client = client, background = background
        tasks.append(Task { [weak self] in
            for await change in client.changes { await self?.handle(change) }
        })
        tasks.append(Task { [weak self] in
            for await change in background.changes { await self?.handleBackground(change) }
        })
        tasks.append(Task { [weak self] in await self?.monitorConnection() })
        tasks.append(Task { [weak self] in await self?.refreshLiveValuesPeriodically() })
    }

    /// Stops every task and closes every connection; requests in flight end as lost.
    public func shutdown() async {
        for task in tasks + repeatingTasks.values { task.cancel() }
        drainPolling?.cancel()
        tasks = []
        repeatingTasks = [:]
        await client.shutdown()
        await background.shutdown()
    }

    /// Whether the proxy answered a probe.
    public enum ProbeResult: Equatable, Sendable {
        case answered
        /// It could not be reached, or answered with a failure: why, in words.
        case unreachable(String)
        /// It took the connection but gave no answer within the operator's timeout.
        case timedOut(after: Duration)
    }

    /// Asks the proxy for its workers once, within the operator's timeout (`-t`; none when
    /// they asked for none).
    public func probe() async -> ProbeResult {
        let answer = await background.send(Self.request(.listWorkers(Command_ListWorkers())), timeout: store.snapshot().defaultTimeout)
        switch answer?.state {
        case .ok(_, let content)?:
            store.update { model in
                if case .workers(let infos)? = content?.contentType { model.workers = infos.vec }
                if case .connected = model.connection {} else { model.connection = .connected(since: Date()) }
            }
            return .answered
        case .failure(let message)?:
            return .unreachable("it answered list_workers with a failure: \(message)")
        case .timedOut(let after)?:
            return .timedOut(after: after)
        case let state?:
            return .unreachable(Self.message(of: state))
        case nil:
            return .unreachable("no answer")
        }
    }

    /// Subscribes to events now (if not yet subscribed), whatever the configuration says.
    public func subscribe() async {
        await subscribeIfNeeded()
    }

    // MARK: - Running what the operator types

    /// Runs a line. Every statement but the last waits for its request's final answer, so that
    /// `cluster add …; backend add …` runs in order; the last returns once sent.
    /// `confirm` is asked before destructive requests; nil means they run unasked.
    public func execute(
        _ line: String, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil
    ) async -> [Outcome] {
        let commands: [ConsoleCommand]
        do {
            commands = try parser.parse(line)
        } catch {
            return [.invalid(error, line: line)]
        }
        var outcomes: [Outcome] = []
        for (index, command) in commands.enumerated() {
            let outcome = await run(command, confirm: confirm)
            outcomes.append(outcome)
            if case .refused = outcome { break }
            if index < commands.count - 1, case .submitted(let id, _) = outcome {
                guard let finished = await result(of: id) else { break }
                outcomes.append(.finished(finished))
                if finished.state.isFailureLike { break }
            }
        }
        return outcomes
    }

    public func run(_ command: ConsoleCommand, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil) async -> Outcome {
        switch command {
        case .request(let planned):
            return await submit(planned, confirm: confirm)
        case .help(let topic):
            do {
                return .text(try HelpText.render(topic: topic))
            } catch {
                return .invalid(error, line: "help " + topic.joined(separator: " "))
            }
        case .wait(let id):
            guard let finished = await result(of: id) else { return .refused("no request \(id)") }
            return .finished(finished)
        case .every(let interval, let planned):
            return await startRepeating(planned, every: interval)
        case .stop(let id):
            return await stop(id)
        case .events(let filter):
            store.update { $0.events.filter = filter }
            return .eventsFiltered(filter)
        case .checkConfiguration(let path):
            return checkConfiguration(path ?? configuration.configurationPath)
        case .setDefaultTimeout(let timeout):
            store.update { $0.defaultTimeout = timeout }
            return .timeoutChanged(timeout)
        case .quit:
            return .quit
        }
    }

    /// Sōzu's `config check`, with what the file applies; a file Sōzu would refuse is a failure.
    private func checkConfiguration(_ path: String?) -> Outcome {
        guard let path else { return .refused("config check: which file? Give -f PATH, or start the console with --config") }
        do {
            return .text(ConfigurationReport.render(try SozuConfiguration(contentsOf: path)))
        } catch {
            return .refused("\(path) is not a configuration Sōzu would load: \(error)")
        }
    }

    /// Sends a planned request: refused in read-only mode, confirmed first when destructive.
    public func submit(_ planned: PlannedRequest, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil, step: String? = nil) async -> Outcome {
        if configuration.readOnly, planned.effect != .query {
            let text = "read-only console: '\(planned.verb)' would change the proxy, not sent"
            notice(text, level: .warning)
            return .refused(text)
        }
        if planned.effect == .destructive, let confirm, !(await confirm(planned)) {
            return .refused("'\(planned.verb)' not sent")
        }
        let timeout = planned.waitsWithoutTimeout ? nil : (planned.timeout ?? store.snapshot().defaultTimeout)
        let journal = configuration.journal, target = configuration.socketPath
        let id = await client.submit(planned.request, timeout: timeout) { id in
            journal?.recordRequest(id: id, command: planned.text, request: planned.request, target: target)
        }
        // Answers may already have come (and been passed over, the model not knowing the id):
        // the client's copy has them all, and from here to the end nothing else runs.
        guard let tracked = await client.request(id) else { return .submitted(id, planned) }
        store.update { model in
            let expected = model.workers.filter { $0.runState != .stopped }.count
            model.insert(ConsoleRequest(verb: planned.verb, text: planned.text, tracked: tracked, step: step, expectedWorkers: expected))
            model.live.requestIDs = model.order.suffix(50).reversed().map(\.description)
        }
        if planned.flow != .single { continuations[id] = planned }
        startFlow(planned, id: id, earlierProgress: tracked.progress)
        if tracked.state.isFinal { finalize(id, tracked.state) }
        return .submitted(id, planned)
    }

    /// Waits until a request is final; nil if the console never sent it (or has forgotten it).
    public func result(of id: RequestID) async -> ConsoleRequest? {
        guard store.snapshot().requests[id] != nil else { return nil }
        guard let tracked = await client.result(of: id) else { return store.snapshot().requests[id] }
        // The change stream may not have delivered the final state yet: the client's copy is
        // the truth, and the model catches up with it here.
        apply(tracked)
        return store.snapshot().requests[id]
    }

    private func stop(_ id: RequestID) async -> Outcome {
        if let task = repeatingTasks.removeValue(forKey: id) {
            task.cancel()
            store.update { $0.repeating[id] = nil }
            return .stopped(id)
        }
        guard let request = store.snapshot().requests[id], !request.state.isFinal else {
            return .refused("\(id) is not running")
        }
        await client.cancel(id)
        return .stopped(id)
    }

    /// Sends the request now and then every `interval` (after the previous one finished),
    /// until `stop`. The job is known by the id of its first request.
    private func startRepeating(_ planned: PlannedRequest, every interval: Duration) async -> Outcome {
        let first = await submit(planned)
        guard case .submitted(let jobID, _) = first else { return first }
        let job = RepeatingJob(id: jobID, verb: planned.verb, text: planned.text, interval: interval, runs: 1, lastRequest: jobID)
        store.update { $0.repeating[jobID] = job }
        repeatingTasks[jobID] = Task { [weak self] in
            var last = jobID
            while !Task.isCancelled {
                _ = await self?.result(of: last)
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled, let self else { return }
                guard case .submitted(let id, _) = await self.submit(planned) else {
                    await self.endJob(jobID)
                    return
                }
                last = id
                await self.noteRun(of: jobID, request: id)
            }
        }
        return .repeating(job)
    }

    /// A repeating job that could not go on (its request was refused): it leaves the model.
    private func endJob(_ id: RequestID) {
        repeatingTasks[id] = nil
        store.update { $0.repeating[id] = nil }
    }

    private func noteRun(of job: RequestID, request: RequestID) {
        store.update { model in
            model.repeating[job]?.runs += 1
            model.repeating[job]?.lastRequest = request
        }
    }

    // MARK: - Answers

    private func handle(_ change: RequestTracker.Change) async {
        switch change {
        case .registered, .event:
            return
        case .progress(let id, let progress):
            guard let tracked = await client.request(id) else { return }
            apply(tracked)
            store.update { model in
                if model.drain?.requestID == id || Self.isUpgradeStep(id, in: model) {
                    model.drain?.noteProgress(progress.message, at: progress.receivedAt)
                }
            }
        case .stateChanged(let id, _, _):
            guard let tracked = await client.request(id) else { return }
            apply(tracked)
        }
    }

    /// Takes the client's view of a request into the model; what a final answer sets off runs
    /// once, whichever path brings it first.
    private func apply(_ tracked: TrackedRequest) {
        let becameFinal = store.update { $0.update(tracked.id, tracked: tracked) }
        if becameFinal { finalize(tracked.id, tracked.state) }
    }

    /// A request reached its final state: tell the drain watch, continue its flow.
    private func finalize(_ id: RequestID, _ state: RequestState) {
        let now = Date()
        store.update { model in
            if model.drain?.requestID == id {
                switch state {
                case .ok(let message, _): model.drain?.finish(ok: true, message: message, at: now)
                case .failure(let message): model.drain?.finish(ok: false, message: message, at: now)
                case .timedOut, .connectionLost, .unsubscribed, .connecting, .sent, .processing, .subscribed:
                    break  // the stop may still go on: the polls will tell
                }
            }
            model.trimFinished(keeping: configuration.retainedFinishedRequests)
        }
        if let planned = continuations.removeValue(forKey: id) {
            // Flows wait on further answers: they run apart from the change handler, which
            // must keep consuming changes.
            Task { await self.continueFlow(planned, finished: state) }
        }
    }

    /// An UpgradeWorker the console sent after upgrading the main process: its relays tell the
    /// drain watch which old workers are draining.
    static func isUpgradeStep(_ id: RequestID, in model: ConsoleModel) -> Bool {
        guard let drain = model.drain, drain.kind == .upgradeMain, let request = model.requests[id] else { return false }
        if case .upgradeWorker = request.tracked.request.requestType { return true }
        return false
    }

    static func message(of state: RequestState) -> String {
        switch state {
        case .ok(let message, _), .failure(let message): message
        case .timedOut(let after): "timed out after \(ConsoleRequest.format(after))"
        case .connectionLost(let reason, let applied): applied ? "connection lost, may have been applied: \(reason)" : "not sent: \(reason)"
        case .unsubscribed: "stopped by the operator"
        case .connecting, .sent, .processing, .subscribed: ""
        }
    }

    static func contentType(of state: RequestState) -> String? {
        guard case .ok(_, let content?) = state, let type = content.contentType else { return nil }
        return "\(type)".prefix { $0 != "(" }.description
    }

    // MARK: - Flows: stops, upgrades, cluster h2

    /// Opens the drain watch of a stop or an upgrade, with the relays that came before it.
    private func startFlow(_ planned: PlannedRequest, id: RequestID, earlierProgress: [TrackedRequest.Progress]) {
        let now = Date()
        let running = store.snapshot().workers.filter { $0.runState == .running || $0.runState == .notAnswering }.map(\.id)
        var watch: DrainWatch
        switch planned.flow {
        case .single, .setClusterHTTP2:
            return
        case .stop(let hard):
            watch = DrainWatch(kind: hard ? .hardStop : .softStop, requestID: id, workerIDs: running, at: now)
            notice("\(hard ? "hard" : "soft") stop \(id) sent; watching \(running.count) workers")
        case .upgradeMain:
            watch = DrainWatch(kind: .upgradeMain, requestID: id, workerIDs: [], at: now)
            notice("upgrade \(id) sent: the main process restarts, then each worker is upgraded")
        case .upgradeWorker(let worker):
            watch = DrainWatch(kind: .upgradeWorker(worker), requestID: id, workerIDs: [worker], at: now)
        }
        for progress in earlierProgress { watch.noteProgress(progress.message, at: progress.receivedAt) }
        store.update { $0.drain = watch }
        startDrainPolling()
    }

    private func continueFlow(_ planned: PlannedRequest, finished state: RequestState) async {
        switch planned.flow {
        case .single, .stop, .upgradeWorker:
            return
        case .setClusterHTTP2(let clusterID, let enabled):
            guard case .ok(_, let content) = state else { return }
            guard var cluster = content.flatMap({ Self.clusterConfiguration(clusterID, in: $0) }) else {
                notice("cluster h2: cluster \(clusterID) not found", level: .error)
                return
            }
            cluster.http2 = enabled
            var request = Command_Request()
            request.addCluster = cluster
            let step = PlannedRequest(verb: "cluster add", text: "\(planned.text) (add_cluster with http2 \(enabled))", request: request, effect: .change)
            _ = await submit(step, step: planned.verb)
        case .upgradeMain:
            guard case .ok = state else { return }
            notice("main process upgraded; waiting for the new one to answer")
            // The old main closes its connections and exits right after its answer: give it
            // that moment, so that the next answer comes from the new one.
            try? await Task.sleep(for: .milliseconds(300))
            guard await waitUntilReconnected(timeout: .seconds(30)) else {
                notice("the new main process did not answer within 30 s", level: .error)
                return
            }
            store.update { $0.drain?.noteReconnected(at: Date()) }
            var list = Command_Request()
            list.listWorkers = Command_ListWorkers()
            let listed = await submit(PlannedRequest(verb: "workers", text: "workers (upgrade)", request: list, effect: .query), step: "upgrade")
            guard case .submitted(let listID, _) = listed, let answer = await result(of: listID),
                  case .ok(_, let content) = answer.state, case .workers(let infos)? = content?.contentType else {
                notice("upgrade: could not list the workers of the new main process", level: .error)
                return
            }
            // As Sōzu's CLI: every worker at once, each on its own connection; only running
            // ones (the others would be refused, or never answer).
            let workers = infos.vec.filter { $0.runState == .running }.map(\.id)
            store.update { $0.drain?.watch(workerIDs: workers) }
            for worker in workers {
                var upgrade = Command_Request()
                upgrade.upgradeWorker = worker
                _ = await submit(
                    PlannedRequest(verb: "upgrade --worker", text: "upgrade --worker \(worker)", request: upgrade, effect: .change, waitsWithoutTimeout: true),
                    step: "upgrade")
            }
        }
    }

    /// The cluster's configuration in a query answer: the main process's entry first.
    static func clusterConfiguration(_ clusterID: String, in content: Command_ResponseContent) -> Command_Cluster? {
        func find(_ content: Command_ResponseContent) -> Command_Cluster? {
            guard case .clusters(let informations)? = content.contentType else { return nil }
            return informations.vec.first { $0.configuration.clusterID == clusterID && $0.hasConfiguration }?.configuration
        }
        switch content.contentType {
        case .workerResponses(let responses):
            if let main = responses.map["main"], let cluster = find(main) { return cluster }
            for key in responses.map.keys.sorted() {
                if let value = responses.map[key], let cluster = find(value) { return cluster }
            }
            return nil
        default:
            return find(content)
        }
    }

    private func startDrainPolling() {
        drainPolling?.cancel()
        drainPolling = Task { [weak self] in
            while !Task.isCancelled {
                guard let self, await self.pollDrain() else { return }
                try? await Task.sleep(for: self.configuration.drainPollInterval)
            }
        }
    }

    /// One round of drain polling; false once the watch is over.
    private func pollDrain() async -> Bool {
        guard let drain = store.snapshot().drain, !drain.isFinished else { return false }
        let metrics: Command_Request = {
            var options = Command_QueryMetricsOptions()
            options.workers = true
            options.noClusters = true
            return Self.request(.queryMetrics(options))
        }()
        // Each answer is taken as it comes: the main process answers list_workers at once,
        // while metrics wait on every worker (a silent one holds them to the timeout).
        let background = background
        var answers: [TrackedRequest?] = []
        await withTaskGroup(of: TrackedRequest?.self) { group in
            group.addTask { await background.send(Self.request(.listWorkers(Command_ListWorkers())), timeout: .seconds(3)) }
            group.addTask { await background.send(metrics, timeout: .seconds(3)) }
            for await answer in group {
                answers.append(answer)
                takeDrainPoll(answer?.state, at: Date())
            }
        }
        let now = Date()
        // Neither poll could even be sent: the socket is gone or refuses.
        let unreachable = answers.allSatisfy { answer in
            if case .connectionLost(_, let applied)? = answer?.state { return !applied }
            return false
        }
        if unreachable {
            // After a stop that means the main process exited, whatever became of the stop
            // request itself (its connection may have been cut before the final answer).
            let exited = store.update { model -> Bool in
                guard let current = model.drain else { return false }
                switch current.kind {
                case .softStop, .hardStop:
                    model.drain?.noteMainExited(at: now)
                    model.connection = .mainExited(at: now)
                    model.markWorkersGone()
                    return true
                case .upgradeMain, .upgradeWorker:
                    return false
                }
            }
            if exited { notice("main process exited") }
        }
        return !(store.snapshot().drain?.isFinished ?? true)
    }

    /// A drain poll's answer: run states from list_workers, connections from metrics.
    private func takeDrainPoll(_ state: RequestState?, at now: Date) {
        guard case .ok(_, let content)? = state else { return }
        switch content?.contentType {
        case .workers(let infos)?:
            store.update { model in
                model.workers = infos.vec
                model.drain?.observe(workers: infos.vec, at: now)
            }
        case .metrics(let aggregated)?:
            let counts = Self.connectionCounts(in: aggregated)
            store.update { $0.drain?.observe(connections: counts, at: now) }
        default:
            return
        }
    }

    /// `client.connections` of each worker, from a per-worker metrics answer.
    static func connectionCounts(in metrics: Command_AggregatedMetrics) -> [UInt32: Int] {
        var counts: [UInt32: Int] = [:]
        for (key, worker) in metrics.workers {
            guard let id = UInt32(key), let value = worker.proxy["client.connections"] else { continue }
            switch value.inner {
            case .gauge(let gauge): counts[id] = Int(clamping: gauge)
            case .count(let count): counts[id] = Int(clamping: count)
            default: continue
            }
        }
        return counts
    }

    static func request(_ type: Command_Request.OneOf_RequestType) -> Command_Request {
        var request = Command_Request()
        request.requestType = type
        return request
    }

    // MARK: - Connection, events, completion data

    private func monitorConnection() async {
        var attempt = 0
        while !Task.isCancelled {
            let answer = await background.send(Self.request(.listWorkers(Command_ListWorkers())), timeout: .seconds(3))
            let now = Date()
            switch answer?.state {
            case .ok(_, let content)?:
                // Nothing new: leave the model (and the screen) alone, so an idle console stays idle.
                let current = store.snapshot()
                if case .connected = current.connection, case .workers(let infos)? = content?.contentType, infos.vec == current.workers {
                    try? await Task.sleep(for: configuration.probeInterval)
                    continue
                }
                let wasDown: Bool = store.update { model in
                    if case .workers(let infos)? = content?.contentType { model.workers = infos.vec }
                    if case .connected = model.connection { return false }
                    model.connection = .connected(since: now)
                    return true
                }
                if wasDown {
                    if attempt > 0 { notice("reconnected to \(configuration.socketPath)") }
                    attempt = 0
                    if configuration.subscribesToEvents { await subscribeIfNeeded() }
                    await refreshLiveValues()
                }
                try? await Task.sleep(for: configuration.probeInterval)
            case .failure?, .timedOut?:
                // It answers, if slowly or oddly: still reachable.
                try? await Task.sleep(for: configuration.probeInterval)
            default:
                attempt += 1
                let reason = answer.map { Self.message(of: $0.state) } ?? "no answer"
                let exited = store.update { model -> Bool in
                    switch model.connection {
                    case .mainExited:
                        return true
                    case .connected, .connecting, .reconnecting:
                        if let drain = model.drain, drain.kind == .softStop || drain.kind == .hardStop, drain.mainExitedAt == nil {
                            model.drain?.noteMainExited(at: now)
                            model.connection = .mainExited(at: now)
                            model.markWorkersGone()
                            return true
                        }
                        let since: Date
                        if case .reconnecting(_, let start, _) = model.connection { since = start } else { since = now }
                        model.connection = .reconnecting(attempt: attempt, since: since, reason: reason)
                        return false
                    }
                }
                let delay = min(configuration.reconnectBackoff.upperBound, configuration.reconnectBackoff.lowerBound * pow(2, Double(attempt - 1)))
                if !exited, attempt == 1 || attempt % 10 == 0 {
                    notice("lost the proxy (\(reason)); retrying every \(String(format: "%.2g", delay)) s or so", level: .warning)
                }
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            }
        }
    }

    /// Waits until the proxy answers `list_workers` again.
    private func waitUntilReconnected(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let answer = await background.send(Self.request(.listWorkers(Command_ListWorkers())), timeout: .seconds(2))
            if case .ok? = answer?.state { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    /// One event subscription at a time, known before its first event can be lost.
    private func subscribeIfNeeded() async {
        guard subscription == nil, !subscribing else { return }
        subscribing = true
        let id = await background.subscribeEvents()
        subscribing = false
        // It may have ended while this waited (the proxy went away): then there is none.
        if let tracked = await background.request(id), tracked.state.isFinal { return }
        subscription = id
        store.update { $0.eventFeedActive = true }
    }

    private func handleBackground(_ change: RequestTracker.Change) async {
        switch change {
        case .event(_, let origin, let event):
            store.update { $0.events.append(FeedEvent(receivedAt: Date(), origin: origin, event: event)) }
        case .stateChanged(let id, _, let state) where id == subscription && state.isFinal:
            subscription = nil
            store.update { $0.eventFeedActive = false }
            if case .connectionLost = state {
                store.update { $0.notice("event feed interrupted; it resumes when the proxy answers again", level: .warning, at: Date()) }
            }
        default:
            return
        }
    }

    private func refreshLiveValuesPeriodically() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: configuration.liveRefreshInterval)
            if case .connected = store.snapshot().connection { await refreshLiveValues() }
        }
    }

    /// Re-reads what completion offers: cluster and backend ids, listeners, certificates, hosts.
    public func refreshLiveValues() async {
        async let hashes = background.send(Self.request(.queryClustersHashes(Command_QueryClustersHashes())), timeout: .seconds(5))
        async let listeners = background.send(Self.request(.listListeners(Command_ListListeners())), timeout: .seconds(5))
        async let certificates = background.send(Self.request(.queryCertificatesFromTheState(Command_QueryCertificatesFilters())), timeout: .seconds(5))
        var filters = Command_FrontendFilters()
        (filters.http, filters.https, filters.tcp) = (true, true, true)
        async let frontends = background.send(Self.request(.listFrontends(filters)), timeout: .seconds(5))
        let answers = await (hashes, listeners, certificates, frontends)
        var live = store.snapshot().live
        if case .ok(_, let content)? = answers.0?.state, case .workerResponses(let responses)? = content?.contentType {
            var ids = Set<String>()
            for value in responses.map.values {
                if case .clusterHashes(let hashes)? = value.contentType { ids.formUnion(hashes.map.keys) }
            }
            live.clusterIDs = ids.sorted()
        }
        if case .ok(_, let content)? = answers.1?.state, case .listenersList(let list)? = content?.contentType {
            live.listenerAddresses = Set(list.httpListeners.keys).union(list.httpsListeners.keys).union(list.tcpListeners.keys).union(list.udpListeners.keys).sorted()
            live.httpsListenerAddresses = list.httpsListeners.keys.sorted()
        }
        if case .ok(_, let content)? = answers.2?.state, case .certificatesWithFingerprints(let certificates)? = content?.contentType {
            live.certificateFingerprints = certificates.certs.keys.sorted()
        }
        if case .ok(_, let content)? = answers.3?.state, case .frontendList(let list)? = content?.contentType {
            live.hostnames = Set(list.httpFrontends.map(\.hostname) + list.httpsFrontends.map(\.hostname)).sorted()
        }
        // Backend ids need each cluster's details; a bounded number of clusters is asked.
        var backends = Set<String>()
        for clusterID in live.clusterIDs.prefix(32) {
            let answer = await background.send(Self.request(.queryClusterByID(clusterID)), timeout: .seconds(5))
            guard case .ok(_, let content)? = answer?.state, case .workerResponses(let responses)? = content?.contentType,
                  let main = responses.map["main"], case .clusters(let informations)? = main.contentType else { continue }
            for information in informations.vec { backends.formUnion(information.backends.map(\.backendID)) }
        }
        live.backendIDs = backends.sorted()
        live.workerIDs = store.snapshot().workers.map { String($0.id) }
        store.update { model in
            live.requestIDs = model.live.requestIDs
            model.live = live
        }
    }

    private func notice(_ text: String, level: Notice.Level = .info) {
        store.update { $0.notice(text, level: level, at: Date()) }
        configuration.journal?.recordNotice(text, target: configuration.socketPath)
    }

    /// Something the operator must know that happened outside the session (a file refused
    /// at start): shown as a warning and journaled.
    public func warn(_ text: String) {
        notice(text, level: .warning)
    }
}

extension RequestState {
    /// Failure, timeout or lost: a chain stops after one of these.
    var isFailureLike: Bool {
        switch self {
        case .failure, .timedOut, .connectionLost: true
        case .ok, .unsubscribed, .connecting, .sent, .processing, .subscribed: false
        }
    }
}
