public import Foundation
public import SozuProto
import SozuCertificates

/// What the live view knows of one proxy's traffic: the latest figures computed from its
/// metrics (each worker's, asked for separately, so that a worker's restart shows as that
/// worker's reset and not as a dip of the whole proxy), its listeners and certificates, a
/// history per figure for the sparklines, and how the polls and the metric detail lease go.
public struct TrafficState: Sendable {
    public private(set) var overview = OverviewTraffic()
    /// In name order, as are the backends: the live view sorts them stably from there.
    public private(set) var clusters: [ClusterTraffic] = []
    public private(set) var backends: [BackendTraffic] = []
    public private(set) var workers: [WorkerTraffic] = []
    public private(set) var listeners: [ListenerRow] = []
    public private(set) var certificates: [CertificateRow] = []
    /// Recent values of the proxy's figures: `requests`, `errors`, `errorPercent`, `bytes`,
    /// `connections`, `p99`, `service`, `saturation`.
    public private(set) var overviewHistory: [String: History] = [:]
    /// Recent values of each cluster's, backend's (`cluster/backend`) and worker's figures.
    public private(set) var clusterHistory: [String: RowHistory] = [:]
    public private(set) var backendHistory: [String: RowHistory] = [:]
    public private(set) var workerHistory: [String: History] = [:]
    public private(set) var metricsAt: Date?
    public private(set) var listenersAt: Date?
    public private(set) var certificatesAt: Date?
    /// The last poll's failure of each kind, in words, until one succeeds.
    public var metricsProblem: String?
    public var listenersProblem: String?
    public var certificatesProblem: String?
    public var lease: LeaseState = .none
    /// How many polls gave figures.
    public private(set) var polls = 0
    private var meter = RateMeter<Series>()
    /// A counter of one worker: its row (cluster, backend) and which counter.
    private struct Series: Hashable, Sendable {
        var worker: String
        var cluster: String
        var backend: String
        var counter: Counter
    }

    private enum Counter: UInt8, Hashable, Sendable {
        case httpRequests, clientBytesIn, clientBytesOut, requests, errors, bytesIn, bytesOut
    }

    public enum LeaseState: Sendable, Equatable {
        case none
        /// Backend detail is raised until `expires` (renewed at half its time).
        case held(expires: Date)
        case refused(String)
        case cleared
    }

    public init() {}

    /// Figures whose history is kept, per row kind (what a sparkline can show).
    public enum Figure: String, Sendable, CaseIterable {
        case requests, errors, errorPercent, bytes, connections, p50, p99, p999

        var index: Int {
            switch self {
            case .requests: 0
            case .errors: 1
            case .errorPercent: 2
            case .bytes: 3
            case .connections: 4
            case .p50: 5
            case .p99: 6
            case .p999: 7
            }
        }
    }

    // MARK: - Metrics

