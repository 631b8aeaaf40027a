import Foundation
import SozuCertificates
import SozuCodec
import SozuProto
import SwiftProtobuf

/// The proxy configuration as Sōzu's main process and each worker hold it: clusters, listeners,
/// frontends, backends and health checks, changed by requests and validated as Sōzu validates them.
struct ProxyState: Sendable {
    private(set) var clusters: [String: Command_Cluster] = [:]
    private(set) var httpListeners: [String: Command_HttpListenerConfig] = [:]
    private(set) var httpsListeners: [String: Command_HttpsListenerConfig] = [:]
    private(set) var tcpListeners: [String: Command_TcpListenerConfig] = [:]
    private(set) var udpListeners: [String: Command_UdpListenerConfig] = [:]
    /// Keyed by Sōzu's frontend key, `address;hostname;{P|R|=}path[;method]`.
    private(set) var httpFrontends: [String: Command_RequestHttpFrontend] = [:]
    private(set) var httpsFrontends: [String: Command_RequestHttpFrontend] = [:]
    private(set) var tcpFrontends: [String: [Command_RequestTcpFrontend]] = [:]
    private(set) var udpFrontends: [String: [Command_RequestUdpFrontend]] = [:]
    private(set) var backends: [String: [Command_AddBackend]] = [:]
    /// Certificates per HTTPS address, by fingerprint (lower-case hex).
    private(set) var certificates: [String: [String: Command_CertificateAndKey]] = [:]
    /// The addresses as sent, for the requests that rebuild the state.
    private var certificateAddresses: [String: Command_SocketAddress] = [:]
    /// Requests received, by short name. Sōzu starts a new name at 1 and then adds one, so the
    /// first request of a kind reads 2; kept as it is, since operators compare with real Sōzu.
    private(set) var requestCounts: [String: Int32] = [:]

