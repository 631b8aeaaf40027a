import SozuCodec
import SozuProto

/// The words a rendered answer uses for Sōzu's enum values: the schema's names where operators
/// know them from Sōzu's CLI and logs (run states, event kinds), the console's own command words
/// otherwise (detail levels, load balancing), so that what is shown can be typed back.
enum ResponseWords {
    static func runState(_ value: ProtoEnumValue<Command_RunState>) -> String {
        switch value {
        case .known(let state):
            switch state {
            case .running: "RUNNING"
            case .stopping: "STOPPING"
            case .stopped: "STOPPED"
            case .notAnswering: "NOT_ANSWERING"
            }
        case .unknown(let rawValue): "UNKNOWN(\(rawValue))"
        case .absent: "-"
        }
    }

    static func eventKind(_ value: ProtoEnumValue<Command_EventKind>) -> String {
        switch value {
        case .known(let kind): eventKind(kind)
        case .unknown(let rawValue): "UNKNOWN_EVENT(\(rawValue))"
        case .absent: "EVENT"
        }
    }

    static func eventKind(_ kind: Command_EventKind) -> String {
        switch kind {
        case .backendDown: "BACKEND_DOWN"
        case .backendUp: "BACKEND_UP"
        case .noAvailableBackends: "NO_AVAILABLE_BACKENDS"
        case .removedBackendHasNoConnections: "REMOVED_BACKEND_HAS_NO_CONNECTIONS"
        case .clusterAdded: "CLUSTER_ADDED"
        case .clusterRemoved: "CLUSTER_REMOVED"
        case .frontendAdded: "FRONTEND_ADDED"
        case .frontendRemoved: "FRONTEND_REMOVED"
        case .certificateAdded: "CERTIFICATE_ADDED"
        case .certificateRemoved: "CERTIFICATE_REMOVED"
        case .certificateReplaced: "CERTIFICATE_REPLACED"
        case .listenerActivated: "LISTENER_ACTIVATED"
        case .listenerDeactivated: "LISTENER_DEACTIVATED"
        case .configurationReloaded: "CONFIGURATION_RELOADED"
        case .workerKilled: "WORKER_KILLED"
        case .workerRelaunched: "WORKER_RELAUNCHED"
        case .loggingLevelChanged: "LOGGING_LEVEL_CHANGED"
        case .metricsConfigured: "METRICS_CONFIGURED"
        case .listenerUpdated: "LISTENER_UPDATED"
        case .stateLoaded: "STATE_LOADED"
        case .stateSaved: "STATE_SAVED"
        case .listenerAdded: "LISTENER_ADDED"
        case .listenerRemoved: "LISTENER_REMOVED"
        case .sozuStopRequested: "SOZU_STOP_REQUESTED"
        case .mainUpgraded: "MAIN_UPGRADED"
        case .workerUpgraded: "WORKER_UPGRADED"
        case .eventsSubscribed: "EVENTS_SUBSCRIBED"
        case .healthCheckHealthy: "HEALTH_CHECK_HEALTHY"
        case .healthCheckUnhealthy: "HEALTH_CHECK_UNHEALTHY"
        case .clusterRecovered: "CLUSTER_RECOVERED"
        case .metricDetailChanged: "METRIC_DETAIL_CHANGED"
        }
    }

    /// As `metrics detail <level>` takes it.
    static func metricDetail(_ detail: Command_MetricDetail) -> String {
        switch detail {
        case .detailProcess: "process"
        case .detailFrontend: "frontend"
        case .detailCluster: "cluster"
        case .detailBackend: "backend"
        }
    }

    /// `1.2` (shown under a "TLS" label); the SSL versions keep their name.
    static func tlsVersion(_ version: Command_TlsVersion) -> String {
        switch version {
        case .sslV2: "SSLv2"
        case .sslV3: "SSLv3"
        case .tlsV10: "1.0"
        case .tlsV11: "1.1"
        case .tlsV12: "1.2"
        case .tlsV13: "1.3"
        }
    }

    /// As `cluster add --load-balancing-policy` takes it.
    static func loadBalancing(_ algorithm: Command_LoadBalancingAlgorithms) -> String {
        switch algorithm {
        case .roundRobin: "round_robin"
        case .random: "random"
        case .leastLoaded: "least_loaded"
        case .powerOfTwo: "power_of_two"
        case .hrw: "hrw"
        case .maglev: "maglev"
        }
    }

    static func loadMetric(_ metric: Command_LoadMetric) -> String {
        switch metric {
        case .connections: "connections"
        case .requests: "requests"
        case .connectionTime: "connection_time"
        }
    }

    static func proxyProtocol(_ config: Command_ProxyProtocolConfig) -> String {
        switch config {
        case .expectHeader: "expect"
        case .sendHeader: "send"
        case .relayHeader: "relay"
        }
    }

    /// A path rule in nginx's notation, which operators read at a glance: `/api` (prefix, `*`
    /// for the empty prefix that matches everything), `= /api` (exact), `~ ^/v[0-9]+` (regex).
    /// The rule with its kind in words: `prefix /api`, `equals /health`, `regex ^/v[0-9]+/`;
    /// an empty prefix matches any path.
    static func pathRule(_ rule: Command_PathRule) -> String {
        switch rule.kind {
        case .prefix: rule.value.isEmpty ? "any" : "prefix " + rule.value
        case .equals: "equals " + rule.value
        case .regex: "regex " + rule.value
        }
    }

    static func rulePosition(_ position: Command_RulePosition) -> String {
        switch position {
        case .pre: "pre"
        case .post: "post"
        case .tree: "tree"
        }
    }

    static func redirectScheme(_ scheme: Command_RedirectScheme) -> String {
        switch scheme {
        case .useSame: "same scheme"
        case .useHTTP: "http"
        case .useHTTPS: "https"
        }
    }

    static func udpAffinity(_ key: Command_UdpAffinityKey) -> String {
        switch key {
        case .sourceIp: "source_ip"
        case .sourceIpPort: "source_ip_port"
        }
    }

    static func udpHealthMode(_ mode: Command_UdpHealthMode) -> String {
        switch mode {
        case .healthOff: "off"
        case .tcpProbe: "tcp_probe"
        case .udpProbe: "udp_probe"
        }
    }

    static func yesNo(_ value: Bool) -> String {
        value ? "yes" : "no"
    }
}
