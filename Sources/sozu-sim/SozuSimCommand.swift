import ArgumentParser
import Foundation
import Logging
import SozuConfiguration
import SozuCodec
import SozuSimulator

/// `sozu-sim`: a stand-in for Sōzu's main process and workers on a real unix socket.
@main
struct SozuSimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-sim",
        abstract: "Simulate Sozu's main process and workers on a command socket.",
        discussion: """
            Answers Sozu's command protocol as Sozu 2.1.0 does: status, workers, listeners, \
            frontends, clusters, backends, health checks, request counts, metrics, events, \
            upgrades, soft and hard stop. A soft stop drains each worker's simulated connections \
            before the main process exits, leaving its socket file behind as Sozu does.
            """,
        version: ProductVersion.line(for: "sozu-sim")
    )

    @Option(name: .long, help: "Socket path to listen on (default: a new path under the temporary directory).")
    var socket: String?

    @Option(name: .long, help: "A scenario file (TOML, see Resources/scenarios/demo.toml); options given here override it.")
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp(
        "A Sozu config.toml: start with the listeners and clusters it generates, its worker count and timeout, and its saved state.",
        discussion: "reload_configuration without a path applies it again; one naming another file loads that file as Sozu does (a file Sozu cannot load stops the main process, as Sozu panics). The simulator listens on --socket or a temporary path, never on the file's command_socket."))
    var config: String?

    @Option(name: .long, help: "Number of workers (default 2).")
    var workers: Int?

    @Option(name: .long, help: "Seconds the main process waits for workers on a task (default 10).")
    var workerTimeout: Double?

    @Option(name: .long, parsing: .upToNextOption, help: "Simulated client connections per worker (one value, or one per worker).")
    var connections: [Int] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Seconds each worker takes to drain its connections in a soft stop (one value, or one per worker).")
    var drainSeconds: [Double] = []

    @Option(name: .long, help: ArgumentHelp(
        "Misbehave on purpose: \(FaultKind.catalogue.map(\.syntax).joined(separator: ", ")). Repeatable.",
        discussion: FaultKind.help))
    var fault: [String] = []

    @Option(name: .long, help: "Seconds between random backend flips (BACKEND_DOWN / BACKEND_UP events) in each worker; off when not given.")
    var backendEvents: Double?

    @Option(name: .long, help: "Seed of the random backend flips (default 1).")
    var seed: UInt64?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "What goes to standard error (default notice): \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")).",
            discussion: "notice shows what Sozu would log of a bad configuration or saved state, and the main process going down; debug adds clients, requests, workers and faults; trace adds every frame.",
            valueName: "level"),
        transform: { text in
            guard let level = Logger.Level(rawValue: text) else {
                throw ValidationError("\(text) is none of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return level
        })
    var logLevel: Logger.Level = .notice

    func validate() throws {
        if let backendEvents, backendEvents <= 0 { throw ValidationError("--backend-events must be positive") }
        for text in fault {
            do {
                _ = try SimulatorFault(parsing: text)
            } catch {
                throw ValidationError(error.description)
            }
        }
        if let workers, workers < 0 { throw ValidationError(SimulatorError.negativeWorkerCount(workers).description) }
        if let workerTimeout, workerTimeout <= 0 { throw ValidationError("--worker-timeout must be positive") }
        guard connections.allSatisfy({ $0 >= 0 }) else { throw ValidationError("--connections must not be negative") }
        guard drainSeconds.allSatisfy({ $0 >= 0 }) else { throw ValidationError("--drain-seconds must not be negative") }
    }

    func run() async throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let path = socket ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("sozu-sim-\(getpid()).sock")
        var options = SimulatorOptions(socketPath: path)
        do {
            if let scenario {
                options = try Scenario(contentsOf: scenario).applied(to: options)
            }
            // Over the scenario's configuration, as every option here is over the scenario.
            if let config {
                let configuration: SozuConfiguration
                do {
                    configuration = try SozuConfiguration(contentsOf: config)
                } catch {
                    throw SimulatorError.configuration(path: config, error)
                }
                options.use(configuration)
            }
            if let workers { options.workerCount = workers }
            if let workerTimeout { options.workerTimeout = .milliseconds(Int(workerTimeout * 1000)) }
            if !connections.isEmpty { options.connectionsPerWorker = connections }
            if !drainSeconds.isEmpty { options.drainDurations = drainSeconds.map { .milliseconds(Int($0 * 1000)) } }
            options.faults += try fault.map { text throws(SimulatorError) in try SimulatorFault(parsing: text) }
            if let backendEvents { options.backendEventInterval = .milliseconds(Int(backendEvents * 1000)) }
            if let seed { options.seed = seed }
        } catch {
            FileHandle.standardError.write(Data("sozu-sim: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let main = SimulatedMainProcess(options: options, logger: Logger(label: "sozu-sim"))
        do {
            try await main.start()
        } catch {
            FileHandle.standardError.write(Data("sozu-sim: \(error)\n".utf8))
            throw ExitCode.failure
        }
        FileHandle.standardOutput.write(Data("sozu-sim: listening on \(path) with \(options.workerCount) workers\n".utf8))
        await main.waitUntilExited()
    }
}
