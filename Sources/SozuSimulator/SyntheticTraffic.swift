import Foundation
import SozuProto

/// Traffic a simulated worker serves when a scenario asks for it (`traffic = true`; the demo
/// does): per cluster, a request rate that drifts slowly (and bursts, when the scenario says
/// so), shared between the cluster's backends that are up; per backend, its share of answers
/// by status, bytes and a latency, a slow backend's ten times its cluster's, a failing one
/// answering half in 502. The rates and latencies are a pure function of the worker, the seed,
/// the names and the time, so that a run can be repeated; `TrafficLedger` adds them up.
struct SyntheticTraffic: Sendable {
    let workerID: UInt32
    let seed: UInt64
    /// "cluster/backend" ids whose answers are slow.
    var slowBackends: Set<String> = []
    /// "cluster/backend" ids that answer 502 to half their requests.
    var failingBackends: Set<String> = []
    /// Every cluster's rate triples for 10 s of each minute, at its own moment.
    var bursts = false

    /// Requests a second for `clusterID` at `elapsed` seconds after the worker started.
    func rate(cluster clusterID: String, at elapsed: Double) -> Double {
        let (base, phase) = profile(clusterID)
        var rate = base * (1 + 0.3 * sin(elapsed / 7 + phase))
        if bursts {
            let offset = (elapsed + phase * 10).truncatingRemainder(dividingBy: 60)
            if offset < 10 { rate *= 3 }
        }
        return rate
    }

    /// Median latency of a cluster's backends, in milliseconds.
    func medianLatency(cluster clusterID: String) -> UInt64 {
        5 + stableHash(clusterID + "/latency") % 40
    }

    func medianLatency(cluster clusterID: String, backend backendID: String) -> UInt64 {
        let median = medianLatency(cluster: clusterID) + stableHash(clusterID + "/" + backendID) % 5
        return slowBackends.contains("\(clusterID)/\(backendID)") ? median * 10 : median
    }

    /// What `requests` requests to a backend add to its counters.
    func counters(cluster clusterID: String, backend backendID: String, requests: Double) -> TrafficLedger.Counters {
        let failing = failingBackends.contains("\(clusterID)/\(backendID)")
        var counters = TrafficLedger.Counters()
        counters.requests = requests
        // From the backend the answers, to it the requests (Sōzu's backend-level bytes).
        counters.bytesIn = requests * 4096
        counters.bytesOut = requests * 512
        let badGateway = failing ? requests * 0.5 : requests * 0.002
        let notFound = requests * 0.015
        counters.status502 = badGateway
        counters.status5xx = badGateway
        counters.status404 = notFound
        counters.status4xx = notFound
        counters.status200 = requests - badGateway - notFound
        counters.status2xx = counters.status200
        counters.errors = badGateway
        counters.addLatency(median: medianLatency(cluster: clusterID, backend: backendID), samples: requests)
        return counters
    }

    /// The proxy-wide figures of everything served: requests, client-side bytes, and the time
    /// to serve a request (`request_time`) and Sōzu's own part of it (`service_time`).
    func proxyMetrics(_ served: TrafficLedger.Counters, activeRequests: UInt64) -> [String: Command_FilteredMetrics] {
        let requests = Int64(served.requests + served.status503)
        var metrics: [String: Command_FilteredMetrics] = [
            "http.requests": .count(requests),
            "bytes_in": .count(requests * 512),
            "bytes_out": .count(requests * 4096),
            "http.active_requests": .gauge(activeRequests),
        ]
        metrics.addTime("request_time", shares: served.latency.map { ($0.median + 1, UInt64($0.samples)) })
        metrics.addTime("service_time", median: 1, samples: UInt64(max(requests, 0)))
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
        addTime(name, shares: [(median, samples)])
    }

    /// The same for samples drawn from several distributions (backends of one cluster), each
    /// shaped as Sōzu's latencies are (a long tail, 25 times the median at the maximum).
    mutating func addTime(_ name: String, shares: [(median: UInt64, samples: UInt64)]) {
        let samples = shares.reduce(0) { $0 + $1.samples }
        let distribution = LatencyMixture(shares: shares)
        var percentiles = Command_Percentiles()
        percentiles.samples = samples
        if samples > 0 {
            percentiles.p50 = distribution.value(at: 0.5)
            percentiles.p90 = distribution.value(at: 0.9)
            percentiles.p99 = distribution.value(at: 0.99)
            percentiles.p999 = distribution.value(at: 0.999)
            percentiles.p9999 = distribution.value(at: 0.9999)
            percentiles.p99999 = distribution.value(at: 0.99999)
            percentiles.p100 = distribution.value(at: 1)
        }
        percentiles.sum = shares.reduce(0) { $0 + $1.samples * $1.median * 13 / 10 }
        var timing = Command_FilteredMetrics()
        timing.percentiles = percentiles
        self[name] = timing

        var histogram = Command_FilteredHistogram()
        histogram.sum = percentiles.sum
        histogram.count = samples
        var exponent: UInt64 = 0
        while true {
            let bound = (UInt64(1) << exponent) - 1
            var bucket = Command_Bucket()
            bucket.le = bound
            bucket.count = samples == 0 ? 0 : UInt64((Double(samples) * distribution.fraction(atMost: Double(bound))).rounded(.down))
            if bound >= distribution.maximum || exponent == 63 {
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

/// Latencies drawn from several shares, each a median times a fixed long-tailed shape. One
/// share gives exactly the median times the shape's multiples (a quiet loop's 0 ms stays 0).
struct LatencyMixture {
    private static let multiples: [Double] = [1, 2.2, 5, 9, 14, 20, 25]
    private static let fractions: [Double] = [0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999, 1]
    let shares: [(median: UInt64, samples: UInt64)]
    private let total: Double

    init(shares: [(median: UInt64, samples: UInt64)]) {
        self.shares = shares
        total = Double(shares.reduce(0) { $0 + $1.samples })
    }

    var maximum: UInt64 { shares.map { UInt64(Double($0.median) * 25) }.max() ?? 0 }

    /// The share of samples at or below `bound`.
    func fraction(atMost bound: Double) -> Double {
        guard total > 0 else { return 0 }
        var below = 0.0
        for share in shares {
            below += Double(share.samples) * Self.fraction(atMost: bound, median: share.median)
        }
        return below / total
    }

    /// The smallest whole value with at least `quantile` of the samples at or below it.
    func value(at quantile: Double) -> UInt64 {
        let sampled = shares.filter { $0.samples > 0 }
        if sampled.count == 1, let index = Self.fractions.firstIndex(of: quantile) {
            return UInt64(Double(sampled[0].median) * Self.multiples[index])
        }
        var low: UInt64 = 0, high = sampled.map { UInt64(Double($0.median) * 25) }.max() ?? 0
        while low < high {
            let middle = (low + high) / 2
            if fraction(atMost: Double(middle)) >= quantile { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Interpolated between the share's percentiles (whole milliseconds, as reported).
    private static func fraction(atMost bound: Double, median: UInt64) -> Double {
        var lowValue = 0.0, lowFraction = 0.0
        for (multiple, fraction) in zip(multiples, fractions) {
            let value = Double(UInt64(Double(median) * multiple))
            if bound < value {
                return lowFraction + (fraction - lowFraction) * (bound - lowValue) / Swift.max(value - lowValue, 1)
            }
            (lowValue, lowFraction) = (value, fraction)
        }
        return 1
    }
}
