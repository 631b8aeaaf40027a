import Foundation
import SozuCodec
import SozuConfiguration
import SozuProto
import SwiftProtobuf

extension ConsoleGrammar {
    /// HTTP/2 hardening settings of HTTP and HTTPS listener updates; each flag names its field.
    static let h2Options: [OptionSpec] = [
        ("h2-max-rst-stream-per-window", "RST_STREAM frames allowed per window"),
        ("h2-max-ping-per-window", "PING frames allowed per window"),
        ("h2-max-settings-per-window", "SETTINGS frames allowed per window"),
        ("h2-max-empty-data-per-window", "empty DATA frames allowed per window"),
        ("h2-max-continuation-frames", "CONTINUATION frames allowed per header block"),
        ("h2-max-glitch-count", "protocol glitches tolerated before closing"),
        ("h2-initial-connection-window", "initial connection flow-control window (bytes)"),
        ("h2-max-concurrent-streams", "concurrent streams per connection"),
        ("h2-stream-shrink-ratio", "when to shrink the stream table"),
        ("h2-max-header-list-size", "largest header list accepted (bytes)"),
        ("h2-max-header-table-size", "largest HPACK dynamic table accepted from the peer"),
        ("h2-max-header-fields", "most header fields per block"),
        ("h2-stream-idle-timeout-seconds", "per-stream idle timeout"),
        ("h2-graceful-shutdown-deadline-seconds", "how long a GOAWAY drain may last"),
        ("h2-max-window-update-stream0-per-window", "WINDOW_UPDATE frames on stream 0 allowed per window"),
    ].map { OptionSpec($0.0, .unsigned32, valueName: "N", help: $0.1) } + [
        ("h2-max-rst-stream-lifetime", "lifetime RST_STREAM budget"),
        ("h2-max-rst-stream-abusive-lifetime", "lifetime budget of abusive RST_STREAM"),
        ("h2-max-rst-stream-emitted-lifetime", "lifetime budget of RST_STREAM the proxy sends"),
    ].map { OptionSpec($0.0, .unsigned64, valueName: "N", help: $0.1) }

    static let answerCodes = ["301", "401", "404", "408", "413", "421", "429", "502", "503", "504", "507"]
    static let answerFileOptions = answerCodes.map {
        OptionSpec("answer-\($0)", .path, valueName: "FILE", help: "file with the body of the proxy's own \($0) answer")
    }

    static let timeoutOptions: [OptionSpec] = [
        OptionSpec("front-timeout", .unsigned32, valueName: "SECONDS", help: "client-side inactivity timeout"),
        OptionSpec("back-timeout", .unsigned32, valueName: "SECONDS", help: "backend-side inactivity timeout"),
        OptionSpec("connect-timeout", .unsigned32, valueName: "SECONDS", help: "backend connection timeout"),
        OptionSpec("request-timeout", .unsigned32, valueName: "SECONDS", help: "time allowed for a whole request"),
    ]

    static let tlsVersionWords = ["tlsv1", "tls_v11", "tls_v12", "tls_v13"]
    static func tlsVersion(_ word: String) -> Command_TlsVersion {
        switch word.lowercased() {
        case "ssl_v2": .sslV2
        case "ssl_v3": .sslV3
        case "tlsv1": .tlsV10
        case "tls_v11": .tlsV11
        case "tls_v13": .tlsV13
        default: .tlsV12
        }
    }

    /// Sets the message's fields named by the given options (`--front-timeout` → `front_timeout`)
    /// from their values: one place for the dozens of numeric listener settings.
    static func patch<Message: SwiftProtobuf.Message>(
        _ message: inout Message, from arguments: ParsedArguments, options: [OptionSpec]
    ) throws(CommandLineError) {
        var fields: [String] = []
        for option in options where arguments.has(option.long) {
            let field = option.long.replacingOccurrences(of: "-", with: "_")
            switch option.value {
            case .unsigned(let maximum)?:
                guard let token = arguments.token(option.long) else { continue }
                let value = try ParsedArguments.unsigned(token, maximum: maximum, what: "--\(option.long)")
                fields.append("\"\(field)\":\"\(value)\"")
            case .text?:
                guard let value = arguments.string(option.long),
                      let encoded = try? JSONEncoder().encode(value), let quoted = String(data: encoded, encoding: .utf8) else { continue }
                fields.append("\"\(field)\":\(quoted)")
            default:
                continue
            }
        }
        guard !fields.isEmpty else { return }
        do {
            let partial = try Message(jsonString: "{\(fields.joined(separator: ","))}")
            let bytes: [UInt8] = try partial.serializedBytes(partial: true)
            try message.merge(serializedBytes: bytes, partial: true)
        } catch {
            throw CommandLineError("\(arguments.verb): cannot set \(fields.joined(separator: ", ")): \(error)", at: arguments.end..<arguments.end)
        }
    }

