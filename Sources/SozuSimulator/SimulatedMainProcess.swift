import Foundation
public import Logging
import SozuChannel
import SozuCodec
import SozuProto
#if canImport(Glibc)
import Glibc
#endif

/// Sōzu's main process, simulated: it listens on the command socket, keeps the proxy state,
/// and scatters requests to its workers and gathers their answers, with Sōzu's messages.
///
/// Each family of requests is answered in SimulatedMainProcess+Family.swift: queries, state
/// changes, metrics, upgrades, state files, configuration reloads, stops, events; workers,
/// the tasks scattered to them, and client connections have theirs too.
public actor SimulatedMainProcess {
    typealias ClientConnection = CommandConnection<Command_Request, Command_Response>
    typealias WorkerChannel = CommandConnection<Command_WorkerResponse, Command_WorkerRequest>

    public nonisolated let options: SimulatorOptions
    // What follows is internal rather than private so that each family's file reaches it;
    // nothing outside the actor does.
    let logger: Logger
    /// Where every fault takes effect; workers get it too.
    let faults: FaultInjector
    var listener: CommandListener<Command_Request, Command_Response>?
    var state = ProxyState()
    var workers: [WorkerHandle] = []
    var taskCounter = 0
    /// Reserved before any suspension, so that concurrent upgrades never share a worker id.
    var nextWorkerID: UInt32 = 0
    /// The pid the main process reports; it changes with each main upgrade.
    var mainPID = Int32(getpid())
    var pending: [String: PendingAnswer] = [:]
    /// Event subscribers, each with its own queue so that a subscriber that stops reading slows
    /// nobody down; one whose queue overflows is dropped, as Sōzu drops a session whose pending
    /// output exceeds the maximum.
    var subscribers: [ObjectIdentifier: Subscriber] = [:]
    var clients: [ObjectIdentifier: ClientConnection] = [:]
    /// Each client's number in the log, from 1 in the order they connected.
    var clientNumbers: [ObjectIdentifier: Int] = [:]
    var clientsAccepted = 0
    /// Requests read from clients since the start (benchmarks measure the load they drive by it).
    public internal(set) var requestsReceived = 0
    /// Each client's session id, a ULID as Sōzu gives every command-socket connection.
    var clientSessions: [ObjectIdentifier: String] = [:]
    /// The main process's `config.<verb>` counters, one count per audit of a command.
    var configCounters: [String: Int64] = [:]
    /// Off after `configure_metrics DISABLED`, on again after `ENABLED`.
    var recordsMetrics = true
    /// Set when the main process starts stopping: nothing new is served from then on.
    var stopping = false
    /// Set once every connection and the listening socket are closed.
    var exited = false
    var exitWaiters: [CheckedContinuation<Void, Never>] = []

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
        try applyStartingState()
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

    /// Answers one request from `client`, read from a connection of `user`, by family.
    func handle(_ request: Command_Request, from client: ClientConnection, user: UInt32?) async {
        guard let type = request.requestType else { return }  // dropped silently, as Sōzu does
        if let allowed = options.commandAllowedUIDs {
            guard let user, allowed.contains(user) else {
                await send(.failure, "unauthorized: actor UID \(user.map(String.init) ?? "unknown") not in command_allowed_uids", to: client)
                return
            }
        }
        switch type {
        case .status: await status(client)
        case .listWorkers: await listWorkers(client)
        case .listListeners: await listListeners(client)
        case .listFrontends(let filters): await listFrontends(filters, client)
        case .countRequests: await countRequests(client)
        case .queryHealthChecks(let query): await queryHealthChecks(query, client)
        case .queryClusterByID, .queryClustersByDomain, .queryClustersHashes, .queryCertificatesFromWorkers:
            await queryClusters(request, client)
        case .queryCertificatesFromTheState(let filters): await queryCertificatesFromTheState(filters, client)
        case .queryMetrics(let options): await queryMetrics(request, options: options, client)
        case .setMetricDetail(let set): await setMetricDetail(request, set, client)
        case .softStop: await stop(request, hard: false, client)
        case .hardStop: await stop(request, hard: true, client)
        case .subscribeEvents: subscribe(client)
        case .launchWorker, .returnListenSockets: return  // never answered by Sōzu
        case .saveState(let path): await saveState(path, client)
        case .loadState(let path): await loadState(path, client)
        case .upgradeWorker(let id): await upgradeWorker(id, client)
        case .upgradeMain: await upgradeMain(client)
        case .reloadConfiguration(let path): await reloadConfiguration(path, client)
        case .logging(let filter): await setLogging(filter, request, client)
        default: await workerRequest(request, client)
        }
    }
}
