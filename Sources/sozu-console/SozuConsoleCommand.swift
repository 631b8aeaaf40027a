public import ArgumentParser
@preconcurrency import CNcursesw
import Foundation
import Glibc
public import Logging
import SozuClient
import SozuCodec
import SozuConsoleEngine
import SozuSimulator

@main
struct SozuConsoleRoot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-console",
        abstract: "An operator console for the Sozu reverse proxy.",
        discussion: """
            `sozu-console [options]` runs the console: `sozu-console help console` lists its options.

            Examples:
              sozu-console --demo                          # an embedded simulator
              sozu-console --config /etc/sozu/config.toml  # Sozu's command socket
              sozu-console --socket /run/sozu.sock -e status
              sozu-console --demo --fleet 5                # five simulated proxies
              sozu-console --target a=/run/a.sock --target b=ssh://ops@b/run/sozu.sock
              sozu-console --fleet fleet.toml -e '@all status' --json
              echo 'cluster list' | sozu-console --json    # one object per answer
              sozu-console frame decode --type Response < capture.bin
            """,
        version: ProductVersion.line(for: "sozu-console"),
        // The console is the default; `frame` is a tool apart, with its own --json.
        subcommands: [SozuConsoleCommand.self, FrameCommand.self],
        defaultSubcommand: SozuConsoleCommand.self
    )

    static func main() async {
        // The screen's guardian process (see TerminalGuardian): not a command of its own.
        if CommandLine.arguments.dropFirst().first == TerminalGuardian.guardianArgument { TerminalGuardian.runGuardian() }
        await main(nil)
    }
}