    /// Takes an answer to `query_metrics`: each worker's entry (its proxy figures, and its
    /// clusters when it carries them), and the clusters merged across workers by the main
    /// process beside them (`LiveMetricsQuery`). An answer merged as a whole (no worker
    /// entries) is taken as one worker's.
    public mutating func ingest(_ metrics: Command_AggregatedMetrics, at now: Date) {
        meter.startPoll()
        readCount = 0
        var workers: [(id: String, metrics: Command_WorkerMetrics)] = metrics.workers.sorted { Self.workerOrder($0.key, $1.key) }.map { ($0.key, $0.value) }
        let mergedClusters: [String: Command_ClusterMetrics]
        if workers.isEmpty {
            mergedClusters = [:]
            if !metrics.proxying.isEmpty || !metrics.clusters.isEmpty {
                var merged = Command_WorkerMetrics()
                merged.proxy = metrics.proxying
                merged.clusters = metrics.clusters
                workers = [("*", merged)]
            }
        } else {
            mergedClusters = metrics.clusters
        }
        var overview = OverviewTraffic()
        overview.workers = workers.count
        var rows = ClusterRows()
        // As many rows as last time, most likely: made at that size once.
        rows.clusters.reserveCapacity(clusters.count)
        rows.backends.reserveCapacity(backends.count)
        var workerRows: [WorkerTraffic] = []
        for (workerID, worker) in workers {
            var row = WorkerTraffic(id: workerID)
            let proxy = worker.proxy
            row.requestsPerSecond = rate(Series(worker: workerID, cluster: "", backend: "", counter: .httpRequests), proxy["http.requests"], at: now)
            row.clientConnections = proxy["client.connections"]?.gaugeValue
            row.activeRequests = proxy["http.active_requests"]?.gaugeValue
            row.slabPercent = proxy["slab.usage_percent"]?.gaugeValue ?? proxy["buffer.usage_percent"]?.gaugeValue
            row.serviceTimeP99 = proxy["service_time"]?.percentilesValue?.p99
            row.uptimeSeconds = proxy["process.uptime_seconds"]?.gaugeValue
            workerRows.append(row)
            overview.requestsPerSecond = TrafficFigures.sum(overview.requestsPerSecond, row.requestsPerSecond)
            let clientBytesIn = rate(Series(worker: workerID, cluster: "", backend: "", counter: .clientBytesIn), proxy["bytes_in"], at: now)
            let clientBytesOut = rate(Series(worker: workerID, cluster: "", backend: "", counter: .clientBytesOut), proxy["bytes_out"], at: now)
            overview.bytesInPerSecond = TrafficFigures.sum(overview.bytesInPerSecond, clientBytesIn)
            overview.bytesOutPerSecond = TrafficFigures.sum(overview.bytesOutPerSecond, clientBytesOut)
            overview.clientConnections = TrafficFigures.sum(overview.clientConnections, row.clientConnections)
            overview.activeRequests = TrafficFigures.sum(overview.activeRequests, row.activeRequests)
            overview.serviceTimeP99 = TrafficFigures.highest(overview.serviceTimeP99, row.serviceTimeP99)
            overview.saturationPercent = TrafficFigures.highest(overview.saturationPercent, row.slabPercent.map { min($0, 100) })
            take(worker.clusters, worker: workerID, mergedOver: 1, at: now, into: &rows)
        }
        take(mergedClusters, worker: "*", mergedOver: max(workers.count, 1), at: now, into: &rows)
        let clusterRows = rows.clusters, backendRows = rows.backends
        meter.finishPoll(readCount: readCount)
        for row in clusterRows.values {
            overview.errorsPerSecond = TrafficFigures.sum(overview.errorsPerSecond, row.figures.errorsPerSecond)
            overview.latencyP99 = TrafficFigures.highest(overview.latencyP99, row.figures.p99)
        }
        if overview.requestsPerSecond == nil, workers.allSatisfy({ $0.metrics.proxy["http.requests"] == nil }) {
            overview.requestsPerSecond = clusterRows.values.compactMap(\.figures.requestsPerSecond).reduce(nil) { TrafficFigures.sum($0, $1) }
        }
        self.overview = overview
        clusters = clusterRows.values.sorted { $0.id < $1.id }
        backends = backendRows.values.sorted { $0.id < $1.id }
        self.workers = workerRows
        metricsAt = now
        metricsProblem = nil
        polls += 1
        recordHistory()
    }

    /// Workers by number (their ids are numbers in text).
    private static func workerOrder(_ left: String, _ right: String) -> Bool {
        switch (UInt32(left), UInt32(right)) {
        case (let left?, let right?): left < right
        default: left < right
        }
    }

    private struct ClusterRows {
        var clusters: [String: ClusterTraffic] = [:]
        var backends: [String: BackendTraffic] = [:]
    }

