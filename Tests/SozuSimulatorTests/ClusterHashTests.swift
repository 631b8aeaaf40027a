import SozuCodec
import SozuProto
@testable import SozuSimulator
import Testing

/// Cluster hashes as Sōzu computes them. The expected values come from Rust's own
/// `std::hash::DefaultHasher` run over the shapes of Sōzu 2.1.0's state types (`Cluster`,
/// `Backend`, `TcpFrontend`, `HttpFrontend`) holding the same states; the same method over
/// Sōzu 1.0.0's shapes gives the hash the real 1.0.0 reported in
/// ../shared/reference/real-sozu-1.0.0/06 (865242021881490403 for `py-cluster`).
@Suite("Cluster hashes as Sōzu computes them")
struct ClusterHashTests {
    @Test("SipHash-1-3 with zero keys gives Rust's DefaultHasher values, whatever the length")
    func sipHashVectors() {
        let expected: [Int: UInt64] = [
            0: 15130871412783076140, 1: 7541581120933061747, 7: 3389392686435873370, 8: 16921169381604339434,
            9: 8471974163824919394, 15: 17514137373579004394, 16: 9904005486622393783, 63: 4061470857350050649,
        ]
        for (count, value) in expected {
            var whole = SipHash13()
            whole.write((0..<UInt8(count)).map { $0 })
            var split = SipHash13()
            for byte in 0..<UInt8(count) { split.write(CollectionOfOne(byte)) }
            #expect(whole.finish() == value, "length \(count)")
            #expect(split.finish() == value, "length \(count), byte by byte")
        }
    }

    @Test("the captures' starting state hashes as a real Sōzu 2.1.0's, on the main process and every worker")
    func startingState() async throws {
        let simulator = try await RealSozuStart.simulator()
        let answers = try await simulator.send(request { $0.queryClustersHashes = Command_QueryClustersHashes() })
        let map = answers.last?.content.workerResponses.map ?? [:]
        #expect(map.keys.sorted() == ["0", "1", "main"])
        for (_, content) in map {
            #expect(content.clusterHashes.map == ["app": 7262145260022664504])
        }
        await simulator.stop()
    }

    @Test("a cluster's hash covers its configuration, backends, TCP frontends and HTTP(S) frontends, in Sōzu's order")
    func everyPart() throws {
        var state = ProxyState()
        var bare = Command_Cluster()
        bare.clusterID = "diff-http"
        try state.dispatch(request { $0.addCluster = bare })
        #expect(state.clusterHashes() == ["diff-http": 6216170555376466753])

        // diff-http as captured at step 29: two HTTP frontends and one backend.
        try state.dispatch(request { $0.addBackend = Self.backend("diff-http", "diff-b1", Self.v4(127, 0, 0, 1, port: 38183)) })
        for (host, port) in [("nolistener.example.test", UInt32(38999)), ("diff.example.test", 38090)] {
            try state.dispatch(request { $0.addHTTPFrontend = Self.frontend("diff-http", Self.v4(127, 0, 0, 1, port: port), host, .prefix, "/", .tree) })
        }
        #expect(state.clusterHashes()["diff-http"] == 14259989436949904282)

        // Emptied lists still count: a cluster whose backends and TCP frontends were all removed.
        bare.clusterID = "diff-tcp"
        try state.dispatch(request { $0.addCluster = bare })
        try state.dispatch(request { $0.addBackend = Self.backend("diff-tcp", "t1", Self.v4(127, 0, 0, 1, port: 1)) })
        try state.dispatch(request { $0.removeBackend = { var remove = Command_RemoveBackend(); remove.clusterID = "diff-tcp"; remove.backendID = "t1"; remove.address = Self.v4(127, 0, 0, 1, port: 1); return remove }() })
        var tcp = Command_RequestTcpFrontend()
        tcp.clusterID = "diff-tcp"
        tcp.address = Self.v4(127, 0, 0, 1, port: 2)
        try state.dispatch(request { $0.addTcpFrontend = tcp })
        try state.dispatch(request { $0.removeTcpFrontend = tcp })
        #expect(state.clusterHashes()["diff-tcp"] == 13272599031847704908)
    }

