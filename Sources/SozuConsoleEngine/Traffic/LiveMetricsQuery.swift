public import SozuProto

/// What the live view asks Sōzu for, in two queries a refresh: each worker's own figures (the
/// proxy level alone, `no_clusters`), so that the workers pane and the overview see a worker's
/// restart as that worker's reset; and the clusters' and backends' figures merged by the main
/// process across workers (as `sozu top` asks them), so that the big part of the answer comes
/// once and not once per worker. Names filter every level; a time metric brings its histogram.
public enum LiveMetricsQuery {
    /// Each worker's proxy-level metrics that the view reads.
    public static let workerNames = [
        "http.requests", "bytes_in", "bytes_out", "client.connections", "http.active_requests", "slab.usage_percent",
        "buffer.usage_percent", "service_time", "process.uptime_seconds",
    ]
    /// The clusters' and backends' metrics that the view reads.
    public static let clusterNames = [
        "requests", "http.status.5xx", "bytes_in", "bytes_out", "connections_per_backend", "backend_response_time",
        "backend.available", "cluster.total_backends", "cluster.available_backends",
    ]

    public static var workersRequest: Command_Request {
        var options = Command_QueryMetricsOptions()
        options.workers = true
        options.noClusters = true
        options.metricNames = workerNames
        var request = Command_Request()
        request.queryMetrics = options
        return request
    }

    public static var clustersRequest: Command_Request {
        var options = Command_QueryMetricsOptions()
        options.workers = false
        options.metricNames = clusterNames
        var request = Command_Request()
        request.queryMetrics = options
        return request
    }

    /// The two answers as one for `TrafficState.ingest`: the workers' entries (proxy level)
    /// beside the merged clusters.
    public static func combine(workers: Command_AggregatedMetrics, clusters: Command_AggregatedMetrics) -> Command_AggregatedMetrics {
        var combined = workers
        combined.clusters = clusters.clusters
        return combined
    }
}
