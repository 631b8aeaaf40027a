public import Foundation
public import SozuProto
import SozuCertificates

/// What the live view knows of one proxy's traffic: the latest figures computed from its
/// metrics (each worker's, asked for separately, so that a worker's restart shows as that
/// worker's reset and not as a dip of the whole proxy), its listeners and certificates, a
/// history per figure for the sparklines, and how the polls and the metric detail lease go.
public struct TrafficState: Sendable {
    public private(set) var overview = OverviewTraffic()
    public private(set) var clusters: [ClusterTraffic] = []
    public private(set) var backends: [BackendTraffic] = []
    public private(set) var workers: [WorkerTraffic] = []
    public private(set) var listeners: [ListenerRow] = []
    public private(set) var certificates: [CertificateRow] = []
    /// Recent values by figure: `overview.<figure>`, `cluster.<id>.<figure>`, `backend.<cluster>/<backend>.<figure>`.
    public private(set) var history: [String: History] = [:]
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
    private var meter = RateMeter()

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
    }

    // MARK: - Metrics

    /// Takes an answer to `query_metrics` with `workers` set: one entry per worker. An answer
    /// already merged (no worker entries) is taken as one worker's.
    public mutating func ingest(_ metrics: Command_AggregatedMetrics, at now: Date) {
        meter.startPoll()
        var workers: [(id: String, metrics: Command_WorkerMetrics)] = metrics.workers.sorted { Self.workerOrder($0.key, $1.key) }.map { ($0.key, $0.value) }
        if workers.isEmpty, !metrics.proxying.isEmpty || !metrics.clusters.isEmpty {
            var merged = Command_WorkerMetrics()
            merged.proxy = metrics.proxying
            merged.clusters = metrics.clusters
            workers = [("*", merged)]
        }
        var overview = OverviewTraffic()
        overview.workers = workers.count
        var clusterRows: [String: ClusterTraffic] = [:]
        var backendRows: [String: BackendTraffic] = [:]
        var workerRows: [WorkerTraffic] = []
        for (workerID, worker) in workers {
            var row = WorkerTraffic(id: workerID)
            let proxy = worker.proxy
            row.requestsPerSecond = rate("\(workerID)|http.requests", proxy["http.requests"], at: now)
            row.clientConnections = proxy["client.connections"]?.gaugeValue
            row.activeRequests = proxy["http.active_requests"]?.gaugeValue
            row.slabPercent = proxy["slab.usage_percent"]?.gaugeValue ?? proxy["buffer.usage_percent"]?.gaugeValue
            row.serviceTimeP99 = proxy["service_time"]?.percentilesValue?.p99
            row.uptimeSeconds = proxy["process.uptime_seconds"]?.gaugeValue
            workerRows.append(row)
            overview.requestsPerSecond = TrafficFigures.sum(overview.requestsPerSecond, row.requestsPerSecond)
            overview.bytesInPerSecond = TrafficFigures.sum(overview.bytesInPerSecond, rate("\(workerID)|bytes_in", proxy["bytes_in"], at: now))
            overview.bytesOutPerSecond = TrafficFigures.sum(overview.bytesOutPerSecond, rate("\(workerID)|bytes_out", proxy["bytes_out"], at: now))
            overview.clientConnections = TrafficFigures.sum(overview.clientConnections, row.clientConnections)
            overview.activeRequests = TrafficFigures.sum(overview.activeRequests, row.activeRequests)
            overview.serviceTimeP99 = TrafficFigures.highest(overview.serviceTimeP99, row.serviceTimeP99)
            overview.saturationPercent = TrafficFigures.highest(overview.saturationPercent, row.slabPercent.map { min($0, 100) })

            for (clusterID, cluster) in worker.clusters {
                var clusterRow = clusterRows[clusterID] ?? ClusterTraffic(id: clusterID)
                clusterRow.figures.add(figures(cluster.cluster, series: "\(workerID)|\(clusterID)|", at: now))
                // Each worker counts the cluster's backends itself (the main process would sum
                // them): the total is any worker's, available the fewest any worker sees.
                if let total = cluster.cluster["cluster.total_backends"]?.gaugeValue {
                    clusterRow.totalBackends = max(clusterRow.totalBackends ?? 0, Int(total))
                }
                if let available = cluster.cluster["cluster.available_backends"]?.gaugeValue {
                    clusterRow.availableBackends = min(clusterRow.availableBackends ?? Int.max, Int(available))
                }
                for backend in cluster.backends {
                    let key = clusterID + "/" + backend.backendID
                    var backendRow = backendRows[key] ?? BackendTraffic(clusterID: clusterID, backendID: backend.backendID)
                    let backendFigures = figures(backend.metrics, series: "\(workerID)|\(clusterID)|\(backend.backendID)|", at: now)
                    backendRow.figures.add(backendFigures)
                    clusterRow.figures.add(backendFigures)
                    if let available = backend.metrics["backend.available"]?.gaugeValue {
                        backendRow.reportingWorkers += 1
                        if available > 0 { backendRow.availableInWorkers += 1 }
                    }
                    backendRows[key] = backendRow
                }
                clusterRows[clusterID] = clusterRow
            }
        }
        meter.finishPoll()
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

    private mutating func rate(_ series: String, _ metric: Command_FilteredMetrics?, at now: Date) -> Double? {
        guard let value = metric?.countValue else { return nil }
        return meter.rate(series, value: Double(value), at: now)
    }

    /// A filing's figures (a cluster's own, or a backend's).
    private mutating func figures(_ metrics: [String: Command_FilteredMetrics], series: String, at now: Date) -> TrafficFigures {
        var figures = TrafficFigures()
        figures.requestsPerSecond = rate(series + "requests", metrics["requests"], at: now)
        // Sōzu reports a counter once it was first incremented: a row with requests and no 5xx
        // counter has had none, which is a reading of zero (the first 5xx must not be missed).
        if metrics["requests"] != nil {
            let errors = metrics["http.status.5xx"]?.countValue ?? 0
            figures.errorsPerSecond = meter.rate(series + "5xx", value: Double(errors), at: now)
        }
        figures.bytesInPerSecond = rate(series + "bytes_in", metrics["bytes_in"], at: now)
        figures.bytesOutPerSecond = rate(series + "bytes_out", metrics["bytes_out"], at: now)
        figures.connections = metrics["connections_per_backend"]?.gaugeValue
        if let percentiles = metrics["backend_response_time"]?.percentilesValue, percentiles.samples > 0 {
            figures.p50 = percentiles.p50
            figures.p99 = percentiles.p99
            figures.p999 = percentiles.p999
        }
        return figures
    }

    private mutating func recordHistory() {
        var history = self.history
        self.history = [:]  // no second reference: each history grows in place
        var seen = Set<String>(minimumCapacity: history.count)
        // A figure not known yet (a rate before its second poll) starts no history; one that
        // goes unknown later shows as zero.
        func record(_ key: String, _ value: Double?) {
            guard value != nil || history[key] != nil else { return }
            history[key, default: History()].append(value ?? 0)
            seen.insert(key)
        }
        record("overview.requests", overview.requestsPerSecond)
        record("overview.errors", overview.errorsPerSecond)
        record("overview.errorPercent", overview.errorPercent)
        record("overview.bytes", TrafficFigures.sum(overview.bytesInPerSecond, overview.bytesOutPerSecond))
        record("overview.connections", overview.clientConnections.map(Double.init))
        record("overview.p99", overview.latencyP99.map(Double.init))
        record("overview.service", overview.serviceTimeP99.map(Double.init))
        record("overview.saturation", overview.saturationPercent.map(Double.init))
        for row in clusters { recordFigures("cluster.\(row.id).", row.figures, into: record) }
        for row in backends { recordFigures("backend.\(row.id).", row.figures, into: record) }
        for row in workers { record("worker.\(row.id).requests", row.requestsPerSecond) }
        // Rows that went (a removed cluster or backend) take their history with them.
        if seen.count != history.count { history = history.filter { seen.contains($0.key) } }
        self.history = history
    }

    private func recordFigures(_ prefix: String, _ figures: TrafficFigures, into record: (String, Double?) -> Void) {
        record(prefix + Figure.requests.rawValue, figures.requestsPerSecond)
        record(prefix + Figure.errors.rawValue, figures.errorsPerSecond)
        record(prefix + Figure.errorPercent.rawValue, figures.errorPercent)
        record(prefix + Figure.bytes.rawValue, TrafficFigures.sum(figures.bytesInPerSecond, figures.bytesOutPerSecond))
        record(prefix + Figure.connections.rawValue, figures.connections.map(Double.init))
        record(prefix + Figure.p50.rawValue, figures.p50.map(Double.init))
        record(prefix + Figure.p99.rawValue, figures.p99.map(Double.init))
        record(prefix + Figure.p999.rawValue, figures.p999.map(Double.init))
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
