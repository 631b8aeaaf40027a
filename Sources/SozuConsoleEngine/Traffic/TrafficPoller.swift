import Foundation
import Logging
import SozuCodec
import SozuProto

/// The live view's polls of one proxy, as `sozu top` makes them but on kept-open connections:
/// `query_metrics` every `refresh` (each worker's proxy figures, then the clusters' merged: see
/// `LiveMetricsQuery`), the listeners every 5 s, the certificates
/// every 30 s, each kind on its own connection with at most one poll in flight; and a metric
/// detail lease at backend level (so that backends have rows of their own), renewed at half
/// its time on its own connection and cleared when the view closes. Results go into the
/// target's `TrafficState`; polls are not operator requests and have no rows.
///
/// Over several proxies only the default target's tables are shown: the others are polled for
/// the overview alone (`overviewOnly`: metrics at the detail the proxy is configured with, no
/// lease, no listeners or certificates), so that fifty proxies do not each send every backend.
actor TrafficPoller {
    static let listenersInterval: Duration = .seconds(5)
    static let certificatesInterval: Duration = .seconds(30)

    private let name: String
    private let store: ModelStore
    private let refresh: Duration
    private let leaseTTL: UInt32
    private let logger: Logger
    let overviewOnly: Bool
    /// The lease's owner as Sōzu shows it: the console, its process, a random part.
    let clientID: String
    private let metrics: KeptConnection
    private let listeners: KeptConnection
    private let certificates: KeptConnection
    private let lease: KeptConnection
    private var loops: [Task<Void, Never>] = []
    private var leaseLoop: Task<Void, Never>?
    private var leaseHeld = false
    private var stopped = false

    init(
        name: String, socketPath: String, maximumFrameSize: Int, store: ModelStore, refresh: Duration, leaseTTL: UInt32 = 60,
        overviewOnly: Bool = false, logger: Logger
    ) {
        self.name = name
        self.overviewOnly = overviewOnly
        self.store = store
        self.refresh = refresh
        self.leaseTTL = leaseTTL
        self.logger = logger
        clientID = "sozu-console:\(getpid()):\(String(format: "%08x", UInt32.random(in: 0...UInt32.max)))"
        metrics = KeptConnection(socketPath: socketPath, maximumFrameSize: maximumFrameSize)
        listeners = KeptConnection(socketPath: socketPath, maximumFrameSize: maximumFrameSize)
        certificates = KeptConnection(socketPath: socketPath, maximumFrameSize: maximumFrameSize)
        lease = KeptConnection(socketPath: socketPath, maximumFrameSize: maximumFrameSize)
    }

    private var pollTimeout: Duration { max(.seconds(5), refresh) }

    func start() {
        guard loops.isEmpty, !stopped else { return }
        loops = [Task { [weak self, refresh] in await self?.repeatEvery(refresh) { await $0.pollMetrics() } }]
        guard !overviewOnly else { return }
        leaseLoop = Task { [weak self] in await self?.repeatLease() }
        loops += [
            Task { [weak self] in await self?.repeatEvery(Self.listenersInterval) { await $0.pollListeners() } },
            Task { [weak self] in await self?.repeatEvery(Self.certificatesInterval) { await $0.pollCertificates() } },
        ]
    }

    /// Stops polling and clears the lease (a console that dies leaves a lease that expires by
    /// itself within its time).
    func stop() async {
        stopped = true
        for loop in loops { loop.cancel() }
        loops = []
        // A lease request under way finishes first: clearing before it lands would leave the
        // lease it takes (and two requests at once on its connection).
        leaseLoop?.cancel()
        await leaseLoop?.value
        leaseLoop = nil
        if leaseHeld {
            leaseHeld = false
            var clear = Command_SetMetricDetail()
            clear.clientID = clientID
            clear.clear = true
            clear.reason = "sozu-console (clear)"
            let answer = await lease.exchange(Self.request { $0.setMetricDetail = clear }, timeout: .seconds(2))
            if case .failure(let failure) = answer {
                logger.info("could not clear the metric detail lease (it expires by itself): \(failure)", metadata: ["target": "\(name)"])
            }
            update { $0.lease = .cleared }
        }
        await metrics.close()
        await listeners.close()
        await certificates.close()
        await lease.close()
    }

    /// Runs `poll` now and then every `interval` from the start of the previous one (at once
    /// when a poll took longer), until cancelled.
    private func repeatEvery(_ interval: Duration, _ poll: (TrafficPoller) async -> Void) async {
        while !Task.isCancelled {
            let started = ContinuousClock.now
            await poll(self)
            try? await Task.sleep(until: started + interval, clock: .continuous)
        }
    }

    private func pollMetrics() async {
        let workersAnswer = await metrics.exchange(LiveMetricsQuery.workersRequest, timeout: pollTimeout)
        guard !Task.isCancelled else { return }
        let workers: Command_AggregatedMetrics
        switch Self.metricsContent(workersAnswer) {
        case .success(let content): workers = content
        case .failure(let problem):
            update { $0.metricsProblem = problem.text }
            return
        }
        let clustersAnswer = await metrics.exchange(LiveMetricsQuery.clustersRequest, timeout: pollTimeout)
        guard !Task.isCancelled else { return }
        let now = Date()
        switch Self.metricsContent(clustersAnswer) {
        case .success(let clusters): update { $0.ingest(LiveMetricsQuery.combine(workers: workers, clusters: clusters), at: now) }
        case .failure(let problem): update { $0.metricsProblem = problem.text }
        }
    }

    private struct MetricsProblem: Error {
        var text: String
    }

    /// The metrics an answer carries, or what went wrong in words.
    private static func metricsContent(_ answer: Result<Command_Response, KeptConnection.Failure>) -> Result<Command_AggregatedMetrics, MetricsProblem> {
        switch answer {
        case .success(let response):
            guard case .metrics(let metrics)? = response.content.contentType else {
                return .failure(MetricsProblem(text: "metrics: the answer carried no metrics"))
            }
            return .success(metrics)
        case .failure(let failure):
            return .failure(MetricsProblem(text: "metrics: \(failure)"))
        }
    }

    private func pollListeners() async {
        let answer = await listeners.exchange(Self.request { $0.listListeners = Command_ListListeners() }, timeout: pollTimeout)
        guard !Task.isCancelled else { return }
        let now = Date()
        switch answer {
        case .success(let response): update { $0.ingest(response.content.listenersList, at: now) }
        case .failure(let failure): update { $0.listenersProblem = "listeners: \(failure)" }
        }
    }

    private func pollCertificates() async {
        let query = Self.request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() }
        let answer = await certificates.exchange(query, timeout: pollTimeout)
        guard !Task.isCancelled else { return }
        let now = Date()
        switch answer {
        case .success(let response): update { $0.ingest(response.content.certificatesWithFingerprints, at: now) }
        case .failure(let failure): update { $0.certificatesProblem = "certificates: \(failure)" }
        }
    }

    /// Takes the lease, then renews it at half its time; a refusal is shown and tried again
    /// at the next renewal.
    private func repeatLease() async {
        let renewal = Duration.seconds(Int(max(leaseTTL, 2) / 2))
        var first = true
        while !Task.isCancelled {
            var set = Command_SetMetricDetail()
            set.clientID = clientID
            set.detail = .detailBackend
            set.ttlSeconds = leaseTTL
            set.clear = false
            set.reason = first ? "sozu-console live view" : "sozu-console live view (renew)"
            let answer = await lease.exchange(Self.request { $0.setMetricDetail = set }, timeout: pollTimeout)
            guard !Task.isCancelled else {
                if case .success = answer { leaseHeld = true }
                return
            }
            let expires = Date().addingTimeInterval(TimeInterval(leaseTTL))
            switch answer {
            case .success:
                leaseHeld = true
                first = false
                update { $0.lease = .held(expires: expires) }
            case .failure(let failure):
                update { $0.lease = .refused("\(failure)") }
            }
            try? await Task.sleep(for: renewal)
        }
    }

    private func update(_ change: (inout TrafficState) -> Void) {
        let name = name
        store.update { $0.updateTraffic(of: name, change) }
    }

    static func request(_ fill: (inout Command_Request) -> Void) -> Command_Request {
        var request = Command_Request()
        fill(&request)
        return request
    }
}
