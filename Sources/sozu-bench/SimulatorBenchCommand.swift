import ArgumentParser
import Foundation
import SozuChannel
import SozuProto
import SozuSimulator

/// `sozu-bench sim`: `status` round trips per second against the simulator, over its socket.
struct SimulatorBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Measure status round trips per second against an in-process simulator.",
        discussion: """
            Each client keeps one connection and sends `status` again as soon as the final answer
            of the previous one arrives (one request in flight per connection, as Sōzu requires).
            Every status goes through the main process to every worker and back.
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Concurrent clients; one run per value.")
    var clients: [Int] = [1, 100]

    @Option(name: .long, help: "Workers behind the main process.")
    var workers = 2

    @Option(name: .long, help: "Seconds each run lasts.")
    var seconds: Double = 3

    func validate() throws {
        guard clients.allSatisfy({ $0 > 0 }) else { throw ValidationError("--clients must be positive") }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
    }

    func run() async throws {
        let directory = NSTemporaryDirectory() + "sozu-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let main = SimulatedMainProcess(options: SimulatorOptions(socketPath: directory + "/sozu.sock", workerCount: workers))
        try await main.start()
        for clientCount in clients {
            let (completed, elapsed) = try await measure(clients: clientCount, socket: main.options.socketPath)
            let rate = Double(completed) / elapsed
            print("status round trips, \(workers) workers, \(clientCount) client(s): \(completed) in \(String(format: "%.2f", elapsed)) s = \(String(format: "%.0f", rate))/s")
        }
        await main.shutdown()
    }

    private func measure(clients: Int, socket: String) async throws -> (Int, Double) {
        var status = Command_Request()
        status.status = Command_Status()
        let request = status
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let started = ContinuousClock.now
        let completed = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<clients {
                group.addTask {
                    let connection = try await CommandConnection<Command_Response, Command_Request>.connect(to: socket)
                    var iterator = connection.messages.makeAsyncIterator()
                    var count = 0
                    while ContinuousClock.now < deadline {
                        try await connection.send(request)
                        while let answer = try await iterator.next(), answer.status == .processing {}
                        count += 1
                    }
                    await connection.close()
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = ContinuousClock.now - started
        let (wholeSeconds, attoseconds) = elapsed.components
        return (completed, Double(wholeSeconds) + Double(attoseconds) / 1e18)
    }
}