    /// Applies `request`, or throws the error Sōzu's state gives and changes nothing but the
    /// request count (Sōzu counts every request with a type before handling it).
    mutating func dispatch(_ request: Command_Request) throws(StateError) {
        guard let type = request.requestType, let name = request.shortName else { throw .emptyRequest }
        requestCounts[name, default: 1] += 1
        switch type {
        case .addCluster(let cluster):
            if cluster.hasHealthCheck { try Self.validate(cluster.healthCheck) }
            clusters[cluster.clusterID] = cluster
        case .removeCluster(let id):
            guard clusters.removeValue(forKey: id) != nil else { throw .notFound(.cluster, id: id) }
        case .addHTTPListener(let listener):
            let key = SocketAddressParser.format(listener.address)
            guard httpListeners[key] == nil else { throw .exists(.httpListener, id: key) }
            httpListeners[key] = listener
        case .addHTTPSListener(let listener):
            let key = SocketAddressParser.format(listener.address)
            guard httpsListeners[key] == nil else { throw .exists(.httpsListener, id: key) }
            httpsListeners[key] = listener
        case .addTcpListener(let listener):
            let key = SocketAddressParser.format(listener.address)
            guard tcpListeners[key] == nil else { throw .exists(.tcpListener, id: key) }
            tcpListeners[key] = listener
        case .addUdpListener(let listener):
            let key = SocketAddressParser.format(listener.address)
            guard udpListeners[key] == nil else { throw .exists(.udpListener, id: key) }
            udpListeners[key] = listener
        case .removeListener(let remove):
            try removeListener(remove)
        case .activateListener(let activate):
            try setListener(activate.address, proxy: activate.proxy, active: true, rawProxy: activate.rawProxy)
        case .deactivateListener(let deactivate):
            try setListener(deactivate.address, proxy: deactivate.proxy, active: false, rawProxy: deactivate.rawProxy)
        case .addHTTPFrontend(let frontend):
            try addHTTPFrontend(frontend, secure: false)
        case .removeHTTPFrontend(let frontend):
            let key = Self.frontendKey(frontend)
            guard httpFrontends.removeValue(forKey: key) != nil else { throw .notFound(.httpFrontend, id: key) }
        case .addHTTPSFrontend(let frontend):
            try addHTTPFrontend(frontend, secure: true)
        case .removeHTTPSFrontend(let frontend):
            let key = Self.frontendKey(frontend)
            guard httpsFrontends.removeValue(forKey: key) != nil else { throw .notFound(.httpsFrontend, id: key) }
        case .addTcpFrontend(let frontend):
            if tcpFrontends[frontend.clusterID, default: []].contains(frontend) {
                throw .exists(.tcpFrontend, id: Self.describe(frontend))
            }
            tcpFrontends[frontend.clusterID, default: []].append(frontend)
        case .removeTcpFrontend(let frontend):
            guard var bucket = tcpFrontends[frontend.clusterID] else { throw .notFound(.tcpFrontend, id: Self.describe(frontend)) }
            let before = bucket.count
            bucket.removeAll { $0.address == frontend.address }
            guard bucket.count != before else { throw .noChange }
            tcpFrontends[frontend.clusterID] = bucket
        case .addUdpFrontend(let frontend):
            if udpFrontends[frontend.clusterID, default: []].contains(frontend) {
                throw .exists(.udpFrontend, id: Self.describe(frontend))
            }
            udpFrontends[frontend.clusterID, default: []].append(frontend)
        case .removeUdpFrontend(let frontend):
            guard var bucket = udpFrontends[frontend.clusterID] else { throw .notFound(.udpFrontend, id: Self.describe(frontend)) }
            let before = bucket.count
            bucket.removeAll { $0.address == frontend.address }
            guard bucket.count != before else { throw .noChange }
            udpFrontends[frontend.clusterID] = bucket
        case .addBackend(let backend):
            var bucket = backends[backend.clusterID, default: []]
            bucket.removeAll { $0.backendID == backend.backendID && $0.address == backend.address }
            bucket.append(backend)
            bucket.sort { ($0.backendID, SocketAddressParser.format($0.address)) < ($1.backendID, SocketAddressParser.format($1.address)) }
            backends[backend.clusterID] = bucket
        case .removeBackend(let backend):
            guard var bucket = backends[backend.clusterID] else { throw .notFound(.backend, id: backend.backendID) }
            let before = bucket.count
            bucket.removeAll { $0.backendID == backend.backendID && $0.address == backend.address }
            guard bucket.count != before else { throw .noChange }
            backends[backend.clusterID] = bucket
        case .setHealthCheck(let set):
            try Self.validate(set.config)
            guard clusters[set.clusterID] != nil else { throw .notFound(.cluster, id: set.clusterID) }
            clusters[set.clusterID]?.healthCheck = set.config
        case .removeHealthCheck(let id):
            guard clusters[id] != nil else { throw .notFound(.cluster, id: id) }
            clusters[id]?.clearHealthCheck()
        case .updateHTTPListener(let patch):
            try Self.validateH2Knobs(of: patch)
            let key = SocketAddressParser.format(patch.address)
            guard var listener = httpListeners[key] else { throw .notFound(.httpListener, id: key) }
            Self.apply(patch, to: &listener)
            if patch.hasHTTPAnswers { listener.httpAnswers = Self.merged(listener.httpAnswers, patch.httpAnswers) }
            // The knobs and the id header come last; a bad header leaves the rest applied.
            let failure = Self.applyKnobs(of: patch, to: &listener)
            httpListeners[key] = listener
            if let failure { throw failure }
        case .updateHTTPSListener(let patch):
            try Self.validateH2Knobs(of: patch)
            let key = SocketAddressParser.format(patch.address)
            guard var listener = httpsListeners[key] else { throw .notFound(.httpsListener, id: key) }
            Self.apply(patch, to: &listener)
            if patch.hasHTTPAnswers { listener.httpAnswers = Self.merged(listener.httpAnswers, patch.httpAnswers) }
            if patch.hasAlpnProtocols {
                let values = patch.alpnProtocols.values
                guard values.allSatisfy({ $0 == "h2" || $0 == "http/1.1" }) else {
                    httpsListeners[key] = listener
                    throw .invalidValue(field: "alpn_protocols", reason: "each value must be \"h2\" or \"http/1.1\"")
                }
                // An empty list puts the default back.
                listener.alpnProtocols = values.isEmpty ? ["h2", "http/1.1"] : values
            }
            if patch.hasStrictSniBinding { listener.strictSniBinding = patch.strictSniBinding }
            if patch.hasDisableHTTP11 { listener.disableHTTP11 = patch.disableHTTP11 }
            let failure = Self.applyKnobs(of: patch, to: &listener)
            httpsListeners[key] = listener
            if let failure { throw failure }
        case .updateTcpListener(let patch):
            let key = SocketAddressParser.format(patch.address)
            guard var listener = tcpListeners[key] else { throw .notFound(.tcpListener, id: key) }
            if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
            if patch.hasExpectProxy { listener.expectProxy = patch.expectProxy }
            if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
            if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
            if patch.hasConnectTimeout { listener.connectTimeout = patch.connectTimeout }
            tcpListeners[key] = listener
        case .updateUdpListener(let patch):
            let key = SocketAddressParser.format(patch.address)
            guard var listener = udpListeners[key] else { throw .notFound(.udpListener, id: key) }
            if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
            if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
            if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
            if patch.hasMaxRxDatagramSize { listener.maxRxDatagramSize = patch.maxRxDatagramSize }
            if patch.hasMaxFlows { listener.maxFlows = patch.maxFlows }
            udpListeners[key] = listener
        case .logging, .countRequests, .status, .softStop, .queryCertificatesFromWorkers, .queryClusterByID,
            .queryClustersByDomain, .queryMetrics, .queryClustersHashes, .configureMetrics, .setMetricDetail,
            .returnListenSockets, .setMaxConnectionsPerIp, .queryMaxConnectionsPerIp, .hardStop:
            break
        case .addCertificate(let add):
            try addCertificate(add)
        case .removeCertificate(let remove):
            let fingerprint: [UInt8]
            do {
                fingerprint = try PEMCertificate.parseHex(remove.fingerprint)
            } catch {
                throw .removeCertificate(error.description)
            }
            // Removing what is not there is no error in Sōzu.
            certificates[SocketAddressParser.format(remove.address)]?[PEMCertificate.hex(fingerprint)] = nil
        case .replaceCertificate(let replace):
            try replaceCertificate(replace)
        case .saveState, .loadState, .listWorkers, .listFrontends, .listListeners, .launchWorker, .upgradeMain,
            .upgradeWorker, .subscribeEvents, .reloadConfiguration, .queryCertificatesFromTheState, .queryHealthChecks:
            throw .undispatchable
        }
    }

