import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// Parses one statement that must become a request, and returns it.
func planned(_ line: String) throws -> PlannedRequest {
    let commands = try CommandParser().parse(line)
    guard commands.count == 1, case .request(let planned) = commands[0] else {
        Issue.record("'\(line)' did not parse to one request: \(commands)")
        throw CommandLineError("not a request", at: 0..<0)
    }
    return planned
}

/// The request's protobuf text form, one line, for comparison.
func text(_ line: String) throws -> String {
    try planned(line).request.textFormatString().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
}

func parseError(_ line: String) -> CommandLineError? {
    do {
        _ = try CommandParser().parse(line)
        return nil
    } catch {
        return error
    }
}

@Suite struct CommandParserTests {
    @Test(arguments: [
        ("status", "status { }"),
        ("workers", "list_workers { }"),
        ("shutdown", "soft_stop { }"),
        ("shutdown --hard", "hard_stop { }"),
        ("upgrade", "upgrade_main { }"),
        ("upgrade --worker 2", "upgrade_worker: 2"),
        ("metrics enable", "configure_metrics: ENABLED"),
        ("metrics disable", "configure_metrics: DISABLED"),
        ("metrics clear", "configure_metrics: CLEAR"),
        ("metrics get", "query_metrics { list: false no_clusters: false workers: false }"),
        ("metrics get -l", "query_metrics { list: true no_clusters: false workers: false }"),
        ("metrics get -w --no-clusters -n a,b -n c -k api -b api-0",
         "query_metrics { list: false cluster_ids: \"api\" backend_ids: \"api-0\" metric_names: \"a\" metric_names: \"b\" metric_names: \"c\" no_clusters: true workers: true }"),
        ("logging debug", "Logging: \"debug\""),
        ("state save -f /tmp/x.state", "save_state: \"/tmp/x.state\""),
        ("state load --file=/tmp/x.state", "load_state: \"/tmp/x.state\""),
        ("state stats", "count_requests { }"),
        ("reload", "reload_configuration: \"\""),
        ("reload -f sozu/config.toml", "reload_configuration: \"sozu/config.toml\""),
        ("reload -f /nonexistent/config.toml --force", "reload_configuration: \"/nonexistent/config.toml\""),
        ("connection-limit set 20", "set_max_connections_per_ip: 20"),
        ("connection-limit remove", "set_max_connections_per_ip: 0"),
        ("connection-limit show", "query_max_connections_per_ip { }"),
        ("cluster list", "query_clusters_hashes { }"),
        ("cluster list -i api", "query_cluster_by_id: \"api\""),
        ("cluster list -d example.com", "query_clusters_by_domain { hostname: \"example.com\" }"),
        ("cluster list --domain example.com/api/v1", "query_clusters_by_domain { hostname: \"example.com\" path: \"/api/v1\" }"),
        ("cluster remove -i api", "remove_cluster: \"api\""),
        ("cluster add -i api --load-balancing-policy ROUND_ROBIN",
         "add_cluster { cluster_id: \"api\" sticky_session: false https_redirect: false load_balancing: ROUND_ROBIN }"),
        ("cluster add -i api --load-balancing-policy maglev -s -r --send-proxy --expect-proxy --http2 --https-redirect-port 8443 --answer 503=busy",
         "add_cluster { cluster_id: \"api\" sticky_session: true https_redirect: true proxy_protocol: RELAY_HEADER load_balancing: MAGLEV http2: true answers { key: \"503\" value: \"busy\" } https_redirect_port: 8443 }"),
        ("cluster h2 enable -i api", "query_cluster_by_id: \"api\""),
        ("cluster health-check set -i api -u /health",
         "set_health_check { cluster_id: \"api\" config { uri: \"/health\" interval: 10 timeout: 5 healthy_threshold: 3 unhealthy_threshold: 3 expected_status: 0 } }"),
        ("cluster health-check set -i api -u /h --interval 30 --timeout 2 --expected-status 204",
         "set_health_check { cluster_id: \"api\" config { uri: \"/h\" interval: 30 timeout: 2 healthy_threshold: 3 unhealthy_threshold: 3 expected_status: 204 } }"),
        ("cluster health-check remove -i api", "remove_health_check: \"api\""),
        ("cluster health-check list", "query_health_checks { }"),
        ("cluster health-check list -i api", "query_health_checks { cluster_id: \"api\" }"),
        ("backend add -i api --backend-id api-0 -a 127.0.0.1:8080",
         "add_backend { cluster_id: \"api\" backend_id: \"api-0\" address { ip { v4: 2130706433 } port: 8080 } }"),
        ("backend add -i api --backend-id api-0 -a [::1]:8080 -s sticky -b true",
         "add_backend { cluster_id: \"api\" backend_id: \"api-0\" address { ip { v6 { low: 1 high: 0 } } port: 8080 } sticky_id: \"sticky\" backup: true }"),
        ("backend remove -i api --backend-id api-0 -a 10.0.1.12:80",
         "remove_backend { cluster_id: \"api\" backend_id: \"api-0\" address { ip { v4: 167772428 } port: 80 } }"),
        ("frontend tcp add -i db -a 0.0.0.0:5432 --tags 'owner=ops, env=prod'",
         "add_tcp_frontend { cluster_id: \"db\" address { ip { v4: 0 } port: 5432 } tags { key: \"env\" value: \"prod\" } tags { key: \"owner\" value: \"ops\" } }"),
        ("frontend udp remove -i dns -a 0.0.0.0:53", "remove_udp_frontend { cluster_id: \"dns\" address { ip { v4: 0 } port: 53 } }"),
        ("frontend list", "list_frontends { http: false https: false tcp: false }"),
        ("frontend list --http -d example", "list_frontends { http: true https: false tcp: false domain: \"example\" }"),
        ("frontend http add -a 0.0.0.0:80 --hostname example.com id api",
         "add_http_frontend { cluster_id: \"api\" address { ip { v4: 0 } port: 80 } hostname: \"example.com\" path { kind: PREFIX value: \"\" } position: TREE }"),
        ("frontend https add -a 0.0.0.0:443 --host example.com -p /api -m GET --redirect permanent --redirect-scheme use-https --header response=X-Frame-Options=DENY --hsts-max-age 60 id api",
         "add_https_frontend { cluster_id: \"api\" address { ip { v4: 0 } port: 443 } hostname: \"example.com\" path { kind: PREFIX value: \"/api\" } method: \"GET\" position: TREE redirect: PERMANENT redirect_scheme: USE_HTTPS headers { position: RESPONSE key: \"X-Frame-Options\" val: \"DENY\" } hsts { enabled: true max_age: 60 } }"),
        ("frontend http add -a 0.0.0.0:80 --hostname example.com --path-equals /x deny",
         "add_http_frontend { address { ip { v4: 0 } port: 80 } hostname: \"example.com\" path { kind: EQUALS value: \"/x\" } position: TREE }"),
        ("frontend http remove -a 0.0.0.0:80 --hostname example.com --path-regex '^/a' id api",
         "remove_http_frontend { cluster_id: \"api\" address { ip { v4: 0 } port: 80 } hostname: \"example.com\" path { kind: REGEX value: \"^/a\" } }"),
        ("listener list", "list_listeners { }"),
        ("listener http remove -a 0.0.0.0:80", "remove_listener { address { ip { v4: 0 } port: 80 } proxy: HTTP }"),
        ("listener https activate -a 0.0.0.0:443", "activate_listener { address { ip { v4: 0 } port: 443 } proxy: HTTPS from_scm: false }"),
        ("listener udp deactivate -a 0.0.0.0:53", "deactivate_listener { address { ip { v4: 0 } port: 53 } proxy: UDP to_scm: false }"),
        ("listener tcp add -a 0.0.0.0:5432 --expect-proxy",
         "add_tcp_listener { address { ip { v4: 0 } port: 5432 } expect_proxy: true front_timeout: 60 back_timeout: 30 connect_timeout: 3 active: false }"),
        ("listener udp add -a 0.0.0.0:53 --max-flows 100",
         "add_udp_listener { address { ip { v4: 0 } port: 53 } front_timeout: 30 back_timeout: 30 max_rx_datagram_size: 1500 max_flows: 100 active: false }"),
        ("listener http add -a 0.0.0.0:80 --front-timeout 120 --sticky-name S",
         "add_http_listener { address { ip { v4: 0 } port: 80 } expect_proxy: false sticky_name: \"S\" front_timeout: 120 back_timeout: 30 connect_timeout: 3 request_timeout: 10 active: false http_answers { } elide_x_real_ip: false send_x_real_ip: false }"),
        ("listener http update -a 0.0.0.0:80 --no-expect-proxy --h2-max-ping-per-window 5 --h2-max-rst-stream-lifetime 9000000000",
         "update_http_listener { address { ip { v4: 0 } port: 80 } expect_proxy: false h2_max_ping_per_window: 5 h2_max_rst_stream_lifetime: 9000000000 }"),
        ("listener https update -a 0.0.0.0:443 --expect-proxy --no-expect-proxy --expect-proxy --reset-alpn --strict-sni-binding --h2-max-header-fields 64 --hsts-disabled",
         "update_https_listener { address { ip { v4: 0 } port: 443 } expect_proxy: true alpn_protocols { } strict_sni_binding: true hsts { enabled: false } h2_max_header_fields: 64 }"),
        ("listener tcp update -a 0.0.0.0:5432 --front-timeout 5", "update_tcp_listener { address { ip { v4: 0 } port: 5432 } front_timeout: 5 }"),
        ("listener udp update -a 0.0.0.0:53 --max-rx-datagram-size 9000", "update_udp_listener { address { ip { v4: 0 } port: 53 } max_rx_datagram_size: 9000 }"),
        ("certificate list", "query_certificates_from_the_state { }"),
        ("certificate list -w -d example.com", "query_certificates_from_workers { domain: \"example.com\" }"),
        ("certificate remove -a 0.0.0.0:443 -f ABCDEF01", "remove_certificate { address { ip { v4: 0 } port: 443 } fingerprint: \"abcdef01\" }"),
        ("metrics detail backend --ttl 60 --reason debugging --client-id me", "set_metric_detail { client_id: \"me\" detail: DETAIL_BACKEND ttl_seconds: 60 reason: \"debugging\" peer_pid: PID }"),
        ("metrics detail clear --client-id me", "set_metric_detail { client_id: \"me\" clear: true peer_pid: PID }"),
    ])
    func requestOfEachCommand(line: String, expected: String) throws {
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(try text(line) == expected.replacingOccurrences(of: "PID", with: "\(pid)"))
    }

