import SozuCodec
import SozuProto

/// HTTP, HTTPS, TCP and UDP listeners: added, removed, activated and deactivated, listed.
/// (Updates are in ProxyState+ListenerUpdates.swift.)
extension ProxyState {
    /// Adds `listener` under its address, unless one is there already.
    static func insert<Listener: StateListener>(
        _ listener: Listener, into table: inout [String: Listener], kind: StateError.ObjectKind
    ) throws(StateError) {
        let key = SocketAddressParser.format(listener.address)
        guard table[key] == nil else { throw .exists(kind, id: key) }
        table[key] = listener
    }

    mutating func removeListener(_ remove: Command_RemoveListener) throws(StateError) {
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

    mutating func setListener(_ address: Command_SocketAddress, proxy: Command_ListenerType, active: Bool, rawProxy: Int?) throws(StateError) {
        if let rawProxy { throw .wrongFieldValue(rawProxy) }
        let key = SocketAddressParser.format(address)
        switch proxy {
        case .http: try Self.setActive(active, at: key, in: &httpListeners, kind: .httpListener)
        case .https: try Self.setActive(active, at: key, in: &httpsListeners, kind: .httpsListener)
        case .tcp: try Self.setActive(active, at: key, in: &tcpListeners, kind: .tcpListener)
        case .udp: try Self.setActive(active, at: key, in: &udpListeners, kind: .udpListener)
        }
    }

    private static func setActive<Listener: StateListener>(
        _ active: Bool, at key: String, in table: inout [String: Listener], kind: StateError.ObjectKind
    ) throws(StateError) {
        guard table[key] != nil else { throw .notFound(kind, id: key) }
        table[key]?.active = active
    }

    func listenersList() -> Command_ListenersList {
        var list = Command_ListenersList()
        list.httpListeners = httpListeners
        list.httpsListeners = httpsListeners
        list.tcpListeners = tcpListeners
        list.udpListeners = udpListeners
        return list
    }

    /// One ActivateListener per active listener, HTTP, HTTPS, TCP then UDP, as a new worker gets
    /// them in an upgrade.
    func activationRequests() -> [Command_Request] {
        func activations(_ listeners: [String: some StateListener], _ proxy: Command_ListenerType) -> [Command_Request] {
            listeners.keys.sorted().compactMap { listeners[$0] }.filter(\.active).map { Self.activation($0.address, proxy, fromSCM: true) }
        }
        return activations(httpListeners, .http) + activations(httpsListeners, .https)
            + activations(tcpListeners, .tcp) + activations(udpListeners, .udp)
    }

    /// The request that activates the listener at `address`; `fromSCM` when its socket is handed
    /// over (an upgrade), not opened anew (a state file).
    static func activation(_ address: Command_SocketAddress, _ proxy: Command_ListenerType, fromSCM: Bool) -> Command_Request {
        var request = Command_Request()
        request.activateListener.address = address
        request.activateListener.proxy = proxy
        request.activateListener.fromScm = fromSCM
        return request
    }
}
