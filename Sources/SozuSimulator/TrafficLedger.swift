import SozuProto

/// What a worker has served so far of its made-up traffic, as Sōzu's metrics drain keeps it:
/// counters that only grow, filed under the cluster or under each backend depending on the
/// metric detail level in force when the requests were served (a level change starts a new
/// filing at zero and leaves the old one as it was, as Sōzu does), and a backend's row gone
/// with the backend. Advanced each time the worker is asked for its metrics.
struct TrafficLedger: Sendable {
    /// The counters a request moves, labelled (cluster, backend) in Sōzu.
    struct Counters: Sendable, Equatable {
        var requests = 0.0
        var bytesIn = 0.0
        var bytesOut = 0.0
        var status2xx = 0.0
        var status4xx = 0.0
        var status5xx = 0.0
        var status200 = 0.0
        var status404 = 0.0
        var status502 = 0.0
        var status503 = 0.0
        var errors = 0.0
        /// Latency samples, each with its median (several backends fold into one filing).
        var latency: [LatencyShare] = []

        mutating func add(_ other: Counters) {
            requests += other.requests
            bytesIn += other.bytesIn
            bytesOut += other.bytesOut
            status2xx += other.status2xx
            status4xx += other.status4xx
            status5xx += other.status5xx
            status200 += other.status200
            status404 += other.status404
            status502 += other.status502
            status503 += other.status503
            errors += other.errors
            for share in other.latency { addLatency(median: share.median, samples: share.samples) }
        }

        mutating func addLatency(median: UInt64, samples: Double) {
            guard samples > 0 else { return }
            if let index = latency.firstIndex(where: { $0.median == median }) {
                latency[index].samples += samples
            } else {
                latency.append(LatencyShare(median: median, samples: samples))
            }
        }

        /// Sōzu's names for them, counters and the response time (percentiles and histogram).
        var metrics: [String: Command_FilteredMetrics] {
            var metrics: [String: Command_FilteredMetrics] = [
                "requests": .count(Int64(requests)),
                "bytes_in": .count(Int64(bytesIn)),
                "bytes_out": .count(Int64(bytesOut)),
            ]
            let statuses: [(String, Double)] = [
                ("http.status.2xx", status2xx), ("http.status.4xx", status4xx), ("http.status.5xx", status5xx),
                ("http.status.200", status200), ("http.status.404", status404), ("http.status.502", status502),
                ("http.status.503", status503), ("http.errors", errors),
            ]
            // Sōzu's drain has a counter once it was first incremented.
            for (name, value) in statuses where value >= 1 { metrics[name] = .count(Int64(value)) }
            metrics.addTime("backend_response_time", shares: latency.map { ($0.median, UInt64($0.samples)) })
            return metrics
        }
    }

    struct LatencyShare: Sendable, Equatable {
        var median: UInt64
        var samples: Double
    }

    private(set) var elapsed: Double = 0
    /// Served while the level was cluster: cluster id → counters.
    private(set) var clusterFiled: [String: Counters] = [:]
    /// Served while the level was backend: cluster id → backend id → counters.
    private(set) var backendFiled: [String: [String: Counters]] = [:]
    /// Everything, for the proxy-wide figures (`http.requests`, client bytes, `request_time`).
    private(set) var proxy = Counters()

    /// Serves the traffic of the time from the last advance to `elapsed`: each cluster's
    /// requests are shared between its backends that are up; a cluster with none answers 503
    /// itself (filed under the cluster, since no backend was chosen).
    mutating func advance(
        to elapsed: Double, traffic: SyntheticTraffic, backends: [String: [String]], down: Set<String>, detail: Command_MetricDetail
    ) {
        let interval = elapsed - self.elapsed
        guard interval > 0 else { return }
        let middle = self.elapsed + interval / 2
        self.elapsed = elapsed
        for (clusterID, backendIDs) in backends where !backendIDs.isEmpty {
            let served = traffic.rate(cluster: clusterID, at: middle) * interval
            let up = backendIDs.filter { !down.contains("\(clusterID)/\($0)") }
            guard !up.isEmpty else {
                var refused = Counters()
                refused.status5xx = served
                refused.status503 = served
                file(refused, cluster: clusterID, backend: nil, detail: detail)
                proxy.add(refused)
                continue
            }
            let share = served / Double(up.count)
            for backendID in up {
                let counters = traffic.counters(cluster: clusterID, backend: backendID, requests: share)
                file(counters, cluster: clusterID, backend: backendID, detail: detail)
                proxy.add(counters)
            }
        }
    }

    private mutating func file(_ counters: Counters, cluster: String, backend: String?, detail: Command_MetricDetail) {
        if detail == .detailBackend, let backend {
            backendFiled[cluster, default: [:]][backend, default: Counters()].add(counters)
        } else {
            clusterFiled[cluster, default: Counters()].add(counters)
        }
    }

    /// Sōzu drops a removed backend's row, and a removed cluster's.
    mutating func forget(keeping backends: [String: [String]]) {
        clusterFiled = clusterFiled.filter { backends[$0.key] != nil }
        for (clusterID, rows) in backendFiled {
            let kept = Set(backends[clusterID] ?? [])
            backendFiled[clusterID] = kept.isEmpty ? nil : rows.filter { kept.contains($0.key) }
        }
    }
}
