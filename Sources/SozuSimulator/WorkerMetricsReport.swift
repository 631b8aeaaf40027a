import SozuProto

/// A worker's answer to `query_metrics`: what its event loop reports on every turn, the traffic a
/// scenario asks for (none otherwise: a simulated proxy serves no requests), and a row for each
/// cluster that has had a backend, as in Sōzu; the query's options are applied in Sōzu's order.
struct WorkerMetricsReport {
    var state: ProxyState
    /// Backends currently down, by "cluster/backend id".
    var downBackends: Set<String>
    var traffic: SyntheticTraffic?
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
        func keptRow(_ id: String) -> Command_ClusterMetrics {
            var row = clusterRow(id)
            row.cluster = keep(row.cluster)
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
            // At the default (cluster) detail level backends have no rows of their own.
            content.workerMetrics = Command_WorkerMetrics()
        } else {
            content.workerMetrics.proxy = keep(proxy)
            for id in rows { content.workerMetrics.clusters[id] = keptRow(id) }
        }
        return (.ok, "", content)
    }

    private func proxyMetrics(_ rows: [String]) -> [String: Command_FilteredMetrics] {
        var metrics = WorkerLoopMetrics.metrics(elapsed: elapsed, connections: connections, listeners: listeners, live: live, turns: turns)
        if let traffic {
            metrics.merge(traffic.proxyMetrics(clusterIDs: rows, elapsed: elapsed)) { loop, _ in loop }
        }
        return metrics
    }

    private func clusterRow(_ id: String) -> Command_ClusterMetrics {
        let backends = state.backends[id] ?? []
        let down = backends.filter { downBackends.contains("\(id)/\($0.backendID)") }.count
        var row = Command_ClusterMetrics()
        row.cluster = WorkerLoopMetrics.clusterMetrics(backends: backends.count, down: down)
        if let traffic {
            let perCluster = max(connections, 0) / max(state.backends.count, 1)
            row.cluster.merge(traffic.clusterMetrics(id, elapsed: elapsed, connections: perCluster)) { gauge, _ in gauge }
        }
        return row
    }

    /// The names a listing shows: each once, sorted, without the `_histogram` twins.
    private static func listed(_ names: some Sequence<String>) -> [String] {
        Set(names.filter { !$0.hasSuffix("_histogram") }).sorted()
    }
}
