import Foundation
import SozuTestSupport
import Testing

/// `sozu-console -e …` and commands on stdin, run as scripts run them, against `sozu-sim`.
@Suite("sozu-console one-shot mode", .serialized)
struct OneShotTests {
    let console = PackagePaths.productsDirectory.appendingPathComponent("sozu-console").path
    let simulator = PackagePaths.productsDirectory.appendingPathComponent("sozu-sim").path

    /// A `sozu-sim` process on a fresh socket, stopped by `stop()`.
    struct Simulator {
        let process: Process
        let directory: TemporaryDirectory
        var socket: String { directory.file("sozu.sock") }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            directory.remove()
        }
    }

    func startSimulator(_ arguments: [String] = []) throws -> Simulator {
        let directory = try TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: simulator)
        process.arguments = ["--socket", directory.file("sozu.sock")] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: directory.file("sozu.sock")), Date() < deadline { usleep(20_000) }
        return Simulator(process: process, directory: directory)
    }

    func run(_ arguments: [String], input: String = "", directory: TemporaryDirectory) throws -> ExternalProcess.Result {
        try ExternalProcess.run(console, arguments + ["--journal", directory.file("journal.jsonl")], input: Data(input.utf8))
    }

    @Test("exit 0 and a JSON object per response")
    func jsonSuccess() throws {
        let simulator = try startSimulator(["--workers", "3"])
        defer { simulator.stop() }
        let result = try run(["--socket", simulator.socket, "--json", "-e", "status", "-e", "workers"], directory: simulator.directory)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.outputText.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(object["command"] as? String == "workers")
        #expect(((object["content"] as? [String: Any])?["WORKERS"] as? [String: Any])?["vec"] as? [Any] != nil)
        #expect(result.standardError.contains("PROCESSING Querying status of workers..."))
        // The journal got both requests, privately.
        let journal = try String(contentsOfFile: simulator.directory.file("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"variant\":\"STATUS\"") && journal.contains("\"variant\":\"LIST_WORKERS\""))
    }

    @Test("commands on stdin; exit 1 at the first FAILURE")
    func stdinAndFailure() throws {
        let simulator = try startSimulator()
        defer { simulator.stop() }
        let result = try run(["--socket", simulator.socket], input: "status\ncluster remove -i nothing\nstatus\n", directory: simulator.directory)
        #expect(result.status == 1)
        #expect(result.outputText.hasPrefix("OK #1 status"))
        #expect(result.standardError.contains("FAILURE #2 cluster remove"))
        #expect(!result.outputText.contains("#3"))
    }

    @Test("exit 2 for a bad command, 3 without a proxy, read-only refusal is a failure")
    func otherStatuses() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try run(["--socket", directory.file("none.sock"), "-e", "clustr list"], directory: directory)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("did you mean 'cluster'?"))
        let unreachable = try run(["--socket", directory.file("none.sock"), "-e", "status"], directory: directory)
        #expect(unreachable.status == 3)
        #expect(unreachable.standardError.contains("cannot reach Sōzu at"))
        let simulator = try startSimulator()
        defer { simulator.stop() }
        let refused = try run(["--socket", simulator.socket, "--read-only", "-e", "cluster remove -i x"], directory: simulator.directory)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("read-only console"))
    }

    @Test("exit 4 on a timeout")
    func timeout() throws {
        let simulator = try startSimulator(["--fault", "silent-worker:0", "--worker-timeout", "30"])
        defer { simulator.stop() }
        let result = try run(["--socket", simulator.socket, "-t", "300", "-e", "status"], directory: simulator.directory)
        #expect(result.status == 4)
    }
}
