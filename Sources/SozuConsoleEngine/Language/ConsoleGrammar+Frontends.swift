import Foundation
import SozuProto

extension ConsoleGrammar {
    static let hstsOptions: [OptionSpec] = [
        OptionSpec("hsts-max-age", .unsigned32, valueName: "SECONDS", help: "Strict-Transport-Security max-age (default 31536000)"),
        .flag("hsts-include-subdomains", help: "add includeSubDomains"),
        .flag("hsts-preload", help: "add preload"),
        .flag("hsts-force-replace-backend", help: "replace a header the backend sent"),
        .flag("hsts-disabled", help: "send no Strict-Transport-Security header"),
    ]

    /// The HSTS policy the `--hsts-*` flags describe; nil when none is given (inherit, or keep).
    static func hsts(_ arguments: ParsedArguments) throws(CommandLineError) -> Command_HstsConfig? {
        let maxAge = try arguments.unsigned32("hsts-max-age")
        let enabling = maxAge != nil || arguments.flag("hsts-include-subdomains") || arguments.flag("hsts-preload")
            || arguments.flag("hsts-force-replace-backend")
        if arguments.flag("hsts-disabled") {
            guard !enabling else {
                throw arguments.error("--hsts-disabled cannot be combined with the other --hsts-* options", at: "hsts-disabled")
            }
            var config = Command_HstsConfig()
            config.enabled = false
            return config
        }
        guard enabling else { return nil }
        var config = Command_HstsConfig()
        config.enabled = true
        config.maxAge = maxAge ?? 31_536_000
        if arguments.flag("hsts-include-subdomains") { config.includeSubdomains = true }
        if arguments.flag("hsts-preload") { config.preload = true }
        if arguments.flag("hsts-force-replace-backend") { config.forceReplaceBackend = true }
        return config
    }

