import ArgumentParser
import Foundation
import SozuChannel
import SozuClient
import SozuCodec
import SozuProto

/// `sozu-bench sim`: round trips through the console's own client against the simulator, beside
/// a C client's on the same socket in the same run, and throughput with many clients.
struct SimulatorBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Measure round trips through the console's client against the simulator, beside a C client's floor.",
        discussion: """
            Latency: `status` (main process → every worker → main) and `list_workers` (main process \
            alone), sent one after the other through `CommandClient.send`, the console's own path: \
            a new connection per request (DirectConnection: a thread of its own), the answer tracked \
            to its end; then the same on SwiftNIO (CommandConnection: what the live view's polls and \
            the simulator use), without tracking. The floor is \
            Resources/bench/raw_client.c (built here with cc): connect, write the frame, read to the \
            final answer, close, timed around all of it, against the same simulator, alternating \
            with ours. A request that did not end in OK or FAILURE is not counted, and is reported.

            Then what waking a caller costs on this machine, without the simulator: a byte echoed \
            by a thread through two pipes, for a caller blocked in read on its own thread (as the \
            C floor waits) and for an async caller on Swift's task pool resumed by a thread \
            blocked in read (as the console's client waits). The difference is what a client whose \
            callers await pays on top of the floor for each answer.

            The simulator is sozu-sim, built next to this tool, in a process of its own.

            Throughput (--clients): each client keeps one connection (CommandConnection) and sends \
            `status` again as soon as the previous final answer arrives.
            """
    )

    @Option(name: .long, help: "Round trips per request kind and client, for the latency figures.")
    var rounds = 2_000

    @Option(name: .long, parsing: .upToNextOption, help: "Concurrent kept-open connections for throughput runs; none: skipped.")
    var clients: [Int] = []

    @Option(name: .long, help: "Workers behind the main process.")
    var workers = 2

    @Option(name: .long, help: "Seconds each throughput run lasts.")
    var seconds: Double = 3

    @Option(name: .long, help: "The C floor client's source.")
    var floorSource = "Resources/bench/raw_client.c"

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be positive") }
        guard clients.allSatisfy({ $0 > 0 }) else { throw ValidationError("--clients must be positive") }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
    }

    func run() async throws {
        let directory = NSTemporaryDirectory() + "sozu-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let socket = directory + "/sozu.sock"
        // The simulator runs in a process of its own, as Sōzu does, so that neither client
        // shares a process (and its threads) with the proxy it measures.
        let simulator = try Self.startSimulator(socket: socket, workers: workers)
        defer { simulator.terminate(); simulator.waitUntilExit() }
        let floor = try FloorClient.build(source: floorSource, into: directory)

        var status = Command_Request()
        status.status = Command_Status()
        var listWorkers = Command_Request()
        listWorkers.listWorkers = Command_ListWorkers()
        print("round trips, \(workers) workers, 1 client, \(rounds) each, alternating in blocks of 100 (µs)")
        for (name, request) in [("status", status), ("list_workers", listWorkers)] {
            let client = CommandClient(socketPath: socket)
            var ours: [Double] = []
            var bare: [Double] = []
            var floorTimes: [Double] = []
            var unanswered = 0
            let payload = try MessageCodec.encode(request)
            _ = await client.send(request, timeout: .seconds(10))  // warm-up
            while ours.count < rounds {
                let block = min(100, rounds - ours.count)
                for _ in 0..<block {
                    let started = ContinuousClock.now
                    let tracked = await client.send(request, timeout: .seconds(10))
                    let elapsed = ContinuousClock.now - started
                    switch tracked?.state {
                    case .ok?, .failure?: ours.append(elapsed.timeInterval * 1e6)
                    default: unanswered += 1
                    }
                    if unanswered > rounds { break }
                }
                for _ in 0..<block {
                    let started = ContinuousClock.now
                    if try await Self.bareRoundTrip(request, socket: socket) { bare.append((ContinuousClock.now - started).timeInterval * 1e6) }
                }
                floorTimes += try floor.run(socket: socket, payload: payload, rounds: block)
                if unanswered > rounds { break }
            }
            await client.shutdown()
            print(Self.line("\(name) CommandClient", ours) + (unanswered > 0 ? ", \(unanswered) without a final answer (not counted)" : ""))
            print(Self.line("\(name) SwiftNIO     ", bare) + " (CommandConnection: connect, send, read to the final answer, close)")
            print(Self.line("\(name) C floor     ", floorTimes))
            print(String(format: "\(name) ratio p50: %.2f", Self.percentile(ours, 0.5) / max(Self.percentile(floorTimes, 0.5), 1e-9)))
        }
        let handOver = await HandOverProbe.measure(rounds: rounds)
        print("waking a caller on this machine, pipe echo, \(rounds) each (µs):")
        print(Self.line("blocking caller, own thread", handOver.blocking) + " (writes, then reads the echo: as the C floor waits)")
        print(Self.line("async caller, task pool   ", handOver.handedOver) + " (writes, then is resumed by a thread blocked in read: as CommandClient waits)")

        for clientCount in clients {
            let (completed, elapsed) = try await measureThroughput(clients: clientCount, socket: socket, request: status)
            let rate = Double(completed) / elapsed
            print("status round trips, kept-open connections, \(clientCount) client(s): \(completed) in \(String(format: "%.2f", elapsed)) s = \(String(format: "%.0f", rate))/s")
        }
    }

    /// `sozu-sim`, built next to this tool, listening on `socket`.
    static func startSimulator(socket: String, workers: Int) throws -> Process {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sozu-sim").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw FloorClient.Failure(description: "\(binary) is missing: swift build -c release --product sozu-sim")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--socket", socket, "--workers", String(workers), "--log-level", "error"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: socket) {
            guard Date() < deadline, process.isRunning else { throw FloorClient.Failure(description: "sozu-sim did not start") }
            usleep(10_000)
        }
        return process
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        BenchStatistics.percentile(values, fraction) ?? 0
    }

    static func line(_ name: String, _ values: [Double]) -> String {
        String(format: "%@: p50 %.0f, p90 %.0f, p99 %.0f (n=%d)", name, percentile(values, 0.5), percentile(values, 0.9), percentile(values, 0.99), values.count)
    }

    /// One request on a connection of its own, without the client's tracking: the channel
    /// layer's share of a round trip. False when the stream ended without a final answer.
    static func bareRoundTrip(_ request: Command_Request, socket: String) async throws -> Bool {
        let connection = try await CommandConnection<Command_Response, Command_Request>.connect(to: socket)
        try await connection.send(request)
        var answered = false
        for try await answer in connection.messages where answer.status != .processing {
            answered = true
            break
        }
        await connection.close()
        return answered
    }

    /// Completed round trips: a stream that ends without a final answer counts for nothing.
    private func measureThroughput(clients: Int, socket: String, request: Command_Request) async throws -> (Int, Double) {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let started = ContinuousClock.now
        let completed = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<clients {
                group.addTask {
                    let connection = try await CommandConnection<Command_Response, Command_Request>.connect(to: socket)
                    var iterator = connection.messages.makeAsyncIterator()
                    var count = 0
                    answering: while ContinuousClock.now < deadline {
                        try await connection.send(request)
                        while true {
                            guard let answer = try await iterator.next() else { break answering }
                            if answer.status != .processing { break }
                        }
                        count += 1
                    }
                    await connection.close()
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        return (completed, (ContinuousClock.now - started).timeInterval)
    }
}

/// Resources/bench/raw_client.c, built with the system's C compiler: the floor of a round trip.
struct FloorClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let binary: String

    static func build(source: String, into directory: String) throws -> FloorClient {
        guard FileManager.default.fileExists(atPath: source) else {
            throw Failure(description: "\(source) is missing: run sozu-bench from the package directory")
        }
        let binary = directory + "/raw_client"
        let compiler = ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let compiler else { throw Failure(description: "no C compiler (cc, clang or gcc) to build \(source)") }
        let result = try Self.run(compiler, ["-O2", "-std=c11", "-o", binary, source])
        guard result.status == 0 else { throw Failure(description: "building \(source) failed:\n\(result.errors)") }
        return FloorClient(binary: binary)
    }

    /// Each round's time in microseconds; a round without a final answer fails the run.
    func run(socket: String, payload: [UInt8], rounds: Int) throws -> [Double] {
        let hex = payload.map { String(format: "%02x", $0) }.joined()
        let result = try Self.run(binary, [socket, hex, String(rounds)])
        guard result.status == 0 else { throw Failure(description: "raw_client failed: \(result.errors)") }
        return result.output.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.flatMap { Double($0) }.map { $0 / 1000 }
        }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
