public import SozuProto

/// Metrics as Sōzu answers `query_metrics` with `workers` set, built by hand.
public enum TrafficFixture {
    public static func count(_ value: Int64) -> Command_FilteredMetrics {
        var metric = Command_FilteredMetrics()
        metric.count = value
        return metric
    }

    public static func gauge(_ value: UInt64) -> Command_FilteredMetrics {
        var metric = Command_FilteredMetrics()
        metric.gauge = value
        return metric
    }

    public static func percentiles(p50: UInt64, p99: UInt64, samples: UInt64 = 100) -> Command_FilteredMetrics {
        var percentiles = Command_Percentiles()
        percentiles.samples = samples
        percentiles.p50 = p50
        percentiles.p99 = p99
        percentiles.p999 = p99 * 2
        var metric = Command_FilteredMetrics()
        metric.percentiles = percentiles
        return metric
    }

    /// A backend's counters: requests, 5xx answers among them, bytes, latency.
    public static func served(_ requests: Int64, errors: Int64 = 0, p99: UInt64 = 40) -> [String: Command_FilteredMetrics] {
        [
            "requests": count(requests), "http.status.5xx": count(errors), "bytes_in": count(requests * 1_000),
            "bytes_out": count(requests * 100), "backend_response_time": percentiles(p50: p99 / 4, p99: p99),
        ]
    }

    /// A worker with `http.requests` and, per cluster, backends with what they served.
    public static func worker(requests: Int64, clusters: [String: [String: [String: Command_FilteredMetrics]]], connections: UInt64 = 10) -> Command_WorkerMetrics {
        var worker = Command_WorkerMetrics()
        worker.proxy = [
            "http.requests": count(requests), "client.connections": gauge(connections), "slab.usage_percent": gauge(3),
            "service_time": percentiles(p50: 1, p99: 4), "bytes_in": count(requests * 100), "bytes_out": count(requests * 1_000),
        ]
        for (clusterID, backends) in clusters {
            var cluster = Command_ClusterMetrics()
            cluster.cluster = ["cluster.total_backends": gauge(UInt64(backends.count)), "cluster.available_backends": gauge(UInt64(backends.count))]
            for (backendID, metrics) in backends.sorted(by: { $0.key < $1.key }) {
                var backend = Command_BackendMetrics()
                backend.backendID = backendID
                backend.metrics = metrics
                backend.metrics["backend.available"] = gauge(1)
                cluster.backends.append(backend)
            }
            worker.clusters[clusterID] = cluster
        }
        return worker
    }

    public static func answer(_ workers: [String: Command_WorkerMetrics]) -> Command_AggregatedMetrics {
        var metrics = Command_AggregatedMetrics()
        metrics.workers = workers
        return metrics
    }

    /// The same figures as the live view asks them (`LiveMetricsQuery`): each worker's proxy
    /// level alone, and the clusters merged across workers as Sōzu's main process merges them
    /// (counts and gauges summed, percentiles the highest of each).
    public static func combined(_ workers: [String: Command_WorkerMetrics]) -> Command_AggregatedMetrics {
        var metrics = Command_AggregatedMetrics()
        for (workerID, worker) in workers {
            var proxyOnly = Command_WorkerMetrics()
            proxyOnly.proxy = worker.proxy
            metrics.workers[workerID] = proxyOnly
            for (clusterID, cluster) in worker.clusters {
                var merged = metrics.clusters[clusterID] ?? Command_ClusterMetrics()
                merged.cluster.merge(cluster.cluster, uniquingKeysWith: merge)
                for backend in cluster.backends {
                    if let index = merged.backends.firstIndex(where: { $0.backendID == backend.backendID }) {
                        merged.backends[index].metrics.merge(backend.metrics, uniquingKeysWith: merge)
                    } else {
                        merged.backends.append(backend)
                    }
                }
                metrics.clusters[clusterID] = merged
            }
        }
        return metrics
    }

    private static func merge(_ left: Command_FilteredMetrics, _ right: Command_FilteredMetrics) -> Command_FilteredMetrics {
        switch (left.inner, right.inner) {
        case (.count(let a)?, .count(let b)?): return count(a + b)
        case (.gauge(let a)?, .gauge(let b)?): return gauge(a + b)
        case (.percentiles(let a)?, .percentiles(let b)?):
            var highest = a
            highest.samples = a.samples + b.samples
            highest.p50 = max(a.p50, b.p50)
            highest.p99 = max(a.p99, b.p99)
            highest.p999 = max(a.p999, b.p999)
            var metric = Command_FilteredMetrics()
            metric.percentiles = highest
            return metric
        default: return left
        }
    }
}
