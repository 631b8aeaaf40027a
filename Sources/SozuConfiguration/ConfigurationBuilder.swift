import Foundation
import SozuCodec
import SozuProto

/// Sōzu's `ConfigBuilder`: listeners in file order, then clusters, each step refusing what Sōzu
/// refuses with Sōzu's error, then the checks that need everything (H2 buffer size, state saving).
struct ConfigurationBuilder {
    let file: ConfigurationFile
    let frontTimeout, backTimeout, connectTimeout, requestTimeout: UInt32
    let bufferSize: UInt64
    /// The protocol of every address a listener holds so far.
    var knownAddresses: [String: ListenerProtocol] = [:]
    var expectProxyAddresses: Set<String> = []
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

    mutating func add(_ listener: ListenerEntry, as proto: ListenerProtocol) throws(ConfigurationError) {
        switch proto {
        case .http: httpListeners.append(try httpListener(listener))
        case .https: httpsListeners.append(try httpsListener(listener))
        case .tcp: tcpListeners.append(tcpListener(listener))
        case .udp: udpListeners.append(udpListener(listener))
        }
    }

    // MARK: Listeners

    func httpListener(_ listener: ListenerEntry) throws(ConfigurationError) -> Command_HttpListenerConfig {
        if listener.hsts != nil { throw .hstsOnPlainHTTP("HTTP listener \(listener.addressText)") }
        var config = Command_HttpListenerConfig()
        try fillCommonFields(of: &config, from: listener)
        return config
    }

    func httpsListener(_ listener: ListenerEntry) throws(ConfigurationError) -> Command_HttpsListenerConfig {
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
    func fillCommonFields<Config: HTTPListenerSettings>(of config: inout Config, from listener: ListenerEntry) throws(ConfigurationError) {
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

    func tcpListener(_ listener: ListenerEntry) -> Command_TcpListenerConfig {
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
    func udpListener(_ listener: ListenerEntry) -> Command_UdpListenerConfig {
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

}
