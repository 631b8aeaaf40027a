import Foundation
import SozuTestSupport
import Testing

#if canImport(Glibc)
import CoreFoundation
import Glibc
#endif

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

    @Test("sozu-sim --config serves a Sōzu config.toml; `reload -f` of a file Sōzu would panic on is held back (exit 2), --force sends it and the main process goes")
    func sozuConfiguration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.file("config.toml")
        try """
            worker_count = 3
            [[listeners]]
            protocol = "http"
            address = "0.0.0.0:8080"
            [clusters.web]
            protocol = "http"
            frontends = [{ address = "0.0.0.0:8080", hostname = "example.com" }]
            backends = [{ address = "10.0.0.1:80" }, { address = "10.0.0.2:80" }]
            """.write(toFile: configuration, atomically: true, encoding: .utf8)
        try "worker_count = \"three\"\n".write(toFile: directory.file("bad.toml"), atomically: true, encoding: .utf8)
        let simulator = try startSimulator(["--config", configuration])
        defer { simulator.stop() }
        let listed = try run(["--socket", simulator.socket, "-e", "status; frontend list; reload"], directory: directory)
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.outputText.contains("3 workers: 3 RUNNING."))
        #expect(listed.outputText.contains("example.com"))
        #expect(listed.standardError.contains("Reloading static configuration at path \(configuration)"))
        let held = try run(["--socket", simulator.socket, "-e", "reload -f \(directory.file("bad.toml"))"], directory: directory)
        #expect(held.status == 2)
        #expect(held.standardError.contains("not sent: the console cannot load \(directory.file("bad.toml")) as Sōzu would"))
        let forced = try run(["--socket", simulator.socket, "-e", "reload -f \(directory.file("bad.toml")) --force"], directory: directory)
        #expect(forced.status == 3)
        simulator.process.waitUntilExit()
        #expect(!simulator.process.isRunning)
    }

    @Test("--demo --config starts the embedded simulator from a Sōzu config.toml (Resources/sample-config.toml)")
    func demoFromConfiguration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let sample = PackagePaths.root.appendingPathComponent("Resources/sample-config.toml").path
        let result = try run(["--demo", "--config", sample, "-e", "status; cluster list"], directory: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputText.contains("3 workers: 3 RUNNING."))
        #expect(result.outputText.contains("postgres") && result.outputText.contains("shop"))
    }

    @Test("exit 4 on a timeout")
    func timeout() throws {
        let simulator = try startSimulator(["--fault", "silent-worker:0", "--worker-timeout", "30"])
        defer { simulator.stop() }
        let result = try run(["--socket", simulator.socket, "-t", "300", "-e", "status"], directory: simulator.directory)
        #expect(result.status == 4)
    }
}

/// The binary's refusals: files that are not its own, input that is not text.
extension OneShotTests {
    @Test("--journal naming a device node, a FIFO or a link: refused with a warning, left as it was, the command still runs")
    func journalRefused() throws {
        let simulator = try startSimulator()
        defer { simulator.stop() }
        let directory = simulator.directory
        var paths: [(String, String)] = []
        if geteuid() == 0 {
            let device = directory.file("n")
            try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
            chmod(device, 0o666)
            paths.append((device, "is a character device, not a regular file"))
        }
        let fifo = directory.file("fifo")
        try #require(mkfifo(fifo, 0o666) == 0)
        paths.append((fifo, "is a FIFO, not a regular file"))
        let target = directory.file("target")
        try "mine\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = directory.file("link")
        try #require(symlink(target, link) == 0)
        paths.append((link, "is a symbolic link"))
        for (path, words) in paths {
            var before = stat()
            lstat(path, &before)
            let result = try ExternalProcess.run(console, ["--socket", simulator.socket, "--journal", path, "-e", "workers"])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.contains("no journal kept: \(path) \(words)"), "\(result.standardError)")
            var after = stat()
            lstat(path, &after)
            #expect(after.st_mode == before.st_mode && after.st_ino == before.st_ino)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
    }

    @Test("a command that is not UTF-8 is refused (exit 2), from -e or from stdin, and nothing is sent")
    func notUTF8() throws {
        let simulator = try startSimulator()
        defer { simulator.stop() }
        let journal = simulator.directory.file("journal.jsonl")
        // From stdin: the first line runs, the bad one and what follows do not.
        let piped = try ExternalProcess.run(
            console, ["--socket", simulator.socket, "--journal", journal],
            input: Data("workers\ncluster remove -i a".utf8) + Data([0xff, 0xfe]) + Data("\nstatus\n".utf8))
        #expect(piped.status == 2)
        #expect(piped.standardError.contains("line 2 of standard input is not valid UTF-8 (at byte 20)"), "\(piped.standardError)")
        #expect(piped.outputText.hasPrefix("OK #1 workers"))
        #expect(!piped.outputText.contains("#2"))
        // From the command line: nothing runs at all.
        let argument = try ExternalProcess.run(
            "/bin/sh", ["-c", "exec \"$0\" --socket \"$1\" --journal \"$2\" -e \"$(printf 'cluster remove -i a\\377')\"", console, simulator.socket, journal])
        #expect(argument.status == 2)
        #expect(argument.standardError.contains("is not valid UTF-8; nothing was run"), "\(argument.standardError)")
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains("\"type\":\"request\"") }.count == 1)
    }
}

extension OneShotTests {
    @Test("tables written to a pipe are not cut to 100 columns; -t takes units")
    func pipedTablesAreWhole() throws {
        let simulator = try startSimulator()
        defer { simulator.stop() }
        let cluster = "a-cluster-with-a-name-far-longer-than-any-terminal-is-wide-" + String(repeating: "x", count: 90)
        let result = try run(["--socket", simulator.socket, "-t", "5s", "-e", "cluster add -i \(cluster) --load-balancing-policy random; cluster list"], directory: simulator.directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputText.contains(cluster), "\(result.outputText)")
        let bad = try run(["--socket", simulator.socket, "-t", "soon", "-e", "status"], directory: simulator.directory)
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("--timeout takes a duration"))
    }
}
