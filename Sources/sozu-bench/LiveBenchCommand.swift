import ArgumentParser
import Foundation
import Glibc
import SozuChannel
import SozuCodec
import SozuConsoleEngine
import SozuConsoleView
import SozuProto
import SozuSimulator

/// `sozu-bench live`: the console's live view on a big proxy, in a real pseudo-terminal.
struct LiveBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Measure the live view's frame times, keystroke latency, CPU and memory on a big proxy.",
        discussion: """
            Starts a simulator with --clusters clusters of --backends-per-cluster backends serving \
            made-up traffic, runs `sozu-console` (built next to this tool) in a pseudo-terminal \
            against it with the live view open on its backends pane (every backend a row, sorted by \
            requests a second) at --refresh, and for --duration types a character every 500 ms, \
            timing how long until it is on the screen, while it samples the console's CPU time and \
            resident memory every 10 s. The console reports each frame's compose-and-paint time \
            (SOZU_CONSOLE_FRAME_LOG). The reference, measured in the same run: the same keystrokes \
            typed into `cat` in raw mode in a pseudo-terminal of the same size.
            """
    )

    @Option(help: "Clusters of the simulated proxy.")
    var clusters = 200

    @Option(help: "Backends per cluster.")
    var backendsPerCluster = 5

    @Option(help: "The live view's refresh, in seconds.")
    var refresh = 1.0

    @Option(help: "How long to watch, in seconds (the first 70 s, a quarter of shorter runs, are warm-up, not measured).")
    var duration = 600

    @Option(help: "Terminal size, COLUMNSxROWS.")
    var size = "200x60"

    func run() async throws {
        ScreenBenchCommand.lineBufferedOutput()
        let directory = NSTemporaryDirectory() + "sozu-bench-live-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = SimulatorOptions(socketPath: directory + "/sozu.sock", workerCount: 2, connectionsPerWorker: [200])
        options.syntheticTraffic = true
        options.initialState = Self.state(clusters: clusters, backendsPerCluster: backendsPerCluster)
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        let (columns, rows) = ConsoleInTerminal.dimensions(size, fallback: (200, 60))
        print("proxy: \(clusters) clusters, \(clusters * backendsPerCluster) backends, 2 workers; terminal \(columns)x\(rows); refresh \(refresh) s")
        try await Self.measureComposition(socket: main.options.socketPath, columns: Int(columns), rows: Int(rows))
        let floor = try await Self.rawFloor(columns: columns, rows: rows, keystrokes: 200)
        try await measure(directory: directory, socket: main.options.socketPath, columns: columns, rows: rows, floor: floor)
        await main.shutdown()
    }

    /// Clusters `c000`… with backends `c000-0`…, each on its own port.
    static func state(clusters: Int, backendsPerCluster: Int) -> [Command_Request] {
        var requests: [Command_Request] = []
        for index in 0..<clusters {
            let clusterID = String(format: "c%03d", index)
            var cluster = Command_Cluster()
            cluster.clusterID = clusterID
            var add = Command_Request()
            add.addCluster = cluster
            requests.append(add)
            for backendIndex in 0..<backendsPerCluster {
                var backend = Command_AddBackend()
                backend.clusterID = clusterID
                backend.backendID = "\(clusterID)-\(backendIndex)"
                backend.address.ip.v4 = 0x0a00_0000 | UInt32(index)
                backend.address.port = UInt32(8000 + backendIndex)
                var request = Command_Request()
                request.addBackend = backend
                requests.append(request)
            }
        }
        return requests
    }

    private func measure(directory: String, socket: String, columns: UInt16, rows: UInt16, floor: [Double]) async throws {
        let console = try ConsoleInTerminal(
            arguments: ["--socket", socket, "--no-journal", "--refresh", String(refresh)], columns: columns, rows: rows, directory: directory)
        let terminal = console.terminal
        try console.waitForPrompt()
        let pid = console.pid
        // The view, on its backends pane: the biggest table.
        terminal.type("top backends\r")
        guard terminal.waitFor("c000-", timeout: 30) else { throw ValidationError("the backends pane showed no backend") }

        // Histories fill for a minute (60 polls): memory is measured after that.
        let warmUp = min(70, duration / 4)
        try await Task.sleep(for: .seconds(warmUp))
        var samples: [(seconds: Double, cpu: Double, resident: Double)] = []
        let started = ContinuousClock.now
        var nextSample = started
        var latencies: [Double] = []
        while ContinuousClock.now - started < .seconds(duration - warmUp) {
            if ContinuousClock.now >= nextSample, let cpu = ProcessUsage.cpuSeconds(of: pid), let resident = ProcessUsage.residentMegabytes(of: pid) {
                samples.append(((ContinuousClock.now - started).milliseconds / 1000, cpu, resident))
                nextSample = nextSample + .seconds(10)
            }
            if let latency = console.timeKeystroke() { latencies.append(latency) }
            try await Task.sleep(for: .milliseconds(500))
        }
        if let cpu = ProcessUsage.cpuSeconds(of: pid), let resident = ProcessUsage.residentMegabytes(of: pid) {
            samples.append(((ContinuousClock.now - started).milliseconds / 1000, cpu, resident))
        }
        console.stop()
        console.printFrames()
        print("keystroke to screen (\(latencies.count) seen): p50 \(ScreenBenchCommand.percentile(latencies, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(latencies, 0.99)) ms; "
            + "reference, cat in raw mode: p50 \(ScreenBenchCommand.percentile(floor, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(floor, 0.99)) ms")
        if let first = samples.first, let last = samples.last, last.seconds > first.seconds {
            let cpuShare = (last.cpu - first.cpu) / (last.seconds - first.seconds) * 100
            print("console CPU over \(Int(last.seconds - first.seconds)) s: \(ScreenBenchCommand.format(cpuShare)) % of a core")
            let slope = Self.slope(samples.map { ($0.seconds / 60, $0.resident) })
            print("console resident memory: \(ScreenBenchCommand.format(first.resident)) MB → \(ScreenBenchCommand.format(last.resident)) MB, "
                + "slope \(String(format: "%+.3f", slope)) MB/min over \(samples.count) samples")
        }
    }

    /// The view's figures and frames without a terminal: two polls as the console makes them
    /// (their decoding and the rates), then the backends pane composed many times.
    static func measureComposition(socket: String, columns: Int, rows: Int) async throws {
        let connection = try await CommandConnection<Command_Response, Command_Request>.connect(to: socket)
        // Backend detail, as the view takes it, so that the backends have rows.
        var lease = Command_SetMetricDetail()
        lease.clientID = "sozu-bench-live"
        lease.detail = .detailBackend
        lease.ttlSeconds = 30
        var leaseRequest = Command_Request()
        leaseRequest.setMetricDetail = lease
        try await connection.send(leaseRequest)
        for try await answer in connection.messages where answer.status != .processing { break }
        var traffic = TrafficState()
        var ingestTimes: [Double] = []
        var answers: [[UInt8]] = []
        /// Sends a request on the kept connection and returns its final answer.
        func exchange(_ request: Command_Request) async throws -> Command_Response {
            try await connection.send(request)
            for try await answer in connection.messages where answer.status != .processing { return answer }
            throw ValidationError("the simulator closed the connection")
        }
        for poll in 0..<6 {
            if poll > 0 { try await Task.sleep(for: .milliseconds(500)) }
            // The view's two queries: each worker's proxy figures, then the merged clusters.
            let workers = try await exchange(LiveMetricsQuery.workersRequest)
            let clusters = try await exchange(LiveMetricsQuery.clustersRequest)
            answers = [try MessageCodec.encode(workers), try MessageCodec.encode(clusters)]
            let started = ContinuousClock.now
            traffic.ingest(LiveMetricsQuery.combine(workers: workers.content.metrics, clusters: clusters.content.metrics), at: Date())
            ingestTimes.append((ContinuousClock.now - started).milliseconds)
        }
        lease.clear = true
        leaseRequest.setMetricDetail = lease
        _ = try await exchange(leaseRequest)
        await connection.close()
        var decodeTimes: [Double] = []
        var last: [Command_Response] = []
        for _ in 0..<20 {
            let started = ContinuousClock.now
            last = try answers.map { bytes throws(CodecError) in try MessageCodec.decode(Command_Response.self, from: bytes) }
            decodeTimes.append((ContinuousClock.now - started).milliseconds)
        }
        guard last.count == 2 else { throw ValidationError("no metrics answers") }
        let combined = LiveMetricsQuery.combine(workers: last[0].content.metrics, clusters: last[1].content.metrics)
        // The same answer again, a second apart each time: what a poll costs once warm.
        var copy = traffic
        for index in 0..<50 {
            let started = ContinuousClock.now
            copy.ingest(combined, at: Date().addingTimeInterval(Double(index + 1)))
            ingestTimes.append((ContinuousClock.now - started).milliseconds)
        }
        var model = ConsoleModel(target: socket)
        model.setTraffic(traffic, of: socket)
        var view = ViewState()
        view.live = LiveView(pane: .backends)
        var composeTimes: [Double] = []
        for _ in 0..<300 {
            let started = ContinuousClock.now
            _ = ScreenComposer.compose(model: model, view: view, columns: columns, rows: rows, now: Date())
            composeTimes.append((ContinuousClock.now - started).milliseconds)
        }
        print("the metrics answers of a poll (workers' \(String(format: "%.1f", Double(answers[0].count) / 1024)) KB, clusters' merged \(answers[1].count / 1024) KB, \(traffic.backends.count) backend rows): decoded in p50 \(ScreenBenchCommand.percentile(decodeTimes, 0.5)) ms; "
            + "taking it (rates, histories) p50 \(ScreenBenchCommand.percentile(ingestTimes, 0.5)) ms; "
            + "composing the backends pane alone: p50 \(ScreenBenchCommand.percentile(composeTimes, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(composeTimes, 0.99)) ms")
    }

    /// The floor: the same keystrokes into `cat` in raw mode.
    static func rawFloor(columns: UInt16, rows: UInt16, keystrokes: Int) async throws -> [Double] {
        let terminal = try PseudoTerminal(columns: columns, rows: rows)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "stty raw -echo; echo ready; exec cat"]
        let slave = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
        (process.standardInput, process.standardOutput, process.standardError) = (slave, slave, slave)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        guard terminal.waitFor("ready", timeout: 5) else { throw ValidationError("cat in raw mode did not start") }
        var latencies: [Double] = []
        for _ in 0..<keystrokes {
            if let latency = terminal.timeCharacter() { latencies.append(latency) }
            try await Task.sleep(for: .milliseconds(20))
        }
        return latencies
    }

    /// Least-squares slope of y over x.
    static func slope(_ points: [(Double, Double)]) -> Double {
        guard points.count > 1 else { return 0 }
        let count = Double(points.count)
        let meanX = points.map(\.0).reduce(0, +) / count, meanY = points.map(\.1).reduce(0, +) / count
        let numerator = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
        let denominator = points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
        return denominator > 0 ? numerator / denominator : 0
    }
}
