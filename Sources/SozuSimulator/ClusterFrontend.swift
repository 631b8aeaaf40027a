import SozuProto

/// What the state needs of TCP and UDP frontends, which it keeps by cluster.
protocol ClusterFrontend: Equatable {
    /// How Sōzu names this kind in its errors.
    static var objectKind: StateError.ObjectKind { get }
    var clusterID: String { get }
    var address: Command_SocketAddress { get }
    var tags: [String: String] { get }
}

extension Command_RequestTcpFrontend: ClusterFrontend {
    static var objectKind: StateError.ObjectKind { .tcpFrontend }
}

extension Command_RequestUdpFrontend: ClusterFrontend {
    static var objectKind: StateError.ObjectKind { .udpFrontend }
}
