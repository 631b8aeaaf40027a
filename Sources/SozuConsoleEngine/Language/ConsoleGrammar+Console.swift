import Foundation
import SozuClient
import SozuProto

extension ConsoleGrammar {
    // MARK: - The console's own commands

    /// The live view's panes, as `top` names them.
    public static let livePanes = ["overview", "clusters", "backends", "workers", "listeners", "certificates"]

    static let consoleCommands: [CommandSpec] = [
        CommandSpec(
            "help", aliases: ["?"], summary: "list commands, or explain one (help cluster add)",
            positionals: [PositionalSpec("command", required: false, takesRest: true, help: "a command")]
        ) { arguments in
            .help(topic: arguments.rest("command").map(\.text))
        },
        CommandSpec("config", summary: "Sōzu configuration files", subcommands: [
            CommandSpec(
                "check", summary: "load a configuration file as Sōzu would and say what it applies (nothing is sent)",
                options: [OptionSpec("file", short: "f", .path, help: "the file (default: the console's --config)")]
            ) { arguments in
                .checkConfiguration(path: arguments.string("file"))
            },
        ]),
        CommandSpec(
            "events", summary: "show the event feed, narrowed by kind, cluster or backend",
            options: [
                OptionSpec("kind", .choice(eventKindNames), repeatable: true, help: "only events of this kind (repeatable)"),
                OptionSpec("cluster", .text, valueName: "ID", live: .clusterID, help: "only events about this cluster"),
                OptionSpec("backend", .text, valueName: "ID", live: .backendID, help: "only events about this backend"),
                OptionSpec("count", .unsigned32, valueName: "N", help: "one-shot mode: end after N events (else it never ends)"),
                OptionSpec("for", .text, valueName: "DURATION", help: "one-shot mode: end after this long (30s, 5m; a bare number is seconds)"),
            ]
        ) { arguments throws(CommandLineError) in
            let kinds = arguments.strings("kind").compactMap { name in
                Command_EventKind.allCases.first { optionWord(for: $0) == name.lowercased() }?.rawValue
            }
            let filter = EventFilter(kinds: Set(kinds), clusterID: arguments.string("cluster"), backendID: arguments.string("backend"))
            return .events(filter, limit: try streamLimit(arguments))
        },
        CommandSpec(
            "json", summary: "show a request's answer as JSON, as --json prints it (content in Sōzu's own JSON)",
            positionals: [PositionalSpec("id", live: .requestID, help: "a request id, like #3 or 3")]
        ) { arguments throws(CommandLineError) in
            .showJSON(try requestID(arguments.positional("id")))
        },
        CommandSpec(
            "wait", summary: "wait until a request has its final answer",
            positionals: [PositionalSpec("id", live: .requestID, help: "a request id, like #3 or 3")]
        ) { arguments throws(CommandLineError) in
            .wait(try requestID(arguments.positional("id")))
        },
        CommandSpec(
            "stop", summary: "stop a repeating command (every; any of its runs' ids, or all), or give up on a request in flight (the proxy still runs it)",
            positionals: [PositionalSpec("id", live: .requestID, help: "a request id, like #3 or 3; or all (every repeating command)")]
        ) { arguments throws(CommandLineError) in
            if arguments.positional("id")?.text.lowercased() == "all" { return .stopAll }
            return .stop(try requestID(arguments.positional("id")))
        },
        CommandSpec(
            "every", summary: "run a command every few seconds until stopped (every 2 metrics get)",
            options: [
                OptionSpec("count", .unsigned32, valueName: "N", help: "stop after N runs (one-shot mode: else it never ends)"),
                OptionSpec("for", .text, valueName: "DURATION", help: "stop after this long (30s, 5m; a bare number is seconds)"),
            ],
            positionals: [
                PositionalSpec("seconds", .seconds, help: "the interval: seconds (a bare number), or 500ms, 1m; at least 0.1 s"),
                PositionalSpec("command", takesRest: true, help: "the command to repeat"),
            ]
        ) { arguments throws(CommandLineError) in
            guard let secondsToken = arguments.positional("seconds") else { throw arguments.missing("<seconds>") }
            guard let interval = DurationText.parse(secondsToken.text, bareUnit: .seconds), interval >= .milliseconds(100), interval <= .seconds(86_400) else {
                throw CommandLineError("every takes an interval from 0.1 to 86400 seconds (5, 500ms, 1m), not '\(secondsToken.text)'", at: secondsToken.range)
            }
            let words = arguments.rest("command")
            let text = words.map(\.text).joined(separator: " ")
            let inner = try CommandParser().parse(tokens: words, end: arguments.end, text: text)
            guard case .request(let planned) = inner else {
                throw CommandLineError("every repeats requests to the proxy only", at: words.first?.range ?? arguments.end..<arguments.end)
            }
            guard planned.effect == .query else {
                throw CommandLineError("every repeats queries only, not '\(planned.verb)'", at: words.first?.range ?? arguments.end..<arguments.end)
            }
            return .every(interval: interval, planned, limit: try streamLimit(arguments))
        },
        CommandSpec(
            "timeout", summary: "set the default timeout of requests (long ones such as shutdown never time out)",
            positionals: [PositionalSpec("seconds", .seconds, help: "seconds (a bare number), or 500ms, 2m; or off")]
        ) { arguments throws(CommandLineError) in
            guard let token = arguments.positional("seconds") else { throw arguments.missing("<seconds>") }
            if token.text.lowercased() == "off" { return .setDefaultTimeout(nil) }
            guard let timeout = DurationText.parse(token.text, bareUnit: .seconds), timeout > .zero, timeout <= .seconds(86_400) else {
                throw CommandLineError("timeout takes a duration up to a day (5 for seconds, 500ms, 2m) or off, not '\(token.text)'", at: token.range, expected: ["off"])
            }
            return .setDefaultTimeout(timeout)
        },
        CommandSpec("quit", aliases: ["exit"], summary: "leave the console") { _ in .quit },
        CommandSpec(
            "top", summary: "the live traffic view beside the prompt, as sozu top shows it (F3; Esc or F3 leaves)",
            positionals: [PositionalSpec("pane", .choice(Self.livePanes), required: false, help: "the pane to open")]
        ) { arguments throws(CommandLineError) in
            .liveView(pane: arguments.positional("pane")?.text.lowercased())
        },
        CommandSpec(
            "use", summary: "make a target the one commands go to without @NAME",
            positionals: [PositionalSpec("target", live: .targetName, help: "a target's name")]
        ) { arguments throws(CommandLineError) in
            guard let token = arguments.positional("target") else { throw arguments.missing("<target>") }
            return .useTarget(token.text)
        },
        CommandSpec("targets", summary: "list the proxies of this console, with their state") { _ in .listTargets },
        CommandSpec("target", summary: "add or remove a proxy of this console: add, remove", subcommands: [
            CommandSpec(
                "add", summary: "add a proxy: a socket path, or ssh://[user@]host[:port]/path/to/sozu.sock",
                positionals: [PositionalSpec("name", help: "its name, for @NAME"), PositionalSpec("address", help: "a socket path or an ssh:// URL")]
            ) { arguments throws(CommandLineError) in
                guard let name = arguments.positional("name"), let address = arguments.positional("address") else { throw arguments.missing("<name> <address>") }
                if let problem = TargetSpec.problem(withName: name.text) { throw CommandLineError(problem, at: name.range) }
                do throws(TargetAddress.ParseError) {
                    return .addTarget(TargetSpec(name: name.text, address: try TargetAddress(parsing: address.text)))
                } catch {
                    throw CommandLineError(error.description, at: address.range)
                }
            },
            CommandSpec(
                "remove", summary: "stop following a proxy (nothing is sent to it)",
                positionals: [PositionalSpec("name", live: .targetName, help: "the target's name")]
            ) { arguments throws(CommandLineError) in
                guard let token = arguments.positional("name") else { throw arguments.missing("<name>") }
                return .removeTarget(token.text)
            },
        ]),
        CommandSpec("fleet", summary: "the proxies as a whole: diff", subcommands: [
            CommandSpec(
                "diff", summary: "compare the targets' clusters, listeners and certificates, and say what differs",
                details: ["Cluster hashes first; then, for clusters that differ, their frontends and backends side by side."]
            ) { _ in .fleetDiff },
        ]),
    ]