    /// Adds clusters' and backends' figures to their rows: one worker's (`mergedOver` 1), or
    /// those the main process merged over `mergedOver` workers, whose gauges are sums.
    private mutating func take(
        _ clusters: [String: Command_ClusterMetrics], worker workerID: String, mergedOver workerCount: Int, at now: Date, into rows: inout ClusterRows
    ) {
        for (clusterID, cluster) in clusters {
            var clusterRow = rows.clusters[clusterID] ?? ClusterTraffic(id: clusterID)
            clusterRow.figures.add(figures(cluster.cluster, worker: workerID, cluster: clusterID, backend: "", at: now))
            // Each worker counts the cluster's backends itself: the total is any worker's,
            // available the fewest any worker sees (merged: their sums over the workers).
            if let total = cluster.cluster["cluster.total_backends"]?.gaugeValue {
                clusterRow.totalBackends = max(clusterRow.totalBackends ?? 0, Int(total) / workerCount)
            }
            if let available = cluster.cluster["cluster.available_backends"]?.gaugeValue {
                clusterRow.availableBackends = min(clusterRow.availableBackends ?? Int.max, Int(available) / workerCount)
            }
            for backend in cluster.backends {
                let key = clusterID + "/" + backend.backendID
                var backendRow = rows.backends[key] ?? BackendTraffic(clusterID: clusterID, backendID: backend.backendID, id: key)
                let backendFigures = figures(backend.metrics, worker: workerID, cluster: clusterID, backend: backend.backendID, at: now)
                backendRow.figures.add(backendFigures)
                clusterRow.figures.add(backendFigures)
                if let available = backend.metrics["backend.available"]?.gaugeValue {
                    // 1 in each worker that has the backend up: merged, the number of those.
                    backendRow.reportingWorkers += workerCount
                    backendRow.availableInWorkers += min(max(Int(available), 0), workerCount)
                }
                rows.backends[key] = backendRow
            }
            rows.clusters[clusterID] = clusterRow
        }
    }

    /// Series read in this poll (when all were, the meter forgets none and copies nothing).
    private var readCount = 0

    private mutating func rate(_ series: Series, _ metric: Command_FilteredMetrics?, at now: Date) -> Double? {
        guard let value = metric?.countValue else { return nil }
        readCount += 1
        return meter.rate(series, value: Double(value), at: now)
    }

    /// A filing's figures (a cluster's own, or a backend's).
    private mutating func figures(
        _ metrics: [String: Command_FilteredMetrics], worker: String, cluster: String, backend: String, at now: Date
    ) -> TrafficFigures {
        func series(_ counter: Counter) -> Series { Series(worker: worker, cluster: cluster, backend: backend, counter: counter) }
        var figures = TrafficFigures()
        let requests = metrics["requests"]
        figures.requestsPerSecond = rate(series(.requests), requests, at: now)
        // Sōzu reports a counter once it was first incremented: a row with requests and no 5xx
        // counter has had none, which is a reading of zero (the first 5xx must not be missed).
        if requests != nil {
            var errors = Command_FilteredMetrics()
            errors.count = metrics["http.status.5xx"]?.countValue ?? 0
            figures.errorsPerSecond = rate(series(.errors), errors, at: now)
        }
        figures.bytesInPerSecond = rate(series(.bytesIn), metrics["bytes_in"], at: now)
        figures.bytesOutPerSecond = rate(series(.bytesOut), metrics["bytes_out"], at: now)
        figures.connections = metrics["connections_per_backend"]?.gaugeValue
        if let percentiles = metrics["backend_response_time"]?.percentilesValue, percentiles.samples > 0 {
            figures.p50 = percentiles.p50
            figures.p99 = percentiles.p99
            figures.p999 = percentiles.p999
        }
        return figures
    }

