import Foundation
import SozuCodec
import SozuProto

extension ConsoleGrammar {
    static let loadBalancingPolicies = ["round_robin", "random", "least_loaded", "power_of_two", "hrw", "maglev"]

    static func loadBalancing(_ word: String) -> Command_LoadBalancingAlgorithms {
        switch word {
        case "random": .random
        case "least_loaded": .leastLoaded
        case "power_of_two": .powerOfTwo
        case "hrw": .hrw
        case "maglev": .maglev
        default: .roundRobin
        }
    }

    /// `-i, --id <ID>`: the cluster most commands act on.
    static let clusterIDOption = OptionSpec("id", short: "i", .text, required: true, live: .clusterID, help: "cluster id")

    static let clusterCommands: [CommandSpec] = [
        CommandSpec("cluster", summary: "clusters: list, add, remove, HTTP/2 to backends, health checks", subcommands: [
            CommandSpec(
                "list", summary: "every cluster's hash per worker, or the clusters of one id or domain",
                options: [
                    OptionSpec("id", short: "i", .text, live: .clusterID, help: "one cluster, by id"),
                    OptionSpec("domain", short: "d", .text, valueName: "HOST[/PATH]", live: .hostname, help: "the clusters a hostname (and path) routes to"),
                ]
            ) { arguments throws(CommandLineError) in
                if arguments.has("id"), arguments.has("domain") {
                    throw arguments.error("give --id or --domain, not both", at: "domain")
                }
                if let id = arguments.string("id") {
                    return send(arguments, .queryClusterByID(id), effect: .query)
                }
                if let domain = arguments.string("domain") {
                    var query = Command_QueryClusterByDomain()
                    if let slash = domain.firstIndex(of: "/") {
                        query.hostname = String(domain[..<slash])
                        query.path = String(domain[slash...])
                    } else {
                        query.hostname = domain
                    }
                    return send(arguments, .queryClustersByDomain(query), effect: .query)
                }
                return send(arguments, .queryClustersHashes(Command_QueryClustersHashes()), effect: .query)
            },
            CommandSpec(
                "add", summary: "add a cluster, or replace its configuration",
                options: [
                    clusterIDOption,
                    OptionSpec("load-balancing-policy", .choice(loadBalancingPolicies), valueName: "POLICY", required: true, help: "how requests are spread over backends"),
                    .flag("sticky-session", short: "s", help: "keep a client on the same backend (cookie)"),
                    .flag("https-redirect", short: "r", help: "redirect HTTP requests to HTTPS"),
                    .flag("send-proxy", help: "send a PROXY protocol v2 header to backends"),
                    .flag("expect-proxy", help: "expect a PROXY protocol v2 header from clients"),
                    .flag("http2", help: "speak HTTP/2 to this cluster's backends"),
                    OptionSpec("https-redirect-port", .unsigned32, valueName: "PORT", help: "port of the Location header of HTTPS redirects"),
                    OptionSpec("www-authenticate", .text, valueName: "REALM", help: "WWW-Authenticate header of 401 answers"),
                    OptionSpec("authorized-hash", .text, valueName: "USER:SHA256", repeatable: true, help: "an accepted credential: user:hex(sha256(password)) (repeatable)"),
                    OptionSpec("answer", .text, valueName: "CODE=BODY", repeatable: true, help: "answer template by status: CODE=body or CODE=file://path (repeatable)"),
                ],
                details: ["--send-proxy and --expect-proxy together relay the client's PROXY header."]
            ) { arguments throws(CommandLineError) in
                var cluster = Command_Cluster()
                cluster.clusterID = try arguments.requiredString("id")
                cluster.stickySession = arguments.flag("sticky-session")
                cluster.httpsRedirect = arguments.flag("https-redirect")
                switch (arguments.flag("send-proxy"), arguments.flag("expect-proxy")) {
                case (true, true): cluster.proxyProtocol = .relayHeader
                case (true, false): cluster.proxyProtocol = .sendHeader
                case (false, true): cluster.proxyProtocol = .expectHeader
                case (false, false): break
                }
                cluster.loadBalancing = loadBalancing(arguments.choice("load-balancing-policy") ?? "round_robin")
                if arguments.flag("http2") { cluster.http2 = true }
                if let port = try arguments.unsigned32("https-redirect-port") {
                    guard (1...65535).contains(port) else {
                        throw arguments.error("--https-redirect-port takes a TCP port from 1 to 65535", at: "https-redirect-port")
                    }
                    cluster.httpsRedirectPort = port
                }
                if let realm = arguments.string("www-authenticate") { cluster.wwwAuthenticate = realm }
                for (hash, token) in zip(arguments.strings("authorized-hash"), arguments.options["authorized-hash"] ?? []) {
                    guard looksLikeAuthorizedHash(hash) else {
                        throw CommandLineError(
                            "--authorized-hash takes user:hex(sha256(password)), 64 lower-case hex digits, not '\(hash)'", at: token.range)
                    }
                    cluster.authorizedHashes.append(hash)
                }
                cluster.answers = try answers(arguments, "answer")
                return send(arguments, .addCluster(cluster), effect: .change)
            },
            CommandSpec(
                "remove", summary: "remove a cluster",
                options: [clusterIDOption]
            ) { arguments throws(CommandLineError) in
                send(arguments, .removeCluster(try arguments.requiredString("id")), effect: .destructive)
            },
            CommandSpec("h2", summary: "HTTP/2 between the proxy and a cluster's backends", subcommands: [true, false].map { enabled in
                CommandSpec(
                    enabled ? "enable" : "disable", summary: enabled ? "speak HTTP/2 to the backends" : "speak HTTP/1.1 to the backends",
                    options: [clusterIDOption],
                    details: ["Reads the cluster's configuration, then sends it back with http2 changed, as Sōzu's CLI does."]
                ) { arguments throws(CommandLineError) in
                    let id = try arguments.requiredString("id")
                    return send(arguments, .queryClusterByID(id), effect: .change, flow: .setClusterHTTP2(clusterID: id, enabled: enabled))
                }
            }),
            CommandSpec("health-check", summary: "active health checks of a cluster's backends", subcommands: [
                CommandSpec(
                    "set", summary: "set or replace a cluster's health check",
                    options: [
                        clusterIDOption,
                        OptionSpec("uri", short: "u", .text, required: true, help: "path to request, like /health"),
                        OptionSpec("interval", .unsigned32, valueName: "SECONDS", help: "between checks (default \(HealthCheckDefault.interval))"),
                        OptionSpec("timeout", .unsigned32, valueName: "SECONDS", help: "per check (default \(HealthCheckDefault.timeout))"),
                        OptionSpec("healthy-threshold", .unsigned32, valueName: "N", help: "successes before healthy (default \(HealthCheckDefault.healthyThreshold))"),
                        OptionSpec("unhealthy-threshold", .unsigned32, valueName: "N", help: "failures before unhealthy (default \(HealthCheckDefault.unhealthyThreshold))"),
                        OptionSpec("expected-status", .unsigned32, valueName: "CODE", help: "status that counts as healthy (default \(HealthCheckDefault.expectedStatus): any 2xx)"),
                    ]
                ) { arguments throws(CommandLineError) in
                    var check = Command_SetHealthCheck()
                    check.clusterID = try arguments.requiredString("id")
                    check.config = Command_HealthCheckConfig.withSozuDefaults(
                        uri: try arguments.requiredString("uri"), interval: try arguments.unsigned32("interval"),
                        timeout: try arguments.unsigned32("timeout"), healthyThreshold: try arguments.unsigned32("healthy-threshold"),
                        unhealthyThreshold: try arguments.unsigned32("unhealthy-threshold"), expectedStatus: try arguments.unsigned32("expected-status"))
                    return send(arguments, .setHealthCheck(check), effect: .change)
                },
                CommandSpec(
                    "remove", summary: "remove a cluster's health check",
                    options: [clusterIDOption]
                ) { arguments throws(CommandLineError) in
                    send(arguments, .removeHealthCheck(try arguments.requiredString("id")), effect: .destructive)
                },
                CommandSpec(
                    "list", summary: "health-check configurations, of all clusters or one",
                    options: [OptionSpec("id", short: "i", .text, live: .clusterID, help: "cluster id")]
                ) { arguments in
                    var query = Command_QueryHealthChecks()
                    if let id = arguments.string("id") { query.clusterID = id }
                    return send(arguments, .queryHealthChecks(query), effect: .query)
                },
            ]),
        ]),
        CommandSpec("backend", summary: "backends of a cluster: add, remove", subcommands: [
            CommandSpec(
                "add", summary: "add a backend to a cluster",
                options: [
                    clusterIDOption,
                    OptionSpec("backend-id", .text, valueName: "ID", required: true, live: .backendID, help: "backend id"),
                    OptionSpec("address", short: "a", .address, required: true, help: "the backend's address"),
                    OptionSpec("sticky-id", short: "s", .text, valueName: "ID", help: "sticky session id of this backend"),
                    OptionSpec("backup", short: "b", .boolean, valueName: "true|false", help: "a backup backend, used when the others are down"),
                ]
            ) { arguments throws(CommandLineError) in
                var backend = Command_AddBackend()
                backend.clusterID = try arguments.requiredString("id")
                backend.backendID = try arguments.requiredString("backend-id")
                backend.address = try arguments.requiredAddress("address")
                if let sticky = arguments.string("sticky-id") { backend.stickyID = sticky }
                if let backup = try arguments.boolean("backup") { backend.backup = backup }
                return send(arguments, .addBackend(backend), effect: .change)
            },
            CommandSpec(
                "remove", summary: "remove a backend (cluster, id and address must all match)",
                options: [
                    clusterIDOption,
                    OptionSpec("backend-id", .text, valueName: "ID", required: true, live: .backendIDOfCluster, help: "backend id"),
                    OptionSpec("address", short: "a", .address, required: true, live: .backendAddress, help: "the backend's address"),
                ]
            ) { arguments throws(CommandLineError) in
                var backend = Command_RemoveBackend()
                backend.clusterID = try arguments.requiredString("id")
                backend.backendID = try arguments.requiredString("backend-id")
                backend.address = try arguments.requiredAddress("address")
                return send(arguments, .removeBackend(backend), effect: .destructive)
            },
        ]),
    ]

