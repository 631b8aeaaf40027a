import Foundation
import SozuProto

/// Traffic a simulated worker reports in its metrics when a scenario asks for it (`traffic =
/// true`; the demo does): request counts that grow with time at a rate that drifts slowly per
/// cluster, bytes, and latency distributions, under Sōzu's names (`http.requests`, `bytes_in`,
/// `request_time` for the proxy; `requests`, `bytes_in`, `backend_response_time`,
/// `connections_per_backend` for a cluster), all a pure function of the worker, the seed, the
/// clusters and the time, so that a run can be repeated.
struct SyntheticTraffic: Sendable {
    let workerID: UInt32
    let seed: UInt64

    /// Requests served for `clusterID` by `elapsed` seconds after the worker started.
    func requests(cluster clusterID: String, elapsed: Double) -> Int64 {
        let (rate, phase) = profile(clusterID)
        // The integral of rate × (1 + 0.3 sin(t / 7 + phase)).
        let drift = 0.3 * 7 * (cos(phase) - cos(elapsed / 7 + phase))
        return Int64(max(0, rate * (elapsed + drift)))
    }

    /// Median latency of a cluster's backends, in milliseconds.
    func medianLatency(cluster clusterID: String) -> UInt64 {
        5 + stableHash(clusterID + "/latency") % 40
    }

    func proxyMetrics(clusterIDs: [String], elapsed: Double) -> [String: Command_FilteredMetrics] {
        let requests = clusterIDs.map { self.requests(cluster: $0, elapsed: elapsed) }.reduce(0, +)
        let medians = clusterIDs.map { medianLatency(cluster: $0) }
        let median = medians.isEmpty ? 1 : medians.reduce(0, +) / UInt64(medians.count)
        var metrics: [String: Command_FilteredMetrics] = [
            "http.requests": .count(requests),
            "bytes_in": .count(requests * 512),
            "bytes_out": .count(requests * 4096),
        ]
        metrics.addTime("request_time", median: median + 1, samples: UInt64(requests))
        return metrics
    }

    func clusterMetrics(_ clusterID: String, elapsed: Double, connections: Int) -> [String: Command_FilteredMetrics] {
        let requests = self.requests(cluster: clusterID, elapsed: elapsed)
        var metrics: [String: Command_FilteredMetrics] = [
            "requests": .count(requests),
            "bytes_in": .count(requests * 512),
            "bytes_out": .count(requests * 4096),
            "connections_per_backend": .gauge(UInt64(max(connections, 0))),
        ]
        metrics.addTime("backend_response_time", median: medianLatency(cluster: clusterID), samples: UInt64(requests))
        return metrics
    }

    private func profile(_ clusterID: String) -> (rate: Double, phase: Double) {
        let hash = stableHash(clusterID)
        return (Double(5 + hash % 50), Double(hash % 628) / 100)
    }

    /// FNV-1a over the worker, the seed and the text: stable across runs and processes.
    private func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed ^ (UInt64(workerID) << 32)
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}

extension Command_FilteredMetrics {
    static func gauge(_ value: UInt64) -> Command_FilteredMetrics {
        var metric = Command_FilteredMetrics()
        metric.gauge = value
        return metric
    }

    static func count(_ value: Int64) -> Command_FilteredMetrics {
        var metric = Command_FilteredMetrics()
        metric.count = value
        return metric
    }
}

extension Dictionary where Key == String, Value == Command_FilteredMetrics {
    /// A time metric as Sōzu reports one: percentiles under its name, and a cumulative log-2
    /// histogram (buckets `le` = 2^i − 1, up to the one holding the maximum) under `name_histogram`.
    mutating func addTime(_ name: String, median: UInt64, samples: UInt64) {
        let multipliers: [Double] = [1, 2.2, 5, 9, 14, 20, 25]
        let values = multipliers.map { UInt64(Double(median) * $0) }
        var percentiles = Command_Percentiles()
        percentiles.samples = samples
        percentiles.p50 = samples > 0 ? values[0] : 0
        percentiles.p90 = samples > 0 ? values[1] : 0
        percentiles.p99 = samples > 0 ? values[2] : 0
        percentiles.p999 = samples > 0 ? values[3] : 0
        percentiles.p9999 = samples > 0 ? values[4] : 0
        percentiles.p99999 = samples > 0 ? values[5] : 0
        percentiles.p100 = samples > 0 ? values[6] : 0
        percentiles.sum = samples * median * 13 / 10
        var timing = Command_FilteredMetrics()
        timing.percentiles = percentiles
        self[name] = timing

        // Fraction of samples at or below each bucket bound, interpolated between percentiles.
        let points: [(value: Double, fraction: Double)] = [(0, 0)]
            + zip(values, [0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999, 1]).map { (Double($0), $1) }
        func fraction(atMost bound: Double) -> Double {
            for index in 1..<points.count where bound < points[index].value {
                let (lowValue, lowFraction) = points[index - 1]
                let (highValue, highFraction) = points[index]
                return lowFraction + (highFraction - lowFraction) * (bound - lowValue) / Swift.max(highValue - lowValue, 1)
            }
            return 1
        }
        var histogram = Command_FilteredHistogram()
        histogram.sum = percentiles.sum
        histogram.count = samples
        var exponent: UInt64 = 0
        while true {
            let bound = (UInt64(1) << exponent) - 1
            var bucket = Command_Bucket()
            bucket.le = bound
            bucket.count = samples == 0 ? 0 : UInt64((Double(samples) * fraction(atMost: Double(bound))).rounded(.down))
            if bound >= values[6] || exponent == 63 {
                bucket.count = samples
                histogram.buckets.append(bucket)
                break
            }
            histogram.buckets.append(bucket)
            exponent += 1
        }
        var histogramMetric = Command_FilteredMetrics()
        histogramMetric.histogram = histogram
        self[name + "_histogram"] = histogramMetric
    }
}
