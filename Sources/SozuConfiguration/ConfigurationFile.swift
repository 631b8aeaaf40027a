import Foundation
import SozuCodec
import SozuProto
import SozuTOML

/// The config.toml as written, before anything is checked against anything else: what Sōzu's
/// TOML decoder produces. Every value has its declared type already; files are not read yet.
struct ConfigurationFile {
    var commandSocket: String?
    var maxCommandBufferSize: UInt64?
    var commandAllowedUIDs: [UInt32]?
    var savedState: String?
    var automaticStateSave: Bool?
    var logLevel: String?
    var workerCount: UInt64?
    var workerTimeout: UInt32?
    var bufferSize: UInt64?
    var activateListeners: Bool?
    var disableClusterMetrics: Bool?
    var frontTimeout: UInt32?
    var backTimeout: UInt32?
    var connectTimeout: UInt32?
    var requestTimeout: UInt32?
    var listeners: [ListenerEntry] = []
    /// By cluster id, in id order (Sōzu keeps them in a hash map: its order is arbitrary).
    var clusters: [(id: String, cluster: ClusterEntry)] = []

    init(parsing text: String) throws(ConfigurationError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(parsing: text)
        } catch {
            throw .invalidTOML(error.description)
        }
        let top = TOMLSection(table: table, location: "")
        // Sōzu's top-level structure ignores keys it does not know but checks the types of those it does.
        commandSocket = try top.string("command_socket")
        _ = try top.uint64("command_buffer_size")
        maxCommandBufferSize = try top.uint64("max_command_buffer_size")
        _ = try top.uint64("max_connections")
        _ = try top.uint64("min_buffers")
        _ = try top.uint64("max_buffers")
        bufferSize = try top.uint64("buffer_size")
        _ = try top.uint64("slab_entries_per_connection")
        _ = try top.uint64("basic_auth_max_credential_bytes")
        _ = try top.uint64("max_connections_per_ip")
        _ = try top.uint32("retry_after")
        _ = try top.uint64("splice_pipe_capacity_bytes")
        if let uids = top.table["command_allowed_uids"] {
            guard let array = uids.array, array.allSatisfy({ ($0.int ?? -1) >= 0 && ($0.int ?? -1) <= Int(UInt32.max) }) else {
                throw .invalidTOML("command_allowed_uids: expected a sequence of u32")
            }
            commandAllowedUIDs = array.compactMap { $0.int.map(UInt32.init) }
        }
        savedState = try top.string("saved_state")
        automaticStateSave = try top.bool("automatic_state_save")
        logLevel = try top.string("log_level")
        for key in ["log_target", "audit_logs_target", "audit_logs_json_target", "access_logs_target", "pid_file_path"] {
            _ = try top.string(key)
        }
        for key in ["log_colored", "access_logs_colored", "worker_automatic_restart", "handle_process_affinity", "evict_on_queue_full"] {
            _ = try top.bool(key)
        }
        _ = try top.choice("access_logs_format", among: ["ascii": 0, "protobuf": 1])
        workerCount = try top.unsigned("worker_count", upTo: UInt64(UInt16.max), type: "u16")
        _ = try top.uint64("ctl_command_timeout")
        activateListeners = try top.bool("activate_listeners")
        disableClusterMetrics = try top.bool("disable_cluster_metrics")
        frontTimeout = try top.uint32("front_timeout")
        backTimeout = try top.uint32("back_timeout")
        connectTimeout = try top.uint32("connect_timeout")
        requestTimeout = try top.uint32("request_timeout")
        _ = try top.uint32("zombie_check_interval")
        _ = try top.uint32("accept_queue_timeout")
        workerTimeout = try top.uint32("worker_timeout")
        if let metrics = try top.section("metrics") {
            try metrics.rejectUnknownKeys(["address", "tagged_metrics", "prefix", "detail"])
            _ = try metrics.requiredSocketAddress("address")
            _ = try metrics.bool("tagged_metrics")
            _ = try metrics.string("prefix")
            _ = try metrics.choice("detail", among: ["process": 0, "frontend": 1, "cluster": 2, "backend": 3])
        }
        for section in try top.sections("listeners") ?? [] {
            listeners.append(try ListenerEntry(section))
        }
        if let clusters = try top.section("clusters") {
            for id in clusters.table.keys.sorted() {
                guard let section = try clusters.section(id) else { continue }
                self.clusters.append((id, try ClusterEntry(section)))
            }
        }
    }
}

