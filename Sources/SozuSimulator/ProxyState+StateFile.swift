import SozuCodec
import SozuProto

/// The state written back as the requests that rebuild it: Sōzu's `save_state` records.
extension ProxyState {
    /// The requests that rebuild this state, in Sōzu's order: listeners (HTTP, HTTPS, TCP, UDP,
    /// each followed by its activation when active), clusters, HTTP frontends, certificates,
    /// HTTPS frontends, TCP and UDP frontends, backends.
    func generateRequests() -> [Command_Request] {
        var requests: [Command_Request] = []
        func append(_ variant: Command_Request.OneOf_RequestType) {
            var request = Command_Request()
            request.requestType = variant
            requests.append(request)
        }
        /// Each listener (by address), followed by its activation when it is active.
        func addListeners<Listener: StateListener>(
            _ listeners: [String: Listener], _ proxy: Command_ListenerType,
            _ variant: (Listener) -> Command_Request.OneOf_RequestType
        ) {
            for listener in listeners.values.sorted(by: { Self.addressOrder($0.address, $1.address) }) {
                append(variant(listener))
                if listener.active { requests.append(Self.activation(listener.address, proxy, fromSCM: false)) }
            }
        }
        /// Every value of `table`, by key in byte order.
        func addEach<Value>(_ table: [String: [Value]], _ variant: (Value) -> Command_Request.OneOf_RequestType) {
            for key in table.keys.sorted(by: Self.byteOrder) {
                for value in table[key] ?? [] { append(variant(value)) }
            }
        }
        addListeners(httpListeners, .http, Command_Request.OneOf_RequestType.addHTTPListener)
        addListeners(httpsListeners, .https, Command_Request.OneOf_RequestType.addHTTPSListener)
        addListeners(tcpListeners, .tcp, Command_Request.OneOf_RequestType.addTcpListener)
        addListeners(udpListeners, .udp, Command_Request.OneOf_RequestType.addUdpListener)
        addEach(clusters.mapValues { [$0] }, Command_Request.OneOf_RequestType.addCluster)
        addEach(httpFrontends.mapValues { [$0] }, Command_Request.OneOf_RequestType.addHTTPFrontend)
        for address in certificates.keys.sorted(by: Self.byteOrder) {
            for fingerprint in (certificates[address] ?? [:]).keys.sorted() {
                var request = Command_Request()
                request.addCertificate.address = certificateAddresses[address] ?? Command_SocketAddress()
                request.addCertificate.certificate = certificates[address]?[fingerprint] ?? Command_CertificateAndKey()
                requests.append(request)
            }
        }
        addEach(httpsFrontends.mapValues { [$0] }, Command_Request.OneOf_RequestType.addHTTPSFrontend)
        addEach(tcpFrontends, Command_Request.OneOf_RequestType.addTcpFrontend)
        addEach(udpFrontends, Command_Request.OneOf_RequestType.addUdpFrontend)
        addEach(backends, Command_Request.OneOf_RequestType.addBackend)
        return requests
    }

    /// Rust's order of strings: by their bytes.
    static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// Rust's SocketAddr order: IPv4 before IPv6, then by address, then by port.
    static func addressOrder(_ lhs: Command_SocketAddress, _ rhs: Command_SocketAddress) -> Bool {
        func key(_ address: Command_SocketAddress) -> (Int, UInt64, UInt64, UInt32) {
            switch address.ip.inner {
            case .v4(let value): (0, 0, UInt64(value), address.port & 0xffff)
            case .v6(let halves): (1, halves.high, halves.low, address.port & 0xffff)
            case nil: (0, 0, 0, address.port & 0xffff)
            }
        }
        return key(lhs) < key(rhs)
    }
}
