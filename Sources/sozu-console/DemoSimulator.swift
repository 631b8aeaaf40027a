import ArgumentParser
import Foundation
import Logging
import SozuConfiguration
import SozuSimulator
import SozuClient
import SozuConsoleEngine

/// The simulator `--demo` starts in this process, on a private socket.
enum DemoSimulator {
    /// The private directory of the demo's socket, removed by `stop`.
    static let directory = NSTemporaryDirectory() + "sozu-console-demo-\(getpid())"

    static func stop(_ main: SimulatedMainProcess) async {
        await main.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// With `configuration` (a Sōzu config.toml), the simulator starts from it rather than from the
    /// demo scenario's state; a scenario given by name still sets the workers' drains and faults.
    static func start(scenario: String?, configuration: String?) async throws -> SimulatedMainProcess {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var options = SimulatorOptions(socketPath: directory + "/sozu.sock")
        options.workerCount = 4
        options.connectionsPerWorker = [2, 4, 6, 8]
        options.drainDurations = [3, 6, 9, 12].map { .seconds($0) }
        if let path = scenario ?? (configuration == nil ? defaultScenario() : nil) {
            do {
                options = try Scenario(contentsOf: path).applied(to: options)
            } catch {
                FileHandle.standardError.write(Data("sozu-console: demo scenario \(path): \(error)\n".utf8))
                throw ExitCode.failure
            }
        }
        if let configuration {
            do {
                options.use(try SozuConfiguration(contentsOf: configuration))
            } catch {
                FileHandle.standardError.write(Data("sozu-console: \(configuration): \(error)\n".utf8))
                throw ExitCode.failure
            }
        }
        // Its log lines go where the console's go (console.log while the screen is up).
        let main = SimulatedMainProcess(options: options, logger: Logger(label: "sozu-console.demo"))
        try await main.start()
        return main
    }

    /// `--demo --fleet N`, or a fleet scenario: a simulator per proxy, each on its own socket in
    /// the demo's directory; the targets for the console, in order.
    static func startFleet(_ fleet: FleetScenario) async throws -> (simulators: [SimulatedMainProcess], targets: [TargetSpec]) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var base = SimulatorOptions(socketPath: "")
        base.workerCount = 4
        base.connectionsPerWorker = [2, 4, 6, 8]
        base.drainDurations = [3, 6, 9, 12].map { .seconds($0) }
        var simulators: [SimulatedMainProcess] = []
        var targets: [TargetSpec] = []
        for (index, proxy) in fleet.proxies.enumerated() {
            let socket = directory + "/\(proxy.name).sock"
            let options = proxy.options(over: base, socketPath: socket, seed: UInt64(7 + index))
            var logger = Logger(label: "sozu-console.demo")
            logger[metadataKey: "proxy"] = "\(proxy.name)"
            let main = SimulatedMainProcess(options: options, logger: logger)
            do {
                try await main.start()
            } catch {
                for started in simulators { await started.shutdown() }
                throw error
            }
            simulators.append(main)
            targets.append(TargetSpec(name: proxy.name, address: .local(path: socket), tags: proxy.tags))
        }
        return (simulators, targets)
    }

    /// The fleet `--demo --fleet N` starts: N proxies on the demo scenario.
    static func demoFleet(count: Int, scenario: String?) throws -> FleetScenario {
        guard let path = scenario ?? defaultScenario() else { return FleetScenario.demo(count: count, scenario: nil) }
        do {
            return FleetScenario.demo(count: count, scenario: try Scenario(contentsOf: path))
        } catch {
            FileHandle.standardError.write(Data("sozu-console: demo scenario \(path): \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Resources/scenarios/demo.toml, from the current directory or next to the package the
    /// executable was built in.
    static func defaultScenario() -> String? {
        let relative = "Resources/scenarios/demo.toml"
        var candidates = [FileManager.default.currentDirectoryPath + "/" + relative]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent(relative).path)
            directory.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
