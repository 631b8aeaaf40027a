import Foundation
import Logging
import SozuChannel
import SozuCodec
import SozuProto

/// One Sōzu worker: it holds its own copy of the proxy state and some simulated client
/// connections, and answers the main process's `WorkerRequest`s over its end of a socket pair.
///
/// As a real worker, it answers OK with an empty message (FAILURE carries the text), sends one
/// empty PROCESSING on a soft stop, keeps answering while its connections drain, and sends OK
/// with the soft stop's id once none is left, then hangs up.
actor SimulatedWorker {
    typealias Channel = CommandConnection<Command_WorkerRequest, Command_WorkerResponse>

    let id: UInt32
    private let channel: Channel
    private var state = ProxyState()
    /// What its proxies hold besides the state: listeners, bound addresses, certificates.
    private var proxies: WorkerProxies
    private var connections: Int
    private let drainDuration: Duration
    private var stopping = false
    /// Asked what becomes of each request, before anything else.
    private let faults: FaultInjector
    private let logger: Logger
    private var random: SeededRandom
    /// Traffic to report, when the scenario asks for it.
    private let traffic: SyntheticTraffic?
    /// What that traffic has served so far.
    private var ledger = TrafficLedger()
    /// When leases were last checked for expiry (Sōzu checks at most every 5 s, on any request).
    private var leasesCheckedAt = ContinuousClock.now
    /// Requests from the main process so far: each is a turn of the event loop.
    private var requestsHandled: UInt64 = 0
    private let startedAt = ContinuousClock.now
    private var metricDetail = MetricDetailLeases()
    /// Backends currently down, by "cluster/backend id".
    private var downBackends: Set<String> = []

    init(id: UInt32, channel: Channel, state: ProxyState = ProxyState(), connections: Int, drainDuration: Duration,
         faults: FaultInjector, seed: UInt64 = 1, traffic: SyntheticTraffic? = nil, logger: Logger) {
        self.random = SeededRandom(seed: seed &+ UInt64(id))
        self.traffic = traffic
        self.id = id
        self.state = state
        self.proxies = WorkerProxies(state: state)
        self.channel = channel
        self.connections = connections
        self.drainDuration = drainDuration
        self.faults = faults
        var logger = logger
        logger[metadataKey: "worker"] = "\(id)"
        self.logger = logger
    }

    /// Flips a random backend down or up every `interval`, with the events a worker sends when
    /// its health of a backend changes, until the worker stops.
    func flipBackends(every interval: Duration) async {
        while !stopping, channel.isActive {
            try? await Task.sleep(for: interval)
            guard !stopping else { return }
            let backends = state.backends.values.flatMap { $0 }
            guard !backends.isEmpty else { continue }
            let backend = backends[Int(random.next() % UInt64(backends.count))]
            let key = "\(backend.clusterID)/\(backend.backendID)"
            let clusterBackends = backends.filter { $0.clusterID == backend.clusterID }
            let clusterWasAvailable = clusterBackends.contains { !downBackends.contains("\($0.clusterID)/\($0.backendID)") }
            var event = Command_Event()
            event.backendID = backend.backendID
            event.address = backend.address
            if downBackends.remove(key) != nil {
                event.kind = .backendUp
            } else {
                downBackends.insert(key)
                event.kind = .backendDown
            }
            await send(event)
            // A cluster with a health check also reports the probe verdict.
            if let check = state.clusters[backend.clusterID], check.hasHealthCheck {
                var verdict = Command_Event()
                verdict.kind = event.kind == .backendDown ? .healthCheckUnhealthy : .healthCheckHealthy
                verdict.clusterID = backend.clusterID
                verdict.backendID = backend.backendID
                verdict.address = backend.address
                await send(verdict)
            }
            let clusterIsAvailable = clusterBackends.contains { !downBackends.contains("\($0.clusterID)/\($0.backendID)") }
            if clusterWasAvailable != clusterIsAvailable {
                var clusterEvent = Command_Event()
                clusterEvent.kind = clusterIsAvailable ? .clusterRecovered : .noAvailableBackends
                clusterEvent.clusterID = backend.clusterID
                await send(clusterEvent)
            }
        }
    }

    private func sendDetailChange(_ transition: Command_MetricDetailTransition) async {
        var event = Command_Event()
        event.kind = .metricDetailChanged
        event.metricDetail = transition
        await send(event)
    }

    /// Workers send events under the id "EVENT", as PROCESSING with an empty message.
    private func send(_ event: Command_Event) async {
        var content = Command_ResponseContent()
        content.event = event
        await reply("EVENT", .processing, content: content)
    }

    /// Serves requests until the main process hangs up or a stop completes.
    func run() async {
        do {
            for try await request in channel.messages {
                await handle(request)
            }
        } catch {}
        await channel.close()
    }

    private func handle(_ request: Command_WorkerRequest) async {
        requestsHandled += 1
        let now = ContinuousClock.now
        if now - leasesCheckedAt >= .seconds(5) {
            leasesCheckedAt = now
            if let expired = metricDetail.expire(at: now) { await sendDetailChange(expired) }
        }
        let fate = faults.fate(ofRequest: request.id, toWorker: id)
        if let delay = fate.delay { try? await Task.sleep(for: delay) }
        switch fate.outcome {
        case .answer: break
        case .ignore: return
        case .crash:
            await channel.close()
            return
        }
        let content = request.content
        switch content.requestType {
        case .softStop:
            guard !stopping else { return }
            stopping = true
            await reply(request.id, .processing)
            Task { await self.drainThenStop(softStopID: request.id) }
        case .hardStop:
            stopping = true
            logger.debug("hard stop: the worker goes at once")
            await reply(request.id, .ok)
            await channel.close()
        case .setMetricDetail(let set):
            let now = ContinuousClock.now
            if let expired = metricDetail.expire(at: now) { await sendDetailChange(expired) }
            switch metricDetail.apply(set, at: now) {
            case .failure(let refusal):
                await reply(request.id, .failure, message: refusal.message)
            case .success(let transition):
                if let transition { await sendDetailChange(transition) }
                var answer = Command_ResponseContent()
                answer.workerMetricDetailStatus = metricDetail.status
                await reply(request.id, .ok, content: answer)
            }
        case .queryMetrics(let options):
            let (status, message, content) = metrics(options)
            await reply(request.id, status, message: message, content: content)
        case .queryClusterByID(let clusterID):
            var answer = Command_ResponseContent()
            answer.clusters.vec = state.clusterInformation(clusterID).map { [$0] } ?? []
            await reply(request.id, .ok, content: answer)
        case .queryClustersByDomain(let query):
            var answer = Command_ResponseContent()
            answer.clusters.vec = state.clusters(forDomain: query.hostname, path: query.hasPath ? query.path : nil)
            await reply(request.id, .ok, content: answer)
        case .queryClustersHashes:
            var answer = Command_ResponseContent()
            answer.clusterHashes.map = state.clusterHashes()
            await reply(request.id, .ok, content: answer)
        case .queryCertificatesFromWorkers(let filters):
            var answer = Command_ResponseContent()
            if filters.hasFingerprint {
                let found = state.certificates(matching: filters)
                guard !found.isEmpty else {
                    await reply(request.id, .failure, message: "Could not find certificate for this fingerprint")
                    return
                }
                answer.certificatesWithFingerprints.certs = found
            } else {
                // Without a fingerprint the HTTPS proxy answers, from the names it read.
                answer.certificatesByAddress.certificates = proxies.certificateListing(domain: filters.hasDomain ? filters.domain : nil)
            }
            await reply(request.id, .ok, content: answer)
        case .queryMaxConnectionsPerIp:
            var answer = Command_ResponseContent()
            answer.maxConnectionsPerIpLimit.limit = 0
            await reply(request.id, .ok, content: answer)
        default:
            // The main process validated the request against its own state already; a worker
            // applies it to its copy, only logging what its state refuses, then hands it to its
            // proxies, whose refusals are its answer.
            do {
                try state.dispatch(content)
            } catch {
                logger.debug("the worker's state refuses \(request.id): \(error)")
            }
            if let failure = proxies.apply(content) {
                await reply(request.id, .failure, message: failure)
            } else {
                await reply(request.id, .ok)
            }
        }
    }

    /// Closes the simulated connections one by one over the drain duration, then finishes the
    /// soft stop.
    private func drainThenStop(softStopID: String) async {
        let total = connections
        if total > 0 {
            let step = drainDuration / total
            for _ in 0..<total {
                try? await Task.sleep(for: step)
                connections -= 1
            }
        }
        // The worker loop notices an empty session list on its next tick.
        try? await Task.sleep(for: .milliseconds(100))
        logger.debug("soft stop: connections drained, the worker goes")
        await reply(softStopID, .ok)
        await channel.close()
    }

    /// Answers `query_metrics` as a worker does.
    private func metrics(_ options: Command_QueryMetricsOptions) -> (Command_ResponseStatus, String, Command_ResponseContent?) {
        let elapsed = (ContinuousClock.now - startedAt).timeInterval
        if let traffic {
            let backends = state.backends.filter { state.clusters[$0.key] != nil }.mapValues { $0.map(\.backendID) }
            ledger.forget(keeping: backends)
            ledger.advance(to: elapsed, traffic: traffic, backends: backends, down: downBackends, detail: metricDetail.effective)
        }
        let report = WorkerMetricsReport(
            state: state, downBackends: downBackends, traffic: traffic, ledger: traffic == nil ? nil : ledger, elapsed: elapsed, connections: connections,
            listeners: proxies.listenerCount, live: !stopping, turns: UInt64(max(elapsed, 0)) + 1 + requestsHandled)
        return report.answer(options)
    }

    private func reply(_ id: String, _ status: Command_ResponseStatus, message: String = "", content: Command_ResponseContent? = nil) async {
        var response = Command_WorkerResponse()
        response.id = id
        response.status = status
        response.message = message
        if let content { response.content = content }
        try? await channel.send(response)
    }
}