    /// `user:` then 64 lower-case hex digits, as Sōzu's CLI checks before sending.
    static func looksLikeAuthorizedHash(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let user = text[..<colon], hex = text[text.index(after: colon)...]
        return !user.isEmpty
            && user.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == "-" }
            && hex.count == 64
            && hex.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    /// `CODE=body` or `CODE=file://path` answers, read as Sōzu's CLI reads `--answer`.
    static func answers(_ arguments: ParsedArguments, _ long: String) throws(CommandLineError) -> [String: String] {
        var answers: [String: String] = [:]
        for token in arguments.options[long] ?? [] {
            guard let equals = token.text.firstIndex(of: "="), token.text.index(after: equals) < token.text.endIndex else {
                throw CommandLineError("--\(long) takes CODE=body or CODE=file://path, not '\(token.text)'", at: token.range)
            }
            let code = String(token.text[..<equals])
            let value = String(token.text[token.text.index(after: equals)...])
            if value.hasPrefix("file://") {
                let pathToken = Token(text: String(value.dropFirst("file://".count)), range: token.range)
                answers[code] = try ParsedArguments.readFile(pathToken, what: "--\(long) \(code)")
            } else {
                answers[code] = value
            }
        }
        return answers
    }
}

private typealias HealthCheckDefault = Command_HealthCheckConfig.SozuDefault
