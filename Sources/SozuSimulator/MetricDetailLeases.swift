import SozuProto

/// A worker's metric detail level: the configured one, raised while clients hold leases on a
/// finer one (`set_metric_detail`, as `sozu top` takes them). Leases expire after their TTL.
/// A lease belongs to the process and command-socket session that took it (the main process
/// stamps both on the request): another one can neither renew nor clear it.
struct MetricDetailLeases: Sendable {
    /// Who took a lease; only a binding with both parts is enforced, as in Sōzu.
    struct Binding: Equatable, Sendable {
        var pid: Int32?
        var session: String?

        init(_ request: Command_SetMetricDetail) {
            pid = request.hasPeerPid ? request.peerPid : nil
            session = request.hasPeerSessionUlid ? request.peerSessionUlid : nil
        }

        var isKnown: Bool { pid != nil && session != nil }

        func admits(_ other: Binding) -> Bool { !isKnown || self == other }
    }

    static let maximumTTLSeconds: UInt32 = 300
    static let maximumClientIDBytes = 64
    static let capacity = 64

    private(set) var configured = Command_MetricDetail.detailCluster
    /// The effective level before the last request that set or cleared a lease.
    private(set) var previousEffective = Command_MetricDetail.detailCluster
    private var leases: [String: (detail: Command_MetricDetail, expiry: ContinuousClock.Instant, binding: Binding)] = [:]

    var effective: Command_MetricDetail {
        leases.values.map(\.detail).reduce(configured) { $0.rawValue >= $1.rawValue ? $0 : $1 }
    }

    var status: Command_WorkerMetricDetailStatus {
        var status = Command_WorkerMetricDetailStatus()
        status.configured = configured
        status.effective = effective
        status.previousEffective = previousEffective
        status.activeLeaseCount = UInt32(leases.count)
        return status
    }

    /// Drops expired leases; returns the transition when the effective level changed.
    mutating func expire(at now: ContinuousClock.Instant) -> Command_MetricDetailTransition? {
        let before = effective
        leases = leases.filter { $0.value.expiry > now }
        return transition(from: before, kind: "lease_tick_expired", clientID: nil)
    }

    /// Applies or clears a lease, with Sōzu's refusal texts; returns the transition when the
    /// effective level changed.
    mutating func apply(_ request: Command_SetMetricDetail, at now: ContinuousClock.Instant) -> Result<Command_MetricDetailTransition?, LeaseRefusal> {
        let clientBytes = request.clientID.utf8.count
        if request.hasClear, request.clear {
            guard clientBytes <= Self.maximumClientIDBytes else {
                return .failure(LeaseRefusal("SetMetricDetail: clear client_id length \(clientBytes) exceeds \(Self.maximumClientIDBytes) bytes"))
            }
            guard let lease = leases[request.clientID] else {
                previousEffective = effective
                return .success(nil)
            }
            guard lease.binding.admits(Binding(request)) else {
                return .failure(LeaseRefusal("SetMetricDetail: clear refused (peer binding does not match the apply-time owner)"))
            }
            let before = effective
            leases[request.clientID] = nil
            previousEffective = before
            return .success(transition(from: before, kind: "lease_clear", clientID: request.clientID))
        }
        guard request.hasDetail else {
            return .failure(LeaseRefusal("SetMetricDetail without `detail` and without `clear`"))
        }
        let ttl = request.hasTtlSeconds && request.ttlSeconds > 0 ? request.ttlSeconds : 60
        guard ttl <= Self.maximumTTLSeconds else {
            return .failure(LeaseRefusal("SetMetricDetail: ttl_seconds=\(ttl) exceeds LEASE_TTL_MAX=\(Self.maximumTTLSeconds)"))
        }
        guard clientBytes <= Self.maximumClientIDBytes else {
            return .failure(LeaseRefusal("SetMetricDetail: client_id length \(clientBytes) exceeds \(Self.maximumClientIDBytes) bytes"))
        }
        guard leases[request.clientID] != nil || leases.count < Self.capacity else {
            return .failure(LeaseRefusal(
                "SetMetricDetail: lease table at capacity (\(Self.capacity) entries); reject new apply — operators must retry after an active lease expires or is cleared"))
        }
        if let lease = leases[request.clientID], !lease.binding.admits(Binding(request)) {
            return .failure(LeaseRefusal("SetMetricDetail: renewal refused (peer binding does not match the apply-time owner)"))
        }
        let before = effective
        leases[request.clientID] = (request.detail, now + .seconds(Int(ttl)), Binding(request))
        previousEffective = before
        return .success(transition(from: before, kind: "lease_apply", clientID: request.clientID))
    }

    private mutating func transition(from before: Command_MetricDetail, kind: String, clientID: String?) -> Command_MetricDetailTransition? {
        let after = effective
        guard after != before else { return nil }
        var transition = Command_MetricDetailTransition()
        transition.previousEffective = before
        transition.effective = after
        transition.transitionKind = kind
        if let clientID { transition.clientID = clientID }
        return transition
    }

    struct LeaseRefusal: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