    /// The proxy's own answers read from files: `--answer-404 FILE` and friends.
    static func httpAnswers(_ arguments: ParsedArguments, codes: [String]) throws(CommandLineError) -> (Command_CustomHttpAnswers, [String: String]) {
        var answers = Command_CustomHttpAnswers()
        var byCode: [String: String] = [:]
        for code in codes {
            guard let body = try arguments.fileContents("answer-\(code)") else { continue }
            byCode[code] = body
            switch code {
            case "301": answers.answer301 = body
            case "401": answers.answer401 = body
            case "404": answers.answer404 = body
            case "408": answers.answer408 = body
            case "413": answers.answer413 = body
            case "421": answers.answer421 = body
            case "429": answers.answer429 = body
            case "502": answers.answer502 = body
            case "503": answers.answer503 = body
            case "504": answers.answer504 = body
            default: answers.answer507 = body
            }
        }
        return (answers, byCode)
    }

    /// A flag pair such as --expect-proxy / --no-expect-proxy: whichever comes last wins, as
    /// with Sōzu's CLI; nil when neither is given.
    static func lastOf(_ arguments: ParsedArguments, on: String, off: String) -> Bool? {
        let yes = arguments.token(on)?.range.lowerBound, no = arguments.token(off)?.range.lowerBound
        switch (yes, no) {
        case (let yes?, let no?): return yes > no
        case (_?, nil): return true
        case (nil, _?): return false
        default: return nil
        }
    }

    /// The address of a new listener: nothing to complete.
    static let addressOption = OptionSpec("address", short: "a", .address, required: true, help: "the listener's address")

    /// The address of an existing listener of this kind: completion offers only those.
    static func existingAddressOption(_ kind: Command_ListenerType) -> OptionSpec {
        let live: LiveValueKind = switch kind {
        case .http: .httpListenerAddress
        case .https: .httpsListenerAddress
        case .tcp: .tcpListenerAddress
        case .udp: .udpListenerAddress
        }
        return OptionSpec("address", short: "a", .address, required: true, live: live, help: "the listener's address")
    }
    static let publicAddressOption = OptionSpec("public-address", .address, valueName: "ADDRESS", help: "the address clients see, if different")
    static let stickyNameOption = OptionSpec("sticky-name", .text, valueName: "NAME", help: "sticky session cookie name")

    static func listenerLifecycle(_ kind: Command_ListenerType) -> [CommandSpec] {
        [
            CommandSpec("remove", summary: "remove a (deactivated) listener", options: [existingAddressOption(kind)]) { arguments throws(CommandLineError) in
                var remove = Command_RemoveListener()
                remove.address = try arguments.requiredAddress("address")
                remove.proxy = kind
                return send(arguments, .removeListener(remove), effect: .destructive)
            },
            CommandSpec("activate", summary: "start accepting connections", options: [existingAddressOption(kind)]) { arguments throws(CommandLineError) in
                var activate = Command_ActivateListener()
                activate.address = try arguments.requiredAddress("address")
                activate.proxy = kind
                activate.fromScm = false
                return send(arguments, .activateListener(activate), effect: .change)
            },
            CommandSpec("deactivate", summary: "stop accepting connections (asks first: its clients are turned away)", options: [existingAddressOption(kind)]) { arguments throws(CommandLineError) in
                var deactivate = Command_DeactivateListener()
                deactivate.address = try arguments.requiredAddress("address")
                deactivate.proxy = kind
                deactivate.toScm = false
                return send(arguments, .deactivateListener(deactivate), effect: .destructive)
            },
        ]
    }

    static let httpAddOptions: [OptionSpec] = [
        addressOption, publicAddressOption,
        OptionSpec("answer-404", .path, valueName: "FILE", help: "file with the body of 404 answers"),
        OptionSpec("answer-503", .path, valueName: "FILE", help: "file with the body of 503 answers"),
        .flag("expect-proxy", help: "expect a PROXY protocol v2 header from clients"),
        stickyNameOption,
    ] + timeoutOptions

    static let httpUpdateOptions: [OptionSpec] = [existingAddressOption(.http), publicAddressOption, stickyNameOption]
        + timeoutOptions
        + [.flag("expect-proxy", help: "expect a PROXY protocol header"), .flag("no-expect-proxy", help: "do not expect a PROXY protocol header")]
        + h2Options
        + [OptionSpec("sozu-id-header", .text, valueName: "NAME", help: "header carrying Sōzu's request id")]
        + answerFileOptions

