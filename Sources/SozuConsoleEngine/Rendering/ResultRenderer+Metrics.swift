import SozuProto

// Metrics: one section per process or cluster, each with up to four tables by kind of value
// (plain values, latency percentiles, time series, histograms), as Sōzu's CLI splits them.
extension ResultRenderer {
    static func aggregatedMetrics(_ metrics: Command_AggregatedMetrics, into output: inout LineBuilder) {
        guard !metrics.main.isEmpty || !metrics.proxying.isEmpty || !metrics.workers.isEmpty || !metrics.clusters.isEmpty else {
            output.paragraph("No metrics.")
            return
        }
        if !metrics.main.isEmpty {
            output.heading("Main process")
            metricTables(metrics.main, into: &output)
        }
        if !metrics.proxying.isEmpty {
            output.heading("Proxying (all workers)")
            metricTables(metrics.proxying, into: &output)
        }
        for (workerID, worker) in metrics.workers.sorted(by: { workerOrder($0.key, $1.key) }) {
            output.heading(processTitle(workerID))
            workerMetrics(worker, into: &output)
        }
        if !metrics.clusters.isEmpty {
            output.heading("Clusters (all workers)")
            clusterMetrics(metrics.clusters, into: &output)
        }
    }

    static func workerMetrics(_ metrics: Command_WorkerMetrics, into output: inout LineBuilder) {
        if metrics.proxy.isEmpty, metrics.clusters.isEmpty {
            output.paragraph("No metrics.")
        }
        metricTables(metrics.proxy, into: &output)
        clusterMetrics(metrics.clusters, into: &output)
    }

    private static func clusterMetrics(_ clusters: [String: Command_ClusterMetrics], into output: inout LineBuilder) {
        for (clusterID, cluster) in clusters.sorted(by: { $0.key < $1.key }) {
            output.subheading("Cluster \(clusterID)")
            if cluster.cluster.isEmpty, cluster.backends.isEmpty {
                output.paragraph("No metrics.")
            }
            metricTables(cluster.cluster, into: &output)
            // A backend may appear more than once when workers were merged carelessly; keep them
            // all, in a stable order.
            let backends = cluster.backends.enumerated().sorted { ($0.element.backendID, $0.offset) < ($1.element.backendID, $1.offset) }
            for (_, backend) in backends {
                output.subheading("Cluster \(clusterID), backend \(backend.backendID)")
                if backend.metrics.isEmpty { output.paragraph("No metrics.") }
                metricTables(backend.metrics, into: &output)
            }
        }
    }

    /// Up to four tables for one set of metrics, by kind of value; empty ones are left out.
    static func metricTables(_ metrics: [String: Command_FilteredMetrics], into output: inout LineBuilder) {
        // Sōzu's CLI shows tabs inside metric keys as dots; so do we.
        let named = metrics.map { (name: $0.key.replacingTabs, value: $0.value) }.sorted { $0.name < $1.name }

        var values = TextTable(columns: [.text("metric"), .number("value"), .text("kind")])
        var percentiles = TextTable(columns: [
            .text("percentiles (ms)"), .number("samples"), .number("p50"), .number("p90"), .number("p99"), .number("p99.9"),
            .number("p99.99"), .number("p99.999"), .number("p100"),
        ])
        var series = TextTable(columns: [.text("time series"), .number("last second"), .number("last minute"), .number("last hour")])
        var histograms = TextTable(columns: [.text("histogram (ms)"), .number("count"), .number("sum"), .text("buckets: ≤ms count", shrinksFirst: true)])
        for (name, metric) in named {
            switch metric.inner {
            case .gauge(let value):
                values.append([name, String(value), "gauge"])
            case .count(let value):
                values.append([name, String(value), "count"])
            case .time(let value):
                values.append([name, String(value), "time (ms)"])
            case .percentiles(let value):
                percentiles.append([name, String(value.samples), String(value.p50), String(value.p90), String(value.p99),
                                    String(value.p999), String(value.p9999), String(value.p99999), String(value.p100)])
            case .timeSerie(let value):
                series.append([name, String(value.lastSecond), String(sum(value.lastMinute)), String(sum(value.lastHour))])
            case .histogram(let value):
                let shortName = name.hasSuffix("_histogram") ? String(name.dropLast("_histogram".count)) : name
                histograms.append([shortName, String(value.count), String(value.sum), bucketSummary(value.buckets)])
            case nil:
                values.append([name, "-", "empty"])
            }
        }
        for table in [values, percentiles, series, histograms] where !table.isEmpty {
            output.table(table)
        }
    }

    /// The samples in each bucket (Sōzu sends running totals), empty buckets left out:
    /// `≤3:12 ≤7:340 ≤15:80`.
    static func bucketSummary(_ buckets: [Command_Bucket]) -> String {
        var previous: UInt64 = 0
        var parts: [String] = []
        for bucket in buckets {
            // Running totals never shrink in a well-formed histogram; a shrinking one counts 0.
            let inBucket = bucket.count >= previous ? bucket.count - previous : 0
            previous = max(previous, bucket.count)
            if inBucket > 0 { parts.append("≤\(bucket.le):\(inBucket)") }
        }
        return parts.isEmpty ? "-" : parts.joined(separator: " ")
    }

    private static func sum(_ values: [UInt32]) -> UInt64 {
        values.reduce(UInt64(0)) { $0 &+ UInt64($1) }
    }

    static func availableMetrics(_ names: Command_AvailableMetrics, into output: inout LineBuilder) {
        for (title, list) in [("Proxy metrics", names.proxyMetrics), ("Cluster metrics", names.clusterMetrics)] {
            output.heading("\(title) (\(list.count))")
            output.paragraph(list.isEmpty ? ["(none)"] : columnsOfNames(list.map { DisplayWidth.printable($0) }, width: output.layoutWidth))
        }
    }

    /// Names laid out down then across, as `ls` does.
    static func columnsOfNames(_ names: [String], width: Int) -> [String] {
        let gap = 2
        let cellWidth = min(names.map { DisplayWidth.columns(of: $0) }.max() ?? 0, max(width, 1))
        let columnCount = max(1, (width + gap) / (cellWidth + gap))
        let rowCount = (names.count + columnCount - 1) / columnCount
        return (0..<rowCount).map { row in
            let cells = stride(from: row, to: names.count, by: rowCount).map { DisplayWidth.fit(names[$0], to: cellWidth) }
            return trimmingTrailingSpaces(cells.joined(separator: String(repeating: " ", count: gap)))
        }
    }
}

extension String {
    var replacingTabs: String {
        contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: ".") : self
    }
}
