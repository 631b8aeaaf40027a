import Foundation
import SozuSimulator
import SozuTestSupport
import Testing

/// The one list of faults: every entry parses from its syntax and prints back to it, every
/// malformed fault is refused with the value that was wrong, and help lists every entry.
@Suite("Fault list")
struct FaultKindTests {
    @Test("the catalogue names five faults, once each, with the syntax help and errors quote")
    func catalogue() {
        #expect(FaultKind.catalogue.map(\.syntax) == [
            "slow-worker:ID:MS", "silent-worker:ID", "crashing-worker:ID", "truncated-answers", "garbage-answers",
        ])
        #expect(Set(FaultKind.catalogue.map(\.name)).count == FaultKind.catalogue.count)
        #expect(FaultKind.catalogue.allSatisfy { !$0.effect.isEmpty })
        #expect(FaultKind.syntaxList == "slow-worker:ID:MS, silent-worker:ID, crashing-worker:ID, truncated-answers or garbage-answers")
    }

    @Test("every entry's example parses to a fault of that kind, which prints back to the example")
    func everyEntryRoundTrips() throws {
        for kind in FaultKind.catalogue {
            let fault = try SimulatorFault(parsing: kind.example)
            #expect(fault.kind.name == kind.name)
            #expect(fault.description == kind.example)
        }
    }

    @Test("each fault parses to its case", arguments: [
        ("slow-worker:1:250", SimulatorFault.slowWorker(id: 1, delay: .milliseconds(250))),
        ("slow-worker:0:0", .slowWorker(id: 0, delay: .zero)),
        ("silent-worker:0", .silentWorker(id: 0)),
        ("crashing-worker:4294967295", .crashingWorker(id: 4_294_967_295)),
        ("truncated-answers", .truncatedAnswers),
        ("garbage-answers", .garbageAnswers),
    ])
    func parsesEachFault(text: String, fault: SimulatorFault) throws {
        #expect(try SimulatorFault(parsing: text) == fault)
        #expect(fault.description == text)
    }

    @Test("an unknown name is refused with the name and the whole list", arguments: ["melting-worker:1", "", "slow", "Slow-Worker:1:2"])
    func unknownFault(text: String) {
        #expect {
            try SimulatorFault(parsing: text)
        } throws: { error in
            guard case .unknownFault(let bad) = error as? SimulatorError, bad == text else { return false }
            return (error as? SimulatorError)?.description == "unknown fault \(text): use \(FaultKind.syntaxList)"
        }
    }

    @Test("a known fault written wrongly is refused with its syntax", arguments: [
        ("slow-worker", "slow-worker:ID:MS"),
        ("slow-worker:1", "slow-worker:ID:MS"),
        ("slow-worker:x:1", "slow-worker:ID:MS"),
        ("slow-worker:1:-5", "slow-worker:ID:MS"),
        ("slow-worker:1:2:3", "slow-worker:ID:MS"),
        ("silent-worker", "silent-worker:ID"),
        ("silent-worker:-1", "silent-worker:ID"),
        ("silent-worker:1:2", "silent-worker:ID"),
        ("crashing-worker:4294967296", "crashing-worker:ID"),
        ("truncated-answers:1", "truncated-answers"),
        ("garbage-answers:x", "garbage-answers"),
    ])
    func badSyntax(text: String, syntax: String) {
        #expect {
            try SimulatorFault(parsing: text)
        } throws: { error in
            guard case .badFaultSyntax(let bad, let expected) = error as? SimulatorError else { return false }
            return bad == text && expected == syntax
                && (error as? SimulatorError)?.description == "fault \(text): expected \(syntax)"
        }
    }

    @Test("help lists every fault, its syntax then what it does, one line each")
    func helpListsEveryFault() {
        let lines = FaultKind.help.split(separator: "\n").map(String.init)
        #expect(lines.count == FaultKind.catalogue.count)
        for (line, kind) in zip(lines, FaultKind.catalogue) {
            #expect(line.hasPrefix(kind.syntax + " "))
            #expect(line.hasSuffix("  " + kind.effect))
        }
    }

    @Test(
        "sozu-sim --help lists every fault with what it does",
        .enabled(if: FileManager.default.isExecutableFile(atPath: PackagePaths.productsDirectory.appendingPathComponent("sozu-sim").path)))
    func executableHelp() throws {
        let result = try ExternalProcess.run(PackagePaths.productsDirectory.appendingPathComponent("sozu-sim").path, ["--help"])
        #expect(result.status == 0)
        // Help wraps long lines: compare words.
        let words = result.outputText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for kind in FaultKind.catalogue {
            #expect(words.contains(kind.syntax + " " + kind.effect), "\(kind.syntax) missing from --help")
        }
        #expect(words.contains("--log-level <level>"))
    }
}
