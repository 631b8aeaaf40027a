import SozuProto

/// A worker's answer to `query_metrics`: what its event loop reports on every turn, the traffic a
/// scenario asks for (none otherwise: a simulated proxy serves no requests), and a row for each
/// cluster that has had a backend, as in Sōzu, with a row per backend for what was served while
/// the metric detail level was `backend`; the query's options are applied in Sōzu's order.
struct WorkerMetricsReport {
    var state: ProxyState
    /// Backends currently down, by "cluster/backend id".
    var downBackends: Set<String>
    var traffic: SyntheticTraffic?
    /// What the traffic served so far, when there is traffic.
    var ledger: TrafficLedger?
    var elapsed: Double
    var connections: Int
    var listeners: Int
    var live: Bool
    var turns: UInt64

    func answer(_ options: Command_QueryMetricsOptions) -> (Command_ResponseStatus, String, Command_ResponseContent?) {
        // A cluster's metrics row exists once it has had a backend, as in Sōzu.
        let rows = state.backends.filter { state.clusters[$0.key] != nil && !$0.value.isEmpty }.keys.sorted()
        var content = Command_ResponseContent()
        let proxy = proxyMetrics(rows)
        if options.list {
            content.availableMetrics.proxyMetrics = Self.listed(proxy.keys)
            content.availableMetrics.clusterMetrics = Self.listed(rows.flatMap { clusterRow($0).cluster.keys })
            return (.ok, "", content)
        }
        func keep(_ metrics: [String: Command_FilteredMetrics]) -> [String: Command_FilteredMetrics] {
            guard !options.metricNames.isEmpty else { return metrics }
            return metrics.filter { name, _ in
                options.metricNames.contains(name)
                    || (name.hasSuffix("_histogram") && options.metricNames.contains(String(name.dropLast("_histogram".count))))
            }
        }
        // The names filter every level: the proxy's, the clusters' and the backends'.
        let spread = traffic == nil ? [:] : connectionsPerBackend
        func keptRow(_ id: String) -> Command_ClusterMetrics {
            var row = clusterRow(id, spread: spread)
            row.cluster = keep(row.cluster)
            for index in row.backends.indices { row.backends[index].metrics = keep(row.backends[index].metrics) }
            return row
        }
        if options.noClusters {
            content.workerMetrics.proxy = keep(proxy)
        } else if !options.clusterIds.isEmpty {
            for id in options.clusterIds {
                guard rows.contains(id) else { return (.failure, "No metrics found for object with id \(id)", nil) }
                content.workerMetrics.clusters[id] = keptRow(id)
            }
        } else if !options.backendIds.isEmpty {
            // The whole backend list of each cluster holding one of them; at the default
            // (cluster) detail level backends have no rows of their own.
            content.workerMetrics = Command_WorkerMetrics()
            for id in rows {
                var row = keptRow(id)
                if row.backends.contains(where: { options.backendIds.contains($0.backendID) }) {
                    // Sōzu answers the cluster's backends alone, without the cluster's own metrics.
                    row.cluster = [:]
                    content.workerMetrics.clusters[id] = row
                }
            }
        } else {
            content.workerMetrics.proxy = keep(proxy)
            for id in rows { content.workerMetrics.clusters[id] = keptRow(id) }
        }
        return (.ok, "", content)
    }

    private func proxyMetrics(_ rows: [String]) -> [String: Command_FilteredMetrics] {
        var metrics = WorkerLoopMetrics.metrics(elapsed: elapsed, connections: connections, listeners: listeners, live: live, turns: turns)
        if let traffic, let ledger {
            metrics.merge(traffic.proxyMetrics(ledger.proxy, activeRequests: UInt64(max(connections, 0)))) { loop, _ in loop }
        }
        return metrics
    }

    /// The worker's client connections, spread over the backends that are up (each session
    /// holds one backend connection).
    private var connectionsPerBackend: [String: Int] {
        let up = state.backends.keys.sorted().flatMap { clusterID in
            (state.backends[clusterID] ?? []).map { "\(clusterID)/\($0.backendID)" }.filter { !downBackends.contains($0) }
        }
        guard !up.isEmpty else { return [:] }
        let connections = max(connections, 0)
        var spread: [String: Int] = [:]
        for (index, key) in up.enumerated() {
            spread[key] = connections / up.count + (index < connections % up.count ? 1 : 0)
        }
        return spread
    }

    private func clusterRow(_ id: String) -> Command_ClusterMetrics {
        clusterRow(id, spread: traffic == nil ? [:] : connectionsPerBackend)
    }

    private func clusterRow(_ id: String, spread: [String: Int]) -> Command_ClusterMetrics {
        let backends = state.backends[id] ?? []
        let down = backends.filter { downBackends.contains("\(id)/\($0.backendID)") }.count
        var row = Command_ClusterMetrics()
        row.cluster = WorkerLoopMetrics.clusterMetrics(backends: backends.count, down: down)
        guard traffic != nil, let ledger else { return row }
        if let served = ledger.clusterFiled[id] {
            row.cluster.merge(served.metrics) { gauge, _ in gauge }
        }
        let filedByBackend = ledger.backendFiled[id] ?? [:]
        if filedByBackend.isEmpty {
            // The connections gauge goes where the detail level files it: here, summed.
            let connections = backends.map { spread["\(id)/\($0.backendID)", default: 0] }.reduce(0, +)
            row.cluster["connections_per_backend"] = .gauge(UInt64(connections))
        }
        for (backendID, served) in filedByBackend.sorted(by: { $0.key < $1.key }) {
            var backend = Command_BackendMetrics()
            backend.backendID = backendID
            backend.metrics = served.metrics
            backend.metrics["connections_per_backend"] = .gauge(UInt64(spread["\(id)/\(backendID)", default: 0]))
            backend.metrics["backend.available"] = .gauge(downBackends.contains("\(id)/\(backendID)") ? 0 : 1)
            row.backends.append(backend)
        }
        return row
    }

    /// The names a listing shows: each once, sorted, without the `_histogram` twins.
    private static func listed(_ names: some Sequence<String>) -> [String] {
        Set(names.filter { !$0.hasSuffix("_histogram") }).sorted()
    }
}
