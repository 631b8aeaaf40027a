import SozuProto

/// Cluster hashes as Sōzu computes them (`ConfigState::hash_state`): for each cluster, Rust's
/// `DefaultHasher` over the cluster's configuration (as an `Option`), its backends and its TCP
/// frontends (each as a set, when the cluster has a list of them, even an emptied one), then its
/// HTTP frontends and its HTTPS frontends in the order of their keys, each as Sōzu's own
/// frontend and backend types derive `Hash`. UDP frontends are not part of it. The values
/// equal a real Sōzu's for the same state, in every process and run.
extension ProxyState {
    func clusterHashes() -> [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        let http = httpFrontends.keys.sorted(by: Self.byteOrder).compactMap { httpFrontends[$0] }
        let https = httpsFrontends.keys.sorted(by: Self.byteOrder).compactMap { httpsFrontends[$0] }
        for (id, cluster) in clusters {
            var hasher = RustHasher()
            hasher.discriminant(1)  // Some(cluster)
            hasher.cluster(cluster)
            if let list = backends[id] {
                let set = Self.distinct(list.sorted(by: Self.backendOrder), by: Self.sameBackend)
                hasher.length(set.count)
                for backend in set { hasher.backend(backend) }
            }
            if let list = tcpFrontends[id] {
                let set = Self.distinct(list.sorted(by: Self.tcpFrontendOrder), by: ==)
                hasher.length(set.count)
                for frontend in set { hasher.tcpFrontend(frontend) }
            }
            for frontend in http + https where frontend.hasClusterID && frontend.clusterID == id {
                hasher.httpFrontend(frontend)
            }
            hashes[id] = hasher.finish()
        }
        return hashes
    }

    /// Sōzu's order of backends: cluster, id, sticky id, weight, backup (absent first), then
    /// address (IP, port).
    static func backendOrder(_ left: Command_AddBackend, _ right: Command_AddBackend) -> Bool {
        if left.clusterID != right.clusterID { return byteOrder(left.clusterID, right.clusterID) }
        if left.backendID != right.backendID { return byteOrder(left.backendID, right.backendID) }
        if let order = optionalOrder(left.hasStickyID ? left.stickyID : nil, right.hasStickyID ? right.stickyID : nil, by: byteOrder) {
            return order
        }
        let leftWeight = left.hasLoadBalancingParameters ? left.loadBalancingParameters.weight : nil
        let rightWeight = right.hasLoadBalancingParameters ? right.loadBalancingParameters.weight : nil
        if let order = optionalOrder(leftWeight, rightWeight, by: <) { return order }
        if let order = optionalOrder(left.hasBackup ? left.backup : nil, right.hasBackup ? right.backup : nil, by: { !$0 && $1 }) {
            return order
        }
        return addressOrder(left.address, right.address)
    }

    /// The derived order of Sōzu's TCP frontend: cluster, address, then tags.
    static func tcpFrontendOrder(_ left: Command_RequestTcpFrontend, _ right: Command_RequestTcpFrontend) -> Bool {
        if left.clusterID != right.clusterID { return byteOrder(left.clusterID, right.clusterID) }
        if left.address != right.address { return addressOrder(left.address, right.address) }
        func pairs(_ tags: [String: String]) -> [String] {
            tags.keys.sorted(by: byteOrder).flatMap { [$0, tags[$0] ?? ""] }
        }
        return pairs(left.tags).lexicographicallyPrecedes(pairs(right.tags), by: byteOrder)
    }

    private static func optionalOrder<Value: Equatable>(_ left: Value?, _ right: Value?, by less: (Value, Value) -> Bool) -> Bool? {
        switch (left, right) {
        case (nil, nil): nil
        case (nil, _): true
        case (_, nil): false
        case (let left?, let right?): left == right ? nil : less(left, right)
        }
    }

    private static func sameBackend(_ left: Command_AddBackend, _ right: Command_AddBackend) -> Bool {
        !backendOrder(left, right) && !backendOrder(right, left)
    }

    /// A sorted list without repeats, as a Rust `BTreeSet` holds it.
    private static func distinct<Element>(_ sorted: [Element], by same: (Element, Element) -> Bool) -> [Element] {
        var result: [Element] = []
        for element in sorted where !(result.last.map { same($0, element) } ?? false) {
            result.append(element)
        }
        return result
    }
}