    /// Defaults of a new HTTP or HTTPS listener, as Sōzu's CLI fills them.
    static func httpListenerDefaults<Config>(_ config: inout Config) where Config: HTTPListenerSettings {
        config.stickyName = "SOZUBALANCEID"
        config.frontTimeout = 60
        config.backTimeout = 30
        config.connectTimeout = 3
        config.requestTimeout = 10
        config.active = false
        config.elideXRealIp = false
        config.sendXRealIp = false
    }

    static let listenerCommand = CommandSpec("listener", summary: "listeners: list, add, remove, activate, deactivate, update", subcommands: [
        CommandSpec("http", summary: "HTTP listeners", subcommands: [
            CommandSpec("add", summary: "add an HTTP listener (inactive until activated)", options: httpAddOptions) { arguments throws(CommandLineError) in
                var config = Command_HttpListenerConfig()
                config.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { config.publicAddress = address }
                httpListenerDefaults(&config)
                config.expectProxy = arguments.flag("expect-proxy")
                try patch(&config, from: arguments, options: [stickyNameOption] + timeoutOptions)
                let (answers, byCode) = try httpAnswers(arguments, codes: ["404", "503"])
                config.httpAnswers = answers
                config.answers = byCode
                return send(arguments, .addHTTPListener(config), effect: .change)
            },
        ] + listenerLifecycle(.http) + [
            CommandSpec("update", summary: "change a running HTTP listener; only the options given change", options: httpUpdateOptions) { arguments throws(CommandLineError) in
                var update = Command_UpdateHttpListenerConfig()
                update.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { update.publicAddress = address }
                if let expect = lastOf(arguments, on: "expect-proxy", off: "no-expect-proxy") { update.expectProxy = expect }
                try patch(&update, from: arguments, options: httpUpdateOptions)
                let (answers, byCode) = try httpAnswers(arguments, codes: answerCodes)
                if !byCode.isEmpty { update.httpAnswers = answers }
                return send(arguments, .updateHTTPListener(update), effect: .change)
            },
        ]),
        CommandSpec("https", summary: "HTTPS listeners", subcommands: [
            CommandSpec(
                "add", summary: "add an HTTPS listener (inactive until activated)",
                options: httpAddOptions + [
                    OptionSpec("tls-versions", .choice(["ssl_v2", "ssl_v3"] + tlsVersionWords), valueName: "VERSION", repeatable: true, help: "an accepted TLS version (repeatable; default TLS_V12 and TLS_V13)"),
                    OptionSpec("tls-cipher-list", .text, valueName: "CIPHER", repeatable: true, help: "an accepted cipher (repeatable)"),
                ],
                details: ["Without --tls-versions the listener accepts TLS 1.2 and 1.3 (Sōzu's CLI sends an empty list instead)."]
            ) { arguments throws(CommandLineError) in
                var config = Command_HttpsListenerConfig()
                config.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { config.publicAddress = address }
                httpListenerDefaults(&config)
                config.expectProxy = arguments.flag("expect-proxy")
                try patch(&config, from: arguments, options: [stickyNameOption] + timeoutOptions)
                let versions = arguments.strings("tls-versions").map(tlsVersion)
                config.versions = versions.isEmpty ? [.tlsV12, .tlsV13] : versions
                let ciphers = arguments.strings("tls-cipher-list")
                config.cipherList = ciphers.isEmpty ? TLSDefaults.cipherList : ciphers
                config.cipherSuites = TLSDefaults.cipherList
                config.signatureAlgorithms = TLSDefaults.signatureAlgorithms
                config.groupsList = TLSDefaults.groups
                config.alpnProtocols = TLSDefaults.alpnProtocols
                config.sendTls13Tickets = 4
                let (answers, byCode) = try httpAnswers(arguments, codes: ["404", "503"])
                config.httpAnswers = answers
                config.answers = byCode
                return send(arguments, .addHTTPSListener(config), effect: .change)
            },
        ] + listenerLifecycle(.https) + [
            CommandSpec(
                "update", summary: "change a running HTTPS listener; only the options given change",
                options: [existingAddressOption(.https)] + httpUpdateOptions.dropFirst() + [
                    .flag("strict-sni-binding", help: "a request's Host must match the TLS server name"),
                    .flag("no-strict-sni-binding", help: "do not bind Host to the TLS server name"),
                    .flag("disable-http11", help: "refuse HTTP/1.1 (HTTP/2 only)"),
                    .flag("enable-http11", help: "accept HTTP/1.1"),
                    OptionSpec("alpn-protocols", .list, valueName: "LIST", help: "ALPN protocols offered, like h2,http/1.1"),
                    .flag("reset-alpn", help: "offer the default ALPN protocols again"),
                ] + hstsOptions
            ) { arguments throws(CommandLineError) in
                var update = Command_UpdateHttpsListenerConfig()
                update.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { update.publicAddress = address }
                if let expect = lastOf(arguments, on: "expect-proxy", off: "no-expect-proxy") { update.expectProxy = expect }
                if let strict = lastOf(arguments, on: "strict-sni-binding", off: "no-strict-sni-binding") { update.strictSniBinding = strict }
                if let disable = lastOf(arguments, on: "disable-http11", off: "enable-http11") { update.disableHTTP11 = disable }
                if arguments.has("alpn-protocols"), arguments.flag("reset-alpn") {
                    throw arguments.error("give --alpn-protocols or --reset-alpn, not both", at: "reset-alpn")
                }
                if arguments.has("alpn-protocols") {
                    var alpn = Command_AlpnProtocols()
                    alpn.values = arguments.list("alpn-protocols")
                    update.alpnProtocols = alpn
                } else if arguments.flag("reset-alpn") {
                    update.alpnProtocols = Command_AlpnProtocols()
                }
                try patch(&update, from: arguments, options: httpUpdateOptions)
                let (answers, byCode) = try httpAnswers(arguments, codes: answerCodes)
                if !byCode.isEmpty { update.httpAnswers = answers }
                if let hsts = try hsts(arguments) { update.hsts = hsts }
                return send(arguments, .updateHTTPSListener(update), effect: .change)
            },
        ]),
        CommandSpec("tcp", summary: "TCP listeners", subcommands: [
            CommandSpec(
                "add", summary: "add a TCP listener (inactive until activated)",
                options: [addressOption, publicAddressOption, .flag("expect-proxy", help: "expect a PROXY protocol v2 header")] + timeoutOptions.dropLast()
            ) { arguments throws(CommandLineError) in
                var config = Command_TcpListenerConfig()
                config.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { config.publicAddress = address }
                config.expectProxy = arguments.flag("expect-proxy")
                config.frontTimeout = 60
                config.backTimeout = 30
                config.connectTimeout = 3
                config.active = false
                try patch(&config, from: arguments, options: Array(timeoutOptions.dropLast()))
                return send(arguments, .addTcpListener(config), effect: .change)
            },
        ] + listenerLifecycle(.tcp) + [
            CommandSpec(
                "update", summary: "change a running TCP listener; only the options given change",
                options: [existingAddressOption(.tcp), publicAddressOption] + timeoutOptions.dropLast()
                    + [.flag("expect-proxy", help: "expect a PROXY protocol header"), .flag("no-expect-proxy", help: "do not expect a PROXY protocol header")]
            ) { arguments throws(CommandLineError) in
                var update = Command_UpdateTcpListenerConfig()
                update.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { update.publicAddress = address }
                if let expect = lastOf(arguments, on: "expect-proxy", off: "no-expect-proxy") { update.expectProxy = expect }
                try patch(&update, from: arguments, options: Array(timeoutOptions.dropLast()))
                return send(arguments, .updateTcpListener(update), effect: .change)
            },
        ]),
        CommandSpec("udp", summary: "UDP listeners", subcommands: [
            CommandSpec("add", summary: "add a UDP listener (inactive until activated)", options: udpOptions) { arguments throws(CommandLineError) in
                var config = Command_UdpListenerConfig()
                config.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { config.publicAddress = address }
                config.frontTimeout = 30
                config.backTimeout = 30
                config.maxRxDatagramSize = 1500
                config.maxFlows = 0
                config.active = false
                try patch(&config, from: arguments, options: udpOptions)
                return send(arguments, .addUdpListener(config), effect: .change)
            },
        ] + listenerLifecycle(.udp) + [
            CommandSpec("update", summary: "change a running UDP listener; only the options given change", options: [existingAddressOption(.udp)] + udpOptions.dropFirst()) { arguments throws(CommandLineError) in
                var update = Command_UpdateUdpListenerConfig()
                update.address = try arguments.requiredAddress("address")
                if let address = try arguments.address("public-address") { update.publicAddress = address }
                try patch(&update, from: arguments, options: udpOptions)
                return send(arguments, .updateUdpListener(update), effect: .change)
            },
        ]),
        CommandSpec("list", summary: "list every listener") { arguments in
            send(arguments, .listListeners(Command_ListListeners()), effect: .query)
        },
    ])

    static let udpOptions: [OptionSpec] = [
        addressOption, publicAddressOption,
        OptionSpec("front-timeout", .unsigned32, valueName: "SECONDS", help: "client flow idle timeout (default 30)"),
        OptionSpec("back-timeout", .unsigned32, valueName: "SECONDS", help: "backend flow idle timeout (default 30)"),
        OptionSpec("max-rx-datagram-size", .unsigned32, valueName: "BYTES", help: "largest datagram read (default 1500)"),
        OptionSpec("max-flows", .unsigned32, valueName: "N", help: "most concurrent flows (0: automatic)"),
    ]
}

