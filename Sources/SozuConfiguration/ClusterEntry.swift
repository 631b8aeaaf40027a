import Foundation
import SozuCodec
import SozuProto
import SozuTOML

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
