import Foundation
import SozuProto
import SozuClient

/// The console's command language: the `sozu` CLI's commands, flags and short forms, the
/// requests the CLI cannot send, and the console's own commands. Help, completion and the
/// parser all read this one definition.
public enum ConsoleGrammar {
    public static let commands: [CommandSpec] =
        processCommands + clusterCommands + [frontendCommand, listenerCommand, certificateCommand] + consoleCommands

    /// Builds the console command for a request from a leaf's arguments.
    static func send(
        _ arguments: ParsedArguments, _ requestType: Command_Request.OneOf_RequestType,
        effect: RequestEffect, waitsWithoutTimeout: Bool = false, flow: RequestFlow = .single
    ) -> ConsoleCommand {
        var request = Command_Request()
        request.requestType = requestType
        return .request(PlannedRequest(
            verb: arguments.verb, text: arguments.text, request: request, effect: effect,
            waitsWithoutTimeout: waitsWithoutTimeout, flow: flow))
    }

    // MARK: - The proxy as a whole

    static let processCommands: [CommandSpec] = [
        CommandSpec(
            "shutdown", summary: "stop the proxy: soft (workers drain their connections first) or --hard",
            options: [
                .flag("hard", help: "do not wait for connections to finish"),
                .flag("rolling", help: "one target at a time (with @…), each to its end before the next"),
                rollingSettleOption,
            ],
            details: ["A soft stop is watched worker by worker until the main process exits."]
        ) { arguments throws(CommandLineError) in
            let hard = arguments.flag("hard")
            if arguments.flag("rolling") {
                guard !hard else { throw arguments.error("--rolling stops softly: drop --hard", at: "hard") }
                return .rolling(.softStop, settle: try rollingSettle(arguments))
            }
            return send(arguments, hard ? .hardStop(Command_HardStop()) : .softStop(Command_SoftStop()),
                        effect: .destructive, waitsWithoutTimeout: true, flow: .stop(hard: hard))
        },
        CommandSpec(
            "upgrade", summary: "upgrade the main process and then every worker, or one worker",
            options: [
                OptionSpec("worker", .unsigned32, valueName: "ID", live: .runningWorkerID, help: "upgrade only this worker"),
                .flag("rolling", help: "one target at a time (with @…), each checked healthy before the next"),
                rollingSettleOption,
            ],
            details: [
                "--rolling upgrades the addressed targets in turn: each one's main process and workers, then a check",
                "that all its workers run, that it answers, and that no backend went down within the settle time.",
                "It stops at the first target that fails, and says what is left.",
            ]
        ) { arguments throws(CommandLineError) in
            if arguments.flag("rolling") {
                guard try arguments.unsigned32("worker") == nil else { throw arguments.error("--rolling upgrades whole targets: drop --worker", at: "worker") }
                return .rolling(.upgrade, settle: try rollingSettle(arguments))
            }
            if let worker = try arguments.unsigned32("worker") {
                return send(arguments, .upgradeWorker(worker), effect: .change, waitsWithoutTimeout: true, flow: .upgradeWorker(worker))
            }
            return send(arguments, .upgradeMain(Command_UpgradeMain()), effect: .change, waitsWithoutTimeout: true, flow: .upgradeMain)
        },
        CommandSpec("status", summary: "ask every worker whether it answers") { arguments in
            send(arguments, .status(Command_Status()), effect: .query)
        },
        CommandSpec("workers", summary: "list the workers the main process knows, stopped ones included") { arguments in
            send(arguments, .listWorkers(Command_ListWorkers()), effect: .query)
        },
        CommandSpec("metrics", summary: "read, configure and detail metrics", subcommands: [
            CommandSpec("enable", summary: "start collecting metrics locally") { arguments in
                send(arguments, .configureMetrics(.enabled), effect: .change)
            },
            CommandSpec("disable", summary: "stop collecting metrics locally") { arguments in
                send(arguments, .configureMetrics(.disabled), effect: .change)
            },
            CommandSpec("clear", summary: "delete the metrics collected so far") { arguments in
                send(arguments, .configureMetrics(.clear), effect: .change)
            },
            CommandSpec(
                "get", summary: "read metrics: merged, per worker, filtered, or the list of names",
                options: [
                    .flag("list", short: "l", help: "list the names of the available metrics"),
                    OptionSpec("refresh", short: "r", .unsigned32, valueName: "SECONDS", help: "read again every SECONDS until stopped"),
                    OptionSpec("names", short: "n", .list, valueName: "NAMES", repeatable: true, help: "only these metrics (comma-separated)"),
                    OptionSpec("clusters", short: "k", .list, valueName: "IDS", repeatable: true, live: .clusterID, help: "only these clusters (comma-separated)"),
                    OptionSpec("backends", short: "b", .list, valueName: "IDS", repeatable: true, live: .backendID, help: "only these backends (comma-separated)"),
                    .flag("no-clusters", help: "only the main process's and workers' own metrics"),
                    .flag("workers", short: "w", help: "each worker's metrics apart instead of merged"),
                    .flag("rate", help: "per-second rates: read twice, --interval apart, and show the differences"),
                    OptionSpec("interval", short: "i", .seconds, valueName: "SECONDS", help: "with --rate: the time between the two reads (default 1; 0.2 to 300)"),
                ]
            ) { arguments throws(CommandLineError) in
                var options = Command_QueryMetricsOptions()
                options.list = arguments.flag("list")
                options.metricNames = arguments.list("names")
                options.clusterIds = arguments.list("clusters")
                options.backendIds = arguments.list("backends")
                options.noClusters = arguments.flag("no-clusters")
                options.workers = arguments.flag("workers")
                if arguments.flag("rate") {
                    guard !options.list else { throw arguments.error("--rate reads the metrics, not their names: drop --list", at: "rate") }
                    var interval = Duration.seconds(1)
                    if let text = arguments.string("interval") {
                        guard let parsed = DurationText.parse(text, bareUnit: .seconds), parsed >= .milliseconds(200), parsed <= .seconds(300) else {
                            throw arguments.error("--interval takes 0.2 to 300 seconds (a bare number), or 500ms, 1m; not '\(text)'", at: "interval")
                        }
                        interval = parsed
                    }
                    // Each worker's counters apart: a worker that restarts between the reads
                    // loses its rate, not the whole proxy's.
                    options.workers = true
                    guard case .request(let planned) = send(arguments, .queryMetrics(options), effect: .query) else {
                        throw arguments.error("--rate reads metrics", at: "rate")
                    }
                    return .metricsRate(planned, interval: interval)
                }
                if arguments.string("interval") != nil { throw arguments.error("--interval goes with --rate", at: "interval") }
                let command = send(arguments, .queryMetrics(options), effect: .query)
                guard let seconds = try arguments.unsigned32("refresh") else { return command }
                guard seconds > 0, case .request(let planned) = command else {
                    throw arguments.error("--refresh takes at least 1 second", at: "refresh")
                }
                return .every(interval: .seconds(Int(seconds)), planned, limit: .none)
            },
            CommandSpec(
                "detail", summary: "take or release this console's lease on the metric detail level",
                options: [
                    OptionSpec("ttl", .unsigned32, valueName: "SECONDS", help: "how long the lease lasts (Sōzu's default 60, at most 300)"),
                    OptionSpec("reason", .text, help: "why, as Sōzu reports it in events"),
                    OptionSpec("client-id", .text, valueName: "ID", help: "the lease's owner (default: this console)"),
                ],
                positionals: [PositionalSpec("level", .choice(["process", "frontend", "cluster", "backend", "clear"]), help: "the detail level, or clear to release the lease")],
                details: [
                    "Sōzu keeps the finest level any live lease asks for; `sozu top` takes one too.",
                    "A lease ends when its TTL passes, or when the console that took it clears it: Sōzu binds it to that",
                    "console's process and connection, so a later run cannot clear it (its clear is answered \"completed",
                    "with worker errors\", exit status 1 in one-shot mode); it expires on its own.",
                ]
            ) { arguments throws(CommandLineError) in
                var detail = Command_SetMetricDetail()
                detail.clientID = arguments.string("client-id") ?? defaultMetricDetailClient
                switch arguments.positional("level")?.text.lowercased() {
                case "clear": detail.clear = true
                case "frontend": detail.detail = .detailFrontend
                case "cluster": detail.detail = .detailCluster
                case "backend": detail.detail = .detailBackend
                default: detail.detail = .detailProcess
                }
                if let ttl = try arguments.unsigned32("ttl") { detail.ttlSeconds = ttl }
                if let reason = arguments.string("reason") { detail.reason = reason }
                detail.peerPid = Int32(ProcessInfo.processInfo.processIdentifier)
                return send(arguments, .setMetricDetail(detail), effect: .change)
            },
        ]),
        CommandSpec(
            "logging", summary: "change the logging filter of the main process and workers",
            positionals: [PositionalSpec("filter", help: "a filter such as info or debug,sozu_lib::http=trace")]
        ) { arguments in
            send(arguments, .logging(arguments.positional("filter")?.text ?? ""), effect: .change)
        },
        CommandSpec("state", summary: "save, load and count the proxy's configuration state", subcommands: [
            CommandSpec(
                "save", summary: "write the state to a file (on the proxy's machine)",
                options: [OptionSpec("file", short: "f", .path, required: true, help: "path, relative to the proxy's working directory")]
            ) { arguments throws(CommandLineError) in
                send(arguments, .saveState(try arguments.requiredString("file")), effect: .change)
            },
            CommandSpec(
                "load", summary: "apply a state file (on the proxy's machine)",
                options: [OptionSpec("file", short: "f", .path, required: true, help: "path, relative to the proxy's working directory")]
            ) { arguments throws(CommandLineError) in
                send(arguments, .loadState(try arguments.requiredString("file")), effect: .destructive, waitsWithoutTimeout: true)
            },
            CommandSpec("stats", summary: "count the requests the state has received since start") { arguments in
                send(arguments, .countRequests(Command_CountRequests()), effect: .query)
            },
        ]),
        CommandSpec(
            "reload", summary: "reload clusters, frontends and backends from the configuration file",
            options: [
                OptionSpec("file", short: "f", .path, help: "another configuration file (on the proxy's machine)"),
                .flag("force", help: "send it even when the console finds Sōzu could not load the file (Sōzu's main process panics on such a file)"),
            ]
        ) { arguments throws(CommandLineError) in
            let file = arguments.string("file") ?? ""
            if !arguments.flag("force"), let problem = ConfigurationPreflight.problem(with: file) {
                throw arguments.error("not sent: \(problem). --force sends it anyway", at: "file")
            }
            return send(arguments, .reloadConfiguration(file), effect: .change, waitsWithoutTimeout: true)
        },
        CommandSpec("connection-limit", summary: "the per-(cluster, source IP) connection limit", subcommands: [
            CommandSpec(
                "set", summary: "set the limit (0 disables it)",
                positionals: [PositionalSpec("limit", .unsigned64, help: "simultaneous connections per (cluster, source IP)")]
            ) { arguments throws(CommandLineError) in
                let token = arguments.positional("limit") ?? Token(text: "", range: 0..<0)
                let limit = try ParsedArguments.unsigned(token, maximum: UInt64.max, what: "<limit>")
                return send(arguments, .setMaxConnectionsPerIp(limit), effect: .change)
            },
            CommandSpec("remove", summary: "remove the limit (the same as set 0)") { arguments in
                send(arguments, .setMaxConnectionsPerIp(0), effect: .change)
            },
            CommandSpec("show", summary: "ask for the limit (Sōzu 2.1 answers without it)") { arguments in
                send(arguments, .queryMaxConnectionsPerIp(Command_QueryMaxConnectionsPerIp()), effect: .query)
            },
        ]),
    ]

    /// The lease owner this console uses for `metrics detail`.
    static let defaultMetricDetailClient = "sozu-console-\(ProcessInfo.processInfo.processIdentifier)"
}
