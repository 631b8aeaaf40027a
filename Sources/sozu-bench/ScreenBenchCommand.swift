import ArgumentParser
@preconcurrency import CNcursesw
import CMallocArenas
import Foundation
import Glibc
import SozuClient
import SozuCodec
import SozuProto
import SozuConsoleEngine
import SozuSimulator
import Synchronization

/// `sozu-bench screen`: the console's screen under load, in a real pseudo-terminal.
struct ScreenBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Measure the console's frame times, keystroke-to-screen latency and memory.",
        discussion: """
            Starts a simulator, runs `sozu-console` (built next to this tool) in a pseudo-terminal \
            against it, and loads it with repeating `status` commands, adding jobs until the \
            simulator receives --rate requests a second, until it tracked --requests requests \
            (resident memory read then). Then, under the same load, it types a character every \
            50 ms, first into `cat` in raw mode (the floor), then into the console, and times how \
            long until each is on the screen. The console reports each frame's time, full frames \
            and prompt-only repaints apart (SOZU_CONSOLE_FRAME_LOG). Last, memory: an in-process \
            console session keeps --retained finished requests.
            """
    )

    @Option(help: "Requests the console tracks (and retains) before keystrokes are timed.")
    var requests = 10_000

    @Option(help: "Status requests per second to drive, measured where the simulator receives them.")
    var rate = 250

    @Option(help: "Keystrokes to time.")
    var keystrokes = 200

    @Option(help: "Finished requests retained for the memory measurement (0 skips it).")
    var retained = 100_000

    @Option(help: "Terminal size, COLUMNSxROWS.")
    var size = "120x40"

    func run() async throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        let directory = NSTemporaryDirectory() + "sozu-bench-screen-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let main = SimulatedMainProcess(options: SimulatorOptions(socketPath: directory + "/sozu.sock", workerCount: 2))
        try await main.start()
        try await measureScreen(directory: directory, main: main)
        if retained > 0 { await measureMemory(socket: main.options.socketPath) }
        await main.shutdown()
    }

    // MARK: - Frames and keystrokes

    private func measureScreen(directory: String, main: SimulatedMainProcess) async throws {
        let socket = main.options.socketPath
        let (columns, rows) = ConsoleInTerminal.dimensions(size, fallback: (120, 40))
        let console = try ConsoleInTerminal(
            arguments: ["--socket", socket, "--retain", String(requests), "--no-journal"], columns: columns, rows: rows, directory: directory)
        let terminal = console.terminal
        try console.waitForPrompt()

        // Load: `every 0.1 status` jobs. A job waits 0.1 s after each answer, so the rate it
        // drives is measured (requests the simulator received), and jobs are added until it is
        // within 5 % of --rate.
        var jobs = 0
        func addJobs(_ count: Int) async throws {
            for _ in 0..<count {
                terminal.type("every 0.1 status\r")
                try await Task.sleep(for: .milliseconds(30))
            }
            jobs += count
        }
        try await addJobs(max(1, rate / 10))
        var measured = 0.0
        for _ in 0..<6 {
            measured = try await Self.receivedRate(main, over: .seconds(2))
            guard measured < Double(rate) * 0.95 else { break }
            let perJob = max(measured / Double(jobs), 0.5)
            try await addJobs(max(1, Int(((Double(rate) - measured) / perJob).rounded(.up))))
        }
        print("load: \(jobs) repeating status commands, \(Self.format(measured)) requests/s measured at the simulator (aim \(rate)/s)")
        // Fill: until the console has seen --requests requests (it retains that many).
        let fillStart = await main.requestsReceived
        let fillStarted = ContinuousClock.now
        while await main.requestsReceived - fillStart < requests {
            try await Task.sleep(for: .milliseconds(200))
        }
        let fillRate = Double(requests) / (ContinuousClock.now - fillStarted).timeInterval
        let residentAtCount = ProcessUsage.residentMegabytes(of: console.pid)
        print("filled: \(requests) requests in \(Self.format((ContinuousClock.now - fillStarted).timeInterval)) s (\(Self.format(fillRate))/s)")

        // Keystrokes, under the same load: first into `cat` in raw mode (the floor), then the console.
        let loadBefore = await main.requestsReceived
        let loadClock = ContinuousClock.now
        let floor = try await LiveBenchCommand.rawFloor(columns: UInt16(columns), rows: UInt16(rows), keystrokes: keystrokes)
        var latencies: [Double] = []
        for _ in 0..<keystrokes {
            if let latency = console.timeKeystroke() { latencies.append(latency) }
            try await Task.sleep(for: .milliseconds(50))
        }
        let keystrokeLoad = Double(await main.requestsReceived - loadBefore) / (ContinuousClock.now - loadClock).timeInterval
        let resident = ProcessUsage.residentMegabytes(of: console.pid)
        console.stop()
        console.printFrames()
        print("keystroke to screen (\(latencies.count)/\(keystrokes) seen): p50 \(Self.percentile(latencies, 0.5)) ms, p99 \(Self.percentile(latencies, 0.99)) ms, max \(Self.format(latencies.max() ?? 0)) ms; "
            + "reference, cat in raw mode in the same load: p50 \(Self.percentile(floor, 0.5)) ms, p99 \(Self.percentile(floor, 0.99)) ms "
            + "(load while typing: \(Self.format(keystrokeLoad)) requests/s)")
        if let residentAtCount { print("console resident memory when \(requests) requests were reached: \(Self.format(residentAtCount)) MB") }
        if let resident { print("console resident memory after the keystrokes: \(Self.format(resident)) MB") }
    }

    /// Requests per second the simulator received over `period`.
    static func receivedRate(_ main: SimulatedMainProcess, over period: Duration) async throws -> Double {
        let before = await main.requestsReceived
        let started = ContinuousClock.now
        try await Task.sleep(for: period)
        return Double(await main.requestsReceived - before) / (ContinuousClock.now - started).timeInterval
    }

    // MARK: - Memory

    /// In a process of its own (`sozu-bench retain`), so that the simulator's memory is not
    /// counted: a console session that keeps `retained` finished requests.
    private func measureMemory(socket: String) async {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["retain", "--socket", socket, "--count", String(retained)]
        let pipe = Pipe()
        child.standardOutput = pipe
        do {
            try child.run()
        } catch {
            print("memory: cannot start the measuring process: \(error)")
            return
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        print(String(decoding: output, as: UTF8.self), terminator: "")
    }

    /// Gives memory the allocator holds but nobody uses back to the system (glibc's malloc_trim).
    static func trimMalloc() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// The console's frame log: full frames' times, their compositions', and prompt-only
    /// repaints' times, in milliseconds.
    static func frameTimes(_ path: String) -> (full: [Double], prompt: [Double], composition: [Double]) {
        var full: [Double] = [], prompt: [Double] = [], composition: [Double] = []
        for line in (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? [] {
            let words = line.split(separator: " ")
            guard let microseconds = words.first.flatMap({ Double($0) }) else { continue }
            if words.count > 1, words[1] == "prompt" {
                prompt.append(microseconds / 1000)
            } else {
                full.append(microseconds / 1000)
                if words.count > 1, let composed = Double(words[1]) { composition.append(composed / 1000) }
            }
        }
        return (full, prompt, composition)
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> String {
        BenchStatistics.percentile(values, fraction).map(format) ?? "n/a"
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Figures show as they come, even into a pipe.
    static func lineBufferedOutput() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }
}

/// `sozu-bench retain`: a console session keeping many finished requests, and its memory.
struct RetainBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retain", abstract: "Send COUNT status requests through a console session and report resident memory.",
        shouldDisplay: false)

    @Option var socket: String
    @Option var count = 100_000
    @Flag(help: "Only the client (no console session), to tell the two apart.") var clientOnly = false

    func run() async throws {
        if clientOnly {
            let before = ProcessUsage.residentMegabytes(of: getpid()) ?? 0
            let client = CommandClient(socketPath: socket, retainedFinishedRequests: 2_000)
            var request = Command_Request()
            request.status = Command_Status()
            let status = request
            var sent = 0
            while sent < count {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<200 { group.addTask { _ = await client.send(status, timeout: .seconds(15)) } }
                }
                sent += 200
            }
            try await Task.sleep(for: .seconds(2))
            ScreenBenchCommand.trimMalloc()
            print("client only: \(count) requests, resident \(ScreenBenchCommand.format(ProcessUsage.residentMegabytes(of: getpid()) ?? 0)) MB after trim (\(ScreenBenchCommand.format(before)) before)")
            return
        }
        var configuration = SessionConfiguration(socketPath: socket)
        configuration.retainedFinishedRequests = count
        configuration.subscribesToEvents = false
        let before = ProcessUsage.residentMegabytes(of: getpid()) ?? 0
        let session = ConsoleSession(configuration)
        await session.start()
        let batch = 200
        var sent = 0
        while sent < count {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<min(batch, count - sent) {
                    group.addTask {
                        if case .submitted(let id, _)? = await session.execute("status").first { _ = await session.result(of: id) }
                    }
                }
            }
            sent += batch
        }
        // Let the session take in the last answers.
        try await Task.sleep(for: .seconds(2))
        let model = session.store.snapshot()
        let resident = ProcessUsage.residentMegabytes(of: getpid()) ?? 0
        // What the allocator still holds after 100,000 connections came and went is not what
        // the console keeps: give freed memory back, then measure again.
        ScreenBenchCommand.trimMalloc()
        let trimmed = ProcessUsage.residentMegabytes(of: getpid()) ?? 0
        let arenas = sozu_malloc_arena_cap() > 0 ? "\(sozu_malloc_arena_cap())" : "glibc's default or MALLOC_ARENA_MAX"
        print("memory (malloc arenas: \(arenas)): \(model.requests.count) finished requests retained (\(model.requests.values.filter { !$0.isSummarized }.count) whole): "
            + "resident \(ScreenBenchCommand.format(resident)) MB, \(ScreenBenchCommand.format(trimmed)) MB after malloc_trim "
            + "(\(ScreenBenchCommand.format(before)) MB before the session)")
        await session.shutdown()
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}

/// A pseudo-terminal whose output is read on a thread of its own and kept, with a way to wait
/// until some text appears.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let output = Mutex<[UInt8]>([])

    init(columns: UInt16, rows: UInt16) throws {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw ValidationError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw ValidationError("cannot open \(String(cString: name))") }
        sozu_tiocswinsz(slave, rows, columns)
        let master = master
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { return }
                output.withLock { $0 += buffer.prefix(count) }
            }
        }.start()
    }

    var outputCount: Int { output.withLock { $0.count } }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types a character and times, in milliseconds, until it shows (nil: not within 2 s).
    func timeCharacter(_ character: String = "§") -> Double? {
        let mark = outputCount
        let started = ContinuousClock.now
        type(character)
        return waitFor(character, after: mark, timeout: 2) ? (ContinuousClock.now - started).milliseconds : nil
    }

    /// Waits until `text` appears in the output after byte `after`.
    func waitFor(_ text: String, after: Int = 0, timeout: Double) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let found = output.withLock { bytes -> Bool in
                guard bytes.count >= after + needle.count else { return false }
                return bytes[after...].firstRange(of: needle) != nil
            }
            if found { return true }
            usleep(200)
        }
        return false
    }
}