    static let rollingSettleOption = OptionSpec(
        "settle", .text, valueName: "DURATION", help: "with --rolling: how long a target must stay healthy before the next (default 10s)")

    static func rollingSettle(_ arguments: ParsedArguments) throws(CommandLineError) -> Duration {
        guard let text = arguments.string("settle") else { return .seconds(10) }
        guard let duration = DurationText.parse(text, bareUnit: .seconds) else {
            throw arguments.error("--settle takes a duration (10s, 1m; a bare number is seconds), not '\(text)'", at: "settle")
        }
        return duration
    }

    /// `--count N` and `--for DURATION`.
    static func streamLimit(_ arguments: ParsedArguments) throws(CommandLineError) -> StreamLimit {
        var limit = StreamLimit()
        if let count = try arguments.unsigned32("count") {
            guard count > 0 else { throw arguments.error("--count takes at least 1", at: "count") }
            limit.count = Int(count)
        }
        if let text = arguments.string("for") {
            guard let duration = DurationText.parse(text, bareUnit: .seconds), duration > .zero else {
                throw arguments.error("--for takes a duration (30s, 5m, 1h; a bare number is seconds), not '\(text)'", at: "for")
            }
            limit.duration = duration
        }
        return limit
    }

    static func requestID(_ token: Token?) throws(CommandLineError) -> RequestID {
        guard let token else { throw CommandLineError("a request id is missing", at: 0..<0) }
        let digits = token.text.hasPrefix("#") ? String(token.text.dropFirst()) : token.text
        guard let value = Int(digits), value > 0 else {
            throw CommandLineError("'\(token.text)' is not a request id (like #3)", at: token.range)
        }
        return RequestID(value)
    }

