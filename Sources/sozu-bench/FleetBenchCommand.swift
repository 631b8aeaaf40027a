import ArgumentParser
import Foundation
import Glibc
import SozuClient
import SozuConsoleEngine
import SozuSimulator

/// `sozu-bench fleet`: one console over many proxies.
struct FleetBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "Measure `@all status` and `@all metrics get` over many simulated proxies, and the screen's responsiveness meanwhile.",
        discussion: """
            Starts --targets simulators (2 workers each) in a process of their own, so that what is \
            measured here is the console alone. First the engine: a console session over every \
            target runs each command --rounds times, one after the other; wall time per fan-out, \
            the session's CPU per fan-out, its resident memory. The reference, from the same run: \
            the same command to one target (the floor a fan-out is made of). Then the screen: \
            `sozu-console --fleet` in a pseudo-terminal, the two commands typed in turn, and \
            between them a character whose way to the screen is timed while the fan-out runs; \
            the console's CPU and memory from /proc.
            """
    )

    @Option(help: "Simulated proxies.")
    var targets = 50

    @Option(help: "Fan-outs of each command.")
    var rounds = 30

    @Option(help: "Terminal size for the screen part, COLUMNSxROWS.")
    var size = "120x40"

    func validate() throws {
        guard (2...500).contains(targets) else { throw ValidationError("--targets takes 2 to 500") }
        guard rounds > 0 else { throw ValidationError("--rounds must be positive") }
    }

    /// Lines go out as they are printed, when piped too.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func run() async throws {
        let directory = NSTemporaryDirectory() + "sozu-bench-fleet-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let host = try startHost(directory: directory)
        defer { host.terminate(); host.waitUntilExit() }
        let specs = (1...targets).map { TargetSpec(name: "p\($0)", address: .local(path: directory + "/p\($0).sock")) }
        Self.say("fleet: \(targets) simulated proxies, 2 workers each, in a process of their own")
        try await measureEngine(specs)
        try await measureScreen(specs, directory: directory)
    }

    private func startHost(directory: String) throws -> Process {
        let host = Process()
        host.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        host.arguments = ["fleet-host", "--directory", directory, "--count", String(targets)]
        let pipe = Pipe()
        host.standardOutput = pipe
        try host.run()
        // It says "ready" once every simulator listens.
        let line = pipe.fileHandleForReading.availableData
        guard String(decoding: line, as: UTF8.self).contains("ready") else { throw ValidationError("the simulators did not start") }
        return host
    }

    // MARK: - Engine

    private func measureEngine(_ specs: [TargetSpec]) async throws {
        var configuration = SessionConfiguration(socketPath: specs[0].name)
        configuration.fleet = specs
        configuration.subscribesToEvents = false
        let session = ConsoleSession(configuration)
        await session.start()
        let unreachable = await session.waitUntilReachable(within: .seconds(20)).filter { if case .answered = $0.1 { false } else { true } }
        guard unreachable.isEmpty else { throw ValidationError("\(unreachable.count) targets did not answer") }
        for command in ["status", "metrics get"] {
            // The reference: the same command to one proxy, one after the other.
            var single: [Double] = []
            for _ in 0..<rounds {
                let started = ContinuousClock.now
                guard case .submitted(let id, _)? = await session.execute("@p1 \(command)").last, await session.result(of: id) != nil else { continue }
                single.append((ContinuousClock.now - started).milliseconds)
            }
            var walls: [Double] = []
            let cpuBefore = Self.processCPUMilliseconds()
            for _ in 0..<rounds {
                let started = ContinuousClock.now
                guard case .submittedGroup(let id, _)? = await session.execute("@all \(command)").last,
                      let (_, members) = await session.results(ofGroup: id) else { continue }
                walls.append((ContinuousClock.now - started).milliseconds)
                let failed = members.filter { if case .ok = $0.state { false } else { true } }.count
                if failed > 0 { Self.say("  (\(failed) of \(members.count) answers were not OK)") }
            }
            let cpu = (Self.processCPUMilliseconds() - cpuBefore) / Double(max(1, walls.count))
            Self.say("engine, @all \(command): \(walls.count) fan-outs to \(specs.count) targets, wall p50 \(ScreenBenchCommand.percentile(walls, 0.5)) ms, "
                + "p99 \(ScreenBenchCommand.percentile(walls, 0.99)) ms; session CPU \(ScreenBenchCommand.format(cpu)) ms a fan-out "
                + "(\(ScreenBenchCommand.format(cpu / Double(specs.count))) ms a target)")
            Self.say("  reference, @p1 \(command) alone: wall p50 \(ScreenBenchCommand.percentile(single, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(single, 0.99)) ms")
        }
        Self.say("engine resident memory: \(ScreenBenchCommand.format(ProcessUsage.residentMegabytes(of: getpid()) ?? 0)) MB (\(specs.count) targets, \(rounds * 4) fan-outs retained)")
        await session.shutdown()
    }

    /// This process's user and system CPU, in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    // MARK: - Screen

    private func measureScreen(_ specs: [TargetSpec], directory: String) async throws {
        let fleetFile = directory + "/fleet.toml"
        try specs.map { "[[target]]\nname = \"\($0.name)\"\nsocket = \"\($0.address)\"\n" }.joined(separator: "\n")
            .write(toFile: fleetFile, atomically: true, encoding: .utf8)
        let (columns, rows) = ConsoleInTerminal.dimensions(size, fallback: (120, 40))
        let console = try ConsoleInTerminal(arguments: ["--fleet", fleetFile, "--no-journal", "--yes"], columns: columns, rows: rows, directory: directory)
        let terminal = console.terminal
        try console.waitForPrompt("sozu[p1]>")
        guard terminal.waitFor("\(specs.count) connected", timeout: 20) else { throw ValidationError("the console did not reach every target") }
        let pid = console.pid
        let cpuBefore = ProcessUsage.cpuSeconds(of: pid) ?? 0
        var latencies: [Double] = []
        let commands = ["@all status", "@all metrics get"]
        for round in 0..<(rounds * 2) {
            terminal.type(commands[round % 2] + "\r")
            // While the fan-out is under way: a character, and how long until it shows.
            for _ in 0..<3 {
                try await Task.sleep(for: .milliseconds(15))
                if let latency = console.timeKeystroke() { latencies.append(latency) }
            }
            try await Task.sleep(for: .milliseconds(150))
        }
        let cpu = ((ProcessUsage.cpuSeconds(of: pid) ?? 0) - cpuBefore) * 1000
        let resident = ProcessUsage.residentMegabytes(of: pid) ?? 0
        console.stop()
        Self.say("screen (sozu-console --fleet in a \(columns)x\(rows) pseudo-terminal): \(rounds * 2) fan-outs typed, "
            + "keystroke to screen while they run p50 \(ScreenBenchCommand.percentile(latencies, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(latencies, 0.99)) ms "
            + "(\(latencies.count) keys), max \(ScreenBenchCommand.format(latencies.max() ?? 0)) ms")
        Self.say("  console CPU \(ScreenBenchCommand.format(cpu / Double(rounds * 2))) ms a fan-out (screen included), resident \(ScreenBenchCommand.format(resident)) MB")
    }
}

/// `sozu-bench fleet-host`: the fleet's simulators, in a process apart from the console.
struct FleetHostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fleet-host", abstract: "Run COUNT simulators until stopped.", shouldDisplay: false)

    @Option var directory: String
    @Option var count = 50

    func run() async throws {
        var simulators: [SimulatedMainProcess] = []
        for index in 1...count {
            let main = SimulatedMainProcess(options: SimulatorOptions(socketPath: directory + "/p\(index).sock", workerCount: 2, seed: UInt64(index)))
            try await main.start()
            simulators.append(main)
        }
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
