public import ArgumentParser
@preconcurrency import CNcursesw
import Foundation
import Glibc
public import Logging
import SozuClient
import SozuCodec
import SozuConsoleEngine
import SozuSimulator

@main
struct SozuConsoleRoot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-console",
        abstract: "An operator console for the Sozu reverse proxy.",
        discussion: """
            `sozu-console [options]` runs the console: `sozu-console help console` lists its options.

            Examples:
              sozu-console --demo                          # an embedded simulator
              sozu-console --config /etc/sozu/config.toml  # Sozu's command socket
              sozu-console --socket /run/sozu.sock -e status
              sozu-console --demo --fleet 5                # five simulated proxies
              sozu-console --target a=/run/a.sock --target b=ssh://ops@b/run/sozu.sock
              sozu-console --fleet fleet.toml -e '@all status' --json
              echo 'cluster list' | sozu-console --json    # one object per answer
              sozu-console frame decode --type Response < capture.bin
            """,
        version: ProductVersion.line(for: "sozu-console"),
        // The console is the default; `frame` is a tool apart, with its own --json.
        subcommands: [SozuConsoleCommand.self, FrameCommand.self],
        defaultSubcommand: SozuConsoleCommand.self
    )

    static func main() async {
        // The screen's guardian process (see TerminalGuardian): not a command of its own.
        if CommandLine.arguments.dropFirst().first == TerminalGuardian.guardianArgument { TerminalGuardian.runGuardian() }
        // A one-shot run's usual arguments are read without the parser (see quickOneShot);
        // anything it would refuse goes to the parser, which words the error.
        if let options = ConsoleOptions.quickOneShot(Array(CommandLine.arguments.dropFirst())), (try? options.validate()) != nil {
            do {
                try await options.run()
            } catch {
                // An exit status (what one-shot runs end with) or an error, as the parser's main ends.
                SozuConsoleCommand.exit(withError: error)
            }
            return
        }
        await main(nil)
    }
}

/// `sozu-console [options]`: the screen, or one-shot mode.
struct SozuConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "The console: a full screen on a terminal, one-shot with -e or piped commands.",
        discussion: """
            With a terminal: a full-screen console (type `help`). With -e, or commands on a \
            standard input that is not a terminal: runs them and exits with 0 (all OK), 1 (a \
            FAILURE), 2 (a bad command), 3 (cannot connect, or the connection was lost) or 4 (a \
            timeout). The socket is found from --socket, else --config (its command_socket), \
            else $SOZU_SOCKET; --demo starts an embedded simulator of Sozu instead (with \
            --config, on that configuration: a rehearsal of your own set-up). Several proxies: \
            --target NAME=SOCKET_OR_URL (repeatable; ssh://[user@]host[:port]/path reaches a \
            remote socket through ssh, or through $SOZU_CONSOLE_SSH_COMMAND), --fleet FILE, or \
            $XDG_CONFIG_HOME/sozu-console/fleet.toml when it exists and no one-proxy option is given.
            """
    )

    @Option(name: .shortAndLong, help: "Sozu's configuration file: its command_socket is used (with --demo, the simulator starts from it).")
    var config: String?

    @Option(name: .long, help: "The command socket's path.")
    var socket: String?

    @Flag(name: .long, help: "Run against an embedded Sozu simulator (4 workers, a demo state).")
    var demo = false

    @Option(name: .long, help: "The simulator's scenario with --demo (default: Resources/scenarios/demo.toml); a scenario with [[proxy]] tables starts a fleet.")
    var demoScenario: String?

    @Option(name: .customLong("target"), help: "A proxy of the fleet: NAME=SOCKET_PATH or NAME=ssh://[user@]host[:port]/path/to/sozu.sock (repeatable).")
    var targets: [String] = []

    @Option(name: .long, help: "A fleet file (targets with names, sockets or ssh:// urls, tags); with --demo, a number of simulated proxies.")
    var fleet: String?

    @Option(name: [.customShort("e"), .long], help: "Run these commands and exit (repeatable; ';' separates commands).")
    var execute: [String] = []

    @Flag(name: .shortAndLong, help: "One-shot mode: print each response as a JSON object.")
    var json = false

    @Option(name: .shortAndLong, help: "Timeout of each request: 500ms, 5s, 2m; a bare number is milliseconds (0: none). Long verbs never time out.")
    var timeout: String?

    @Option(name: .long, help: "One-shot mode: give up on a soft stop or an upgrade that drains longer than this (e.g. 90s, 5m; exit 4; the proxy goes on). Default: as long as it takes.")
    var drainTimeout: String?

    @Flag(name: .long, help: "Do not ask before destructive commands.")
    var yes = false

    @Flag(name: .long, help: "Refuse every request that would change the proxy.")
    var readOnly = false

    @Option(name: .long, help: "The journal file (default: $XDG_STATE_HOME/sozu-console/journal.jsonl).")
    var journal: String?

    @Flag(name: .long, help: "Keep no journal.")
    var noJournal = false

    @Flag(name: .long, help: "JSON output shows private keys (otherwise written as <redacted: N bytes>).")
    var showKeys = false

    @Option(name: .long, help: "Requests kept on screen once finished (the journal keeps all).")
    var retain: Int = 1_000

    @Option(name: .long, help: "The live view's metrics poll, in seconds (0.2 to 60; listeners every 5 s, certificates every 30 s).")
    var refresh: Double = 1

    @Option(name: .long, help: "What the console logs to stderr (to console.log while the screen is up): trace (every frame), debug (connections), info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .warning

    /// The options as plain values: what runs the console (and what the quick reading of a
    /// one-shot's arguments makes without this parser, see `ConsoleOptions.quickOneShot`).
    var options: ConsoleOptions {
        ConsoleOptions(
            config: config, socket: socket, demo: demo, demoScenario: demoScenario, targets: targets, fleet: fleet, execute: execute,
            json: json, timeout: timeout, drainTimeout: drainTimeout, yes: yes, readOnly: readOnly, journal: journal,
            noJournal: noJournal, showKeys: showKeys, retain: retain, refresh: refresh, logLevel: logLevel)
    }

    func validate() throws {
        try options.validate()
    }

    func run() async throws {
        try await options.run()
    }
}

/// `--log-level` takes swift-log's level names.
extension Logger.Level: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
