import Foundation
public import Logging
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
#if canImport(Glibc)
import Glibc
#endif

/// Sōzu's main process, simulated: it listens on the command socket, keeps the proxy state,
/// and scatters requests to its workers and gathers their answers, with Sōzu's messages.
public actor SimulatedMainProcess {
    typealias ClientConnection = CommandConnection<Command_Request, Command_Response>
    typealias WorkerChannel = CommandConnection<Command_WorkerResponse, Command_WorkerRequest>

    private struct WorkerHandle {
        var id: UInt32
        var pid: Int32
        var runState: Command_RunState
        var channel: WorkerChannel
    }

    private struct Subscriber {
        var connection: ClientConnection
        var queue: AsyncStream<Command_Response>.Continuation
    }

    /// A request sent to one worker, waiting for its final answer.
    private struct PendingAnswer {
        var workerID: UInt32
        var continuation: CheckedContinuation<Command_WorkerResponse?, Never>
        var onProcessing: @Sendable (UInt32, Command_WorkerResponse) async -> Void
    }

    public nonisolated let options: SimulatorOptions
    private let logger: Logger
    /// Where every fault takes effect; workers get it too.
    private let faults: FaultInjector
    private var listener: CommandListener<Command_Request, Command_Response>?
    private var state = ProxyState()
    private var workers: [WorkerHandle] = []
    private var taskCounter = 0
    /// Reserved before any suspension, so that concurrent upgrades never share a worker id.
    private var nextWorkerID: UInt32 = 0
    /// The pid the main process reports; it changes with each main upgrade.
    private var mainPID = Int32(getpid())
    private var pending: [String: PendingAnswer] = [:]
    /// Event subscribers, each with its own queue so that a subscriber that stops reading slows
    /// nobody down; one whose queue overflows is dropped, as Sōzu drops a session whose pending
    /// output exceeds the maximum.
    private var subscribers: [ObjectIdentifier: Subscriber] = [:]
    private var clients: [ObjectIdentifier: ClientConnection] = [:]
    /// Each client's number in the log, from 1 in the order they connected.
    private var clientNumbers: [ObjectIdentifier: Int] = [:]
    private var clientsAccepted = 0
    /// Set when the main process starts stopping: nothing new is served from then on.
    private var stopping = false
    /// Set once every connection and the listening socket are closed.
    private var exited = false
    private var exitWaiters: [CheckedContinuation<Void, Never>] = []

    /// `logger` gets what an operator debugging the simulator wants: clients and their requests
    /// (debug), every frame (trace), workers coming and going and faults applied (debug), what
    /// Sōzu itself would log at start (warning), and the main process going down as Sōzu's
    /// panics (critical).
    public init(options: SimulatorOptions, logger: Logger = Logger(label: "sozu-sim")) {
        self.options = options
        self.logger = logger
        self.faults = FaultInjector(options.faults, logger: logger)
    }

    /// Starts the workers and listens on the command socket.
    public func start() async throws(SimulatorError) {
        guard options.workerCount >= 0 else { throw .negativeWorkerCount(options.workerCount) }
        for request in options.configurationRequests {
            do {
                try state.dispatch(request)
            } catch {
                // Sōzu logs a refused request of its configuration and goes on; a scenario
                // standing for one is ours, and a refusal there is a mistake in it.
                guard options.configurationIsSozuFile else { throw .initialStateRefused(request, error) }
                logger.warning("configuration \(options.configurationPath): Could not execute request on state: \(error)")
            }
        }
        for request in options.initialState {
            do {
                try state.dispatch(request)
            } catch {
                throw .initialStateRefused(request, error)
            }
        }
        if let path = options.savedStatePath { applySavedState(at: path) }
        if !options.faults.isEmpty {
            logger.debug("faults in effect: \(options.faults.map(\.description).joined(separator: ", "))")
        }
        do throws(SimulatorError) {
            for index in 0..<options.workerCount {
                try await launchWorker(index: index)
            }
            do {
                listener = try await CommandListener.listen(
                    at: options.socketPath, maximumFrameSize: options.maximumFrameSize, badInputPolicy: .sozuMainProcess)
            } catch {
                throw .socket(error)
            }
        } catch {
            // Nothing half-started is left behind: the workers launched so far go.
            for worker in workers { await worker.channel.close() }
            workers = []
            throw error
        }
        logger.debug("listening", metadata: ["socket": "\(options.socketPath)", "workers": "\(options.workerCount)"])
        if let listener {
            Task { await self.accept(from: listener) }
        }
    }

    /// Sōzu's `saved_state` at start: records applied until one cannot be parsed; those the
    /// state refuses are skipped silently, as Sōzu skips them. Nothing stops the start; a file
    /// that cannot be read or parsed goes to the log.
    private func applySavedState(at path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            logger.warning("cannot read the saved state at \(path)")
            return
        }
        for record in data.split(separator: 0) where !record.allSatisfy({ [0x20, 0x0a, 0x0d, 0x09].contains($0) }) {
            do {
                let request = try SozuJSON.decode(Command_WorkerRequest.self, from: String(decoding: record, as: UTF8.self))
                try? state.dispatch(request.content)
            } catch {
                logger.warning("saved state \(path): parse error: \(error)")
                return
            }
        }
    }

    /// Returns once the main process has exited (after a soft or hard stop).
    public func waitUntilExited() async {
        if exited { return }
        await withCheckedContinuation { exitWaiters.append($0) }
    }

    /// Stops at once: closes every connection and the socket, and removes the socket file
    /// (unless a soft or hard stop already ended the process, which leaves it, as Sōzu does).
    public func shutdown() async {
        await exit(removingSocket: true, because: "shut down by its owner")
    }

    // MARK: Workers

    @discardableResult
    private func launchWorker(index: Int) async throws(SimulatorError) -> UInt32 {
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0 else {
            throw .socketPair(errno: errno)
        }
        let id = nextWorkerID
        nextWorkerID += 1
        let mainSide: WorkerChannel
        let workerSide: SimulatedWorker.Channel
        do {
            mainSide = try await WorkerChannel.adopt(descriptor: descriptors[0])
        } catch {
            close(descriptors[0])
            close(descriptors[1])
            throw .socket(error)
        }
        do {
            workerSide = try await SimulatedWorker.Channel.adopt(descriptor: descriptors[1])
        } catch {
            await mainSide.close()
            close(descriptors[1])
            throw .socket(error)
        }
        // A new worker starts from the main process's state, as Sōzu hands it its initial state.
        let worker = SimulatedWorker(
            id: id,
            channel: workerSide,
            state: state,
            connections: options.connections(ofWorker: index),
            drainDuration: options.drainDuration(ofWorker: index),
            faults: faults,
            seed: options.seed,
            logger: logger
        )
        Task { await worker.run() }
        if let interval = options.backendEventInterval {
            Task { await worker.flipBackends(every: interval) }
        }
        let pid = Int32(getpid()) + 1 + Int32(id)
        workers.append(WorkerHandle(id: id, pid: pid, runState: .running, channel: mainSide))
        logger.debug("worker launched", metadata: ["worker": "\(id)", "pid": "\(pid)"])
        Task { await self.readWorker(id: id, channel: mainSide) }
        return id
    }

    private func readWorker(id: UInt32, channel: WorkerChannel) async {
        do {
            for try await answer in channel.messages {
                await route(answer, from: id)
            }
        } catch {}
        workerChannelClosed(id)
    }

    /// A worker's event goes to the subscribers; an answer to the task waiting for it.
    private func route(_ answer: Command_WorkerResponse, from workerID: UInt32) async {
        logger.trace("from worker \((try? SozuJSON.encode(answer)) ?? "")", metadata: ["worker": "\(workerID)"])
        if answer.hasContent, case .event(let event) = answer.content.contentType {
            await publish(event, origin: String(workerID))
            return
        }
        guard let waiting = pending[answer.id] else { return }
        switch answer.statusValue {
        case .known(.processing):
            await waiting.onProcessing(workerID, answer)
        default:
            pending[answer.id] = nil
            waiting.continuation.resume(returning: answer)
        }
    }

    private func workerChannelClosed(_ id: UInt32) {
        guard let index = workers.firstIndex(where: { $0.id == id }) else { return }
        workers[index].runState = .stopped
        logger.debug("worker exited", metadata: ["worker": "\(id)"])
        // Tasks waiting on this worker get nothing more.
        for (requestID, waiting) in pending where waiting.workerID == id {
            pending[requestID] = nil
            waiting.continuation.resume(returning: nil)
        }
    }

    /// Sends `request` to every worker that is not stopped and waits for each final answer (or
    /// the timeout). PROCESSING answers go to `onProcessing` as they come.
    private func scatter(
        _ request: Command_Request,
        timeout: Duration?,
        within sharedTask: (task: Int, index: Int)? = nil,
        onProcessing: @escaping @Sendable (UInt32, Command_WorkerResponse) async -> Void = { _, _ in }
    ) async -> [(workerID: UInt32, answer: Command_WorkerResponse?)] {
        let (task, index) = sharedTask ?? (newTask(), 0)
        let name = request.shortName ?? "Unknown"
        let targets = workers.filter { $0.runState != .stopped }
        let requestIDs = targets.map { "\(name)-\($0.id)-\(task)-\(index)" }
        // One timer for the whole task, cancelled as soon as every answer is in.
        let timer: Task<Void, Never>? = timeout.map { timeout in
            Task {
                do {
                    try await Task.sleep(for: timeout)
                } catch {
                    return
                }
                for requestID in requestIDs { self.expire(requestID) }
            }
        }
        defer { timer?.cancel() }
        return await withTaskGroup(of: (UInt32, Command_WorkerResponse?).self) { group in
            for (worker, requestID) in zip(targets, requestIDs) {
                group.addTask {
                    await self.ask(worker: worker.id, channel: worker.channel, requestID: requestID, request: request,
                                   onProcessing: onProcessing)
                }
            }
            var answers: [(workerID: UInt32, answer: Command_WorkerResponse?)] = []
            for await (id, answer) in group {
                answers.append((id, answer))
            }
            return answers
        }
    }

    /// A new task number, as Sōzu numbers the tasks whose requests it scatters.
    private func newTask() -> Int {
        taskCounter += 1
        return taskCounter
    }

    private func ask(
        worker: UInt32,
        channel: WorkerChannel,
        requestID: String,
        request: Command_Request,
        onProcessing: @escaping @Sendable (UInt32, Command_WorkerResponse) async -> Void
    ) async -> (UInt32, Command_WorkerResponse?) {
        var message = Command_WorkerRequest()
        message.id = requestID
        message.content = request
        logger.trace("to worker \((try? SozuJSON.encode(message)) ?? "")", metadata: ["worker": "\(worker)"])
        let answer: Command_WorkerResponse? = await withCheckedContinuation { continuation in
            pending[requestID] = PendingAnswer(workerID: worker, continuation: continuation, onProcessing: onProcessing)
            Task {
                do {
                    try await channel.send(message)
                } catch {
                    self.expire(requestID)
                }
            }
        }
        return (worker, answer)
    }

    private func expire(_ requestID: String) {
        guard let waiting = pending.removeValue(forKey: requestID) else { return }
        logger.debug("worker \(waiting.workerID) gave no answer (timeout, or its channel broke)", metadata: ["request": "\(requestID)"])
        waiting.continuation.resume(returning: nil)
    }

    // MARK: Clients

    private func accept(from listener: CommandListener<Command_Request, Command_Response>) async {
        for await connection in listener.connections {
            guard !stopping else {
                await connection.close()
                continue
            }
            clients[ObjectIdentifier(connection)] = connection
            clientsAccepted += 1
            clientNumbers[ObjectIdentifier(connection)] = clientsAccepted
            logger.debug("client connected", metadata: ["client": "\(clientsAccepted)"])
            Task { await self.serve(connection) }
        }
    }

    private func serve(_ connection: ClientConnection) async {
        let key = ObjectIdentifier(connection)
        // Sōzu reads the peer's user once, when it accepts the connection.
        let user = options.commandAllowedUIDs == nil ? nil : await connection.peerUserID()
        do {
            for try await request in connection.messages {
                logger.debug("request \(request.shortName ?? "without a type")", metadata: clientMetadata(key))
                await handle(request, from: connection, user: user)
            }
        } catch {
            // A bad frame: Sōzu leaves such a connection stuck; nothing more is read from it.
            logger.debug("bad input, nothing more is read from this client: \(error)", metadata: clientMetadata(key))
        }
        logger.debug("client gone", metadata: clientMetadata(key))
        clients[key] = nil
        clientNumbers[key] = nil
        dropSubscriber(key)
        await connection.close()
    }

    private func clientMetadata(_ key: ObjectIdentifier) -> Logger.Metadata {
        ["client": "\(clientNumbers[key].map(String.init) ?? "?")"]
    }

    /// Answers `connection`, unless a fault puts something else in the answer's place.
    private func send(_ status: Command_ResponseStatus, _ message: String, content: Command_ResponseContent? = nil, to connection: ClientConnection) async {
        var response = Command_Response()
        response.status = status
        response.message = message
        if let content { response.content = content }
        logger.trace("answer \((try? SozuJSON.encode(response)) ?? "")", metadata: clientMetadata(ObjectIdentifier(connection)))
        if let corrupted = faults.corrupted(response) {
            try? await connection.sendRawBytes(corrupted.bytes)
            if corrupted.hangsUp { await connection.close() }
            return
        }
        try? await connection.send(response)
    }

    private func handle(_ request: Command_Request, from client: ClientConnection, user: UInt32?) async {
        guard let type = request.requestType else { return }  // dropped silently, as Sōzu does
        if let allowed = options.commandAllowedUIDs {
            guard let user, allowed.contains(user) else {
                await send(.failure, "unauthorized: actor UID \(user.map(String.init) ?? "unknown") not in command_allowed_uids", to: client)
                return
            }
        }
        switch type {
        case .status:
            await status(client)
        case .listWorkers:
            var content = Command_ResponseContent()
            content.workers.vec = workerInfos()
            await send(.ok, "Successfully listed workers", content: content, to: client)
        case .listListeners:
            var content = Command_ResponseContent()
            content.listenersList = state.listenersList()
            await send(.ok, "Successfully listed listeners", content: content, to: client)
        case .listFrontends(let filters):
            var content = Command_ResponseContent()
            content.frontendList = state.frontendList(filters)
            await send(.ok, "Successfully listed frontends", content: content, to: client)
        case .countRequests:
            var content = Command_ResponseContent()
            content.requestCounts.map = state.requestCounts
            await send(.ok, "Successfully counted requests received by the state", content: content, to: client)
        case .queryHealthChecks(let query):
            var content = Command_ResponseContent()
            content.healthChecksList.map = state.healthChecks(cluster: query.hasClusterID ? query.clusterID : nil)
            await send(.ok, "Successfully listed health check configurations", content: content, to: client)
        case .queryClusterByID, .queryClustersByDomain, .queryClustersHashes, .queryCertificatesFromWorkers:
            await queryClusters(request, client)
        case .queryCertificatesFromTheState(let filters):
            var content = Command_ResponseContent()
            content.certificatesWithFingerprints.certs = state.certificates(matching: filters)
            await send(.ok, "Successfully queried certificates from the state of main process", content: content, to: client)
        case .queryMetrics(let options):
            await queryMetrics(request, options: options, client)
        case .softStop, .hardStop:
            await stop(request, hard: { if case .hardStop = type { true } else { false } }(), client)
        case .subscribeEvents:
            let (queue, continuation) = AsyncStream<Command_Response>.makeStream(bufferingPolicy: .bufferingOldest(10_000))
            subscribers[ObjectIdentifier(client)] = Subscriber(connection: client, queue: continuation)
            Task {
                for await response in queue {
                    try? await client.send(response)
                }
            }
            var event = Command_Event()
            event.kind = .eventsSubscribed
            enqueue(event, origin: "main", for: ObjectIdentifier(client))
        case .launchWorker, .returnListenSockets:
            return  // never answered by Sōzu
        case .setMetricDetail(let set):
            await setMetricDetail(request, set, client)
        case .saveState(let path):
            await saveState(path, client)
        case .loadState(let path):
            await loadState(path, client)
        case .upgradeWorker(let id):
            await upgradeWorker(id, client)
        case .upgradeMain:
            await upgradeMain(client)
        case .reloadConfiguration(let path):
            await reloadConfiguration(path, client)
        case .logging(let filter) where !LoggingFilter.errors(in: filter).isEmpty:
            // Refused before anything changes; the attempt is still announced once.
            var event = Command_Event()
            event.kind = .loggingLevelChanged
            await publish(event, origin: "main")
            await send(.failure, "Error parsing logging filter:\n- " + LoggingFilter.errors(in: filter).joined(separator: "; "), to: client)
        default:
            await workerRequest(request, client)
        }
    }

    /// Sends `request` to one worker and waits, without timeout, for its final answer.
    private func askOne(_ workerID: UInt32, _ request: Command_Request,
                        onProcessing: @escaping @Sendable (UInt32, Command_WorkerResponse) async -> Void = { _, _ in }) async -> (String, Command_WorkerResponse?) {
        taskCounter += 1
        guard let worker = workers.first(where: { $0.id == workerID }) else { return ("", nil) }
        let requestID = "\(request.shortName ?? "Unknown")-\(workerID)-\(taskCounter)-0"
        let (_, answer) = await ask(worker: workerID, channel: worker.channel, requestID: requestID, request: request, onProcessing: onProcessing)
        return (requestID, answer)
    }

    /// Replaces a worker: the old one hands its listen sockets over and drains, a new one takes
    /// over the listeners. Sōzu's sequence of messages, without a timeout.
    private func upgradeWorker(_ oldID: UInt32, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .workerUpgraded
        await publish(event, origin: "main")
        guard let index = workers.firstIndex(where: { $0.id == oldID }), workers[index].runState == .running else {
            await send(.failure, "Worker \(oldID) does not exist, or is stopping / stopped", to: client)
            return
        }
        // Taken before the first suspension, so that a second upgrade of the same worker is refused.
        workers[index].runState = .stopping
        await send(.processing, "Requesting listen sockets from worker \(oldID)", to: client)
        var handOver = Command_Request()
        handOver.returnListenSockets = Command_ReturnListenSockets()
        let (_, sockets) = await askOne(oldID, handOver)
        guard sockets?.statusValue == .known(.ok) else {
            await send(.failure, "Could not upgrade worker: did not get back listeners from the old worker", to: client)
            return
        }
        let newID: UInt32
        do {
            newID = try await launchWorker(index: Int(oldID))
        } catch {
            await send(.failure, "could not launch new worker: \(error)", to: client)
            return
        }
        logger.debug("worker \(oldID) upgraded: worker \(newID) takes over")
        await send(.processing, "Launched a new worker with id \(newID)", to: client)
        await send(.processing, "Soft stopping worker with id \(oldID)", to: client)
        var softStop = Command_Request()
        softStop.softStop = Command_SoftStop()
        let (stopID, stopped) = await askOne(oldID, softStop) { workerID, processing in
            await self.send(.processing, "Worker \(workerID) is processing \(processing.id). \(processing.message)", to: client)
        }
        if let stopped, stopped.statusValue == .known(.ok) {
            await send(.processing, "Worker \(oldID) answered OK to \(stopID). \(stopped.message)", to: client)
        }
        for activation in state.activationRequests() {
            let (activationID, answer) = await askOne(newID, activation)
            if let answer, answer.statusValue == .known(.ok) {
                await send(.processing, "Worker \(newID) answered OK to \(activationID). \(answer.message)", to: client)
            }
        }
        await send(.ok, "Upgrade successful:\n- finished soft stop of worker \(oldID)\n- finished activation of new worker \(newID)", to: client)
    }

    /// Replaces the main process: the old one answers, drops every connection and goes; the
    /// new one serves the same socket path shortly after, with the same state and workers, and
    /// no subscribers.
    private func upgradeMain(_ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .mainUpgraded
        await publish(event, origin: "main")
        await send(.processing, "Upgrading the main process...", to: client)
        mainPID += 100
        await send(.ok, "Upgrade successful, closing main process. New main process has pid \(mainPID)", to: client)
        logger.debug("main process upgraded: pid \(mainPID) serves on, without clients or subscribers")
        // The new main inherits the listening socket (same path, same inode) and the workers; it
        // has no client connections and no subscribers.
        for connection in clients.values where connection !== client { await connection.close() }
        await client.close()
        clients = [:]
        dropAllSubscribers()
    }

    /// Checks the lease request, then asks every worker; always ends OK with every worker's status.
    private func setMetricDetail(_ request: Command_Request, _ set: Command_SetMetricDetail, _ client: ClientConnection) async {
        // The main's own audit event, when the request arrives and again once it completes
        // (the workers send theirs, with the transition, when their level changes).
        var audit = Command_Event()
        audit.kind = .metricDetailChanged
        await publish(audit, origin: "main")
        defer {
            if client.isActive { Task { await self.publish(audit, origin: "main") } }
        }
        let clientBytes = set.clientID.utf8.count
        guard clientBytes <= MetricDetailLeases.maximumClientIDBytes else {
            await send(.failure, "SetMetricDetail: client_id length \(clientBytes) exceeds \(MetricDetailLeases.maximumClientIDBytes) bytes", to: client)
            return
        }
        if set.hasTtlSeconds, set.ttlSeconds > MetricDetailLeases.maximumTTLSeconds {
            await send(.failure, "SetMetricDetail: ttl_seconds=\(set.ttlSeconds) exceeds LEASE_TTL_MAX=\(MetricDetailLeases.maximumTTLSeconds)", to: client)
            return
        }
        do {
            try state.dispatch(request)
        } catch {
            await send(.failure, "could not dispatch request on the main process state: \(error)", to: client)
            return
        }
        await send(.processing, "Processing SetMetricDetail...", to: client)
        var status = Command_MetricDetailStatus()
        status.configured = .detailCluster
        status.effective = .detailCluster
        status.previousEffective = .detailCluster
        var failed = false
        for (workerID, answer) in await scatter(request, timeout: options.workerTimeout) {
            guard let answer, answer.statusValue == .known(.ok), answer.hasContent else {
                failed = true
                continue
            }
            let workerStatus = answer.content.workerMetricDetailStatus
            status.workers[String(workerID)] = workerStatus
            if workerStatus.effective.rawValue > status.effective.rawValue { status.effective = workerStatus.effective }
            status.previousEffective = workerStatus.previousEffective
        }
        var content = Command_ResponseContent()
        content.metricDetailStatus = status
        await send(.ok, failed ? "SetMetricDetail completed with worker errors" : "Successfully applied SetMetricDetail to all workers",
                   content: content, to: client)
    }

    /// Writes the state as Sōzu does: one JSON WorkerRequest per record, each followed by `\n\0`.
    private func saveState(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .stateSaved
        await publish(event, origin: "main")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var contents = ""
        let requests = state.generateRequests()
        for (index, content) in requests.enumerated() {
            var record = Command_WorkerRequest()
            record.id = "SAVE-\(index)"
            record.content = content
            guard let json = try? SozuJSON.encode(record) else { continue }
            contents += json + "\n\0"
        }
        guard FileManager.default.createFile(atPath: absolute, contents: Data(contents.utf8)) else {
            await send(.failure, "Cannot create file at path \(absolute): \(String(cString: strerror(errno)))", to: client)
            return
        }
        await send(.ok, "Saved \(requests.count) config messages to \(absolute)", to: client)
    }

    /// Reads a state file record by record; each record the state accepts goes to every worker.
    private func loadState(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .stateLoaded
        await publish(event, origin: "main")
        guard FileManager.default.fileExists(atPath: path) else {
            await send(.failure, "Cannot find file at path \(path)", to: client)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            await send(.failure, "Cannot open file at path \(path): \(String(cString: strerror(errno)))", to: client)
            return
        }
        await send(.processing, "Parsing state file from \(path)...", to: client)
        var records = data.split(separator: 0, omittingEmptySubsequences: false)
        let trailing = records.removeLast()
        let task = newTask()
        var scattered = 0
        var ok = 0
        var errors = 0
        for record in records {
            guard record.count <= 200_000 else {
                let preview = record.prefix(64).map { String(format: "%02x", $0) }.joined()
                await send(.failure, "message too big, stopping parsing:\n\(preview)", to: client)
                return
            }
            let request: Command_WorkerRequest
            do {
                request = try SozuJSON.decode(Command_WorkerRequest.self, from: String(decoding: record, as: UTF8.self))
            } catch {
                await send(.failure, "saved state parse error: \(error)", to: client)
                return
            }
            // Records the state refuses are skipped silently, as Sōzu skips them; the others go
            // out under one task, numbered from 1.
            guard (try? state.dispatch(request.content)) != nil else { continue }
            scattered += 1
            for (_, answer) in await scatter(request.content, timeout: nil, within: (task, scattered)) {
                if answer?.statusValue == .known(.ok) { ok += 1 } else { errors += 1 }
            }
        }
        if !trailing.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) {
            await send(.failure, "saved state parse error: the last record is not terminated by a NUL byte", to: client)
            return
        }
        await send(.processing, "Applying state file...", to: client)
        if errors == 0 {
            await send(.ok, "Successfully loaded state from path \(path), \(ok) ok messages, \(errors) errors", to: client)
        } else {
            await send(.failure, "loading state: \(ok) ok messages, \(errors) errors", to: client)
        }
    }

    /// Applies a configuration, as Sōzu's main process does. Without a path: the one it started
    /// with. With a path: the Sōzu config.toml there, read anew (a scenario standing for the
    /// configuration is applied again when named, not read as a config.toml). Every request the configuration
    /// generates goes to the state (those it refuses are reported and skipped) and then to every
    /// worker, with no timeout. A file Sōzu cannot load makes its main process panic: the
    /// simulated one goes down the same way.
    private func reloadConfiguration(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .configurationReloaded
        let configurationPath: String
        let requests: [Command_Request]
        func absolute(_ path: String) -> String {
            let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return (joined as NSString).standardizingPath
        }
        let namesTheScenario = !options.configurationIsSozuFile && absolute(path) == absolute(options.configurationPath)
        if path.isEmpty || namesTheScenario {
            configurationPath = options.configurationPath
            requests = options.configurationRequests
        } else {
            do {
                requests = try SozuConfiguration(contentsOf: path).requests
                configurationPath = path
            } catch {
                // Sōzu panics with `cannot load configuration from '{path}'`: its main process is
                // gone, without an answer, and its socket file stays behind.
                logger.critical("the main process panics, as Sōzu's does: cannot load configuration from '\(path)': \(error)")
                await exit(removingSocket: false, because: "panic")
                return
            }
        }
        await send(.processing, "Reloading static configuration at path \(configurationPath)", to: client)
        // Sōzu applies every request to its state before any worker answers: the refusals come
        // first, then the workers' work, under one task, each request numbered by its place
        // among all those the configuration generates.
        var accepted: [(index: Int, request: Command_Request)] = []
        for (index, request) in requests.enumerated() {
            do {
                try state.dispatch(request)
                accepted.append((index, request))
            } catch {
                await send(.processing, "Could not execute request on state: \(error)", to: client)
            }
        }
        let task = newTask()
        var ok = 0
        var failures: [String] = []
        for (index, request) in accepted {
            let answers = await scatter(request, timeout: nil, within: (task, index)) { workerID, processing in
                await self.send(.processing, "Worker \(workerID) is processing \(processing.id). \(processing.message)", to: client)
            }
            for (workerID, answer) in answers {
                if answer?.statusValue == .known(.failure) {
                    failures.append("worker \(workerID): \(answer?.message ?? "")")
                } else if answer != nil {
                    ok += 1
                }
            }
        }
        await publish(event, origin: "main")
        if failures.isEmpty {
            await send(.ok, "Successfully loaded the config: \(ok) ok, 0 errors", to: client)
        } else {
            await send(.failure, "\nloading static configuration failed: \(ok) OK, \(failures.count) errors:\n- " + failures.joined(separator: "\n- "), to: client)
        }
    }

    private func workerInfos() -> [Command_WorkerInfo] {
        workers.map { handle in
            var info = Command_WorkerInfo()
            info.id = handle.id
            info.pid = handle.pid
            info.runState = handle.runState
            return info
        }
    }

    private func status(_ client: ClientConnection) async {
        await send(.processing, "Querying status of workers...", to: client)
        var infos = workerInfos().map { info -> Command_WorkerInfo in
            var info = info
            if info.runState == .running || info.runState == .notAnswering { info.runState = .notAnswering }
            return info
        }
        var request = Command_Request()
        request.status = Command_Status()
        for (workerID, answer) in await scatter(request, timeout: options.workerTimeout) {
            guard let index = infos.firstIndex(where: { $0.id == workerID }) else { continue }
            infos[index].runState = answer?.statusValue == .known(.ok) ? .running : .notAnswering
        }
        var content = Command_ResponseContent()
        content.workers.vec = infos
        await send(.ok, "Successfully collected the status of workers", content: content, to: client)
    }

    private func queryClusters(_ request: Command_Request, _ client: ClientConnection) async {
        await send(.processing, "Querying cluster...", to: client)
        var map: [String: Command_ResponseContent] = [:]
        for (workerID, answer) in await scatter(request, timeout: options.workerTimeout) {
            if let answer, answer.statusValue == .known(.ok), answer.hasContent {
                map[String(workerID)] = answer.content
            }
        }
        if case .queryCertificatesFromWorkers = request.requestType {
            // Certificates are asked of the workers only: no "main" entry.
            var content = Command_ResponseContent()
            content.workerResponses.map = map
            await send(.ok, "Successfully queried clusters", content: content, to: client)
            return
        }
        var mine = Command_ResponseContent()
        switch request.requestType {
        case .queryClusterByID(let id):
            mine.clusters.vec = state.clusterInformation(id).map { [$0] } ?? []
        case .queryClustersByDomain(let query):
            mine.clusters.vec = state.clusters(forDomain: query.hostname, path: query.hasPath ? query.path : nil)
        default:
            mine.clusterHashes.map = state.clusterHashes()
        }
        map["main"] = mine
        var content = Command_ResponseContent()
        content.workerResponses.map = map
        await send(.ok, "Successfully queried clusters", content: content, to: client)
    }

    private func queryMetrics(_ request: Command_Request, options: Command_QueryMetricsOptions, _ client: ClientConnection) async {
        await send(.processing, "Querrying metrics...", to: client)
        let answers = await scatter(request, timeout: self.options.workerTimeout)
        var content = Command_ResponseContent()
        if options.list {
            var proxy = Set<String>()
            var cluster = Set<String>()
            for case (_, let answer?) in answers where answer.hasContent {
                proxy.formUnion(answer.content.availableMetrics.proxyMetrics)
                cluster.formUnion(answer.content.availableMetrics.clusterMetrics)
            }
            content.availableMetrics.proxyMetrics = proxy.sorted()
            content.availableMetrics.clusterMetrics = cluster.sorted()
            await send(.ok, "Successfully listed available metrics", content: content, to: client)
            return
        }
        var aggregated = Command_AggregatedMetrics()
        aggregated.main = [
            "configuration.clusters": .gauge(UInt64(state.clusters.count)),
            "configuration.backends": .gauge(UInt64(state.backends.values.map(\.count).reduce(0, +))),
            "configuration.frontends": .gauge(UInt64(state.httpFrontends.count + state.httpsFrontends.count
                + state.tcpFrontends.values.map(\.count).reduce(0, +) + state.udpFrontends.values.map(\.count).reduce(0, +))),
        ]
        for case (let workerID, let answer?) in answers.sorted(by: { $0.workerID < $1.workerID })
        where answer.statusValue == .known(.ok) && answer.hasContent {
            let metrics = answer.content.workerMetrics
            if options.workers {
                aggregated.workers[String(workerID)] = metrics
                continue
            }
            for (name, value) in metrics.proxy {
                aggregated.proxying[name] = MetricsMerge.merge(aggregated.proxying[name], value)
            }
            for (clusterID, row) in metrics.clusters {
                var merged = aggregated.clusters[clusterID] ?? Command_ClusterMetrics()
                for (name, value) in row.cluster {
                    merged.cluster[name] = MetricsMerge.merge(merged.cluster[name], value)
                }
                for backend in row.backends {
                    if let index = merged.backends.firstIndex(where: { $0.backendID == backend.backendID }) {
                        for (name, value) in backend.metrics {
                            merged.backends[index].metrics[name] = MetricsMerge.merge(merged.backends[index].metrics[name], value)
                        }
                    } else {
                        merged.backends.append(backend)
                    }
                }
                aggregated.clusters[clusterID] = merged
            }
        }
        content.metrics = aggregated
        await send(.ok, "Successfully aggregated all metrics", content: content, to: client)
    }

    /// The generic path of state-changing requests: the main applies the request to its own
    /// state, then every worker applies it.
    private func workerRequest(_ request: Command_Request, _ client: ClientConnection) async {
        // Published when the request arrives, even if the state then refuses it, and again once
        // it completes, unless the requester has gone.
        let event = request.controlPlaneEvent
        if let event { await publish(event, origin: "main") }
        defer {
            if let event, client.isActive {
                Task { await self.publish(event, origin: "main") }
            }
        }
        do {
            try state.dispatch(request)
        } catch {
            await send(.failure, "could not dispatch request on the main process state: \(error)", to: client)
            return
        }
        await send(.processing, "Processing worker request...", to: client)
        let answers = await scatter(request, timeout: options.workerTimeout) { workerID, processing in
            await self.send(.processing, "Worker \(workerID) is processing \(processing.id). \(processing.message)", to: client)
        }
        let replied = answers.compactMap { entry in entry.answer.map { (entry.workerID, $0) } }
        let failures = replied.filter { $0.1.statusValue != .known(.ok) }
        if failures.isEmpty {
            await send(.ok, "Successfully applied request to all workers", to: client)
        } else {
            let entries = replied.map { workerID, answer in
                answer.statusValue == .known(.ok) ? "\(workerID): OK" : "\(workerID): \(Self.sanitize(answer.message))"
            }
            await send(.failure, entries.joined(separator: ", "), to: client)
        }
    }

    /// Worker messages are quoted with their separators and control characters made harmless.
    static func sanitize(_ message: String) -> String {
        String(message.unicodeScalars.map { scalar -> Character in
            switch scalar.value {
            case 0..<0x20, 0x7f, 0x2c, 0x3d, 0xfeff, 0x2028, 0x2029, 0x202a...0x202e, 0x2066...0x2069: "?"
            default: Character(scalar)
            }
        })
    }

    private func stop(_ request: Command_Request, hard: Bool, _ client: ClientConnection) async {
        var stopEvent = Command_Event()
        stopEvent.kind = .sozuStopRequested
        await publish(stopEvent, origin: "main")
        await send(.processing, hard ? "Performing hard stop..." : "Performing soft stop...", to: client)
        let answers = await scatter(request, timeout: hard ? options.workerTimeout : nil) { workerID, processing in
            await self.send(.processing, "Worker \(workerID) is processing \(processing.id). \(processing.message)", to: client)
        }
        // A worker that died before its OK leaves Sōzu's soft stop unfinished for good: no final
        // answer, no exit (a hard stop has a timeout and finishes).
        if !hard, answers.contains(where: { $0.answer == nil }) {
            logger.debug("soft stop unfinished: a worker died before its OK")
            return
        }
        let ok = answers.filter { $0.answer?.statusValue == .known(.ok) }.count
        await send(.ok, "Successfully closed \(ok) workers, \(answers.count - ok) errors, stopping the main process...", to: client)
        await exit(removingSocket: false, because: hard ? "hard stop" : "soft stop")
    }

    /// Ends the main process: every connection is dropped and nothing more is accepted. Like
    /// Sōzu, a stop leaves the socket file behind.
    private func exit(removingSocket: Bool, because reason: @autoclosure () -> String) async {
        guard !stopping else { return }
        stopping = true
        logger.debug("main process exits: \(reason())")
        for client in clients.values { await client.close() }
        clients = [:]
        dropAllSubscribers()
        for worker in workers { await worker.channel.close() }
        if let listener {
            if removingSocket {
                await listener.close()
            } else {
                await listener.stopAccepting()
            }
        }
        exited = true
        for waiter in exitWaiters { waiter.resume() }
        exitWaiters = []
    }

    private func publish(_ event: Command_Event, origin: String) async {
        for key in Array(subscribers.keys) {
            enqueue(event, origin: origin, for: key)
        }
    }

    private func enqueue(_ event: Command_Event, origin: String, for key: ObjectIdentifier) {
        guard let subscriber = subscribers[key] else { return }
        var response = Command_Response()
        response.status = .processing
        response.message = origin
        response.content.event = event
        if case .dropped = subscriber.queue.yield(response) {
            logger.info("a subscriber fell 10,000 events behind and is dropped, as Sōzu drops it")
            dropSubscriber(key)
            Task { await subscriber.connection.close() }
        }
    }

    private func dropSubscriber(_ key: ObjectIdentifier) {
        subscribers.removeValue(forKey: key)?.queue.finish()
    }

    private func dropAllSubscribers() {
        for key in Array(subscribers.keys) { dropSubscriber(key) }
    }
}