    private mutating func recordHistory() {
        func record(_ key: String, _ value: Double?) {
            guard value != nil || overviewHistory[key] != nil else { return }
            overviewHistory[key, default: History()].append(value ?? 0)
        }
        record("requests", overview.requestsPerSecond)
        record("errors", overview.errorsPerSecond)
        record("errorPercent", overview.errorPercent)
        record("bytes", TrafficFigures.sum(overview.bytesInPerSecond, overview.bytesOutPerSecond))
        record("connections", overview.clientConnections.map { Double($0) })
        record("p99", overview.latencyP99.map { Double($0) })
        record("service", overview.serviceTimeP99.map { Double($0) })
        record("saturation", overview.saturationPercent.map { Double($0) })
        Self.record(clusters.map { ($0.id, $0.figures) }, into: &clusterHistory)
        Self.record(backends.map { ($0.id, $0.figures) }, into: &backendHistory)
        var workerHistory = self.workerHistory
        self.workerHistory = [:]
        for row in workers where row.requestsPerSecond != nil || workerHistory[row.id] != nil {
            workerHistory[row.id, default: History()].append(row.requestsPerSecond ?? 0)
        }
        if workerHistory.count > workers.count {
            let ids = Set(workers.map(\.id))
            workerHistory = workerHistory.filter { ids.contains($0.key) }
        }
        self.workerHistory = workerHistory
    }

    /// Each row's figures onto its history, in place; rows that went (a removed cluster or
    /// backend) take their history with them.
    private static func record(_ rows: [(id: String, figures: TrafficFigures)], into histories: inout [String: RowHistory]) {
        for (id, figures) in rows {
            histories[id, default: RowHistory()].recordAll(figures)
        }
        if histories.count > rows.count {
            let ids = Set(rows.map(\.id))
            histories = histories.filter { ids.contains($0.key) }
        }
    }

    // MARK: - Listeners and certificates

    public mutating func ingest(_ list: Command_ListenersList, at now: Date) {
        var rows: [ListenerRow] = []
        for (address, listener) in list.httpListeners { rows.append(ListenerRow(kind: "HTTP", address: address, active: listener.active, detail: "")) }
        for (address, listener) in list.httpsListeners {
            let alpn = listener.alpnProtocols.isEmpty ? "" : "alpn " + listener.alpnProtocols.joined(separator: ",")
            rows.append(ListenerRow(kind: "HTTPS", address: address, active: listener.active, detail: alpn))
        }
        for (address, listener) in list.tcpListeners { rows.append(ListenerRow(kind: "TCP", address: address, active: listener.active, detail: "")) }
        for (address, listener) in list.udpListeners { rows.append(ListenerRow(kind: "UDP", address: address, active: listener.active, detail: "")) }
        listeners = rows.sorted { ($0.kind, $0.address) < ($1.kind, $1.address) }
        listenersAt = now
        listenersProblem = nil
    }

    /// Only names, fingerprints and expiry are kept: the answer carries private keys too.
    public mutating func ingest(_ certificates: Command_CertificatesWithFingerprints, at now: Date) {
        self.certificates = certificates.certs.map { fingerprint, certificate in
            CertificateRow(
                names: certificate.names, fingerprint: fingerprint,
                notAfter: (try? PEMCertificate(pem: certificate.certificate))?.validity?.notAfter)
        }.sorted { ($0.notAfter ?? .distantFuture, $0.fingerprint) < ($1.notAfter ?? .distantFuture, $1.fingerprint) }
        certificatesAt = now
        certificatesProblem = nil
    }

    mutating func apply(_ change: (inout TrafficState) -> Void) {
        change(&self)
    }

    /// How many counter series the rates follow (for measurements).
    public var seriesCount: Int { meter.seriesCount }
}

extension Command_FilteredMetrics {
    var gaugeValue: UInt64? {
        if case .gauge(let value)? = inner { return value }
        return nil
    }

    var countValue: Int64? {
        if case .count(let value)? = inner { return value }
        return nil
    }

    var percentilesValue: Command_Percentiles? {
        if case .percentiles(let value)? = inner { return value }
        return nil
    }
}
