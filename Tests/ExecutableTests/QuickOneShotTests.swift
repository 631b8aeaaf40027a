import ArgumentParser
import Testing

@testable import sozu_console

@Suite("One-shot arguments read without the parser")
struct QuickOneShotTests {
    /// What swift-argument-parser makes of the arguments, as `sozu-console` runs it.
    static func parsed(_ arguments: [String]) -> ConsoleOptions? {
        guard let command = try? SozuConsoleRoot.parseAsRoot(arguments) as? SozuConsoleCommand else { return nil }
        return command.options
    }

    static let read: [[String]] = [
        ["-e", "status"],
        ["--socket", "/run/sozu.sock", "-e", "status"],
        ["--socket=/run/sozu.sock", "--execute=cluster list", "--json"],
        ["-c", "/etc/sozu/config.toml", "-e", "status", "-e", "list_workers; status", "-j"],
        ["--config=/etc/sozu/config.toml", "-t", "5s", "--drain-timeout", "90s", "-e", "soft_stop", "--yes"],
        ["--target", "a=/run/a.sock", "--target=b=ssh://ops@b/run/sozu.sock", "-e", "@all status", "--read-only"],
        ["--fleet", "fleet.toml", "-e", "@all metrics get", "--json", "--show-keys", "--no-journal"],
        ["--journal", "/tmp/j.jsonl", "--retain", "50", "--refresh", "0.5", "--log-level", "debug", "-e", "status"],
        ["-e", "backend add -i api --backend-id api-0 -a 127.0.0.1:2000", "--timeout=0"],
    ]

    static let leftToTheParser: [[String]] = [
        [],
        ["--socket", "/run/sozu.sock"],  // no -e: the screen, or commands on stdin
        ["-e"],
        ["-e", "-x"],
        ["-e", ""],
        ["--execute=", "--socket", "a"],
        ["-e", "status", "--socket", "a", "--socket", "b"],
        ["-e", "status", "--json", "--json"],
        ["-je", "status"],
        ["-e=status"],
        ["-e", "status", "--help"],
        ["--version"],
        ["console", "-e", "status"],
        ["frame", "decode"],
        ["-e", "status", "--demo"],
        ["-e", "status", "--retain", "many"],
        ["-e", "status", "--refresh", "fast"],
        ["-e", "status", "--log-level", "loud"],
        ["-e", "status", "--json=yes"],
        ["-e", "status", "--", "x"],
        ["-e", "status", "--unknown"],
        ["-e", "status", "stray"],
    ]

    @Test("the arguments it reads, it reads as the parser does")
    func sameAsTheParser() {
        for arguments in Self.read {
            let quick = ConsoleOptions.quickOneShot(arguments)
            #expect(quick != nil, "\(arguments)")
            #expect(quick == Self.parsed(arguments), "\(arguments)")
            #expect((try? quick?.validate()) != nil, "\(arguments)")
        }
    }

    @Test("anything else is left to the parser")
    func leavesTheRest() {
        for arguments in Self.leftToTheParser {
            #expect(ConsoleOptions.quickOneShot(arguments) == nil, "\(arguments)")
        }
    }

    @Test("arguments read but refused by validation go to the parser too, which words the refusal")
    func refusedByValidation() {
        for arguments in [["-e", "status", "--retain", "0"], ["-e", "status", "--timeout", "soon"], ["--socket", "a", "--target", "b=/b.sock", "-e", "status"]] {
            let quick = ConsoleOptions.quickOneShot(arguments)
            #expect(quick != nil, "\(arguments)")
            #expect((try? quick?.validate()) == nil, "\(arguments)")
            #expect(Self.parsed(arguments) == nil, "\(arguments)")
        }
    }
}
