import Foundation
import SozuCodec
import SozuProto

/// Sōzu's `ConfigBuilder`: listeners in file order, then clusters, each step refusing what Sōzu
/// refuses with Sōzu's error, then the checks that need everything (H2 buffer size, state saving).
struct ConfigurationBuilder {
    let file: ConfigurationFile
    private let frontTimeout, backTimeout, connectTimeout, requestTimeout: UInt32
    private let bufferSize: UInt64
    /// The protocol of every address a listener holds so far.
    private var knownAddresses: [String: ListenerProtocol] = [:]
    private var expectProxyAddresses: Set<String> = []
    var httpListeners: [Command_HttpListenerConfig] = []
    var httpsListeners: [Command_HttpsListenerConfig] = []
    var tcpListeners: [Command_TcpListenerConfig] = []
    var udpListeners: [Command_UdpListenerConfig] = []
    var clusterRequests: [(id: String, requests: [Command_Request])] = []

    /// An H2 frame (16 384 bytes) and its 9-byte header must fit in one buffer.
    static let h2MinimumBufferSize: UInt64 = 16_393

    init(file: ConfigurationFile) {
        self.file = file
        frontTimeout = file.frontTimeout ?? 60
        backTimeout = file.backTimeout ?? 30
        connectTimeout = file.connectTimeout ?? 3
        requestTimeout = file.requestTimeout ?? 10
        bufferSize = file.bufferSize ?? 16_393
    }

    mutating func build() throws(ConfigurationError) {
        // Sōzu checks for a listener address used twice before anything else.
        var seen: Set<String> = []
        for listener in file.listeners {
            guard seen.insert(listener.addressText).inserted else { throw .listenerAddressAlreadyInUse(listener.addressText) }
        }
        for listener in file.listeners {
            guard let proto = listener.proto else { throw .missing("Protocol") }
            knownAddresses[listener.addressText] = proto
            if listener.expectProxy == true { expectProxyAddresses.insert(listener.addressText) }
            if listener.publicAddress != nil, listener.expectProxy == true {
                throw .incompatible(kind: "PublicAddress", object: "Listener", id: listener.addressText)
            }
            try add(listener, as: proto)
        }
        for (id, cluster) in file.clusters {
            clusterRequests.append((id, try requests(ofCluster: id, cluster)))
        }
        let h2Listeners = httpsListeners.filter { $0.alpnProtocols.contains("h2") }.count
        if h2Listeners > 0, bufferSize < Self.h2MinimumBufferSize {
            throw .bufferSizeTooSmallForH2(bufferSize: bufferSize, minimum: Self.h2MinimumBufferSize, listeners: h2Listeners)
        }
        if file.savedState == nil, file.automaticStateSave == true { throw .missing("SavedState") }
    }

    private mutating func add(_ listener: ListenerEntry, as proto: ListenerProtocol) throws(ConfigurationError) {
        switch proto {
        case .http: httpListeners.append(try httpListener(listener))
        case .https: httpsListeners.append(try httpsListener(listener))
        case .tcp: tcpListeners.append(tcpListener(listener))
        case .udp: udpListeners.append(udpListener(listener))
        }
    }

    // MARK: Listeners

    private func httpListener(_ listener: ListenerEntry) throws(ConfigurationError) -> Command_HttpListenerConfig {
        if listener.hsts != nil { throw .hstsOnPlainHTTP("HTTP listener \(listener.addressText)") }
        var config = Command_HttpListenerConfig()
        try fillCommonFields(of: &config, from: listener)
        return config
    }