    // MARK: State files

    /// The requests that rebuild this state, in Sōzu's order: listeners (HTTP, HTTPS, TCP, UDP,
    /// each followed by its activation when active), clusters, HTTP frontends, HTTPS frontends,
    /// certificates, TCP and UDP frontends, backends.
    func generateRequests() -> [Command_Request] {
        var requests: [Command_Request] = []
        func activation(_ address: Command_SocketAddress, _ proxy: Command_ListenerType) -> Command_Request {
            var request = Command_Request()
            request.activateListener.address = address
            request.activateListener.proxy = proxy
            request.activateListener.fromScm = false
            return request
        }
        /// Each listener (by address), followed by its activation when it is active.
        func add<Listener: StateListener>(
            _ listeners: [String: Listener], _ proxy: Command_ListenerType,
            _ variant: (Listener) -> Command_Request.OneOf_RequestType
        ) {
            for listener in listeners.values.sorted(by: { Self.addressOrder($0.address, $1.address) }) {
                var request = Command_Request()
                request.requestType = variant(listener)
                requests.append(request)
                if listener.active { requests.append(activation(listener.address, proxy)) }
            }
        }
        add(httpListeners, .http, Command_Request.OneOf_RequestType.addHTTPListener)
        add(httpsListeners, .https, Command_Request.OneOf_RequestType.addHTTPSListener)
        add(tcpListeners, .tcp, Command_Request.OneOf_RequestType.addTcpListener)
        add(udpListeners, .udp, Command_Request.OneOf_RequestType.addUdpListener)
        for id in clusters.keys.sorted(by: Self.byteOrder) {
            var request = Command_Request()
            request.addCluster = clusters[id] ?? Command_Cluster()
            requests.append(request)
        }
        for key in httpFrontends.keys.sorted(by: Self.byteOrder) {
            var request = Command_Request()
            request.addHTTPFrontend = httpFrontends[key] ?? Command_RequestHttpFrontend()
            requests.append(request)
        }
        for address in certificates.keys.sorted(by: Self.byteOrder) {
            for fingerprint in (certificates[address] ?? [:]).keys.sorted() {
                var request = Command_Request()
                request.addCertificate.address = certificateAddresses[address] ?? Command_SocketAddress()
                request.addCertificate.certificate = certificates[address]?[fingerprint] ?? Command_CertificateAndKey()
                requests.append(request)
            }
        }
        for key in httpsFrontends.keys.sorted(by: Self.byteOrder) {
            var request = Command_Request()
            request.addHTTPSFrontend = httpsFrontends[key] ?? Command_RequestHttpFrontend()
            requests.append(request)
        }
        for id in tcpFrontends.keys.sorted(by: Self.byteOrder) {
            for frontend in tcpFrontends[id] ?? [] {
                var request = Command_Request()
                request.addTcpFrontend = frontend
                requests.append(request)
            }
        }
        for id in udpFrontends.keys.sorted(by: Self.byteOrder) {
            for frontend in udpFrontends[id] ?? [] {
                var request = Command_Request()
                request.addUdpFrontend = frontend
                requests.append(request)
            }
        }
        for id in backends.keys.sorted(by: Self.byteOrder) {
            for backend in backends[id] ?? [] {
                var request = Command_Request()
                request.addBackend = backend
                requests.append(request)
            }
        }
        return requests
    }