    @Test func everyRequestVariantIsReachable() throws {
        // Each Request variant but the two Sōzu ignores (launch_worker, return_listen_sockets)
        // must be produced by some command of the grammar.
        let lines = [
            "state save -f a", "state load -f a", "workers", "frontend list", "listener list", "upgrade", "upgrade --worker 1",
            "reload", "status", "cluster add -i a --load-balancing-policy random", "cluster remove -i a",
            "frontend http add -a 1.2.3.4:80 --hostname h deny", "frontend http remove -a 1.2.3.4:80 --hostname h deny",
            "frontend https add -a 1.2.3.4:80 --hostname h deny", "frontend https remove -a 1.2.3.4:80 --hostname h deny",
            "frontend tcp add -i a -a 1.2.3.4:80", "frontend tcp remove -i a -a 1.2.3.4:80",
            "backend add -i a --backend-id b -a 1.2.3.4:80", "backend remove -i a --backend-id b -a 1.2.3.4:80",
            "listener http add -a 1.2.3.4:80", "listener https add -a 1.2.3.4:443", "listener tcp add -a 1.2.3.4:81",
            "listener tcp remove -a 1.2.3.4:81", "listener tcp activate -a 1.2.3.4:81", "listener tcp deactivate -a 1.2.3.4:81",
            "cluster list -i a", "cluster list -d h", "cluster list", "metrics get", "shutdown", "shutdown --hard", "metrics enable",
            "logging info", "certificate list", "certificate list -w", "state stats",
            "listener http update -a 1.2.3.4:80", "listener https update -a 1.2.3.4:443", "listener tcp update -a 1.2.3.4:81",
            "connection-limit set 1", "connection-limit show", "cluster health-check set -i a -u /", "cluster health-check remove -i a",
            "cluster health-check list", "metrics detail cluster", "listener udp add -a 1.2.3.4:53", "listener udp update -a 1.2.3.4:53",
            "frontend udp add -i a -a 1.2.3.4:53", "frontend udp remove -i a -a 1.2.3.4:53",
        ]
        var reached = Set<Int>()
        for line in lines {
            let request = try planned(line).request
            let bytes: [UInt8] = try request.serializedBytes(partial: true)
            // The oneof's field number is the first tag of the encoded request.
            var index = 0, tag: UInt64 = 0, shift: UInt64 = 0
            while index < bytes.count {
                tag |= UInt64(bytes[index] & 0x7f) << shift
                shift += 7
                if bytes[index] & 0x80 == 0 { break }
                index += 1
            }
            reached.insert(Int(tag >> 3))
        }
        let certificateVariants: Set<Int> = [19, 20, 21]  // need files: tested in CertificateCommandTests
        let subscription: Set<Int> = [10]  // the engine's event feed sends it (`events` shows the feed)
        let all = Set(1...59).subtracting([3, 32, 33, 34])  // the oneof's numbers in Sōzu 2.1
        #expect(all.subtracting(reached).subtracting(certificateVariants).subtracting(subscription) == [7, 43])
    }