    static func httpFrontendCommand(_ name: String, https: Bool) -> CommandSpec {
        let target = [
            PositionalSpec("route", .choice(["id", "deny"]), help: "id <CLUSTER_ID> routes to a cluster; deny answers 401"),
            PositionalSpec("cluster-id", required: false, live: .clusterID, help: "the cluster, after id"),
        ]
        let matching = [
            OptionSpec("address", short: "a", .address, required: true, live: https ? .httpsListenerAddress : .httpListenerAddress, help: "the listener's address"),
            OptionSpec("hostname", aliases: ["host"], .text, required: true, live: .hostname, help: "the host name to match"),
            OptionSpec("path-prefix", short: "p", .text, valueName: "PREFIX", help: "match paths starting with this"),
            OptionSpec("path-regex", .text, valueName: "REGEX", help: "match paths by regular expression"),
            OptionSpec("path-equals", .text, valueName: "PATH", help: "match exactly this path"),
            OptionSpec("method", short: "m", .text, help: "match only this HTTP method"),
        ]
        let extras = [
            OptionSpec("tags", .tags, valueName: "K=V,...", help: "tags, like 'owner=ops, env=prod'"),
            OptionSpec("redirect", .choice(["forward", "permanent", "unauthorized"]), valueName: "POLICY", help: "forward to the cluster, redirect permanently, or answer 401"),
            OptionSpec("redirect-scheme", .choice(["use-same", "use-http", "use-https", "use_same", "use_http", "use_https"]), valueName: "SCHEME", help: "scheme of redirects"),
            OptionSpec("redirect-template", .text, valueName: "TEMPLATE", help: "answer template of redirects"),
            OptionSpec("rewrite-host", .text, valueName: "HOST", help: "rewrite the host sent to the backend"),
            OptionSpec("rewrite-path", .text, valueName: "PATH", help: "rewrite the path sent to the backend"),
            OptionSpec("rewrite-port", .unsigned32, valueName: "PORT", help: "rewrite the port sent to the backend"),
            .flag("required-auth", help: "require an authorized credential (see cluster add --authorized-hash)"),
            OptionSpec("header", .text, valueName: "POS=NAME=VALUE", repeatable: true, help: "edit a header: request|response|both=name=value; an empty value deletes it"),
        ] + hstsOptions
        let kind = https ? "HTTPS" : "HTTP"
        return CommandSpec("\(name)", summary: "\(kind) frontends: routing rules from host and path to a cluster", subcommands: [
            CommandSpec(
                "add", summary: "add an \(kind) routing rule",
                options: matching + extras, positionals: target,
                details: ["Example: frontend \(name) add -a 0.0.0.0:\(https ? 443 : 80) --hostname example.com -p /api id api-cluster"]
            ) { arguments throws(CommandLineError) in
                var frontend = try httpFrontendMatch(arguments)
                frontend.position = .tree
                frontend.tags = try arguments.tags("tags")
                switch arguments.choice("redirect") {
                case "forward"?: frontend.redirect = .forward
                case "permanent"?: frontend.redirect = .permanent
                case "unauthorized"?: frontend.redirect = .unauthorized
                default: break
                }
                switch arguments.choice("redirect-scheme")?.replacingOccurrences(of: "_", with: "-") {
                case "use-same"?: frontend.redirectScheme = .useSame
                case "use-http"?: frontend.redirectScheme = .useHTTP
                case "use-https"?: frontend.redirectScheme = .useHTTPS
                default: break
                }
                if let template = arguments.string("redirect-template") { frontend.redirectTemplate = template }
                if let host = arguments.string("rewrite-host") { frontend.rewriteHost = host }
                if let path = arguments.string("rewrite-path") { frontend.rewritePath = path }
                if let port = try arguments.unsigned32("rewrite-port") {
                    guard (1...65535).contains(port) else {
                        throw arguments.error("--rewrite-port takes a TCP port from 1 to 65535", at: "rewrite-port")
                    }
                    frontend.rewritePort = port
                }
                if arguments.flag("required-auth") { frontend.requiredAuth = true }
                frontend.headers = try headers(arguments)
                if let hsts = try hsts(arguments) { frontend.hsts = hsts }
                return send(arguments, https ? .addHTTPSFrontend(frontend) : .addHTTPFrontend(frontend), effect: .change)
            },
            CommandSpec(
                "remove", summary: "remove an \(kind) routing rule (address, host, path, method and route must match)",
                options: matching, positionals: target
            ) { arguments throws(CommandLineError) in
                let frontend = try httpFrontendMatch(arguments)
                return send(arguments, https ? .removeHTTPSFrontend(frontend) : .removeHTTPFrontend(frontend), effect: .destructive)
            },
        ])
    }

    /// The fields that identify an HTTP(S) frontend, shared by add and remove.
    static func httpFrontendMatch(_ arguments: ParsedArguments) throws(CommandLineError) -> Command_RequestHttpFrontend {
        var frontend = Command_RequestHttpFrontend()
        switch arguments.positional("route")?.text.lowercased() {
        case "deny"?:
            if let extra = arguments.positional("cluster-id") {
                throw CommandLineError("deny takes no cluster id", at: extra.range)
            }
        default:
            guard let cluster = arguments.positional("cluster-id") else {
                throw arguments.missing("a cluster id after 'id'")
            }
            frontend.clusterID = cluster.text
        }
        frontend.address = try arguments.requiredAddress("address")
        frontend.hostname = try arguments.requiredString("hostname")
        var path = Command_PathRule()
        if let prefix = arguments.string("path-prefix") {
            path.kind = .prefix
            path.value = prefix
        } else if let regex = arguments.string("path-regex") {
            path.kind = .regex
            path.value = regex
        } else if let equals = arguments.string("path-equals") {
            path.kind = .equals
            path.value = equals
        } else {
            path.kind = .prefix
            path.value = ""
        }
        frontend.path = path
        if let method = arguments.string("method") { frontend.method = method }
        return frontend
    }

