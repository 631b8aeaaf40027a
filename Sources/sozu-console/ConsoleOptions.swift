import ArgumentParser
@preconcurrency import CNcursesw
import Foundation
import Glibc
import Logging
import SozuClient
import SozuCodec
import SozuConsoleEngine
import SozuSimulator

/// What `sozu-console [options]` was asked, as plain values, and running it: the screen or
/// one-shot mode, on one proxy, a fleet or the embedded simulator.
struct ConsoleOptions: Equatable, Sendable {
    var config: String?
    var socket: String?
    var demo = false
    var demoScenario: String?
    var targets: [String] = []
    var fleet: String?
    var execute: [String] = []
    var json = false
    var timeout: String?
    var drainTimeout: String?
    var yes = false
    var readOnly = false
    var journal: String?
    var noJournal = false
    var showKeys = false
    var retain = 1_000
    var refresh: Double = 1
    var logLevel: Logger.Level = .warning
}

extension ConsoleOptions {
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
        // Read once: each ProcessInfo.environment builds the whole dictionary anew.
        let environment = ProcessInfo.processInfo.environment
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
                (fleetTargets, sshCommand) = try fleetFromOptions(environment: environment)
            } catch {
                StandardStreams.writeError("sozu-console: \(error)\n")
                throw ExitCode(OneShotExitStatus.badCommand.rawValue)
            }
            if let first = fleetTargets.first {
                socketPath = first.address.description
            } else {
                do {
                    socketPath = try SocketLocator(socketOption: socket, configOption: config, environment: environment).locate().path
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
        configuration.sshCommand = environment["SOZU_CONSOLE_SSH_COMMAND"].flatMap { $0.isEmpty ? nil : $0 } ?? sshCommand
        if let limit = timeout.flatMap({ DurationText.parse($0, bareUnit: .milliseconds) }) {
            configuration.defaultTimeout = limit == .zero ? nil : limit
        }
        configuration.readOnly = readOnly
        configuration.trafficRefreshInterval = .milliseconds(Int((refresh * 1_000).rounded()))
        configuration.retainedFinishedRequests = retain
        var warnings: [String] = []
        if !noJournal {
            do {
                configuration.journal = try Journal(path: journal ?? Journal.defaultPath(environment: environment))
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
            status = await runOneShot(configuration, environment: environment)
        }
        for simulator in simulators { await DemoSimulator.stop(simulator) }
        if status != 0 { throw ExitCode(status) }
    }

    /// The fleet the options name: the fleet file's targets (--fleet, or the default file when
    /// no one-proxy option is given and it exists), then each --target.
    func fleetFromOptions(environment: [String: String]) throws(FleetError) -> ([TargetSpec], String?) {
        var specs: [TargetSpec] = []
        var sshCommand: String?
        let oneProxyOption = socket != nil || config != nil || environment["SOZU_SOCKET"].map { !$0.isEmpty } == true
        var path = fleet
        if path == nil, targets.isEmpty, !oneProxyOption, FileManager.default.fileExists(atPath: FleetFile.defaultPath(environment: environment)) {
            path = FleetFile.defaultPath(environment: environment)
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
    static func outputWidth(environment: [String: String]) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return OneShotRunner.Options.unlimitedWidth }
        var rows: UInt16 = 0, columns: UInt16 = 0
        if sozu_tiocgwinsz(STDOUT_FILENO, &rows, &columns) == 0, columns > 0 { return Int(columns) }
        return 100
    }

    func runOneShot(_ base: SessionConfiguration, environment: [String: String]) async -> Int32 {
        var configuration = base
        configuration.subscribesToEvents = false
        configuration.watchesTargets = false
        let session = ConsoleSession(configuration)
        await session.start()
        var options = OneShotRunner.Options()
        options.json = json
        options.showKeys = showKeys
        options.drainTimeout = drainLimit
        options.width = Self.outputWidth(environment: environment)
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
