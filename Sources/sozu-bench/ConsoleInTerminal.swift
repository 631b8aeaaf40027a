import ArgumentParser
import Foundation
import Glibc

/// `sozu-console` (built next to this tool) in a pseudo-terminal of its own, as an operator
/// runs it: what `screen`, `live` and `fleet` time.
final class ConsoleInTerminal {
    let terminal: PseudoTerminal
    let process: Process
    let columns: UInt16
    let rows: UInt16
    /// Where the console writes each frame's time when it exits (SOZU_CONSOLE_FRAME_LOG).
    let frameLog: String

    /// HOME and the state directory are `directory`, so nothing of the user's is read or written.
    init(arguments: [String], columns: UInt16, rows: UInt16, directory: String) throws {
        (self.columns, self.rows) = (columns, rows)
        terminal = try PseudoTerminal(columns: columns, rows: rows)
        let console = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sozu-console").path
        frameLog = directory + "/frames.txt"
        process = Process()
        process.executableURL = URL(fileURLWithPath: console)
        process.arguments = arguments
        process.environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": directory, "XDG_STATE_HOME": directory,
            "SOZU_CONSOLE_FRAME_LOG": frameLog, "SWIFT_BACKTRACE": "enable=no",
        ]
        let slave = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
        (process.standardInput, process.standardOutput, process.standardError) = (slave, slave, slave)
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for the prompt (`prompt`), or says the console did not show it.
    func waitForPrompt(_ prompt: String = "sozu>") throws {
        guard terminal.waitFor(prompt, timeout: 20) else { throw ValidationError("the console did not show its prompt") }
    }

    /// A character typed at the prompt, timed until it shows, then erased.
    func timeKeystroke() -> Double? {
        defer { terminal.type("\u{7f}") }
        return terminal.timeCharacter()
    }

    /// Ends the console (SIGTERM: it writes its frame log and restores the terminal).
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// `200x60` as (200, 60); `fallback` when it does not read so.
    static func dimensions(_ size: String, fallback: (UInt16, UInt16)) -> (columns: UInt16, rows: UInt16) {
        let numbers = size.split(separator: "x").compactMap { UInt16($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : fallback
    }

    /// The console's frame log, read once it exited: full frames with their composition
    /// time, and prompt-only repaints, each printed apart.
    func printFrames() {
        let (frames, promptFrames, compositions) = ScreenBenchCommand.frameTimes(frameLog)
        print("full frames: \(frames.count), compose+paint p50 \(ScreenBenchCommand.percentile(frames, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(frames, 0.99)) ms, max \(ScreenBenchCommand.format(frames.max() ?? 0)) ms"
            + " (composing alone p50 \(ScreenBenchCommand.percentile(compositions, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(compositions, 0.99)) ms)")
        print("prompt-only repaints: \(promptFrames.count), p50 \(ScreenBenchCommand.percentile(promptFrames, 0.5)) ms, p99 \(ScreenBenchCommand.percentile(promptFrames, 0.99)) ms")
    }
}

/// What a process costs, from /proc.
enum ProcessUsage {
    /// User and system CPU seconds (fields 14 and 15 of /proc/PID/stat, the 12th and 13th after
    /// the name).
    static func cpuSeconds(of pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func residentMegabytes(of pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