    /// `request|response|both=NAME=VALUE`, checked as Sōzu's CLI checks it.
    static func headers(_ arguments: ParsedArguments) throws(CommandLineError) -> [Command_Header] {
        try (arguments.options["header"] ?? []).map { (token) throws(CommandLineError) in
            let parts = token.text.split(separator: "=", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else {
                throw CommandLineError("--header takes POSITION=NAME=VALUE, like response=X-Frame-Options=DENY, not '\(token.text)'", at: token.range)
            }
            var header = Command_Header()
            switch parts[0].lowercased() {
            case "request": header.position = .request
            case "response": header.position = .response
            case "both": header.position = .both
            default:
                throw CommandLineError("--header position must be request, response or both, not '\(parts[0])'", at: token.range,
                                       expected: ["request", "response", "both"], suggestion: Suggestion.nearest(to: String(parts[0]), among: ["request", "response", "both"]))
            }
            let tokenCharacters = CharacterSet(charactersIn: "!#$%&'*+-.^_`|~").union(.alphanumerics)
            guard !parts[1].isEmpty, parts[1].unicodeScalars.allSatisfy({ $0.isASCII && tokenCharacters.contains($0) }) else {
                throw CommandLineError("--header name '\(parts[1])' is not a valid HTTP field name", at: token.range)
            }
            guard parts[2].unicodeScalars.allSatisfy({ $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7f) }) else {
                throw CommandLineError("--header value must not contain control characters", at: token.range)
            }
            header.key = String(parts[1])
            header.val = String(parts[2])
            return header
        }
    }

    static func layer4FrontendCommand(_ name: String, udp: Bool) -> CommandSpec {
        let kind = udp ? "UDP" : "TCP"
        let identity = [
            clusterIDOption,
            OptionSpec("address", short: "a", .address, required: true, live: udp ? .udpListenerAddress : .tcpListenerAddress, help: "the listener's address"),
        ]
        return CommandSpec(name, summary: "\(kind) frontends: a listener's traffic to a cluster", subcommands: [
            CommandSpec("add", summary: "send a \(kind) listener's traffic to a cluster",
                        options: identity + [OptionSpec("tags", .tags, valueName: "K=V,...", help: "tags, like 'owner=ops'")]) { arguments throws(CommandLineError) in
                let cluster = try arguments.requiredString("id"), address = try arguments.requiredAddress("address"), tags = try arguments.tags("tags")
                if udp {
                    var frontend = Command_RequestUdpFrontend()
                    (frontend.clusterID, frontend.address, frontend.tags) = (cluster, address, tags)
                    return send(arguments, .addUdpFrontend(frontend), effect: .change)
                }
                var frontend = Command_RequestTcpFrontend()
                (frontend.clusterID, frontend.address, frontend.tags) = (cluster, address, tags)
                return send(arguments, .addTcpFrontend(frontend), effect: .change)
            },
            CommandSpec("remove", summary: "remove a \(kind) frontend", options: identity) { arguments throws(CommandLineError) in
                let cluster = try arguments.requiredString("id"), address = try arguments.requiredAddress("address")
                if udp {
                    var frontend = Command_RequestUdpFrontend()
                    (frontend.clusterID, frontend.address) = (cluster, address)
                    return send(arguments, .removeUdpFrontend(frontend), effect: .destructive)
                }
                var frontend = Command_RequestTcpFrontend()
                (frontend.clusterID, frontend.address) = (cluster, address)
                return send(arguments, .removeTcpFrontend(frontend), effect: .destructive)
            },
        ])
    }

    static let frontendCommand = CommandSpec("frontend", summary: "frontends: list, and add or remove HTTP, HTTPS, TCP and UDP ones", subcommands: [
        httpFrontendCommand("http", https: false),
        httpFrontendCommand("https", https: true),
        layer4FrontendCommand("tcp", udp: false),
        layer4FrontendCommand("udp", udp: true),
        CommandSpec(
            "list", summary: "list frontends, by protocol and domain",
            options: [
                .flag("http", help: "HTTP frontends"),
                .flag("https", help: "HTTPS frontends"),
                .flag("tcp", help: "TCP frontends"),
                OptionSpec("domain", short: "d", .text, live: .hostname, help: "only frontends whose host name contains this"),
            ],
            details: ["With no protocol flag, Sōzu lists every kind."]
        ) { arguments in
            var filters = Command_FrontendFilters()
            filters.http = arguments.flag("http")
            filters.https = arguments.flag("https")
            filters.tcp = arguments.flag("tcp")
            if let domain = arguments.string("domain") { filters.domain = domain }
            return send(arguments, .listFrontends(filters), effect: .query)
        },
    ])
}
