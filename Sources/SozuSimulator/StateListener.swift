import SozuProto

/// What the state needs of every kind of listener: its address, to key and order it, and its
/// active flag, to switch it and write it back as requests.
protocol StateListener {
    var address: Command_SocketAddress { get }
    var active: Bool { get set }
}

extension Command_HttpListenerConfig: StateListener {}
extension Command_HttpsListenerConfig: StateListener {}
extension Command_TcpListenerConfig: StateListener {}
extension Command_UdpListenerConfig: StateListener {}