    private func httpsListener(_ listener: ListenerEntry) throws(ConfigurationError) -> Command_HttpsListenerConfig {
        var config = Command_HttpsListenerConfig()
        config.cipherList = listener.cipherList ?? TLSDefaults.cipherList
        config.cipherSuites = listener.cipherSuites ?? TLSDefaults.cipherList
        config.signatureAlgorithms = TLSDefaults.signatureAlgorithms
        config.groupsList = listener.groupsList ?? TLSDefaults.groups
        let disablesHTTP11 = listener.disableHTTP11 ?? false
        if let protocols = listener.alpnProtocols, !protocols.isEmpty {
            for name in protocols where name != "h2" && name != "http/1.1" { throw .invalidALPNProtocol(name) }
            if disablesHTTP11, protocols.contains("http/1.1") { throw .disableHTTP11WithHTTP11ALPN(address: listener.addressText) }
            var unique: [String] = []
            for name in protocols where !unique.contains(name) { unique.append(name) }
            config.alpnProtocols = unique
        } else {
            if disablesHTTP11 { throw .disableHTTP11WithHTTP11ALPN(address: listener.addressText) }
            config.alpnProtocols = TLSDefaults.alpnProtocols
        }
        config.versions = listener.tlsVersions ?? [.tlsV12, .tlsV13]
        // Sōzu logs an unreadable certificate, key or chain and goes on without it.
        if let path = listener.key, let text = try? FileText.load(path) { config.key = text }
        if let path = listener.certificate, let text = try? FileText.load(path) { config.certificate = text }
        if let path = listener.certificateChain, let text = try? FileText.load(path) {
            config.certificateChain = CertificateChain.split(text)
        }
        try fillCommonFields(of: &config, from: listener)
        config.active = false
        config.sendTls13Tickets = listener.sendTLS13Tickets ?? 4
        if let value = listener.strictSNIBinding { config.strictSniBinding = value }
        if let value = listener.disableHTTP11 { config.disableHTTP11 = value }
        if let hsts = listener.hsts { config.hsts = try hsts.policy(scope: "listener") }
        return config
    }

    /// The fields HTTP and HTTPS listeners share: address, timeouts (the listener's, else the
    /// file's), answers (legacy files first, the `answers` table over them), H2 knobs, headers.
    private func fillCommonFields<Config: HTTPListenerSettings>(of config: inout Config, from listener: ListenerEntry) throws(ConfigurationError) {
        config.address = listener.address
        if let publicAddress = listener.publicAddress { config.publicAddress = publicAddress }
        config.expectProxy = listener.expectProxy ?? false
        config.stickyName = listener.stickyName
        config.frontTimeout = listener.frontTimeout ?? frontTimeout
        config.backTimeout = listener.backTimeout ?? backTimeout
        config.connectTimeout = listener.connectTimeout ?? connectTimeout
        config.requestTimeout = listener.requestTimeout ?? requestTimeout
        config.active = false
        var legacy = Command_CustomHttpAnswers()
        var answers: [String: String] = [:]
        for code in ListenerEntry.legacyAnswerCodes {
            guard let path = listener.legacyAnswers[code] else { continue }
            let body = try FileText.loadAnswer(path)
            answers[code] = body
            legacy.set(body, forCode: code)
        }
        config.httpAnswers = legacy
        for (code, source) in try Answers.load(listener.answers ?? [:]) { answers[code] = source }
        config.answers = answers
        for (name, path) in Config.knobs32 { if let value = listener.h2Knobs32[name] { config[keyPath: path] = value } }
        for (name, path) in Config.knobs64 { if let value = listener.h2Knobs64[name] { config[keyPath: path] = value } }
        if let header = listener.sozuIDHeader { config.sozuIDHeader = header }
        config.elideXRealIp = listener.elideXRealIP ?? false
        config.sendXRealIp = listener.sendXRealIP ?? false
    }

    private func tcpListener(_ listener: ListenerEntry) -> Command_TcpListenerConfig {
        var config = Command_TcpListenerConfig()
        config.address = listener.address
        if let publicAddress = listener.publicAddress { config.publicAddress = publicAddress }
        config.expectProxy = listener.expectProxy ?? false
        config.frontTimeout = listener.frontTimeout ?? frontTimeout
        config.backTimeout = listener.backTimeout ?? backTimeout
        config.connectTimeout = listener.connectTimeout ?? connectTimeout
        config.active = false
        return config
    }

    /// UDP listeners take their own defaults (30 s each way), not the file's timeouts; a datagram
    /// never exceeds a buffer.
    private func udpListener(_ listener: ListenerEntry) -> Command_UdpListenerConfig {
        var config = Command_UdpListenerConfig()
        config.address = listener.address
        if let publicAddress = listener.publicAddress { config.publicAddress = publicAddress }
        config.frontTimeout = listener.frontTimeout ?? 30
        config.backTimeout = listener.backTimeout ?? 30
        config.maxRxDatagramSize = UInt32(min(UInt64(listener.maxRxDatagramSize ?? 1500), bufferSize))
        config.maxFlows = listener.maxFlows ?? 0
        config.active = false
        return config
    }

