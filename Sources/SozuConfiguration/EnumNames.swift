import Foundation
import SozuCodec
import SozuProto
import SozuTOML

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
