import ArgumentParser
import Foundation
import Glibc
import SozuCodec

/// `sozu-bench oneshot`: `sozu-console -e status` as a whole process, start to exit, beside a C
/// client's process doing the same round trip and a process that does nothing.
struct OneShotBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oneshot",
        abstract: "Time `sozu-console -e COMMAND` from start to exit against the simulator.",
        discussion: """
            Runs sozu-console (built next to this tool) with --socket, --no-journal and -e COMMAND, \
            --runs times against sozu-sim (also built next to it) in a process of its own, and, \
            alternating with it, two references: Resources/bench/raw_client.c (built with cc) doing \
            one `status` round trip as a process, and /bin/true (what starting any process costs). \
            Wall time from spawn to exit, median and best, in milliseconds. --journal keeps the \
            journal on (the default for an operator), in a throwaway file.
            """
    )

    @Option(help: "How many runs of each.")
    var runs = 50

    @Option(help: "The console command to run.")
    var command = "status"

    @Flag(help: "Keep a journal (in a temporary file), as an operator's console does by default.")
    var journal = false

    @Option(name: .long, help: "The C floor client's source.")
    var floorSource = "Resources/bench/raw_client.c"

    func run() throws {
        let directory = NSTemporaryDirectory() + "sozu-bench-oneshot-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let socket = directory + "/sozu.sock"
        let simulator = try SimulatorBenchCommand.startSimulator(socket: socket, workers: 2)
        defer { simulator.terminate(); simulator.waitUntilExit() }
        let floor = try FloorClient.build(source: floorSource, into: directory)
        let console = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sozu-console").path
        var arguments = ["--socket", socket, "-e", command]
        arguments += journal ? ["--journal", directory + "/journal.jsonl"] : ["--no-journal"]

        var consoleTimes: [Double] = [], floorTimes: [Double] = [], trueTimes: [Double] = []
        for round in 0...runs {
            let consoleTime = try Self.wall(console, arguments)
            let floorTime = try Self.wall(floor.binary, [socket, "6200", "1"])
            let trueTime = try Self.wall("/bin/true", [])
            if round > 0 {  // the first run of each warms the page cache
                consoleTimes.append(consoleTime)
                floorTimes.append(floorTime)
                trueTimes.append(trueTime)
            }
        }
        func line(_ name: String, _ values: [Double]) -> String {
            String(format: "%@: median %.2f ms, best %.2f ms", name, SimulatorBenchCommand.percentile(values, 0.5), values.min() ?? 0)
        }
        print("start to exit, \(runs) runs each, alternating")
        print(line("sozu-console \(arguments.joined(separator: " "))", consoleTimes))
        print(line("raw_client (C), one status round trip", floorTimes))
        print(line("/bin/true", trueTimes))
    }

    /// Milliseconds from spawn to exit; a failed run fails the bench. posix_spawn and waitpid
    /// directly: Foundation's `Process.waitUntilExit` notices an exit only every 50 ms or so.
    static func wall(_ executable: String, _ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw FloorClient.Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let elapsed = ContinuousClock.now - started
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw FloorClient.Failure(description: "\(executable) \(arguments.joined(separator: " ")) ended with status \(status)")
        }
        return elapsed.timeInterval * 1000
    }
}
