public import Foundation

/// One row of the live view's clusters or backends: rates over the last poll interval and the
/// latency percentiles Sōzu reports (over the worker's life, the highest of the workers').
public struct TrafficFigures: Sendable, Equatable {
    public var requestsPerSecond: Double?
    /// 5xx answers a second.
    public var errorsPerSecond: Double?
    /// Bytes a second read from the backends (answers) and written to them (requests); on the
    /// overview, read from and written to clients.
    public var bytesInPerSecond: Double?
    public var bytesOutPerSecond: Double?
    public var connections: UInt64?
    /// Milliseconds.
    public var p50: UInt64?
    public var p99: UInt64?
    public var p999: UInt64?

    public init() {}

    /// The share of answers that were 5xx over the interval, in percent.
    public var errorPercent: Double? {
        guard let errors = errorsPerSecond else { return nil }
        let requests = requestsPerSecond ?? 0
        guard requests + errors > 0 else { return 0 }
        return min(100, 100 * errors / max(requests, errors))
    }

    /// Sums rates and connections, takes the highest percentiles.
    mutating func add(_ other: TrafficFigures) {
        requestsPerSecond = Self.sum(requestsPerSecond, other.requestsPerSecond)
        errorsPerSecond = Self.sum(errorsPerSecond, other.errorsPerSecond)
        bytesInPerSecond = Self.sum(bytesInPerSecond, other.bytesInPerSecond)
        bytesOutPerSecond = Self.sum(bytesOutPerSecond, other.bytesOutPerSecond)
        connections = Self.sum(connections, other.connections)
        p50 = Self.highest(p50, other.p50)
        p99 = Self.highest(p99, other.p99)
        p999 = Self.highest(p999, other.p999)
    }

    static func sum<T: AdditiveArithmetic>(_ left: T?, _ right: T?) -> T? {
        switch (left, right) {
        case (nil, nil): nil
        case (let value?, nil), (nil, let value?): value
        case (let left?, let right?): left + right
        }
    }

    static func highest<T: Comparable>(_ left: T?, _ right: T?) -> T? {
        switch (left, right) {
        case (nil, nil): nil
        case (let value?, nil), (nil, let value?): value
        case (let left?, let right?): max(left, right)
        }
    }
}

/// A cluster's row: its figures (what was filed under the cluster and under each backend) and
/// how many of its backends are available.
public struct ClusterTraffic: Sendable, Equatable, Identifiable {
    public let id: String
    public var figures = TrafficFigures()
    public var availableBackends: Int?
    public var totalBackends: Int?
}

public struct BackendTraffic: Sendable, Equatable, Identifiable {
    public let clusterID: String
    public let backendID: String
    /// `cluster/backend`, made once (rows are sorted and looked up by it).
    public let id: String
    public var figures = TrafficFigures()
    /// How many workers report it, and how many of them see it up (each worker checks its
    /// backends on its own).
    public var reportingWorkers = 0
    public var availableInWorkers = 0

    /// Up in every worker that reports it (nil: no worker said).
    public var available: Bool? { reportingWorkers == 0 ? nil : availableInWorkers == reportingWorkers }
    /// Down in every worker that reports it.
    public var isDown: Bool { reportingWorkers > 0 && availableInWorkers == 0 }

    public init(clusterID: String, backendID: String) {
        self.init(clusterID: clusterID, backendID: backendID, id: clusterID + "/" + backendID)
    }

    /// With its `cluster/backend` id already made (by who looked the row up with it).
    init(clusterID: String, backendID: String, id: String) {
        self.clusterID = clusterID
        self.backendID = backendID
        self.id = id
    }
}

public struct WorkerTraffic: Sendable, Equatable, Identifiable {
    public let id: String
    public var requestsPerSecond: Double?
    public var clientConnections: UInt64?
    public var activeRequests: UInt64?
    /// The session slab's use, in percent.
    public var slabPercent: UInt64?
    /// Sōzu's own time per request, p99, in milliseconds.
    public var serviceTimeP99: UInt64?
    public var uptimeSeconds: UInt64?
}

/// The proxy as a whole.
public struct OverviewTraffic: Sendable, Equatable {
    public var requestsPerSecond: Double?
    public var errorsPerSecond: Double?
    /// Bytes a second from and to clients.
    public var bytesInPerSecond: Double?
    public var bytesOutPerSecond: Double?
    public var clientConnections: UInt64?
    public var activeRequests: UInt64?
    /// The highest backend response time p99 over clusters and backends, in milliseconds.
    public var latencyP99: UInt64?
    /// Sōzu's own time per request, p99, in milliseconds.
    public var serviceTimeP99: UInt64?
    /// The busiest worker's session slab use, in percent.
    public var saturationPercent: UInt64?
    public var workers = 0

    public init() {}

    public var errorPercent: Double? {
        guard let errors = errorsPerSecond else { return nil }
        let requests = requestsPerSecond ?? 0
        guard requests > 0 else { return errors > 0 ? 100 : 0 }
        return min(100, 100 * errors / requests)
    }

    /// The sum of several proxies' figures (rates and connections add up; the worst latency
    /// and saturation stand for the fleet).
    public mutating func add(_ other: OverviewTraffic) {
        requestsPerSecond = TrafficFigures.sum(requestsPerSecond, other.requestsPerSecond)
        errorsPerSecond = TrafficFigures.sum(errorsPerSecond, other.errorsPerSecond)
        bytesInPerSecond = TrafficFigures.sum(bytesInPerSecond, other.bytesInPerSecond)
        bytesOutPerSecond = TrafficFigures.sum(bytesOutPerSecond, other.bytesOutPerSecond)
        clientConnections = TrafficFigures.sum(clientConnections, other.clientConnections)
        activeRequests = TrafficFigures.sum(activeRequests, other.activeRequests)
        latencyP99 = TrafficFigures.highest(latencyP99, other.latencyP99)
        serviceTimeP99 = TrafficFigures.highest(serviceTimeP99, other.serviceTimeP99)
        saturationPercent = TrafficFigures.highest(saturationPercent, other.saturationPercent)
        workers += other.workers
    }
}

public struct ListenerRow: Sendable, Equatable {
    public var kind: String
    public var address: String
    public var active: Bool
    /// ALPN protocols of an HTTPS listener, a UDP listener's limits.
    public var detail: String
}

public struct CertificateRow: Sendable, Equatable {
    public var names: [String]
    public var fingerprint: String
    public var notAfter: Date?

    /// Whole days left at `now` (negative once expired).
    public func daysLeft(at now: Date) -> Int? {
        notAfter.map { Int(($0.timeIntervalSince(now) / 86_400).rounded(.down)) }
    }
}
