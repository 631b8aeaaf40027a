import SozuProto

/// How Sōzu's main process folds the same metric from several workers into one.
enum MetricsMerge {
    /// Folds each worker's metrics into `aggregated`, in the order given: kept apart by worker
    /// id when `perWorker`, else merged into the proxy's and each cluster's (backends matched
    /// by id).
    static func aggregate(
        _ workers: [(workerID: UInt32, metrics: Command_WorkerMetrics)], perWorker: Bool, into aggregated: inout Command_AggregatedMetrics
    ) {
        for (workerID, metrics) in workers {
            if perWorker {
                aggregated.workers[String(workerID)] = metrics
                continue
            }
            for (name, value) in metrics.proxy {
                aggregated.proxying[name] = merge(aggregated.proxying[name], value)
            }
            for (clusterID, row) in metrics.clusters {
                var merged = aggregated.clusters[clusterID] ?? Command_ClusterMetrics()
                for (name, value) in row.cluster {
                    merged.cluster[name] = merge(merged.cluster[name], value)
                }
                for backend in row.backends {
                    if let index = merged.backends.firstIndex(where: { $0.backendID == backend.backendID }) {
                        for (name, value) in backend.metrics {
                            merged.backends[index].metrics[name] = merge(merged.backends[index].metrics[name], value)
                        }
                    } else {
                        merged.backends.append(backend)
                    }
                }
                aggregated.clusters[clusterID] = merged
            }
        }
    }

    /// Gauges and counts add up; percentiles take the highest of each p_* and add samples and
    /// sums; histograms add bucket by bucket. Kinds that do not match keep the first value.
    static func merge(_ existing: Command_FilteredMetrics?, _ value: Command_FilteredMetrics) -> Command_FilteredMetrics {
        guard let existing else { return value }
        var merged = existing
        switch (existing.inner, value.inner) {
        case (.gauge(let left), .gauge(let right)):
            merged.gauge = left &+ right
        case (.count(let left), .count(let right)):
            merged.count = left &+ right
        case (.percentiles(let left), .percentiles(let right)):
            var percentiles = left
            percentiles.samples = left.samples &+ right.samples
            percentiles.sum = left.sum &+ right.sum
            percentiles.p50 = max(left.p50, right.p50)
            percentiles.p90 = max(left.p90, right.p90)
            percentiles.p99 = max(left.p99, right.p99)
            percentiles.p999 = max(left.p999, right.p999)
            percentiles.p9999 = max(left.p9999, right.p9999)
            percentiles.p99999 = max(left.p99999, right.p99999)
            percentiles.p100 = max(left.p100, right.p100)
            merged.percentiles = percentiles
        case (.histogram(let left), .histogram(let right)):
            var histogram = Command_FilteredHistogram()
            histogram.sum = left.sum &+ right.sum
            histogram.count = left.count &+ right.count
            let length = max(left.buckets.count, right.buckets.count)
            // A shorter list carries its last cumulative count forward.
            func count(_ buckets: [Command_Bucket], _ index: Int) -> UInt64 {
                index < buckets.count ? buckets[index].count : (buckets.last?.count ?? 0)
            }
            histogram.buckets = (0..<length).map { index in
                var bucket = Command_Bucket()
                bucket.le = index >= 63 ? .max : (UInt64(1) << UInt64(index)) - 1
                bucket.count = count(left.buckets, index) &+ count(right.buckets, index)
                return bucket
            }
            merged.histogram = histogram
        default:
            break
        }
        return merged
    }
}
