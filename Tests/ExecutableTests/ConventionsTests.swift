import Foundation
import SozuTestSupport
import Testing

/// What a command-line tool ships with: --version, examples in --help, shell completions.
@Suite("Command-line conventions")
struct ConventionsTests {
    let console = PackagePaths.productsDirectory.appendingPathComponent("sozu-console").path
    let simulator = PackagePaths.productsDirectory.appendingPathComponent("sozu-sim").path

    @Test("--version names the tool, its version and the Sōzu schema it speaks")
    func version() throws {
        for tool in [console, simulator] {
            let result = try ExternalProcess.run(tool, ["--version"])
            #expect(result.status == 0)
            let name = URL(fileURLWithPath: tool).lastPathComponent
            #expect(result.outputText.hasPrefix("\(name) 0."), "\(result.outputText)")
            #expect(result.outputText.contains("Sozu command schema 2.1.0"))
        }
    }

    @Test("--help shows one-line examples")
    func helpExamples() throws {
        let help = try ExternalProcess.run(console, ["--help"]).outputText
        #expect(help.contains("Examples:"))
        #expect(help.contains("sozu-console --demo"))
        #expect(help.contains("sozu-console --socket /run/sozu.sock -e status"))
        // No example line is wrapped: each fits 80 columns.
        let examples = help.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "Examples:" }.dropFirst().prefix { !$0.isEmpty }
        #expect(examples.count >= 4)
        #expect(examples.allSatisfy { $0.count <= 80 && $0.hasPrefix("  ") }, "\(examples)")
    }

    @Test("completion scripts for bash, zsh and fish know the options", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) throws {
        let result = try ExternalProcess.run(console, ["--generate-completion-script", shell])
        #expect(result.status == 0)
        for option in ["socket", "demo", "json", "drain-timeout", "log-level"] {
            #expect(result.outputText.contains(option), "\(shell) completion lacks \(option)")
        }
    }
}