/// `sozu-console [options]`: the screen, or one-shot mode.
struct SozuConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "The console: a full screen on a terminal, one-shot with -e or piped commands.",
        discussion: """
            With a terminal: a full-screen console (type `help`). With -e, or commands on a \
            standard input that is not a terminal: runs them and exits with 0 (all OK), 1 (a \
            FAILURE), 2 (a bad command), 3 (cannot connect, or the connection was lost) or 4 (a \
            timeout). The socket is found from --socket, else --config (its command_socket), \
            else $SOZU_SOCKET; --demo starts an embedded simulator of Sozu instead (with \
            --config, on that configuration: a rehearsal of your own set-up). Several proxies: \
            --target NAME=SOCKET_OR_URL (repeatable; ssh://[user@]host[:port]/path reaches a \
            remote socket through ssh, or through $SOZU_CONSOLE_SSH_COMMAND), --fleet FILE, or \
            $XDG_CONFIG_HOME/sozu-console/fleet.toml when it exists and no one-proxy option is given.
            """
    )

    @Option(name: .shortAndLong, help: "Sozu's configuration file: its command_socket is used (with --demo, the simulator starts from it).")
    var config: String?

    @Option(name: .long, help: "The command socket's path.")
    var socket: String?

    @Flag(name: .long, help: "Run against an embedded Sozu simulator (4 workers, a demo state).")
    var demo = false

    @Option(name: .long, help: "The simulator's scenario with --demo (default: Resources/scenarios/demo.toml); a scenario with [[proxy]] tables starts a fleet.")
    var demoScenario: String?

    @Option(name: .customLong("target"), help: "A proxy of the fleet: NAME=SOCKET_PATH or NAME=ssh://[user@]host[:port]/path/to/sozu.sock (repeatable).")
    var targets: [String] = []

    @Option(name: .long, help: "A fleet file (targets with names, sockets or ssh:// urls, tags); with --demo, a number of simulated proxies.")
    var fleet: String?

    @Option(name: [.customShort("e"), .long], help: "Run these commands and exit (repeatable; ';' separates commands).")
    var execute: [String] = []

    @Flag(name: .shortAndLong, help: "One-shot mode: print each response as a JSON object.")
    var json = false

    @Option(name: .shortAndLong, help: "Timeout of each request: 500ms, 5s, 2m; a bare number is milliseconds (0: none). Long verbs never time out.")
    var timeout: String?

    @Option(name: .long, help: "One-shot mode: give up on a soft stop or an upgrade that drains longer than this (e.g. 90s, 5m; exit 4; the proxy goes on). Default: as long as it takes.")
    var drainTimeout: String?

    @Flag(name: .long, help: "Do not ask before destructive commands.")
    var yes = false

    @Flag(name: .long, help: "Refuse every request that would change the proxy.")
    var readOnly = false

    @Option(name: .long, help: "The journal file (default: $XDG_STATE_HOME/sozu-console/journal.jsonl).")
    var journal: String?

    @Flag(name: .long, help: "Keep no journal.")
    var noJournal = false

    @Flag(name: .long, help: "JSON output shows private keys (otherwise written as <redacted: N bytes>).")
    var showKeys = false

    @Option(name: .long, help: "Requests kept on screen once finished (the journal keeps all).")
    var retain: Int = 1_000

    @Option(name: .long, help: "The live view's metrics poll, in seconds (0.2 to 60; listeners every 5 s, certificates every 30 s).")
    var refresh: Double = 1

    @Option(name: .long, help: "What the console logs to stderr (to console.log while the screen is up): trace (every frame), debug (connections), info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .warning

    /// `--drain-timeout`, read.
    private var drainLimit: Duration? {
        drainTimeout.flatMap { DurationText.parse($0, bareUnit: .seconds) }
    }

    func validate() throws {
        if let timeout, DurationText.parse(timeout, bareUnit: .milliseconds) == nil {
            throw ValidationError("--timeout takes a duration: 500ms, 5s, 2m (a bare number is milliseconds; 0: none)")
        }
        if let drainTimeout, DurationText.parse(drainTimeout, bareUnit: .seconds) == nil {
            throw ValidationError("--drain-timeout takes a duration: 90s, 5m, 1h, 500ms (a bare number is seconds)")
        }
        if demo, socket != nil { throw ValidationError("--demo runs its own simulator on a private socket: drop --socket") }
        if !targets.isEmpty || fleet != nil, socket != nil {
            throw ValidationError("--socket names one proxy, --target and --fleet several: give one or the other")
        }
        if demo, !targets.isEmpty { throw ValidationError("--demo runs its own simulators: drop --target (--demo --fleet N starts N)") }
        if demo, let fleet, Int(fleet).map({ !(1...64).contains($0) }) ?? true {
            throw ValidationError("with --demo, --fleet takes a number of simulated proxies, 1 to 64")
        }
        for target in targets {
            do { _ = try TargetSpec(option: target) } catch { throw ValidationError(error.description) }
        }
        if !(1...10_000_000).contains(retain) { throw ValidationError("--retain takes 1 to 10,000,000") }
        if !(0.2...60).contains(refresh) { throw ValidationError("--refresh takes 0.2 to 60 seconds") }
    }

    func run() async throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        // A command must reach the proxy as it was typed, not mended.
        if let position = StandardStreams.argumentsNotUTF8().first {
            StandardStreams.writeError("sozu-console: argument \(position) is not valid UTF-8; nothing was run\n")
            throw ExitCode(OneShotExitStatus.badCommand.rawValue)
        }
        var simulators: [SimulatedMainProcess] = []
        var socketPath: String
        var fleetTargets: [TargetSpec] = []
        var sshCommand: String?
        if demo, let count = fleet.flatMap(Int.init) {
            let started = try await DemoSimulator.startFleet(DemoSimulator.demoFleet(count: count, scenario: demoScenario))
            simulators = started.simulators
            fleetTargets = started.targets
            socketPath = fleetTargets.first?.address.description ?? ""
        } else if demo, let demoScenario, FleetScenario.describesFleet(demoScenario) {
            let scenario: FleetScenario
            do {
                scenario = try FleetScenario(contentsOf: demoScenario)
            } catch {
                StandardStreams.writeError("sozu-console: demo scenario \(demoScenario): \(error)\n")
                throw ExitCode.failure
            }
            let started = try await DemoSimulator.startFleet(scenario)
            simulators = started.simulators
            fleetTargets = started.targets
            socketPath = fleetTargets.first?.address.description ?? ""
        } else if demo {
            let demo = try await DemoSimulator.start(scenario: demoScenario, configuration: config)
            simulators = [demo]
            socketPath = demo.options.socketPath
        } else {
            do {
                (fleetTargets, sshCommand) = try fleetFromOptions()
            } catch {
                StandardStreams.writeError("sozu-console: \(error)\n")
                throw ExitCode(OneShotExitStatus.badCommand.rawValue)
            }
            if let first = fleetTargets.first {
                socketPath = first.address.description
            } else {
                do {
                    socketPath = try SocketLocator(socketOption: socket, configOption: config).locate().path
                } catch {
                    FileHandle.standardError.write(Data("sozu-console: \(error)\n".utf8))
                    throw ExitCode(OneShotExitStatus.unreachable.rawValue)
                }
            }
        }
        var configuration = SessionConfiguration(socketPath: socketPath)
        configuration.configurationPath = config
        configuration.fleet = fleetTargets
        // As GIT_SSH_COMMAND over git's core.sshCommand: the environment wins over the file.
        configuration.sshCommand = ProcessInfo.processInfo.environment["SOZU_CONSOLE_SSH_COMMAND"].flatMap { $0.isEmpty ? nil : $0 } ?? sshCommand
        if let limit = timeout.flatMap({ DurationText.parse($0, bareUnit: .milliseconds) }) {
            configuration.defaultTimeout = limit == .zero ? nil : limit
        }
        configuration.readOnly = readOnly
        configuration.trafficRefreshInterval = .milliseconds(Int((refresh * 1_000).rounded()))
        configuration.retainedFinishedRequests = retain
        var warnings: [String] = []
        if !noJournal {
            do {
                configuration.journal = try Journal(path: journal ?? Journal.defaultPath())
            } catch {
                let warning = "no journal kept: \(error)"
                StandardStreams.writeError("sozu-console: \(warning)\n")
                warnings.append(warning)
            }
        }
        let interactive = execute.isEmpty && isatty(STDIN_FILENO) == 1
        let status: Int32
        if interactive {
            status = try await runScreen(configuration, startupWarnings: warnings)
        } else {
            status = await runOneShot(configuration)
        }
        for simulator in simulators { await DemoSimulator.stop(simulator) }
        if status != 0 { throw ExitCode(status) }
    }

    /// The fleet the options name: the fleet file's targets (--fleet, or the default file when
    /// no one-proxy option is given and it exists), then each --target.
    func fleetFromOptions() throws(FleetError) -> ([TargetSpec], String?) {
        var specs: [TargetSpec] = []
        var sshCommand: String?
        let environment = ProcessInfo.processInfo.environment
        let oneProxyOption = socket != nil || config != nil || environment["SOZU_SOCKET"].map { !$0.isEmpty } == true
        var path = fleet
        if path == nil, targets.isEmpty, !oneProxyOption, FileManager.default.fileExists(atPath: FleetFile.defaultPath()) {
            path = FleetFile.defaultPath()
        }
        if let path {
            let file = try FleetFile(contentsOf: path)
            specs = file.targets
            sshCommand = file.sshCommand
        }
        for option in targets {
            let spec = try TargetSpec(option: option)
            guard !specs.contains(where: { $0.name == spec.name }) else { throw .duplicateTarget(spec.name) }
            specs.append(spec)
        }
        if path != nil, specs.isEmpty { throw .fileValue(path: path ?? "", key: "[[target]]", expected: "at least one target") }
        return (specs, sshCommand)
    }

    /// Tables as wide as `COLUMNS` says, else as the terminal is; not cut at all when stdout
    /// is a file or a pipe (a script reads whole lines).
    static func outputWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return OneShotRunner.Options.unlimitedWidth }
        var rows: UInt16 = 0, columns: UInt16 = 0
        if sozu_tiocgwinsz(STDOUT_FILENO, &rows, &columns) == 0, columns > 0 { return Int(columns) }
        return 100
    }

    func runOneShot(_ base: SessionConfiguration) async -> Int32 {
        var configuration = base
        configuration.subscribesToEvents = false
        configuration.watchesTargets = false
        let session = ConsoleSession(configuration)
        await session.start()
        var options = OneShotRunner.Options()
        options.json = json
        options.showKeys = showKeys
        options.drainTimeout = drainLimit
        options.width = Self.outputWidth()
        let askFirst = !yes && isatty(STDIN_FILENO) == 1 && execute.isEmpty == false
        let confirm: (@Sendable (PlannedRequest) async -> Bool)? = askFirst
            ? { @Sendable planned in TerminalQuestion.confirm("\(planned.text): this is destructive. Proceed? [y/N] ") }
            : nil
        let runner = OneShotRunner(
            session: session, options: options,
            output: { StandardStreams.writeOut($0 + "\n") },
            diagnostics: { StandardStreams.writeError($0 + "\n") },
            confirm: confirm)
        let lines: AsyncThrowingStream<String, any Error> = execute.isEmpty ? StandardStreams.lines() : AsyncThrowingStream { continuation in
            for line in execute { continuation.yield(line) }
            continuation.finish()
        }
        let status = await runner.run(lines)
        await session.shutdown()
        return status.rawValue
    }
}

/// `--log-level` takes swift-log's level names.
extension Logger.Level: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