/// Sōzu's serde names for its protobuf enumerations (SCREAMING_SNAKE_CASE of the Rust names).
enum EnumNames {
    static let tlsVersions: KeyValuePairs<String, Command_TlsVersion> = [
        "SSL_V2": .sslV2, "SSL_V3": .sslV3, "TLS_V10": .tlsV10, "TLS_V11": .tlsV11, "TLS_V12": .tlsV12, "TLS_V13": .tlsV13,
    ]
    static let loadBalancing: KeyValuePairs<String, Command_LoadBalancingAlgorithms> = [
        "ROUND_ROBIN": .roundRobin, "RANDOM": .random, "LEAST_LOADED": .leastLoaded, "POWER_OF_TWO": .powerOfTwo,
        "HRW": .hrw, "MAGLEV": .maglev,
    ]
    static let loadMetrics: KeyValuePairs<String, Command_LoadMetric> = [
        "CONNECTIONS": .connections, "REQUESTS": .requests, "CONNECTION_TIME": .connectionTime,
    ]
    static let rulePositions: KeyValuePairs<String, Command_RulePosition> = ["PRE": .pre, "POST": .post, "TREE": .tree]
    static let pathKinds: KeyValuePairs<String, Command_PathRuleKind> = ["PREFIX": .prefix, "REGEX": .regex, "EQUALS": .equals]
    static let affinityKeys: KeyValuePairs<String, Command_UdpAffinityKey> = ["SOURCE_IP": .sourceIp, "SOURCE_IP_PORT": .sourceIpPort]
    static let udpHealthModes: KeyValuePairs<String, Command_UdpHealthMode> = [
        "HEALTH_OFF": .healthOff, "TCP_PROBE": .tcpProbe, "UDP_PROBE": .udpProbe,
    ]
}

enum ListenerProtocol: String {
    case http, https, tcp, udp

    /// As Sōzu prints it in errors (Rust's debug form).
    var debugName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// An `[hsts]` block.
struct HSTSEntry {
    var enabled: Bool?
    var maxAge: UInt32?
    var includeSubdomains: Bool?
    var preload: Bool?
    var forceReplaceBackend: Bool?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(["enabled", "max_age", "include_subdomains", "preload", "force_replace_backend"])
        enabled = try section.bool("enabled")
        maxAge = try section.uint32("max_age")
        includeSubdomains = try section.bool("include_subdomains")
        preload = try section.bool("preload")
        forceReplaceBackend = try section.bool("force_replace_backend")
    }

    /// Sōzu's HSTS policy: `enabled` must be said; enabled without `max_age` means one year.
    func policy(scope: String) throws(ConfigurationError) -> Command_HstsConfig {
        guard let enabled else { throw .hstsEnabledRequired(scope) }
        var config = Command_HstsConfig()
        config.enabled = enabled
        if let maxAge { config.maxAge = maxAge } else if enabled { config.maxAge = 31_536_000 }
        if let includeSubdomains { config.includeSubdomains = includeSubdomains }
        if let preload { config.preload = preload }
        if let forceReplaceBackend { config.forceReplaceBackend = forceReplaceBackend }
        return config
    }
}