extension RustHasher {
    /// Sōzu's `Cluster`, field by field as prost declares it.
    mutating func cluster(_ cluster: Command_Cluster) {
        string(cluster.clusterID)
        bool(cluster.stickySession)
        bool(cluster.httpsRedirect)
        option(cluster.hasProxyProtocol, cluster.proxyProtocol.rawValue) { $0.enumeration($1) }
        enumeration(cluster.loadBalancing.rawValue)
        optionalString(cluster.hasAnswer503, cluster.answer503)
        option(cluster.hasLoadMetric, cluster.loadMetric.rawValue) { $0.enumeration($1) }
        option(cluster.hasHTTP2, cluster.http2) { $0.bool($1) }
        stringMap(cluster.answers)
        option(cluster.hasHTTPSRedirectPort, cluster.httpsRedirectPort) { $0.u32($1) }
        length(cluster.authorizedHashes.count)
        for hash in cluster.authorizedHashes { string(hash) }
        optionalString(cluster.hasWwwAuthenticate, cluster.wwwAuthenticate)
        option(cluster.hasMaxConnectionsPerIp, cluster.maxConnectionsPerIp) { $0.u64($1) }
        option(cluster.hasRetryAfter, cluster.retryAfter) { $0.u32($1) }
        option(cluster.hasHealthCheck, cluster.healthCheck) { hasher, check in
            hasher.string(check.uri)
            for value in [check.interval, check.timeout, check.healthyThreshold, check.unhealthyThreshold, check.expectedStatus] {
                hasher.u32(value)
            }
        }
        option(cluster.hasUdp, cluster.udp) { $0.udp($1) }
    }

    private mutating func udp(_ udp: Command_UdpClusterConfig) {
        option(udp.hasAffinityKey, udp.affinityKey.rawValue) { $0.enumeration($1) }
        option(udp.hasResponses, udp.responses) { $0.u32($1) }
        option(udp.hasRequests, udp.requests) { $0.u32($1) }
        option(udp.hasSendProxyProtocol, udp.sendProxyProtocol) { $0.bool($1) }
        option(udp.hasProxyProtocolEveryDatagram, udp.proxyProtocolEveryDatagram) { $0.bool($1) }
        option(udp.hasHealth, udp.health) { hasher, health in
            hasher.option(health.hasMode, health.mode.rawValue) { $0.enumeration($1) }
            hasher.option(health.hasTcpPort, health.tcpPort) { $0.u32($1) }
            hasher.option(health.hasRise, health.rise) { $0.u32($1) }
            hasher.option(health.hasFall, health.fall) { $0.u32($1) }
            hasher.option(health.hasFailOpen, health.failOpen) { $0.bool($1) }
            hasher.option(health.hasUdpProbePayload, health.udpProbePayload) { $0.bytes($1) }
            hasher.option(health.hasProbeIntervalSeconds, health.probeIntervalSeconds) { $0.u32($1) }
            hasher.option(health.hasProbeTimeoutSeconds, health.probeTimeoutSeconds) { $0.u32($1) }
        }
    }

    /// Sōzu's `Backend`: cluster, id, address, sticky id, load balancing parameters, backup.
    mutating func backend(_ backend: Command_AddBackend) {
        string(backend.clusterID)
        string(backend.backendID)
        socketAddress(backend.address)
        optionalString(backend.hasStickyID, backend.stickyID)
        option(backend.hasLoadBalancingParameters, backend.loadBalancingParameters.weight) { $0.i32($1) }
        option(backend.hasBackup, backend.backup) { $0.bool($1) }
    }

    mutating func tcpFrontend(_ frontend: Command_RequestTcpFrontend) {
        string(frontend.clusterID)
        socketAddress(frontend.address)
        stringMap(frontend.tags)
    }

    /// Sōzu's `HttpFrontend`, which keeps the tags as `Some` and the position as a `repr(i32)`
    /// enum.
    mutating func httpFrontend(_ frontend: Command_RequestHttpFrontend) {
        optionalString(frontend.hasClusterID, frontend.clusterID)
        socketAddress(frontend.address)
        string(frontend.hostname)
        enumeration(frontend.path.kind.rawValue)
        string(frontend.path.value)
        optionalString(frontend.hasMethod, frontend.method)
        enumeration(frontend.position.rawValue)
        discriminant(1)
        stringMap(frontend.tags)
        option(frontend.hasRedirect, frontend.redirect.rawValue) { $0.enumeration($1) }
        option(frontend.hasRedirectScheme, frontend.redirectScheme.rawValue) { $0.enumeration($1) }
        optionalString(frontend.hasRedirectTemplate, frontend.redirectTemplate)
        optionalString(frontend.hasRewriteHost, frontend.rewriteHost)
        optionalString(frontend.hasRewritePath, frontend.rewritePath)
        option(frontend.hasRewritePort, frontend.rewritePort) { $0.u32($1) }
        option(frontend.hasRequiredAuth, frontend.requiredAuth) { $0.bool($1) }
        length(frontend.headers.count)
        for header in frontend.headers {
            enumeration(header.position.rawValue)
            string(header.key)
            string(header.val)
        }
        option(frontend.hasHsts, frontend.hsts) { hasher, hsts in
            hasher.option(hsts.hasEnabled, hsts.enabled) { $0.bool($1) }
            hasher.option(hsts.hasMaxAge, hsts.maxAge) { $0.u32($1) }
            hasher.option(hsts.hasIncludeSubdomains, hsts.includeSubdomains) { $0.bool($1) }
            hasher.option(hsts.hasPreload, hsts.preload) { $0.bool($1) }
            hasher.option(hsts.hasForceReplaceBackend, hsts.forceReplaceBackend) { $0.bool($1) }
        }
    }
}
