import SozuCodec
import SozuProto

/// Clusters and their health checks, and the cluster queries.
extension ProxyState {
    mutating func addCluster(_ cluster: Command_Cluster) throws(StateError) {
        if cluster.hasHealthCheck { try Self.validate(cluster.healthCheck) }
        clusters[cluster.clusterID] = cluster
    }

    mutating func removeCluster(_ id: String) throws(StateError) {
        guard clusters.removeValue(forKey: id) != nil else { throw .notFound(.cluster, id: id) }
    }

    mutating func setHealthCheck(_ set: Command_SetHealthCheck) throws(StateError) {
        try Self.validate(set.config)
        guard clusters[set.clusterID] != nil else { throw .notFound(.cluster, id: set.clusterID) }
        clusters[set.clusterID]?.healthCheck = set.config
    }

    mutating func removeHealthCheck(_ id: String) throws(StateError) {
        guard clusters[id] != nil else { throw .notFound(.cluster, id: id) }
        clusters[id]?.clearHealthCheck()
    }

    static func validate(_ check: Command_HealthCheckConfig) throws(StateError) {
        func invalid(_ reason: String) -> StateError { .invalidValue(field: "health_check", reason: reason) }
        if check.interval == 0 { throw invalid("health check interval must be > 0") }
        if check.timeout == 0 { throw invalid("health check timeout must be > 0") }
        if check.healthyThreshold == 0 { throw invalid("health check healthy_threshold must be > 0") }
        if check.unhealthyThreshold == 0 { throw invalid("health check unhealthy_threshold must be > 0") }
        if !check.uri.hasPrefix("/") { throw invalid("health check URI must start with '/'") }
        if check.uri.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 }) {
            throw invalid("health check URI must not contain CR, LF, NUL, or other C0 control bytes")
        }
    }

    func healthChecks(cluster: String?) -> [String: Command_HealthCheckConfig] {
        var checks: [String: Command_HealthCheckConfig] = [:]
        for (id, configuration) in clusters where configuration.hasHealthCheck && (cluster == nil || cluster == id) {
            checks[id] = configuration.healthCheck
        }
        return checks
    }

    /// A cluster with its frontends and backends, as Sōzu's cluster queries return it.
    func clusterInformation(_ id: String) -> Command_ClusterInformation? {
        guard let cluster = clusters[id] else { return nil }
        var information = Command_ClusterInformation()
        information.configuration = cluster
        information.httpFrontends = httpFrontends.keys.sorted().compactMap { httpFrontends[$0] }.filter { $0.clusterID == id }
        information.httpsFrontends = httpsFrontends.keys.sorted().compactMap { httpsFrontends[$0] }.filter { $0.clusterID == id }
        information.tcpFrontends = tcpFrontends[id] ?? []
        information.udpFrontends = udpFrontends[id] ?? []
        information.backends = backends[id] ?? []
        return information
    }

    /// Clusters answering `hostname` (and `path`, when given) on an HTTP or HTTPS frontend.
    func clusters(forDomain hostname: String, path: String?) -> [Command_ClusterInformation] {
        let fronts = Array(httpFrontends.values) + Array(httpsFrontends.values)
        let ids = Set(fronts.filter { $0.hostname == hostname && (path == nil || $0.path.value == path) && $0.hasClusterID }.map(\.clusterID))
        return ids.sorted().compactMap { clusterInformation($0) }
    }
}