    // MARK: Clusters

    private mutating func requests(ofCluster id: String, _ cluster: ClusterEntry) throws(ConfigurationError) -> [Command_Request] {
        var settings = Command_Cluster()
        settings.clusterID = id
        settings.loadBalancing = cluster.loadBalancing
        if let metric = cluster.loadMetric { settings.loadMetric = metric }
        if let port = cluster.httpsRedirectPort { settings.httpsRedirectPort = port }
        settings.authorizedHashes = cluster.authorizedHashes ?? []
        if let realm = cluster.wwwAuthenticate { settings.wwwAuthenticate = realm }
        if let limit = cluster.maxConnectionsPerIP { settings.maxConnectionsPerIp = limit }
        if let seconds = cluster.retryAfter { settings.retryAfter = seconds }
        if let check = cluster.healthCheck { settings.healthCheck = check }
        if let udp = cluster.udp { settings.udp = udp }
        var frontendRequests: [Command_Request]
        if cluster.isTCP {
            settings.stickySession = false
            settings.httpsRedirect = false
            frontendRequests = try tcpFrontendRequests(of: id, cluster, settings: &settings)
        } else {
            settings.stickySession = cluster.stickySession ?? false
            settings.httpsRedirect = cluster.httpsRedirect ?? false
            if let path = cluster.answer503, let page = try? FileText.load(path) { settings.answer503 = page }
            if let http2 = cluster.http2 { settings.http2 = http2 }
            frontendRequests = try httpFrontendRequests(of: id, cluster, settings: &settings)
        }
        var requests = [Self.request(.addCluster(settings))]
        requests += frontendRequests
        for (index, backend) in cluster.backends.enumerated() {
            var add = Command_AddBackend()
            add.clusterID = id
            add.backendID = backend.backendID ?? "\(id)-\(index)-\(backend.addressText)"
            add.address = backend.address
            var parameters = Command_LoadBalancingParams()
            parameters.weight = Int32(backend.weight ?? 100)
            add.loadBalancingParameters = parameters
            if let sticky = backend.stickyID { add.stickyID = sticky }
            if let backup = backend.backup { add.backup = backup }
            requests.append(Self.request(.addBackend(add)))
        }
        return requests
    }

    private mutating func tcpFrontendRequests(
        of id: String, _ cluster: ClusterEntry, settings: inout Command_Cluster
    ) throws(ConfigurationError) -> [Command_Request] {
        // All of a TCP cluster's frontends expect a proxy protocol header, or none does.
        var expectsProxy: Bool?
        for frontend in cluster.frontends {
            let expects = expectProxyAddresses.contains(SocketAddressParser.format(frontend.address))
            if let expectsProxy, expectsProxy != expects {
                throw .incompatible(kind: "ProxyProtocol", object: "Cluster", id: id)
            }
            expectsProxy = expects
            if frontend.hostname != nil { throw .invalidTCPFrontendField("hostname") }
            if frontend.path != nil { throw .invalidTCPFrontendField("path_prefix") }
            if frontend.certificate != nil { throw .invalidTCPFrontendField("certificate") }
            if frontend.certificateChain != nil { throw .invalidTCPFrontendField("certificate_chain") }
        }
        // Sōzu reads the cluster's answer pages once its frontends are converted.
        settings.answers = try Answers.load(cluster.answers ?? [:])
        switch (cluster.sendProxy ?? false, expectsProxy ?? false) {
        case (true, true): settings.proxyProtocol = .relayHeader
        case (true, false): settings.proxyProtocol = .sendHeader
        case (false, true): settings.proxyProtocol = .expectHeader
        case (false, false): break
        }
        var requests: [Command_Request] = []
        for frontend in cluster.frontends {
            let address = SocketAddressParser.format(frontend.address)
            var datagram = false
            switch knownAddresses[address] {
            case .http?, .https?: throw .wrongFrontendProtocol(ListenerProtocol.http.debugName)
            case .udp?: datagram = true
            case .tcp?: break
            case nil:
                tcpListeners.append(tcpListener(ListenerEntry(implicitAt: frontend.address, proto: .tcp)))
                knownAddresses[address] = .tcp
            }
            if datagram {
                var add = Command_RequestUdpFrontend()
                add.clusterID = id
                add.address = frontend.address
                add.tags = frontend.tags ?? [:]
                requests.append(Self.request(.addUdpFrontend(add)))
            } else {
                var add = Command_RequestTcpFrontend()
                add.clusterID = id
                add.address = frontend.address
                add.tags = frontend.tags ?? [:]
                requests.append(Self.request(.addTcpFrontend(add)))
            }
        }
        return requests
    }