/// One `[[listeners]]` entry (Sōzu's `ListenerBuilder`).
struct ListenerEntry {
    /// The legacy per-status answer files, in the order Sōzu merges them.
    static let legacyAnswerCodes = ["301", "400", "401", "404", "408", "413", "421", "502", "503", "504", "507", "429"]
    static let h2Knobs32 = Command_HttpListenerConfig.knobs32.map(\.0)
    static let h2Knobs64 = Command_HttpListenerConfig.knobs64.map(\.0)
    static let knownKeys: Set<String> = Set([
        "address", "protocol", "public_address", "tls_versions", "cipher_list", "cipher_suites", "groups_list",
        "expect_proxy", "sticky_name", "certificate", "certificate_chain", "key", "front_timeout", "back_timeout",
        "connect_timeout", "request_timeout", "send_tls13_tickets", "alpn_protocols", "sozu_id_header",
        "strict_sni_binding", "disable_http11", "elide_x_real_ip", "send_x_real_ip", "answers", "hsts",
        "max_rx_datagram_size", "max_flows",
    ] + legacyAnswerCodes.map { "answer_\($0)" } + h2Knobs32 + h2Knobs64)

    var address: Command_SocketAddress
    var addressText: String
    var proto: ListenerProtocol?
    var publicAddress: Command_SocketAddress?
    /// Legacy `answer_NNN` file paths by status code.
    var legacyAnswers: [String: String] = [:]
    var tlsVersions: [Command_TlsVersion]?
    var cipherList: [String]?
    var cipherSuites: [String]?
    var groupsList: [String]?
    var expectProxy: Bool?
    var stickyName: String
    var certificate: String?
    var certificateChain: String?
    var key: String?
    var frontTimeout: UInt32?
    var backTimeout: UInt32?
    var connectTimeout: UInt32?
    var requestTimeout: UInt32?
    var sendTLS13Tickets: UInt64?
    var alpnProtocols: [String]?
    var h2Knobs32: [String: UInt32] = [:]
    var h2Knobs64: [String: UInt64] = [:]
    var sozuIDHeader: String?
    var strictSNIBinding: Bool?
    var disableHTTP11: Bool?
    var elideXRealIP: Bool?
    var sendXRealIP: Bool?
    var answers: [String: String]?
    var hsts: HSTSEntry?
    var maxRxDatagramSize: UInt32?
    var maxFlows: UInt32?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(Self.knownKeys)
        address = try section.requiredSocketAddress("address")
        addressText = SocketAddressParser.format(address)
        proto = try section.choice("protocol", among: ["http": .http, "https": .https, "tcp": .tcp, "udp": .udp])
        publicAddress = try section.socketAddress("public_address")
        for code in Self.legacyAnswerCodes {
            legacyAnswers[code] = try section.string("answer_\(code)")
        }
        tlsVersions = try section.choices("tls_versions", among: EnumNames.tlsVersions)
        cipherList = try section.strings("cipher_list")
        cipherSuites = try section.strings("cipher_suites")
        groupsList = try section.strings("groups_list")
        expectProxy = try section.bool("expect_proxy")
        stickyName = try section.string("sticky_name") ?? "SOZUBALANCEID"
        certificate = try section.string("certificate")
        certificateChain = try section.string("certificate_chain")
        key = try section.string("key")
        frontTimeout = try section.uint32("front_timeout")
        backTimeout = try section.uint32("back_timeout")
        connectTimeout = try section.uint32("connect_timeout")
        requestTimeout = try section.uint32("request_timeout")
        sendTLS13Tickets = try section.uint64("send_tls13_tickets")
        alpnProtocols = try section.strings("alpn_protocols")
        for knob in Self.h2Knobs32 { h2Knobs32[knob] = try section.uint32(knob) }
        for knob in Self.h2Knobs64 { h2Knobs64[knob] = try section.uint64(knob) }
        sozuIDHeader = try section.string("sozu_id_header")
        strictSNIBinding = try section.bool("strict_sni_binding")
        disableHTTP11 = try section.bool("disable_http11")
        elideXRealIP = try section.bool("elide_x_real_ip")
        sendXRealIP = try section.bool("send_x_real_ip")
        answers = try section.stringMap("answers")
        hsts = try section.section("hsts").map { (section) throws(ConfigurationError) in try HSTSEntry(section) }
        maxRxDatagramSize = try section.uint32("max_rx_datagram_size")
        maxFlows = try section.uint32("max_flows")
    }

    /// A listener Sōzu creates for a frontend whose address no listener declares.
    init(implicitAt address: Command_SocketAddress, proto: ListenerProtocol) {
        self.address = address
        addressText = SocketAddressParser.format(address)
        self.proto = proto
        stickyName = "SOZUBALANCEID"
    }
}

