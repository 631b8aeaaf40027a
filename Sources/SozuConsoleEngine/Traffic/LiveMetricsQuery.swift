/// What the live view asks Sōzu for: the metrics it reads, at every level (Sōzu filters the
/// proxy's, the clusters' and the backends' by the same names; a time metric brings its
/// histogram along). Everything else would be decoded only to be dropped.
public enum LiveMetricNames {
    public static let names = [
        "http.requests", "bytes_in", "bytes_out", "client.connections", "http.active_requests", "slab.usage_percent",
        "buffer.usage_percent", "service_time", "process.uptime_seconds", "requests", "http.status.5xx",
        "connections_per_backend", "backend_response_time", "backend.available", "cluster.total_backends",
        "cluster.available_backends",
    ]
}