    @Test func effectsAndLongVerbs() throws {
        #expect(try planned("shutdown").effect == .destructive)
        #expect(try planned("shutdown").waitsWithoutTimeout)
        #expect(try planned("shutdown").flow == .stop(hard: false))
        #expect(try planned("upgrade").flow == .upgradeMain)
        #expect(try planned("upgrade").waitsWithoutTimeout)
        #expect(try planned("state load -f x").effect == .destructive)
        #expect(try planned("state load -f x").waitsWithoutTimeout)
        #expect(try planned("reload").waitsWithoutTimeout)
        #expect(try planned("cluster remove -i a").effect == .destructive)
        #expect(try planned("backend remove -i a --backend-id b -a 1.2.3.4:1").effect == .destructive)
        #expect(try planned("listener http remove -a 1.2.3.4:1").effect == .destructive)
        #expect(try planned("status").effect == .query)
        #expect(try planned("cluster add -i a --load-balancing-policy random").effect == .change)
        #expect(try planned("cluster h2 disable -i a").flow == .setClusterHTTP2(clusterID: "a", enabled: false))
        #expect(try planned("status").verb == "status")
        #expect(try planned("cluster  list   -i a").text == "cluster  list   -i a")
    }

    /// Sōzu 2.1's main process panics on a configuration it cannot load: `reload -f` loads the
    /// file first and holds back one Sōzu would refuse, unless forced.
    @Test func reloadHoldsBackAFileSozuCannotLoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = parseError("reload -f /nonexistent/config.toml")
        #expect(missing?.message == "not sent: the console cannot load /nonexistent/config.toml as Sōzu would (Could not read file /nonexistent/config.toml: No such file or directory (os error 2)); Sōzu's main process panics on a configuration it cannot load. --force sends it anyway")
        #expect(missing?.range == 10..<34)
        let broken = directory.file("broken.toml")
        try "[[listeners]]\nprotocol = \"http\"\naddress = \"0.0.0.0:80\"\n[[listeners]]\nprotocol = \"https\"\naddress = \"0.0.0.0:80\"\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        #expect(parseError("reload -f \(broken)")?.message.contains("(listening address 0.0.0.0:80 is already used in the configuration)") == true)
        #expect(try text("reload -f \(broken) --force") == "reload_configuration: \"\(broken)\"")
        // A good file goes; so does one whose relative paths the console cannot judge (Sōzu opens
        // them from its own directory).
        let good = directory.file("good.toml")
        try "[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\" }]\nbackends = []\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        #expect(try text("reload -f \(good)") == "reload_configuration: \"\(good)\"")
        let relativeFiles = directory.file("relative-files.toml")
        try "[clusters.a]\nprotocol = \"http\"\nfrontends = [{ address = \"0.0.0.0:80\", hostname = \"a\", key = \"certs/key.pem\", certificate = \"certs/cert.pem\" }]\nbackends = []\n"
            .write(toFile: relativeFiles, atomically: true, encoding: .utf8)
        #expect(try text("reload -f \(relativeFiles)") == "reload_configuration: \"\(relativeFiles)\"")
    }

    @Test func consoleCommandsAndChains() throws {
        let commands = try CommandParser().parse("status; workers ;help cluster add; wait #3; stop 4; timeout 2.5; timeout off; quit")
        #expect(commands.count == 8)
        guard case .request = commands[0], case .request = commands[1] else { Issue.record("not requests"); return }
        guard case .help(let topic) = commands[2] else { Issue.record("not help"); return }
        #expect(topic == ["cluster", "add"])
        guard case .wait(let id) = commands[3], case .stop(let stopped) = commands[4] else { Issue.record("not wait/stop"); return }
        #expect(id == RequestID(3) && stopped == RequestID(4))
        guard case .setDefaultTimeout(let timeout) = commands[5], case .setDefaultTimeout(nil) = commands[6], case .quit = commands[7] else {
            Issue.record("not timeouts/quit"); return
        }
        #expect(timeout == .milliseconds(2500))
        let every = try CommandParser().parse("every 2 metrics get -w")
        guard case .every(let interval, let repeated, _) = every.first else { Issue.record("not every"); return }
        #expect(interval == .seconds(2))
        #expect(repeated.verb == "metrics get")
        let refresh = try CommandParser().parse("metrics get -r 3")
        guard case .every(let refreshInterval, _, _) = refresh.first else { Issue.record("-r is not every"); return }
        #expect(refreshInterval == .seconds(3))
        let events = try CommandParser().parse("events --kind backend-down --kind backend-up --cluster api")
        guard case .events(let filter, _) = events.first else { Issue.record("not events"); return }
        #expect(filter.kinds == [0, 1])
        #expect(filter.clusterID == "api")
        // A quoted ';' is text, not a separator; a quoted word is never an option, but an
        // option's value may be quoted.
        #expect(try text("logging 'info;debug'") == "Logging: \"info;debug\"")
        #expect(try text("logging '--verbose'") == "Logging: \"--verbose\"")
        #expect(try text("frontend tcp add -i db -a 0.0.0.0:5432 --tags='owner=ops, env=prod'")
            == "add_tcp_frontend { cluster_id: \"db\" address { ip { v4: 0 } port: 5432 } tags { key: \"env\" value: \"prod\" } tags { key: \"owner\" value: \"ops\" } }")
    }

    @Test(arguments: [
        ("clustr list", "unknown command 'clustr'", "cluster", 0..<6),
        ("cluster ad -i x", "'cluster' has no sub-command 'ad'", "add", 8..<10),
        ("cluster", "'cluster' needs a sub-command", nil, 7..<7),
        ("cluster add -i x", "'cluster add' needs --load-balancing-policy <POLICY>", nil, 16..<16),
        ("cluster add -i x --load-balancing-policy roundrobin", "--load-balancing-policy does not take 'roundrobin'", "round_robin", 41..<51),
        ("cluster list --idd x", "'cluster list' has no option --idd", "--id", 13..<18),
        ("backend add -i a --backend-id b -a localhost:80", "--address takes an address with a port", nil, 35..<47),
        ("backend add -i a --backend-id b -a 1.2.3.4", "--address takes an address with a port", nil, 35..<42),
        ("connection-limit set -5", "<limit> takes a whole number", nil, 21..<23),
        ("upgrade --worker x", "--worker takes a whole number", nil, 17..<18),
        ("status extra", "'status' takes no word 'extra' here", nil, 7..<12),
        ("cluster list -i a -d b", "give --id or --domain, not both", nil, 21..<22),
        ("logging 'unterminated", "unterminated single quote", nil, 8..<21),
        ("frontend http add -a 1.2.3.4:80 --hostname h id", "needs a cluster id after 'id'", nil, 47..<47),
        ("frontend http add -a 1.2.3.4:80 --hostname h --header middle=a=b deny", "--header position must be request, response or both", nil, 54..<64),
        ("every 1 shutdown", "every repeats queries only", nil, 8..<16),
        ("wait abc", "'abc' is not a request id", nil, 5..<8),
        ("cluster add -i a --load-balancing-policy random --authorized-hash bob:12", "--authorized-hash takes user:hex(sha256(password))", nil, 66..<72),
        ("certificate remove -a 1.2.3.4:443", "needs --certificate <FILE> or --fingerprint <FINGERPRINT>", nil, 33..<33),
        ("shutdown --hard=yes", "--hard is a flag and takes no value", nil, 9..<19),
        ("status --json", "'status' has no option --json", nil, 7..<13),
    ] as [(String, String, String?, Range<Int>)])
    func errorsPointAtTheWord(line: String, message: String, suggestion: String?, range: Range<Int>) {
        guard let error = parseError(line) else {
            Issue.record("'\(line)' parsed")
            return
        }
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.suggestion == suggestion)
        #expect(error.range == range, "\(line): \(error.range)")
    }

    @Test func errorRendering() {
        let error = parseError("cluster ad -i x")
        #expect(error?.pointing(into: "cluster ad -i x") == """
            cluster ad -i x
                    ^^ 'cluster' has no sub-command 'ad'; expected list, add, remove, h2, health-check; did you mean 'add'?
            """)
    }

    @Test func helpIsGeneratedFromTheGrammar() throws {
        let overview = try HelpText.render(topic: [])
        for spec in ConsoleGrammar.commands {
            #expect(overview.contains("  \(spec.name)"))
        }
        let backendAdd = try HelpText.render(topic: ["backend", "add"])
        #expect(backendAdd == """
            usage: backend add --id <ID> --backend-id <ID> --address <ADDRESS> [options]
              add a backend to a cluster
              -i, --id <ID>              cluster id [required]
                  --backend-id <ID>      backend id [required]
              -a, --address <ADDRESS>    the backend's address [required]
              -s, --sticky-id <ID>       sticky session id of this backend
              -b, --backup <true|false>  a backup backend, used when the others are down
              examples:
                backend add -i api --backend-id api-1 -a 10.0.0.1:8080
                backend add -i api --backend-id api-2 -a [2001:db8::2]:8080 --backup true
            """, "\(backendAdd)")
        #expect(try HelpText.render(topic: ["cluster"]).contains("cluster health-check"))
        #expect(throws: CommandLineError.self) { try HelpText.render(topic: ["clustre"]) }
        // Every leaf has a summary and every option a help line.
        func visit(_ spec: CommandSpec) {
            #expect(!spec.summary.isEmpty, "\(spec.name)")
            for option in spec.options { #expect(!option.help.isEmpty, "\(spec.name) --\(option.long)") }
            spec.subcommands.forEach(visit)
        }
        ConsoleGrammar.commands.forEach(visit)
    }
}

@Suite struct CommandExampleTests {
    /// Every leaf of the grammar, by its words.
    static func leaves(_ specs: [CommandSpec] = ConsoleGrammar.commands, _ path: [String] = []) -> [[String]] {
        specs.flatMap { spec in spec.isLeaf ? [path + [spec.name]] : leaves(spec.subcommands, path + [spec.name]) }
    }

    @Test func everyCommandHasAnExampleAndEveryExampleParses() throws {
        let leaves = Self.leaves()
        #expect(leaves.count > 60)
        for path in leaves {
            let help = try HelpText.render(topic: path)
            #expect(help.contains("example"), "help \(path.joined(separator: " ")) shows no example")
            // The example lines: those indented by four spaces after the example heading.
            let lines = help.split(separator: "\n")
            let heading = lines.lastIndex { $0 == "  example:" || $0 == "  examples:" } ?? lines.endIndex
            let examples = lines[heading...].dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!examples.isEmpty)
            for example in examples {
                #expect(example.hasPrefix(path.joined(separator: " ")), "\(example)")
                do {
                    _ = try CommandParser().parse(example)
                } catch where error.message.contains("cannot read") || error.message.contains("cannot load") {
                    // Names a file of the operator's (a certificate, a key): the line is right.
                } catch {
                    Issue.record("example '\(example)' does not parse: \(error)")
                }
            }
        }
    }
}