/// One `[[clusters.ID.frontends]]` entry.
struct FrontendEntry {
    var address: Command_SocketAddress
    var hostname: String?
    var path: String?
    var pathKind: Command_PathRuleKind?
    var method: String?
    var certificate: String?
    var key: String?
    var certificateChain: String?
    var tlsVersions: [Command_TlsVersion]
    var position: Command_RulePosition
    var tags: [String: String]?
    var redirect: String?
    var redirectScheme: String?
    var redirectTemplate: String?
    var rewriteHost: String?
    var rewritePath: String?
    var rewritePort: UInt32?
    var requiredAuth: Bool?
    var headers: [(position: String, key: String, value: String)]?
    var hsts: HSTSEntry?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys([
            "address", "hostname", "path", "path_type", "method", "certificate", "key", "certificate_chain",
            "tls_versions", "position", "tags", "redirect", "redirect_scheme", "redirect_template", "rewrite_host",
            "rewrite_path", "rewrite_port", "required_auth", "headers", "hsts",
        ])
        address = try section.requiredSocketAddress("address")
        hostname = try section.string("hostname")
        path = try section.string("path")
        pathKind = try section.choice("path_type", among: EnumNames.pathKinds)
        method = try section.string("method")
        certificate = try section.string("certificate")
        key = try section.string("key")
        certificateChain = try section.string("certificate_chain")
        tlsVersions = try section.choices("tls_versions", among: EnumNames.tlsVersions) ?? []
        // Sōzu's serde default for the position is the enumeration's first variant.
        position = try section.choice("position", among: EnumNames.rulePositions) ?? .pre
        tags = try section.stringMap("tags")
        redirect = try section.string("redirect")
        redirectScheme = try section.string("redirect_scheme")
        redirectTemplate = try section.string("redirect_template")
        rewriteHost = try section.string("rewrite_host")
        rewritePath = try section.string("rewrite_path")
        rewritePort = try section.uint32("rewrite_port")
        requiredAuth = try section.bool("required_auth")
        if let entries = try section.sections("headers") {
            var headers: [(position: String, key: String, value: String)] = []
            for entry in entries {
                try entry.rejectUnknownKeys(["position", "key", "value"])
                headers.append((try entry.requiredString("position"), try entry.requiredString("key"), try entry.requiredString("value")))
            }
            self.headers = headers
        }
        hsts = try section.section("hsts").map { (section) throws(ConfigurationError) in try HSTSEntry(section) }
    }
}

struct BackendEntry {
    var address: Command_SocketAddress
    var addressText: String
    var weight: UInt64?
    var stickyID: String?
    var backup: Bool?
    var backendID: String?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(["address", "weight", "sticky_id", "backup", "backend_id"])
        address = try section.requiredSocketAddress("address")
        addressText = SocketAddressParser.format(address)
        weight = try section.unsigned("weight", upTo: UInt64(UInt8.max), type: "u8")
        stickyID = try section.string("sticky_id")
        backup = try section.bool("backup")
        backendID = try section.string("backend_id")
    }
}