    private mutating func httpFrontendRequests(
        of id: String, _ cluster: ClusterEntry, settings: inout Command_Cluster
    ) throws(ConfigurationError) -> [Command_Request] {
        var built: [HTTPFrontend] = []
        for frontend in cluster.frontends { built.append(try HTTPFrontend(frontend, cluster: id)) }
        // Sōzu reads the cluster's answer pages once its frontends are converted.
        settings.answers = try Answers.load(cluster.answers ?? [:])
        var requests: [Command_Request] = []
        for var frontend in built {
            let address = SocketAddressParser.format(frontend.request.address)
            switch knownAddresses[address] {
            case .tcp?: throw .wrongFrontendProtocol(ListenerProtocol.tcp.debugName)
            case .udp?: throw .wrongFrontendProtocol(ListenerProtocol.udp.debugName)
            case .http?:
                if frontend.certificate != nil { throw .wrongFrontendProtocol(ListenerProtocol.http.debugName) }
            case .https?:
                if frontend.certificate == nil {
                    // A frontend without a certificate of its own serves the listener's.
                    if let listener = httpsListeners.first(where: { $0.address == frontend.request.address && $0.hasCertificate }) {
                        frontend.certificate = listener.certificate
                        frontend.certificateChain = listener.certificateChain
                        frontend.key = listener.hasKey ? listener.key : nil
                    }
                    if frontend.certificate == nil { throw .wrongFrontendProtocol(ListenerProtocol.https.debugName) }
                }
            case nil:
                let proto: ListenerProtocol = frontend.certificate != nil ? .https : .http
                try add(ListenerEntry(implicitAt: frontend.request.address, proto: proto), as: proto)
                knownAddresses[address] = proto
            }
            requests += frontend.requests
        }
        return requests
    }

    static func request(_ type: Command_Request.OneOf_RequestType) -> Command_Request {
        var request = Command_Request()
        request.requestType = type
        return request
    }
}

/// An HTTP cluster's frontend once its files are read (Sōzu's `HttpFrontendConfig`).
private struct HTTPFrontend {
    var request = Command_RequestHttpFrontend()
    var certificate: String?
    var key: String?
    var certificateChain: [String]?
    var tlsVersions: [Command_TlsVersion]

    init(_ entry: FrontendEntry, cluster id: String) throws(ConfigurationError) {
        guard let hostname = entry.hostname else { throw .missing("Field(\"hostname\")") }
        key = try entry.key.map { (path) throws(ConfigurationError) in try FileText.load(path) }
        certificate = try entry.certificate.map { (path) throws(ConfigurationError) in try FileText.load(path) }
        certificateChain = try entry.certificateChain.map { (path) throws(ConfigurationError) in CertificateChain.split(try FileText.load(path)) }
        tlsVersions = entry.tlsVersions
        request.clusterID = id
        request.address = entry.address
        request.hostname = hostname
        var path = Command_PathRule()
        path.kind = entry.path == nil ? .prefix : (entry.pathKind ?? .prefix)
        path.value = entry.path ?? ""
        request.path = path
        if let method = entry.method { request.method = method }
        request.position = entry.position
        request.tags = entry.tags ?? [:]
        if let redirect = entry.redirect {
            switch redirect.lowercased() {
            case "forward": request.redirect = .forward
            case "permanent": request.redirect = .permanent
            case "unauthorized": request.redirect = .unauthorized
            default: throw .invalidRedirectPolicy(redirect)
            }
        }
        if let scheme = entry.redirectScheme {
            switch scheme.lowercased() {
            case "use-same", "use_same": request.redirectScheme = .useSame
            case "use-http", "use_http": request.redirectScheme = .useHTTP
            case "use-https", "use_https": request.redirectScheme = .useHTTPS
            default: throw .invalidRedirectScheme(scheme)
            }
        }
        if let template = entry.redirectTemplate { request.redirectTemplate = template }
        if let host = entry.rewriteHost { request.rewriteHost = host }
        if let path = entry.rewritePath { request.rewritePath = path }
        if let port = entry.rewritePort { request.rewritePort = port }
        if let required = entry.requiredAuth { request.requiredAuth = required }
        for (index, header) in (entry.headers ?? []).enumerated() {
            var edit = Command_Header()
            switch header.position.lowercased() {
            case "request": edit.position = .request
            case "response": edit.position = .response
            case "both": edit.position = .both
            default: throw .invalidHeaderPosition(index: index, position: header.position)
            }
            guard HeaderText.isToken(header.key) else { throw .invalidHeaderBytes(index: index, field: "key") }
            guard !HeaderText.hasForbiddenControls(header.value) else { throw .invalidHeaderBytes(index: index, field: "value") }
            edit.key = header.key
            edit.val = header.value
            request.headers.append(edit)
        }
        if let hsts = entry.hsts {
            // Only a frontend with its own certificate and key becomes an HTTPS frontend.
            let scope = "frontend \(id)/\(hostname)"
            guard key != nil, certificate != nil else { throw .hstsOnPlainHTTP(scope) }
            request.hsts = try hsts.policy(scope: scope)
        }
    }