    // MARK: - Event kinds as they are typed

    static let eventKindNames: [String] = Command_EventKind.allCases.map(optionWord(for:))

    /// How an event kind is typed (`BACKEND_DOWN` → `backend-down`). Spelled out rather than
    /// derived from the case's name at run time: that reflection was a tenth of a one-shot run's
    /// start; the switch is exhaustive, and a test compares it with the derived words.
    static func optionWord(for kind: Command_EventKind) -> String {
        switch kind {
        case .backendDown: "backend-down"
        case .backendUp: "backend-up"
        case .noAvailableBackends: "no-available-backends"
        case .removedBackendHasNoConnections: "removed-backend-has-no-connections"
        case .clusterAdded: "cluster-added"
        case .clusterRemoved: "cluster-removed"
        case .frontendAdded: "frontend-added"
        case .frontendRemoved: "frontend-removed"
        case .certificateAdded: "certificate-added"
        case .certificateRemoved: "certificate-removed"
        case .certificateReplaced: "certificate-replaced"
        case .listenerActivated: "listener-activated"
        case .listenerDeactivated: "listener-deactivated"
        case .configurationReloaded: "configuration-reloaded"
        case .workerKilled: "worker-killed"
        case .workerRelaunched: "worker-relaunched"
        case .loggingLevelChanged: "logging-level-changed"
        case .metricsConfigured: "metrics-configured"
        case .listenerUpdated: "listener-updated"
        case .stateLoaded: "state-loaded"
        case .stateSaved: "state-saved"
        case .listenerAdded: "listener-added"
        case .listenerRemoved: "listener-removed"
        case .sozuStopRequested: "sozu-stop-requested"
        case .mainUpgraded: "main-upgraded"
        case .workerUpgraded: "worker-upgraded"
        case .eventsSubscribed: "events-subscribed"
        case .healthCheckHealthy: "health-check-healthy"
        case .healthCheckUnhealthy: "health-check-unhealthy"
        case .clusterRecovered: "cluster-recovered"
        case .metricDetailChanged: "metric-detail-changed"
        }
    }
}