    @Test("every optional field, IPv6, tags, headers and HSTS hash as in Rust")
    func richCluster() throws {
        var state = ProxyState()
        var cluster = Command_Cluster()
        cluster.clusterID = "rich"
        cluster.stickySession = true
        cluster.httpsRedirect = true
        cluster.proxyProtocol = .sendHeader
        cluster.loadBalancing = .powerOfTwo
        cluster.answer503 = "busy"
        cluster.loadMetric = .connectionTime
        cluster.http2 = true
        cluster.answers = ["503": "later", "404": "nope"]
        cluster.httpsRedirectPort = 8443
        cluster.authorizedHashes = ["ops:ab", "ci:cd"]
        cluster.wwwAuthenticate = "realm"
        cluster.maxConnectionsPerIp = 256
        cluster.retryAfter = 30
        cluster.healthCheck.uri = "/health"
        cluster.healthCheck.interval = 10
        cluster.healthCheck.timeout = 5
        cluster.healthCheck.healthyThreshold = 3
        cluster.healthCheck.unhealthyThreshold = 3
        cluster.healthCheck.expectedStatus = 200
        try state.dispatch(request { $0.addCluster = cluster })

        var ipv6 = Command_SocketAddress()
        ipv6.ip.v6.high = 0x2001_0db8_0000_0000
        ipv6.ip.v6.low = 1
        ipv6.port = 8080
        var sticky = Self.backend("rich", "b-a", ipv6)
        sticky.loadBalancingParameters.weight = 50
        sticky.backup = true
        sticky.stickyID = "s1"
        for backend in [Self.backend("rich", "b-z", Self.v4(127, 0, 0, 2, port: 80)), sticky, Self.backend("rich", "b-a", Self.v4(127, 0, 0, 1, port: 81))] {
            try state.dispatch(request { $0.addBackend = backend })
        }
        for (port, tags) in [(UInt32(9000), ["team": "edge"]), (8000, [:])] {
            var tcp = Command_RequestTcpFrontend()
            tcp.clusterID = "rich"
            tcp.address = Self.v4(127, 0, 0, 1, port: port)
            tcp.tags = tags
            try state.dispatch(request { $0.addTcpFrontend = tcp })
        }
        var secure = Self.frontend("rich", Self.v4(127, 0, 0, 1, port: 8443), "rich.example.test", .equals, "/api", .post)
        secure.method = "GET"
        secure.tags = ["team": "edge"]
        secure.redirect = .permanent
        secure.redirectScheme = .useHTTPS
        secure.redirectTemplate = "t"
        secure.rewriteHost = "h"
        secure.rewritePath = "/p"
        secure.rewritePort = 8080
        secure.requiredAuth = true
        var header = Command_Header()
        header.position = .request
        header.key = "x-a"
        header.val = "1"
        secure.headers = [header]
        secure.hsts.enabled = true
        secure.hsts.maxAge = 31_536_000
        secure.hsts.includeSubdomains = false
        try state.dispatch(request { $0.addHTTPSFrontend = secure })
        try state.dispatch(request { $0.addHTTPFrontend = Self.frontend("rich", Self.v4(127, 0, 0, 1, port: 80), "z.example.test", .regex, "^/x", .tree) })
        try state.dispatch(request { $0.addHTTPFrontend = Self.frontend("rich", Self.v4(127, 0, 0, 1, port: 80), "a.example.test", .prefix, "/", .tree) })
        #expect(state.clusterHashes() == ["rich": 6121338159800278480])
    }

    static func v4(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, port: UInt32) -> Command_SocketAddress {
        var address = Command_SocketAddress()
        address.ip.v4 = a << 24 | b << 16 | c << 8 | d
        address.port = port
        return address
    }

    static func backend(_ cluster: String, _ id: String, _ address: Command_SocketAddress) -> Command_AddBackend {
        var backend = Command_AddBackend()
        backend.clusterID = cluster
        backend.backendID = id
        backend.address = address
        return backend
    }

    static func frontend(
        _ cluster: String, _ address: Command_SocketAddress, _ host: String, _ kind: Command_PathRuleKind, _ path: String,
        _ position: Command_RulePosition
    ) -> Command_RequestHttpFrontend {
        var frontend = Command_RequestHttpFrontend()
        frontend.clusterID = cluster
        frontend.address = address
        frontend.hostname = host
        frontend.path.kind = kind
        frontend.path.value = path
        frontend.position = position
        return frontend
    }
}