/// One `[clusters.ID]` table (Sōzu's `FileClusterConfig`).
struct ClusterEntry {
    var isTCP: Bool
    var frontends: [FrontendEntry] = []
    var backends: [BackendEntry] = []
    var stickySession: Bool?
    var httpsRedirect: Bool?
    var sendProxy: Bool?
    var loadBalancing: Command_LoadBalancingAlgorithms
    var answer503: String?
    var loadMetric: Command_LoadMetric?
    var http2: Bool?
    var answers: [String: String]?
    var httpsRedirectPort: UInt32?
    var authorizedHashes: [String]?
    var wwwAuthenticate: String?
    var maxConnectionsPerIP: UInt64?
    var retryAfter: UInt32?
    var healthCheck: Command_HealthCheckConfig?
    var udp: Command_UdpClusterConfig?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys([
            "frontends", "backends", "protocol", "sticky_session", "https_redirect", "send_proxy", "load_balancing",
            "answer_503", "load_metric", "http2", "answers", "https_redirect_port", "authorized_hashes",
            "www_authenticate", "max_connections_per_ip", "retry_after", "health_check", "udp",
        ])
        guard let frontends = try section.sections("frontends") else {
            throw .invalidTOML("missing field `frontends` in \(section.location)")
        }
        guard let backends = try section.sections("backends") else {
            throw .invalidTOML("missing field `backends` in \(section.location)")
        }
        guard let isTCP = try section.choice("protocol", among: ["http": false, "tcp": true]) else {
            throw .invalidTOML("missing field `protocol` in \(section.location)")
        }
        self.isTCP = isTCP
        for frontend in frontends { self.frontends.append(try FrontendEntry(frontend)) }
        for backend in backends { self.backends.append(try BackendEntry(backend)) }
        stickySession = try section.bool("sticky_session")
        httpsRedirect = try section.bool("https_redirect")
        sendProxy = try section.bool("send_proxy")
        loadBalancing = try section.choice("load_balancing", among: EnumNames.loadBalancing) ?? .roundRobin
        answer503 = try section.string("answer_503")
        loadMetric = try section.choice("load_metric", among: EnumNames.loadMetrics)
        http2 = try section.bool("http2")
        answers = try section.stringMap("answers")
        httpsRedirectPort = try section.uint32("https_redirect_port")
        authorizedHashes = try section.strings("authorized_hashes")
        wwwAuthenticate = try section.string("www_authenticate")
        maxConnectionsPerIP = try section.uint64("max_connections_per_ip")
        retryAfter = try section.uint32("retry_after")
        if let check = try section.section("health_check") {
            try check.rejectUnknownKeys(["uri", "interval", "timeout", "healthy_threshold", "unhealthy_threshold", "expected_status"])
            healthCheck = Command_HealthCheckConfig.withSozuDefaults(
                uri: try check.requiredString("uri"), interval: try check.uint32("interval"), timeout: try check.uint32("timeout"),
                healthyThreshold: try check.uint32("healthy_threshold"), unhealthyThreshold: try check.uint32("unhealthy_threshold"),
                expectedStatus: try check.uint32("expected_status"))
        }
        if let udpSection = try section.section("udp") {
            try udpSection.rejectUnknownKeys([
                "affinity_key", "responses", "requests", "send_proxy_protocol", "proxy_protocol_every_datagram", "health",
            ])
            var config = Command_UdpClusterConfig()
            if let key = try udpSection.choice("affinity_key", among: EnumNames.affinityKeys) { config.affinityKey = key }
            if let value = try udpSection.uint32("responses") { config.responses = value }
            if let value = try udpSection.uint32("requests") { config.requests = value }
            if let value = try udpSection.bool("send_proxy_protocol") { config.sendProxyProtocol = value }
            if let value = try udpSection.bool("proxy_protocol_every_datagram") { config.proxyProtocolEveryDatagram = value }
            if let healthSection = try udpSection.section("health") {
                try healthSection.rejectUnknownKeys([
                    "mode", "tcp_port", "rise", "fall", "fail_open", "udp_probe_payload", "probe_interval_seconds",
                    "probe_timeout_seconds",
                ])
                var health = Command_UdpHealthConfig()
                if let mode = try healthSection.choice("mode", among: EnumNames.udpHealthModes) { health.mode = mode }
                if let value = try healthSection.uint32("tcp_port") { health.tcpPort = value }
                if let value = try healthSection.uint32("rise") { health.rise = value }
                if let value = try healthSection.uint32("fall") { health.fall = value }
                if let value = try healthSection.bool("fail_open") { health.failOpen = value }
                if let value = try healthSection.string("udp_probe_payload") { health.udpProbePayload = Data(value.utf8) }
                if let value = try healthSection.uint32("probe_interval_seconds") { health.probeIntervalSeconds = value }
                if let value = try healthSection.uint32("probe_timeout_seconds") { health.probeTimeoutSeconds = value }
                config.health = health
            }
            udp = config
        }
    }
}
