import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

typealias Client = CommandConnection<Command_Response, Command_Request>

func request(_ build: (inout Command_Request) -> Void) -> Command_Request {
    var request = Command_Request()
    build(&request)
    return request
}

/// A simulator on a fresh socket, stopped at the end of the test.
struct RunningSimulator {
    let directory: TemporaryDirectory
    let main: SimulatedMainProcess
    var path: String { main.options.socketPath }

    static func start(
        workers: Int = 2, connections: [Int] = [], drain: [Duration] = [],
        workerTimeout: Duration = .seconds(5), faults: [SimulatorFault] = [], backendEvents: Duration? = nil,
        traffic: Bool = false, slowBackends: Set<String> = [], failingBackends: Set<String> = []
    ) async throws -> RunningSimulator {
        let directory = try TemporaryDirectory()
        var options = SimulatorOptions(
            socketPath: directory.file("sozu.sock"), workerCount: workers, workerTimeout: workerTimeout,
            connectionsPerWorker: connections, drainDurations: drain, faults: faults,
            backendEventInterval: backendEvents, seed: 42)
        options.syntheticTraffic = traffic
        options.slowBackends = slowBackends
        options.failingBackends = failingBackends
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        return RunningSimulator(directory: directory, main: main)
    }

    func stop() async {
        await main.shutdown()
        directory.remove()
    }

    /// Sends one request on a new connection and collects answers up to the final one.
    func send(_ request: Command_Request) async throws -> [Command_Response] {
        let client = try await Client.connect(to: path)
        defer { Task { await client.close() } }
        try await client.send(request)
        var answers: [Command_Response] = []
        for try await answer in client.messages {
            answers.append(answer)
            if answer.status != .processing { break }
        }
        return answers
    }
}
