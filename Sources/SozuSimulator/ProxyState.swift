import SozuCodec
import SozuProto

/// The proxy configuration as Sōzu's main process and each worker hold it: clusters, listeners,
/// frontends, backends, certificates and health checks, changed by requests and validated as
/// Sōzu validates them. The tables change only through `dispatch`; each family's changes and
/// queries are in ProxyState+Family.swift.
struct ProxyState: Sendable {
    var clusters: [String: Command_Cluster] = [:]
    var httpListeners: [String: Command_HttpListenerConfig] = [:]
    var httpsListeners: [String: Command_HttpsListenerConfig] = [:]
    var tcpListeners: [String: Command_TcpListenerConfig] = [:]
    var udpListeners: [String: Command_UdpListenerConfig] = [:]
    /// Keyed by Sōzu's frontend key, `address;hostname;{P|R|=}path[;method]`.
    var httpFrontends: [String: Command_RequestHttpFrontend] = [:]
    var httpsFrontends: [String: Command_RequestHttpFrontend] = [:]
    var tcpFrontends: [String: [Command_RequestTcpFrontend]] = [:]
    var udpFrontends: [String: [Command_RequestUdpFrontend]] = [:]
    var backends: [String: [Command_AddBackend]] = [:]
    /// Certificates per HTTPS address, by fingerprint (lower-case hex).
    var certificates: [String: [String: Command_CertificateAndKey]] = [:]
    /// The addresses as sent, for the requests that rebuild the state.
    var certificateAddresses: [String: Command_SocketAddress] = [:]
    /// Requests received, by short name. Sōzu starts a new name at 1 and then adds one, so the
    /// first request of a kind reads 2; kept as it is, since operators compare with real Sōzu.
    private(set) var requestCounts: [String: Int32] = [:]

    /// Applies `request`, or throws the error Sōzu's state gives and changes nothing but the
    /// request count (Sōzu counts every request with a type before handling it).
    mutating func dispatch(_ request: Command_Request) throws(StateError) {
        guard let type = request.requestType, let name = request.shortName else { throw .emptyRequest }
        requestCounts[name, default: 1] += 1
        switch type {
        case .addCluster(let cluster): try addCluster(cluster)
        case .removeCluster(let id): try removeCluster(id)
        case .setHealthCheck(let set): try setHealthCheck(set)
        case .removeHealthCheck(let id): try removeHealthCheck(id)
        case .addBackend(let backend): addBackend(backend)
        case .removeBackend(let backend): try removeBackend(backend)
        case .addHTTPListener(let listener): try Self.insert(listener, into: &httpListeners, kind: .httpListener)
        case .addHTTPSListener(let listener): try Self.insert(listener, into: &httpsListeners, kind: .httpsListener)
        case .addTcpListener(let listener): try Self.insert(listener, into: &tcpListeners, kind: .tcpListener)
        case .addUdpListener(let listener): try Self.insert(listener, into: &udpListeners, kind: .udpListener)
        case .removeListener(let remove): try removeListener(remove)
        case .activateListener(let activate):
            try setListener(activate.address, proxy: activate.proxy, active: true, rawProxy: activate.rawProxy)
        case .deactivateListener(let deactivate):
            try setListener(deactivate.address, proxy: deactivate.proxy, active: false, rawProxy: deactivate.rawProxy)
        case .updateHTTPListener(let patch): try updateHTTPListener(patch)
        case .updateHTTPSListener(let patch): try updateHTTPSListener(patch)
        case .updateTcpListener(let patch): try updateTcpListener(patch)
        case .updateUdpListener(let patch): try updateUdpListener(patch)
        case .addHTTPFrontend(let frontend): try addHTTPFrontend(frontend, secure: false)
        case .removeHTTPFrontend(let frontend): try removeHTTPFrontend(frontend, secure: false)
        case .addHTTPSFrontend(let frontend): try addHTTPFrontend(frontend, secure: true)
        case .removeHTTPSFrontend(let frontend): try removeHTTPFrontend(frontend, secure: true)
        case .addTcpFrontend(let frontend): try Self.add(frontend, to: &tcpFrontends)
        case .removeTcpFrontend(let frontend): try Self.remove(frontend, from: &tcpFrontends)
        case .addUdpFrontend(let frontend): try Self.add(frontend, to: &udpFrontends)
        case .removeUdpFrontend(let frontend): try Self.remove(frontend, from: &udpFrontends)
        case .addCertificate(let add): try addCertificate(add)
        case .removeCertificate(let remove): try removeCertificate(remove)
        case .replaceCertificate(let replace): try replaceCertificate(replace)
        case .logging, .countRequests, .status, .softStop, .queryCertificatesFromWorkers, .queryClusterByID,
            .queryClustersByDomain, .queryMetrics, .queryClustersHashes, .configureMetrics, .setMetricDetail,
            .returnListenSockets, .setMaxConnectionsPerIp, .queryMaxConnectionsPerIp, .hardStop:
            break
        case .saveState, .loadState, .listWorkers, .listFrontends, .listListeners, .launchWorker, .upgradeMain,
            .upgradeWorker, .subscribeEvents, .reloadConfiguration, .queryCertificatesFromTheState, .queryHealthChecks:
            throw .undispatchable
        }
    }

    /// Removes what `matches` from cluster `clusterID`'s list in `table`: Sōzu's way with TCP and
    /// UDP frontends and backends, which fails when the cluster has no list and when nothing
    /// matched.
    static func removeEach<Element>(
        from table: inout [String: [Element]], cluster clusterID: String, notFound: @autoclosure () -> StateError,
        where matches: (Element) -> Bool
    ) throws(StateError) {
        guard var list = table[clusterID] else { throw notFound() }
        let before = list.count
        list.removeAll(where: matches)
        guard list.count != before else { throw .noChange }
        table[clusterID] = list
    }
}