    private static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// Rust's SocketAddr order: IPv4 before IPv6, then by address, then by port.
    private static func addressOrder(_ lhs: Command_SocketAddress, _ rhs: Command_SocketAddress) -> Bool {
        func key(_ address: Command_SocketAddress) -> (Int, UInt64, UInt64, UInt32) {
            switch address.ip.inner {
            case .v4(let value): (0, 0, UInt64(value), address.port & 0xffff)
            case .v6(let halves): (1, halves.high, halves.low, address.port & 0xffff)
            case nil: (0, 0, 0, address.port & 0xffff)
            }
        }
        return key(lhs) < key(rhs)
    }

    // MARK: Queries

    /// One ActivateListener per active listener, HTTP, HTTPS, TCP then UDP, as a new worker gets
    /// them in an upgrade.
    func activationRequests() -> [Command_Request] {
        func activation(_ address: Command_SocketAddress, _ proxy: Command_ListenerType) -> Command_Request {
            var request = Command_Request()
            request.activateListener.address = address
            request.activateListener.proxy = proxy
            request.activateListener.fromScm = true
            return request
        }
        return httpListeners.keys.sorted().compactMap { httpListeners[$0] }.filter(\.active).map { activation($0.address, .http) }
            + httpsListeners.keys.sorted().compactMap { httpsListeners[$0] }.filter(\.active).map { activation($0.address, .https) }
            + tcpListeners.keys.sorted().compactMap { tcpListeners[$0] }.filter(\.active).map { activation($0.address, .tcp) }
            + udpListeners.keys.sorted().compactMap { udpListeners[$0] }.filter(\.active).map { activation($0.address, .udp) }
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

    /// One hash per cluster over its configuration, frontends and backends; equal wherever the
    /// states are equal (Sōzu's own values come from Rust's hasher and cannot be reproduced).
    func clusterHashes() -> [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        for id in clusters.keys {
            guard let information = clusterInformation(id), let bytes = try? MessageCodec.encode(information) else { continue }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            hashes[id] = hash
        }
        return hashes
    }

    func listenersList() -> Command_ListenersList {
        var list = Command_ListenersList()
        list.httpListeners = httpListeners
        list.httpsListeners = httpsListeners
        list.tcpListeners = tcpListeners
        list.udpListeners = udpListeners
        return list
    }

    func frontendList(_ filters: Command_FrontendFilters) -> Command_ListedFrontends {
        let all = !filters.http && !filters.https && !filters.tcp
        let domain = filters.hasDomain ? filters.domain : nil
        var listed = Command_ListedFrontends()
        if all || filters.http {
            listed.httpFrontends = httpFrontends.keys.sorted().compactMap { httpFrontends[$0] }
                .filter { domain == nil || $0.hostname.contains(domain ?? "") }
        }
        if all || filters.https {
            listed.httpsFrontends = httpsFrontends.keys.sorted().compactMap { httpsFrontends[$0] }
                .filter { domain == nil || $0.hostname.contains(domain ?? "") }
        }
        if (all || filters.tcp), domain == nil {
            listed.tcpFrontends = tcpFrontends.keys.sorted().flatMap { tcpFrontends[$0] ?? [] }
            listed.udpFrontends = udpFrontends.keys.sorted().flatMap { udpFrontends[$0] ?? [] }
        }
        return listed
    }

    func healthChecks(cluster: String?) -> [String: Command_HealthCheckConfig] {
        var checks: [String: Command_HealthCheckConfig] = [:]
        for (id, configuration) in clusters where configuration.hasHealthCheck && (cluster == nil || cluster == id) {
            checks[id] = configuration.healthCheck
        }
        return checks
    }

    // MARK: Helpers

    private mutating func addCertificate(_ add: Command_AddCertificate) throws(StateError) {
        let fingerprint: String
        do {
            fingerprint = try PEMCertificate(pem: add.certificate.certificate, parse: false).fingerprintHex
        } catch {
            throw .addCertificate(error.description)
        }
        let address = SocketAddressParser.format(add.address)
        // Sōzu creates the address's bucket before reading names, and keeps it if that fails.
        certificates[address, default: [:]] = certificates[address] ?? [:]
        certificateAddresses[address] = add.address
        var certificate = add.certificate
        if certificate.names.isEmpty {
            do {
                certificate.names = try PEMCertificate(pem: certificate.certificate).names
            } catch {
                throw .addCertificate(error.description)
            }
        }
        guard certificates[address]?[fingerprint] == nil else { return }  // already there: fine
        certificates[address]?[fingerprint] = certificate
    }

    private mutating func replaceCertificate(_ replace: Command_ReplaceCertificate) throws(StateError) {
        let old: [UInt8]
        do {
            old = try PEMCertificate.parseHex(replace.oldFingerprint)
        } catch {
            throw .removeCertificate(error.description)
        }
        let address = SocketAddressParser.format(replace.address)
        guard certificates[address] != nil else { throw .notFound(.certificate, id: address) }
        // The old one goes first; if the new one cannot be read, it stays gone, as in Sōzu.
        certificates[address]?[PEMCertificate.hex(old)] = nil
        let fingerprint: String
        do {
            fingerprint = try PEMCertificate(pem: replace.newCertificate.certificate, parse: false).fingerprintHex
        } catch {
            throw .replaceCertificate(error.description)
        }
        certificates[address]?[fingerprint] = replace.newCertificate
    }

    /// Certificates by fingerprint, narrowed by domain (exact name) or else by fingerprint.
    func certificates(matching filters: Command_QueryCertificatesFilters) -> [String: Command_CertificateAndKey] {
        var result: [String: Command_CertificateAndKey] = [:]
        for bucket in certificates.values {
            for (fingerprint, certificate) in bucket {
                if filters.hasDomain {
                    guard certificate.names.contains(filters.domain) else { continue }
                } else if filters.hasFingerprint {
                    guard fingerprint == filters.fingerprint.lowercased() else { continue }
                }
                result[fingerprint] = certificate
            }
        }
        return result
    }

    private mutating func addHTTPFrontend(_ frontend: Command_RequestHttpFrontend, secure: Bool) throws(StateError) {
        let key = Self.frontendKey(frontend)
        if secure ? httpsFrontends[key] != nil : httpFrontends[key] != nil {
            throw .exists(secure ? .httpsFrontend : .httpFrontend, id: key)
        }
        if secure { httpsFrontends[key] = frontend } else { httpFrontends[key] = frontend }
    }

    private mutating func removeListener(_ remove: Command_RemoveListener) throws(StateError) {
        let key = SocketAddressParser.format(remove.address)
        guard remove.hasProxy else { throw .wrongFieldValue(remove.rawProxy ?? 0) }
        let removed: Bool
        switch remove.proxy {
        case .http: removed = httpListeners.removeValue(forKey: key) != nil
        case .https: removed = httpsListeners.removeValue(forKey: key) != nil
        case .tcp: removed = tcpListeners.removeValue(forKey: key) != nil
        case .udp: removed = udpListeners.removeValue(forKey: key) != nil
        }
        guard removed else { throw .noChange }
    }

    private mutating func setListener(_ address: Command_SocketAddress, proxy: Command_ListenerType, active: Bool, rawProxy: Int?) throws(StateError) {
        if let rawProxy { throw .wrongFieldValue(rawProxy) }
        let key = SocketAddressParser.format(address)
        switch proxy {
        case .http:
            guard httpListeners[key] != nil else { throw .notFound(.httpListener, id: key) }
            httpListeners[key]?.active = active
        case .https:
            guard httpsListeners[key] != nil else { throw .notFound(.httpsListener, id: key) }
            httpsListeners[key]?.active = active
        case .tcp:
            guard tcpListeners[key] != nil else { throw .notFound(.tcpListener, id: key) }
            tcpListeners[key]?.active = active
        case .udp:
            guard udpListeners[key] != nil else { throw .notFound(.udpListener, id: key) }
            udpListeners[key]?.active = active
        }
    }

    /// Sōzu's key for an HTTP(S) frontend: what identifies it, and the id its errors quote.
    static func frontendKey(_ frontend: Command_RequestHttpFrontend) -> String {
        let kind: String
        switch frontend.path.kind {
        case .prefix: kind = "P"
        case .regex: kind = "R"
        case .equals: kind = "="
        }
        var key = "\(SocketAddressParser.format(frontend.address));\(frontend.hostname);\(kind)\(frontend.path.value)"
        if frontend.hasMethod { key += ";\(frontend.method)" }
        return key
    }

    static func describe(_ frontend: Command_RequestTcpFrontend) -> String {
        "TcpFrontend { cluster_id: \"\(frontend.clusterID)\", address: \(SocketAddressParser.format(frontend.address)), tags: \(describe(frontend.tags)) }"
    }

    static func describe(_ frontend: Command_RequestUdpFrontend) -> String {
        "UdpFrontend { cluster_id: \"\(frontend.clusterID)\", address: \(SocketAddressParser.format(frontend.address)), tags: \(describe(frontend.tags)) }"
    }

    private static func describe(_ tags: [String: String]) -> String {
        "{" + tags.keys.sorted().map { "\"\($0)\": \"\(tags[$0] ?? "")\"" }.joined(separator: ", ") + "}"
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
}

extension Command_ActivateListener {
    /// The raw `proxy` number when it is one this schema does not know.
    var rawProxy: Int? {
        if case .unknown(let raw) = ProtoEnumValue(isSet: hasProxy, value: proxy, fieldNumber: 2, unknownFields: unknownFields) { raw } else { nil }
    }
}

extension Command_DeactivateListener {
    var rawProxy: Int? {
        if case .unknown(let raw) = ProtoEnumValue(isSet: hasProxy, value: proxy, fieldNumber: 2, unknownFields: unknownFields) { raw } else { nil }
    }
}

extension Command_RemoveListener {
    var rawProxy: Int? {
        if case .unknown(let raw) = ProtoEnumValue(isSet: hasProxy, value: proxy, fieldNumber: 2, unknownFields: unknownFields) { raw } else { nil }
    }
}

extension ProxyState {
    /// HTTP/2 flood knobs in the order Sōzu checks them: these must be at least 1…
    static let h2KnobsAtLeastOne = [
        "h2_max_rst_stream_per_window", "h2_max_ping_per_window", "h2_max_settings_per_window",
        "h2_max_empty_data_per_window", "h2_max_continuation_frames", "h2_max_glitch_count",
        "h2_max_window_update_stream0_per_window", "h2_max_concurrent_streams",
    ]
    /// …then the shrink ratio at least 2, then these at least 1.
    static let h2KnobsAtLeastOneAfterRatio = [
        "h2_max_rst_stream_lifetime", "h2_max_rst_stream_abusive_lifetime", "h2_max_rst_stream_emitted_lifetime",
        "h2_max_header_list_size", "h2_max_header_table_size", "h2_max_header_fields",
    ]
    /// Every knob an update copies onto the listener, by the name both messages give it.
    static let h2Knobs = h2KnobsAtLeastOne + ["h2_stream_shrink_ratio"] + h2KnobsAtLeastOneAfterRatio
        + ["h2_initial_connection_window", "h2_stream_idle_timeout_seconds", "h2_graceful_shutdown_deadline_seconds"]

    /// The fields an update sets, by proto field name (numbers as text), read through the JSON
    /// mapping: HTTP and HTTPS updates and listeners share these names, not their numbers.
    static func setFields(of message: some SwiftProtobuf.Message) -> [String: String] {
        var options = JSONEncodingOptions()
        options.preserveProtoFieldNames = true
        guard let json = try? message.jsonUTF8Data(options: options),
              let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return [:] }
        return object.compactMapValues { value in
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        }
    }

    /// Sōzu refuses an update with a knob out of range before it looks the listener up.
    static func validateH2Knobs(of patch: some SwiftProtobuf.Message) throws(StateError) {
        let fields = setFields(of: patch)
        func check(_ names: [String], minimum: UInt64) throws(StateError) {
            for name in names {
                guard let text = fields[name], let value = UInt64(text), value < minimum else { continue }
                throw .invalidValue(field: name, reason: "must be >= \(minimum)")
            }
        }
        try check(h2KnobsAtLeastOne, minimum: 1)
        try check(["h2_stream_shrink_ratio"], minimum: 2)
        try check(h2KnobsAtLeastOneAfterRatio, minimum: 1)
    }

    /// Copies the update's h2 knobs, then its id header, onto the listener; a bad header is
    /// reported after the knobs were applied, as Sōzu does.
    static func applyKnobs<Listener: SwiftProtobuf.Message>(of patch: some SwiftProtobuf.Message, to listener: inout Listener) -> StateError? {
        let fields = setFields(of: patch)
        var json = h2Knobs.compactMap { name in fields[name].map { "\"\(name)\":\"\($0)\"" } }
        var failure: StateError?
        if let header = fields["sozu_id_header"] {
            if let reason = headerNameProblem(header) {
                failure = .invalidValue(field: "sozu_id_header", reason: reason)
            } else {
                json.append("\"sozu_id_header\":\(SozuJSON.quoted(header))")
            }
        }
        guard !json.isEmpty, let knobs = try? Listener(jsonString: "{" + json.joined(separator: ",") + "}"),
              let bytes: [UInt8] = try? knobs.serializedBytes(partial: true) else { return failure }
        try? listener.merge(serializedBytes: bytes, partial: true)
        return failure
    }

    /// Why `name` is not an HTTP header name (RFC 9110 token), in Sōzu's words; nil if it is one.
    static func headerNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        let token = Set("!#$%&'*+-.^_`|~".unicodeScalars)
        let valid = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || token.contains($0)) }
        return valid ? nil : "must be a valid HTTP header name (RFC 9110 §5.1 token: alphanumeric or one of !#$%&'*+-.^_`|~)"
    }

    /// Custom answers merged field by field: each answer the update sets replaces the old one.
    static func merged(_ current: Command_CustomHttpAnswers, _ update: Command_CustomHttpAnswers) -> Command_CustomHttpAnswers {
        var answers = current
        if let bytes: [UInt8] = try? update.serializedBytes(partial: true) { try? answers.merge(serializedBytes: bytes, partial: true) }
        return answers
    }

    /// The settings an HTTP or HTTPS listener update may change, on either kind of listener.
    static func apply(_ patch: some HTTPListenerPatch, to listener: inout some HTTPListenerSettings) {
        if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
        if patch.hasExpectProxy { listener.expectProxy = patch.expectProxy }
        if patch.hasStickyName { listener.stickyName = patch.stickyName }
        if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
        if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
        if patch.hasConnectTimeout { listener.connectTimeout = patch.connectTimeout }
        if patch.hasRequestTimeout { listener.requestTimeout = patch.requestTimeout }
    }
}

/// What the state needs of every kind of listener to write it back as requests.
protocol StateListener {
    var address: Command_SocketAddress { get }
    var active: Bool { get }
}

extension Command_HttpListenerConfig: StateListener {}
extension Command_HttpsListenerConfig: StateListener {}
extension Command_TcpListenerConfig: StateListener {}
extension Command_UdpListenerConfig: StateListener {}

/// The fields HTTP and HTTPS listener updates share.
protocol HTTPListenerPatch {
    var hasPublicAddress: Bool { get }
    var publicAddress: Command_SocketAddress { get }
    var hasExpectProxy: Bool { get }
    var expectProxy: Bool { get }
    var hasStickyName: Bool { get }
    var stickyName: String { get }
    var hasFrontTimeout: Bool { get }
    var frontTimeout: UInt32 { get }
    var hasBackTimeout: Bool { get }
    var backTimeout: UInt32 { get }
    var hasConnectTimeout: Bool { get }
    var connectTimeout: UInt32 { get }
    var hasRequestTimeout: Bool { get }
    var requestTimeout: UInt32 { get }
}

extension Command_UpdateHttpListenerConfig: HTTPListenerPatch {}
extension Command_UpdateHttpsListenerConfig: HTTPListenerPatch {}

