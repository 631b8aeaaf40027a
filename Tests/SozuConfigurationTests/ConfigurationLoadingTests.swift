import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import Testing

@testable import SozuConfiguration

/// A config.toml loaded as Sōzu 2.1's `Config::load_from_path` and `generate_config_messages`
/// load it: the requests, their order and ids, the defaults, and the refusals with Sōzu's texts.
@Suite struct ConfigurationLoadingTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Certificates are not parsed when a configuration loads: any text stands for one here.
    static let leaf = "-----BEGIN CERTIFICATE-----\nTEAF\n-----END CERTIFICATE-----\n"
    static let chain = "intermediate\n-----BEGIN CERTIFICATE-----\nINTER\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----\ntrailing text\n"

    /// A configuration touching every kind of request Sōzu generates from a file.
    static func fullConfiguration(in directory: TemporaryDirectory) throws -> String {
        try leaf.write(toFile: directory.file("leaf.pem"), atomically: true, encoding: .utf8)
        try "KEY\n".write(toFile: directory.file("key.pem"), atomically: true, encoding: .utf8)
        try chain.write(toFile: directory.file("chain.pem"), atomically: true, encoding: .utf8)
        try "HTTP/1.1 404 Not Found\r\n\r\n".write(toFile: directory.file("404.html"), atomically: true, encoding: .utf8)
        try "HTTP/1.1 503 Busy\r\n\r\n".write(toFile: directory.file("503.html"), atomically: true, encoding: .utf8)
        try "".write(toFile: directory.file("state.json"), atomically: true, encoding: .utf8)
        return """
            command_socket = "./run/sozu.sock"
            saved_state = "./state.json"
            worker_count = 3
            worker_timeout = 7
            front_timeout = 45
            disable_cluster_metrics = true
            unknown_top_level_key = "ignored, as Sōzu ignores it"

            [[listeners]]
            protocol = "http"
            address = "0.0.0.0:8080"
            answer_404 = "\(directory.file("404.html"))"
            sozu_id_header = "X-Edge-Id"
            h2_max_ping_per_window = 50
            h2_max_rst_stream_lifetime = 20000
            [listeners.answers]
            503 = "HTTP/1.1 503 Inline\\r\\n\\r\\n"
            502 = ""

            [[listeners]]
            protocol = "https"
            address = "[::1]:8443"
            certificate = "\(directory.file("leaf.pem"))"
            key = "\(directory.file("key.pem"))"
            certificate_chain = "\(directory.file("chain.pem"))"
            tls_versions = ["TLS_V13"]
            alpn_protocols = ["http/1.1", "h2", "http/1.1"]
            strict_sni_binding = false
            back_timeout = 12
            [listeners.hsts]
            enabled = true
            include_subdomains = true

            [[listeners]]
            protocol = "tcp"
            address = "127.0.0.1:5432"
            expect_proxy = true

            [[listeners]]
            protocol = "udp"
            address = "127.0.0.1:5353"
            max_rx_datagram_size = 65000

            [clusters.web]
            protocol = "http"
            load_balancing = "LEAST_LOADED"
            load_metric = "CONNECTIONS"
            sticky_session = true
            https_redirect = true
            http2 = false
            answer_503 = "\(directory.file("503.html"))"
            authorized_hashes = ["admin:00ff"]
            max_connections_per_ip = 20
            frontends = [
              { address = "0.0.0.0:8080", hostname = "example.com", path = "/api", path_type = "EQUALS", method = "GET", position = "TREE", tags = { owner = "ops" }, headers = [{ position = "Response", key = "X-Frame-Options", value = "DENY" }], redirect = "PERMANENT", redirect_scheme = "use_https" },
              { address = "[::1]:8443", hostname = "secure.example.com", certificate = "\(directory.file("leaf.pem"))", key = "\(directory.file("key.pem"))", tls_versions = ["TLS_V12"], hsts = { enabled = false } },
              { address = "[::1]:8443", hostname = "borrowed.example.com" },
              { address = "0.0.0.0:9090", hostname = "new-listener.example.com" },
            ]
            backends = [
              { address = "10.0.0.1:80" },
              { address = "10.0.0.2:80", weight = 50, backend_id = "second", sticky_id = "s2", backup = true },
            ]
            [clusters.web.health_check]
            uri = "/health"
            interval = 4

            [clusters.db]
            protocol = "tcp"
            send_proxy = true
            frontends = [{ address = "127.0.0.1:5432", tags = { tier = "data" } }]
            backends = [{ address = "10.0.1.1:5432" }]

            [clusters.cache]
            protocol = "tcp"
            frontends = [{ address = "127.0.0.1:6543" }]
            backends = [{ address = "10.0.1.2:6379" }]

            [clusters.dns]
            protocol = "tcp"
            frontends = [{ address = "127.0.0.1:5353" }]
            backends = [{ address = "10.0.2.1:53" }]
            [clusters.dns.udp]
            affinity_key = "SOURCE_IP_PORT"
            [clusters.dns.udp.health]
            mode = "UDP_PROBE"
            udp_probe_payload = "ping"
            """
    }

    @Test func everyGeneratedRequestMatchesItsSnapshot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try SozuConfiguration(parsing: Self.fullConfiguration(in: directory), path: directory.file("config.toml"))
        let lines = try configuration.workerRequests.map { try SozuJSON.encode($0) }
        if let mismatch = try SnapshotFile.mismatch(lines.joined(separator: "\n") + "\n", file: Self.snapshots.appendingPathComponent("full-configuration.jsonl")) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func requestsComeInSozusOrderWithItsIds() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try SozuConfiguration(parsing: Self.fullConfiguration(in: directory), path: directory.file("config.toml"))
        let kinds = configuration.workerRequests.map { request -> String in
            switch request.content.requestType {
            case .addHTTPListener(let listener): "http listener \(SocketAddressParser.format(listener.address))"
            case .addHTTPSListener(let listener): "https listener \(SocketAddressParser.format(listener.address))"
            case .addTcpListener(let listener): "tcp listener \(SocketAddressParser.format(listener.address))"
            case .addUdpListener(let listener): "udp listener \(SocketAddressParser.format(listener.address))"
            case .addCluster(let cluster): "cluster \(cluster.clusterID)"
            case .addHTTPFrontend(let frontend): "http frontend \(frontend.hostname)"
            case .addHTTPSFrontend(let frontend): "https frontend \(frontend.hostname)"
            case .addCertificate(let add): "certificate \(SocketAddressParser.format(add.address))"
            case .addTcpFrontend(let frontend): "tcp frontend \(SocketAddressParser.format(frontend.address))"
            case .addUdpFrontend(let frontend): "udp frontend \(SocketAddressParser.format(frontend.address))"
            case .addBackend(let backend): "backend \(backend.backendID)"
            case .activateListener(let activation): "activate \(SocketAddressParser.format(activation.address))"
            case .configureMetrics(let setting): "metrics \(setting)"
            default: "other"
            }
        }
        #expect(kinds == [
            // Listeners by protocol; those frontends created (9090 for HTTP, 6543 for TCP) come last of theirs.
            "http listener 0.0.0.0:8080", "http listener 0.0.0.0:9090",
            "https listener [::1]:8443",
            "tcp listener 127.0.0.1:5432", "tcp listener 127.0.0.1:6543",
            "udp listener 127.0.0.1:5353",
            "cluster cache", "tcp frontend 127.0.0.1:6543", "backend cache-0-10.0.1.2:6379",
            "cluster db", "tcp frontend 127.0.0.1:5432", "backend db-0-10.0.1.1:5432",
            "cluster dns", "udp frontend 127.0.0.1:5353", "backend dns-0-10.0.2.1:53",
            "cluster web", "http frontend example.com",
            "certificate [::1]:8443", "https frontend secure.example.com",
            "certificate [::1]:8443", "https frontend borrowed.example.com",
            "http frontend new-listener.example.com",
            "backend web-0-10.0.0.1:80", "backend second",
            "activate 0.0.0.0:8080", "activate 0.0.0.0:9090", "activate [::1]:8443",
            "activate 127.0.0.1:5432", "activate 127.0.0.1:6543", "activate 127.0.0.1:5353",
            "metrics disabled",
        ])
        #expect(configuration.workerRequests.map(\.id) == (0..<kinds.count).map { "CONFIG-\($0)" })
        #expect(configuration.workerCount == 3)
        #expect(configuration.workerTimeout == 7)
        #expect(configuration.commandSocket == "./run/sozu.sock")
        #expect(configuration.savedStatePath == directory.file("state.json"))
    }

    @Test func listenersTakeTheFilesDefaultsAndTheirOwnValues() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try SozuConfiguration(parsing: Self.fullConfiguration(in: directory), path: directory.file("config.toml"))
        let http = try #require(configuration.httpListeners.first)
        #expect(http.frontTimeout == 45)  // the file's
        #expect(http.backTimeout == 30 && http.connectTimeout == 3 && http.requestTimeout == 10)  // Sōzu's
        #expect(http.stickyName == "SOZUBALANCEID")
        #expect(http.answers == ["404": "HTTP/1.1 404 Not Found\r\n\r\n", "503": "HTTP/1.1 503 Inline\r\n\r\n"])
        #expect(http.httpAnswers.answer404 == "HTTP/1.1 404 Not Found\r\n\r\n" && !http.httpAnswers.hasAnswer503)
        #expect(http.h2MaxPingPerWindow == 50 && http.h2MaxRstStreamLifetime == 20_000 && !http.hasH2MaxGlitchCount)
        #expect(http.sozuIDHeader == "X-Edge-Id")
        #expect(http.hasElideXRealIp && !http.elideXRealIp)
        // The listener created for a frontend has Sōzu's defaults and the file's timeouts too.
        #expect(configuration.httpListeners[1].frontTimeout == 45 && configuration.httpListeners[1].answers.isEmpty)

        let https = try #require(configuration.httpsListeners.first)
        #expect(https.versions == [.tlsV13])
        #expect(https.alpnProtocols == ["http/1.1", "h2"])
        #expect(https.certificate == Self.leaf && https.key == "KEY\n")
        #expect(https.certificateChain == [
            "intermediate\n-----BEGIN CERTIFICATE-----\nINTER\n-----END CERTIFICATE-----",
            "-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----",
        ])
        #expect(https.cipherSuites == TLSDefaults.cipherList && https.groupsList.count == 4)
        #expect(https.sendTls13Tickets == 4 && https.backTimeout == 12)
        #expect(https.hasStrictSniBinding && !https.strictSniBinding && !https.hasDisableHTTP11)
        #expect(https.hsts.enabled && https.hsts.maxAge == 31_536_000 && https.hsts.includeSubdomains && !https.hsts.hasPreload)

        #expect(configuration.tcpListeners[0].expectProxy && configuration.tcpListeners[0].frontTimeout == 45)
        // A datagram never exceeds a buffer (16 393 bytes by default); UDP keeps its own timeouts.
        #expect(configuration.udpListeners[0].maxRxDatagramSize == 16_393)
        #expect(configuration.udpListeners[0].frontTimeout == 30 && configuration.udpListeners[0].maxFlows == 0)
    }

    @Test func clustersFrontendsAndBackendsCarryWhatTheFileSays() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try SozuConfiguration(parsing: Self.fullConfiguration(in: directory), path: directory.file("config.toml"))
        let requests = configuration.requests.compactMap(\.requestType)
        let clusters = requests.compactMap { if case .addCluster(let cluster) = $0 { cluster } else { nil } }
        let web = try #require(clusters.first { $0.clusterID == "web" })
        #expect(web.loadBalancing == .leastLoaded && web.loadMetric == .connections)
        #expect(web.stickySession && web.httpsRedirect && web.hasHTTP2 && !web.http2)
        #expect(web.answer503 == "HTTP/1.1 503 Busy\r\n\r\n" && !web.hasProxyProtocol)
        #expect(web.healthCheck.uri == "/health" && web.healthCheck.interval == 4 && web.healthCheck.timeout == 5)
        #expect(web.authorizedHashes == ["admin:00ff"] && web.maxConnectionsPerIp == 20)
        // A TCP cluster sending a proxy header whose frontends expect one relays it.
        let db = try #require(clusters.first { $0.clusterID == "db" })
        #expect(db.proxyProtocol == .relayHeader)
        let cache = try #require(clusters.first { $0.clusterID == "cache" })
        #expect(!cache.hasProxyProtocol)
        let dns = try #require(clusters.first { $0.clusterID == "dns" })
        #expect(dns.udp.affinityKey == .sourceIpPort && dns.udp.health.mode == .udpProbe && dns.udp.health.udpProbePayload == Data("ping".utf8))

        let http = requests.compactMap { if case .addHTTPFrontend(let frontend) = $0 { frontend } else { nil } }
        let first = try #require(http.first)
        #expect(first.path.kind == .equals && first.path.value == "/api" && first.method == "GET" && first.position == .tree)
        #expect(first.tags == ["owner": "ops"] && first.redirect == .permanent && first.redirectScheme == .useHTTPS)
        #expect(first.headers.map(\.position) == [.response] && first.headers.map(\.val) == ["DENY"])
        // Unsaid, a frontend's path is the empty prefix and its position Sōzu's serde default, PRE.
        #expect(http[1].path.kind == .prefix && http[1].path.value == "" && http[1].position == .pre)

        let certificates = requests.compactMap { if case .addCertificate(let add) = $0 { add } else { nil } }
        #expect(certificates[0].certificate.versions == [.tlsV12] && certificates[0].certificate.names.isEmpty)
        #expect(certificates[0].certificate.certificateChain.isEmpty)
        // The frontend without a certificate on the HTTPS listener serves the listener's, chain included.
        #expect(certificates[1].certificate.certificate == Self.leaf && certificates[1].certificate.certificateChain.count == 2)
        let https = requests.compactMap { if case .addHTTPSFrontend(let frontend) = $0 { frontend } else { nil } }
        #expect(https[0].hsts.hasEnabled && !https[0].hsts.enabled && !https[0].hsts.hasMaxAge)

        let backends = requests.compactMap { if case .addBackend(let backend) = $0 { backend } else { nil } }
        let second = try #require(backends.first { $0.backendID == "second" })
        #expect(second.loadBalancingParameters.weight == 50 && second.stickyID == "s2" && second.backup)
        let firstWeb = try #require(backends.first { $0.backendID == "web-0-10.0.0.1:80" })
        #expect(firstWeb.loadBalancingParameters.weight == 100 && !firstWeb.hasStickyID && !firstWeb.hasBackup)
    }

    @Test func aFileWithoutListenersOrClustersGeneratesNothing() throws {
        let configuration = try SozuConfiguration(parsing: "command_socket = \"/run/sozu.sock\"\n", path: "/etc/sozu/config.toml")
        #expect(configuration.requests.isEmpty)
        #expect(configuration.workerCount == 2 && configuration.workerTimeout == 10 && configuration.logLevel == "info")
        #expect(configuration.commandSocket == "/run/sozu.sock")
    }

    @Test func idsWrapAfter255AsSozusByteCounterDoes() throws {
        var text = ""
        for port in 0..<130 { text += "[[listeners]]\nprotocol = \"tcp\"\naddress = \"127.0.0.1:\(10_000 + port)\"\n" }
        let ids = try SozuConfiguration(parsing: text, path: "/c.toml").workerRequests.map(\.id)
        #expect(ids.count == 260)
        #expect(ids[255] == "CONFIG-255" && ids[256] == "CONFIG-0" && ids[259] == "CONFIG-3")
    }

    @Test func activationsAndMetricsFollowTheirSwitches() throws {
        let text = "activate_listeners = false\n[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n"
        let requests = try SozuConfiguration(parsing: text, path: "/c.toml").requests
        #expect(requests.count == 1)
    }

    static let refusals: [(String, String)] = [
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n[[listeners]]\nprotocol = \"tcp\"\naddress = \"0.0.0.0:80\"\n",
         "listening address 0.0.0.0:80 is already used in the configuration"),
        ("[[listeners]]\naddress = \"0.0.0.0:80\"\n", "missing Protocol"),
        ("[[listeners]]\nprotocol = \"tcp\"\naddress = \"0.0.0.0:80\"\nexpect_proxy = true\npublic_address = \"1.2.3.4:80\"\n",
         "the field PublicAddress of Listener with id or address 0.0.0.0:80 is incompatible with the rest of the options"),
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n[listeners.hsts]\nenabled = true\n",
         "invalid HSTS config at HTTP listener 0.0.0.0:80: HSTS is only valid on HTTPS listeners and frontends (RFC 6797 §7.2 forbids the header over plaintext HTTP)"),
        ("[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:443\"\nalpn_protocols = [\"h3\"]\n",
         "Invalid ALPN protocol 'h3'. Valid values: \"h2\", \"http/1.1\""),
        ("[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:443\"\ndisable_http11 = true\n",
         "disable_http11 = true is incompatible with alpn_protocols containing \"http/1.1\" on listener 0.0.0.0:443. The proxy would advertise http/1.1 then refuse every connection that negotiates it. Drop \"http/1.1\" from alpn_protocols or unset disable_http11."),
        ("buffer_size = 4096\n[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:443\"\n",
         "buffer_size = 4096 is below the H2 minimum of 16393 but 1 HTTPS listener(s) advertise H2 ALPN. The H2 mux deadlocks on full-size frames with smaller buffers. Raise buffer_size to >= 16393 or remove \"h2\" from those listeners' alpn_protocols."),
        ("[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:443\"\n[listeners.hsts]\nmax_age = 10\n",
         "invalid HSTS config at listener: `enabled` is required when an [hsts] block is present"),
        ("automatic_state_save = true\n", "missing SavedState"),
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\nanswer_404 = \"/nonexistent/404.html\"\n",
         "Could not open file /nonexistent/404.html: No such file or directory (os error 2)"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\" }]\nbackends = []\n", "missing Field(\"hostname\")"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", key = \"/nonexistent/key.pem\" }]\nbackends = []\n",
         "Could not read file /nonexistent/key.pem: No such file or directory (os error 2)"),
        ("[[listeners]]\nprotocol = \"tcp\"\naddress = \"0.0.0.0:80\"\n[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\" }]\nbackends = []\n",
         "Can not set this frontend on a Tcp listener"),
        ("[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:443\"\n[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:443\", hostname = \"a\" }]\nbackends = []\n",
         "Can not set this frontend on a Https listener"),
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n[clusters.a]\nprotocol = \"tcp\"\nfrontends = [{ address = \"0.0.0.0:80\" }]\nbackends = []\n",
         "Can not set this frontend on a Http listener"),
        ("[clusters.a]\nprotocol = \"tcp\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\" }]\nbackends = []\n",
         "Invalid 'hostname' field for a TCP frontend"),
        ("[clusters.a]\nprotocol = \"tcp\"\nfrontends = [{ address = \"0.0.0.0:80\", path = \"/\" }]\nbackends = []\n",
         "Invalid 'path_prefix' field for a TCP frontend"),
        ("[[listeners]]\nprotocol = \"tcp\"\naddress = \"0.0.0.0:80\"\nexpect_proxy = true\n[clusters.a]\nprotocol = \"tcp\"\nfrontends = [{ address = \"0.0.0.0:80\" }, { address = \"0.0.0.0:81\" }]\nbackends = []\n",
         "the field ProxyProtocol of Cluster with id or address a is incompatible with the rest of the options"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", redirect = \"temporary\" }]\nbackends = []\n",
         "invalid redirect policy 'temporary'. Valid values: \"forward\", \"permanent\", \"unauthorized\""),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", redirect_scheme = \"ftp\" }]\nbackends = []\n",
         "invalid redirect scheme 'ftp'. Valid values: \"use-same\", \"use-http\", \"use-https\""),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", headers = [{ position = \"request\", key = \"A\", value = \"\" }, { position = \"sideways\", key = \"B\", value = \"\" }] }]\nbackends = []\n",
         "invalid header position 'sideways' at headers[1]. Valid values: \"request\", \"response\", \"both\""),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", headers = [{ position = \"request\", key = \"Host\\t\", value = \"\" }] }]\nbackends = []\n",
         "invalid header bytes in key at headers[0]: control characters (NUL / CR / LF / other C0) are forbidden in header keys and values"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", headers = [{ position = \"both\", key = \"X\", value = \"a\\r\\nInjected: 1\" }] }]\nbackends = []\n",
         "invalid header bytes in value at headers[0]: control characters (NUL / CR / LF / other C0) are forbidden in header keys and values"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", hsts = { enabled = true } }]\nbackends = []\n",
         "invalid HSTS config at frontend a/a: HSTS is only valid on HTTPS listeners and frontends (RFC 6797 §7.2 forbids the header over plaintext HTTP)"),
        // Type and shape errors: Sōzu's decoder refuses them before anything is built (our wording after its prefix).
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\ncolour = \"blue\"\n", "toml decoding error: unknown field `colour` in listeners[0]"),
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"somewhere:80\"\n", "toml decoding error: listeners[0].address: invalid socket address syntax: \"somewhere:80\""),
        ("[[listeners]]\nprotocol = \"quic\"\naddress = \"0.0.0.0:80\"\n",
         "toml decoding error: listeners[0].protocol: unknown variant `quic`, expected one of `http`, `https`, `tcp`, `udp`"),
        ("[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\nfront_timeout = -1\n",
         "toml decoding error: listeners[0].front_timeout: invalid value: integer `-1`, expected u32"),
        ("worker_count = \"two\"\n", "toml decoding error: worker_count: invalid type: string, expected u16"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = []\n", "toml decoding error: missing field `backends` in clusters.a"),
        ("[clusters.a]\nprotocol = \"http\"\nfrontends = []\nbackends = [{ address = \"10.0.0.1:80\", weight = 300 }]\n",
         "toml decoding error: clusters.a.backends[0].weight: invalid value: integer `300`, expected u8"),
        ("[clusters.a]\nprotocol = \"http\"\nload_balancing = \"FASTEST\"\nfrontends = []\nbackends = []\n",
         "toml decoding error: clusters.a.load_balancing: unknown variant `FASTEST`, expected one of `ROUND_ROBIN`, `RANDOM`, `LEAST_LOADED`, `POWER_OF_TWO`, `HRW`, `MAGLEV`"),
    ]

    @Test(arguments: refusals)
    func refusesWhatSozuRefusesWithItsText(_ text: String, _ expected: String) {
        #expect(throws: ConfigurationError.self) { try SozuConfiguration(parsing: text, path: "/c.toml") }
        do {
            _ = try SozuConfiguration(parsing: text, path: "/c.toml")
        } catch {
            #expect(error.description == expected)
        }
    }

    /// Sōzu looks for the saved state from the configuration's directory, having created it from
    /// its current one: when those differ and the file is not there, it refuses the configuration.
    @Test func aSavedStateThatIsNotThereIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: ConfigurationError.savedStatePath(directory.file("state.json"))) {
            try SozuConfiguration(parsing: "saved_state = \"state.json\"\n", path: directory.file("config.toml"))
        }
        #expect(ConfigurationError.savedStatePath("x").description == "Could not get the path of the saved state")
        try "".write(toFile: directory.file("state.json"), atomically: true, encoding: .utf8)
        let configuration = try SozuConfiguration(parsing: "saved_state = \"state.json\"\n", path: directory.file("config.toml"))
        #expect(configuration.savedStatePath == directory.file("state.json"))
        let absolute = try SozuConfiguration(parsing: "saved_state = \"\(directory.file("state.json"))\"\n", path: "/etc/sozu/config.toml")
        #expect(absolute.savedStatePath == directory.file("state.json"))
        // A configuration named from the current directory: Sōzu creates the missing state file
        // there, where it then finds it.
        let name = "missing-state-\(UUID().uuidString).json"
        let here = try SozuConfiguration(parsing: "saved_state = \"\(name)\"\n", path: "config.toml")
        #expect(here.savedStatePath == FileManager.default.currentDirectoryPath + "/" + name)
        #expect(throws: ConfigurationError.self) { try SozuConfiguration(parsing: "saved_state = \"\(name)\"\n", path: "elsewhere/config.toml") }
    }

    /// Which of several faults is reported follows Sōzu's order: a cluster's frontends before its
    /// answer pages, answer pages by status code.
    @Test func faultsAreReportedInSozusOrder() {
        let answersAndFrontend = """
            [clusters.a]
            protocol = "http"
            answers = { 503 = "file:///nonexistent/503.html" }
            frontends = [{ address = "0.0.0.0:80" }]
            backends = []
            """
        #expect(throws: ConfigurationError.missing("Field(\"hostname\")")) { try SozuConfiguration(parsing: answersAndFrontend, path: "/c.toml") }
        let twoAnswers = """
            [[listeners]]
            protocol = "http"
            address = "0.0.0.0:80"
            answers = { 504 = "file:///nonexistent/504.html", 404 = "file:///nonexistent/404.html", 503 = "file:///nonexistent/503.html" }
            """
        #expect(throws: ConfigurationError.fileOpen(path: "/nonexistent/404.html", reason: "No such file or directory (os error 2)")) {
            try SozuConfiguration(parsing: twoAnswers, path: "/c.toml")
        }
    }

    /// Addresses are read and written as Rust's `SocketAddr` reads and writes them: no sign on a
    /// port, and IPv6 in RFC 5952 form with a dotted quad only when IPv4-mapped.
    @Test func addressesAsRustReadsAndWritesThem() throws {
        #expect(throws: ConfigurationError.self) {
            try SozuConfiguration(parsing: "[[listeners]]\nprotocol = \"tcp\"\naddress = \"1.2.3.4:+80\"\n", path: "/c.toml")
        }
        let text = """
            [clusters.a]
            protocol = "tcp"
            frontends = []
            backends = [{ address = "[::1.2.3.4]:80" }, { address = "[::ffff:10.0.0.1]:80" }, { address = "[2001:DB8:0:0:1:0:0:1]:443" }]
            """
        let ids = try SozuConfiguration(parsing: text, path: "/c.toml").requests.compactMap { request -> String? in
            if case .addBackend(let backend) = request.requestType { backend.backendID } else { nil }
        }
        #expect(ids == ["a-0-[::102:304]:80", "a-1-[::ffff:10.0.0.1]:80", "a-2-[2001:db8::1:0:0:1]:443"])
    }

    /// Mangled configurations (lines dropped, doubled or swapped, bytes changed) load or are
    /// refused with an error: never a crash. A fixed seed keeps failures reproducible.
    @Test func mangledConfigurationsNeverCrash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = try Self.fullConfiguration(in: directory).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // SOZU_MANGLE_ROUNDS and SOZU_MANGLE_SEED explore further than CI does.
        let environment = ProcessInfo.processInfo.environment
        var generator = SplitMix64(seed: environment["SOZU_MANGLE_SEED"].flatMap { UInt64($0) } ?? 0x5020)
        var outcomes = (loaded: 0, refused: 0)
        for _ in 0..<(environment["SOZU_MANGLE_ROUNDS"].flatMap { Int($0) } ?? 1_500) {
            var mangled = lines
            for _ in 0...Int(generator.next() % 3) {
                let index = Int(generator.next() % UInt64(mangled.count))
                switch generator.next() % 4 {
                case 0: mangled.remove(at: index)
                case 1: mangled.insert(mangled[index], at: index)
                case 2: mangled.swapAt(index, Int(generator.next() % UInt64(mangled.count)))
                default:
                    var bytes = Array(mangled[index].utf8)
                    if !bytes.isEmpty { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
                    mangled[index] = String(decoding: bytes, as: UTF8.self)
                }
                if mangled.isEmpty { mangled = [""] }
            }
            do {
                _ = try SozuConfiguration(parsing: mangled.joined(separator: "\n"), path: directory.file("config.toml"))
                outcomes.loaded += 1
            } catch {
                #expect(!error.description.isEmpty)
                outcomes.refused += 1
            }
        }
        // Both happen: the mangling is neither too weak nor too strong to mean anything.
        #expect(outcomes.loaded > 50 && outcomes.refused > 50)
    }

    @Test func notTOMLSaysWhere() {
        do {
            _ = try SozuConfiguration(parsing: "worker_count = 2\n[[listeners]\n", path: "/c.toml")
            Issue.record("loaded")
        } catch {
            #expect(error.description.hasPrefix("toml decoding error: line 2, column"))
        }
    }

    @Test func anUnreadableFileIsAReadError() {
        #expect(throws: ConfigurationError.fileRead(path: "/nonexistent/config.toml", reason: "No such file or directory (os error 2)")) {
            try SozuConfiguration(contentsOf: "/nonexistent/config.toml")
        }
    }
}