    /// With a key and a certificate: the certificate, then the HTTPS frontend; otherwise an HTTP
    /// frontend.
    var requests: [Command_Request] {
        guard let key, let certificate else { return [ConfigurationBuilder.request(.addHTTPFrontend(request))] }
        var pair = Command_CertificateAndKey()
        pair.certificate = certificate
        pair.key = key
        pair.certificateChain = certificateChain ?? []
        pair.versions = tlsVersions
        // Sōzu leaves the names empty so that a wildcard certificate serves every name it covers.
        pair.names = []
        var add = Command_AddCertificate()
        add.address = request.address
        add.certificate = pair
        return [ConfigurationBuilder.request(.addCertificate(add)), ConfigurationBuilder.request(.addHTTPSFrontend(request))]
    }
}

enum Answers {
    /// Sōzu's `load_answers`: `file://PATH` reads PATH, anything else is the page itself; an empty
    /// value is skipped.
    static func load(_ answers: [String: String]) throws(ConfigurationError) -> [String: String] {
        var loaded: [String: String] = [:]
        // In key order, as Sōzu walks its sorted map: the first bad file by code is the one reported.
        for code in answers.keys.sorted() {
            guard let source = answers[code], !source.isEmpty else { continue }
            if source.hasPrefix("file://") {
                loaded[code] = try FileText.loadAnswer(String(source.dropFirst("file://".count)))
            } else {
                loaded[code] = source
            }
        }
        return loaded
    }
}

enum HeaderText {
    /// RFC 9110's token: what a header name may be made of.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Control bytes that would let a value end its header line (tab is allowed).
    static func hasForbiddenControls(_ value: String) -> Bool {
        value.utf8.contains { $0 <= 0x08 || (0x0a...0x1f).contains($0) || $0 == 0x7f }
    }
}

enum CertificateChain {
    /// Sōzu's `split_certificate_chain`: a piece per `-----END CERTIFICATE-----`, each ending with
    /// it and trimmed; what follows the last one is dropped.
    static func split(_ text: String) -> [String] {
        let end = "-----END CERTIFICATE-----"
        var pieces: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: end) {
            pieces.append(rest[..<range.upperBound].trimmingCharacters(in: .whitespacesAndNewlines))
            rest = rest[range.upperBound...]
        }
        return pieces
    }
}

private extension Command_CustomHttpAnswers {
    mutating func set(_ newValue: String, forCode code: String) {
        switch code {
        case "301": answer301 = newValue
        case "400": answer400 = newValue
        case "401": answer401 = newValue
        case "404": answer404 = newValue
        case "408": answer408 = newValue
        case "413": answer413 = newValue
        case "421": answer421 = newValue
        case "502": answer502 = newValue
        case "503": answer503 = newValue
        case "504": answer504 = newValue
        case "507": answer507 = newValue
        case "429": answer429 = newValue
        default: break
        }
    }
}
