import SozuCodec
import SozuProto

/// What a worker's HTTP, HTTPS and TCP proxies hold besides its state, and the checks they make
/// with it, in Sōzu's words. A worker applies every request to its state first and then hands it
/// to its proxies, which may refuse what the state took: an HTTPS listener with no usable cipher
/// suite is in the state but never reaches the proxy, so frontends and certificates on it fail.
struct WorkerProxies {
    /// What checks whether an address can be bound, as a worker binds a listener it activates
    /// without a socket handed over; nil when it can, else Rust's text of the OS error.
    typealias BindProbe = @Sendable (Command_SocketAddress) -> String?

    /// The listeners each proxy holds, by address text.
    private var listeners: [Command_ListenerType: [String: Command_SocketAddress]] = [:]
    private var active: [Command_ListenerType: Set<String>] = [:]
    private(set) var certificates: WorkerCertificates
    private let probe: BindProbe

    /// The proxies of a worker started from `state`: its listeners added, the active ones bound
    /// already (the main process handed their sockets over).
    init(state: ProxyState, probe: @escaping BindProbe = AddressProbe.bindError) {
        self.probe = probe
        certificates = WorkerCertificates(state: state)
        for listener in state.httpListeners.values { add(listener.address, .http, active: listener.active) }
        for listener in state.httpsListeners.values where Self.hasUsableCipherSuite(listener) {
            add(listener.address, .https, active: listener.active)
        }
        for listener in state.tcpListeners.values { add(listener.address, .tcp, active: listener.active) }
    }

    /// Listeners the proxies hold: each takes a slot of the worker's session slab.
    var listenerCount: Int { listeners.values.map(\.count).reduce(0, +) }

    /// The HTTPS proxy's certificates, all or for `domain`, by listener (in address order).
    func certificateListing(domain: String?) -> [Command_CertificatesByAddress] {
        let https = listeners[.https] ?? [:]
        return certificates.listing(listeners: https.keys.sorted().compactMap { https[$0] }, domain: domain)
    }

    /// Hands `request` to the proxies; returns the message of the worker's failure, if any.
    mutating func apply(_ request: Command_Request) -> String? {
        let failure = check(request)
        if failure == nil { certificates.apply(request) }
        return failure
    }

    private mutating func check(_ request: Command_Request) -> String? {
        switch request.requestType {
        case .addHTTPListener(let listener):
            add(listener.address, .http, active: false)
        case .addHTTPSListener(let listener):
            guard Self.hasUsableCipherSuite(listener) else {
                return "Could not add HTTPS listener: could not add listener: failed to build rustls context, "
                    + "unexpected error: no usable cipher suites configured"
            }
            add(listener.address, .https, active: false)
        case .addTcpListener(let listener):
            add(listener.address, .tcp, active: false)
        case .removeListener(let remove):
            let key = SocketAddressParser.format(remove.address)
            listeners[remove.proxy]?[key] = nil
            active[remove.proxy]?.remove(key)
        case .activateListener(let activate):
            return self.activate(activate)
        case .deactivateListener(let deactivate):
            active[deactivate.proxy]?.remove(SocketAddressParser.format(deactivate.address))
        case .addHTTPFrontend(let frontend), .removeHTTPFrontend(let frontend):
            return missingListener(frontend.address, .http)
        case .addHTTPSFrontend(let frontend), .removeHTTPSFrontend(let frontend):
            return missingListener(frontend.address, .https)
        case .addTcpFrontend(let frontend), .removeTcpFrontend(let frontend):
            return missingListener(frontend.address, .tcp)
        case .addCertificate(let add):
            return missingListener(add.address, .https)
        case .removeCertificate(let remove):
            return missingListener(remove.address, .https)
        case .replaceCertificate(let replace):
            return missingListener(replace.address, .https)
        default:
            break
        }
        return nil
    }

    /// Whether rustls can build a configuration: one of the listener's cipher suites (Sōzu's
    /// default list when it names none) that Sōzu knows is for one of its TLS versions.
    static func hasUsableCipherSuite(_ listener: Command_HttpsListenerConfig) -> Bool {
        let names = listener.cipherList.isEmpty ? defaultCipherSuites : listener.cipherList
        let versions = Set(listener.versions)
        return names.contains { name in
            guard let version = knownCipherSuites[name] else { return false }
            return versions.contains(version)
        }
    }

    /// The suites Sōzu's TLS provider resolves by name, with the TLS version of each.
    static let knownCipherSuites: [String: Command_TlsVersion] = [
        "TLS13_AES_256_GCM_SHA384": .tlsV13, "TLS13_AES_128_GCM_SHA256": .tlsV13, "TLS13_CHACHA20_POLY1305_SHA256": .tlsV13,
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384": .tlsV12, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256": .tlsV12,
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256": .tlsV12, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384": .tlsV12,
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256": .tlsV12, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256": .tlsV12,
    ]
    static let defaultCipherSuites = [
        "TLS13_AES_256_GCM_SHA384", "TLS13_AES_128_GCM_SHA256", "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ]

    private mutating func add(_ address: Command_SocketAddress, _ proxy: Command_ListenerType, active isActive: Bool) {
        let key = SocketAddressParser.format(address)
        listeners[proxy, default: [:]][key] = address
        if isActive { active[proxy, default: []].insert(key) }
    }

    private func missingListener(_ address: Command_SocketAddress, _ proxy: Command_ListenerType) -> String? {
        let key = SocketAddressParser.format(address)
        return listeners[proxy]?[key] != nil ? nil : "found no listener with address \(key)"
    }

    /// A listener already active stays as it is; one activated with a socket handed over (an
    /// upgrade) is not bound again; otherwise the worker binds its address, which may fail.
    private mutating func activate(_ activate: Command_ActivateListener) -> String? {
        let key = SocketAddressParser.format(activate.address)
        let kind: String
        switch activate.proxy {
        case .http: kind = "HTTP"
        case .https: kind = "HTTPS"
        case .tcp: kind = "TCP"
        case .udp: return nil  // UDP sockets are not modelled
        }
        guard listeners[activate.proxy]?[key] != nil else {
            return "Could not activate \(kind) listener: found no listener with address \(key)"
        }
        if active[activate.proxy]?.contains(key) == true { return nil }
        if !activate.fromScm, let error = probe(activate.address) {
            let bind = "could not set bind to socket: \(error)"
            // The TCP proxy reports the bind itself; HTTP and HTTPS wrap it in their listener's error.
            if activate.proxy == .tcp {
                return "Could not activate TCP listener: could not bind to socket \(key): \(bind)"
            }
            return "Could not activate \(kind) listener: failed to activate listener with address \(key): "
                + "could not activate listener with address \(key): \(bind)"
        }
        active[activate.proxy, default: []].insert(key)
        return nil
    }
}
