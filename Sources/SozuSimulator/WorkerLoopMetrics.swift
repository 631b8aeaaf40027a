import SozuProto

/// What a Sōzu worker's event loop reports on every turn, with or without traffic: its client
/// connections against their maximum, the session slab (three entries of its own, one per
/// listener, one per connection), the buffer pool, its uptime and liveness, and the loop's own
/// timings (`epoll_time`, `event_loop_time`, one sample per turn).
enum WorkerLoopMetrics {
    /// Sōzu's default `max_connections`.
    static let maximumConnections = 10_000

    static func metrics(elapsed: Double, connections: Int, listeners: Int, live: Bool, turns: UInt64) -> [String: Command_FilteredMetrics] {
        let connections = max(connections, 0)
        let slabCapacity = 10 + 4 * maximumConnections
        let slabEntries = 3 + listeners + connections
        let acceptThreshold = 10 + 2 * maximumConnections
        let buffersInUse = 2 * connections
        let bufferCapacity = max(1, buffersInUse)
        var metrics: [String: Command_FilteredMetrics] = [
            "accept_queue.connections": .gauge(0),
            "buffer.capacity": .gauge(UInt64(bufferCapacity)),
            "buffer.in_use": .gauge(UInt64(buffersInUse)),
            "buffer.usage_percent": .gauge(UInt64(buffersInUse * 100 / bufferCapacity)),
            "client.connections": .gauge(UInt64(connections)),
            "client.connections_max": .gauge(UInt64(maximumConnections)),
            "client.connections_percent": .gauge(UInt64(connections * 100 / maximumConnections)),
            "process.uptime_seconds": .gauge(UInt64(max(elapsed, 0))),
            "server.live": .gauge(live ? 1 : 0),
            "slab.accept_threshold_percent": .gauge(UInt64(slabEntries * 100 / acceptThreshold)),
            "slab.capacity": .gauge(UInt64(slabCapacity)),
            "slab.entries": .gauge(UInt64(slabEntries)),
            "slab.usage_percent": .gauge(UInt64(slabEntries * 100 / slabCapacity)),
        ]
        // A quiet loop waits in epoll and does next to nothing after it.
        metrics.addTime("epoll_time", median: 1, samples: turns)
        metrics.addTime("event_loop_time", median: 0, samples: turns)
        return metrics
    }

    /// A cluster's gauges, reported once it has had a backend.
    static func clusterMetrics(backends: Int, down: Int) -> [String: Command_FilteredMetrics] {
        ["cluster.total_backends": .gauge(UInt64(backends)), "cluster.available_backends": .gauge(UInt64(max(backends - down, 0)))]
    }
}
