import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport

/// A simulator on a fresh socket and a console session pointed at it.
struct Harness {
    let directory: TemporaryDirectory
    let main: SimulatedMainProcess
    let session: ConsoleSession
    var socketPath: String { main.options.socketPath }

    static func start(
        workers: Int = 2, connections: [Int] = [], drain: [Duration] = [], faults: [SimulatorFault] = [],
        workerTimeout: Duration = .seconds(5), traffic: Bool = false, configure: (inout SessionConfiguration) -> Void = { _ in }
    ) async throws -> Harness {
        let directory = try TemporaryDirectory()
        var options = SimulatorOptions(
            socketPath: directory.file("sozu.sock"), workerCount: workers, workerTimeout: workerTimeout,
            connectionsPerWorker: connections, drainDurations: drain, faults: faults, seed: 3)
        options.syntheticTraffic = traffic
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        var configuration = SessionConfiguration.quick(socketPath: directory.file("sozu.sock"))
        configure(&configuration)
        let session = ConsoleSession(configuration)
        await session.start()
        return Harness(directory: directory, main: main, session: session)
    }

    func stop() async {
        await session.shutdown()
        await main.shutdown()
        directory.remove()
    }

    /// Runs one line and returns the id of the request it sent.
    func send(_ line: String) async throws -> RequestID {
        let outcomes = await session.execute(line)
        guard case .submitted(let id, _)? = outcomes.last else {
            throw HarnessError.notSubmitted("\(line): \(outcomes)")
        }
        return id
    }

    func finished(_ line: String) async throws -> ConsoleRequest {
        let id = try await send(line)
        guard let request = await session.result(of: id) else { throw HarnessError.notSubmitted(line) }
        return request
    }

    /// Waits until `condition` holds on the model (checked at every change and every 50 ms).
    func waitFor(_ what: String, timeout: Duration = .seconds(20), _ condition: (ConsoleModel) -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(session.store.snapshot()) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError.timedOut(what)
    }
}

extension SessionConfiguration {
    /// Polls, probes and reconnections quick enough for tests.
    static func quick(socketPath: String) -> SessionConfiguration {
        var configuration = SessionConfiguration(socketPath: socketPath)
        configuration.drainPollInterval = .milliseconds(200)
        configuration.probeInterval = .milliseconds(300)
        configuration.reconnectBackoff = 0.05...0.5
        return configuration
    }
}

enum HarnessError: Error {
    case notSubmitted(String)
    case timedOut(String)
}
