import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import Testing

/// Errors carry what was wrong; only their description words it, in the sentences the
/// simulator printed when its errors were sentences.
@Suite("Simulator errors")
struct SimulatorErrorTests {
    @Test("each case words the value it carries")
    func sentences() {
        var addCluster = Command_Request()
        addCluster.addCluster = Command_Cluster()
        let cases: [(SimulatorError, String)] = [
            (.socket(.addressInUse(path: "/tmp/s.sock")), "cannot listen: \(CommandSocketError.addressInUse(path: "/tmp/s.sock"))"),
            (.socketPair(errno: 24), "cannot create a worker channel (errno 24)"),
            (.negativeWorkerCount(-1), "--workers must not be negative"),
            (.initialStateRefused(Command_Request(), .emptyRequest), "initial state: empty request: Request came in empty"),
            (.initialStateRefused(addCluster, .noChange),
             "initial state: AddCluster: dispatching this request did not bring any change to the state"),
            (.unknownFault("x"), "unknown fault x: use \(FaultKind.syntaxList)"),
            (.badFaultSyntax(text: "silent-worker", expected: "silent-worker:ID"), "fault silent-worker: expected silent-worker:ID"),
            (.unreadableScenario(path: "/s.toml", reason: "gone"), "cannot read scenario /s.toml: gone"),
            (.scenarioValue(path: "/s.toml", key: "worker_timeout", expected: .seconds), "/s.toml: worker_timeout must be a number of seconds"),
            (.scenarioValue(path: "/s.toml", key: "workers", expected: .wholeNumber), "/s.toml: workers must be a whole number"),
            (.scenarioValue(path: "/s.toml", key: "faults", expected: .listOfStrings), "/s.toml: faults must be a list of strings"),
            (.scenarioValue(path: "/s.toml", key: "[[worker]]", expected: .tables), "/s.toml: [[worker]] must be tables"),
            (.scenarioValue(path: "/s.toml", key: "[[worker]] 2", expected: .table), "/s.toml: [[worker]] 2 must be a table"),
            (.scenarioValue(path: "/s.toml", key: "[[worker]] 2", expected: .nonNegativeNumbers), "/s.toml: [[worker]] 2 has a negative value"),
            (.scenarioValue(path: "/s.toml", key: "state", expected: .path), "/s.toml: state must be a path"),
            (.unreadableStateFile(path: "/s.state"), "cannot read state file /s.state"),
            (.stateRecord(path: "/s.state", record: 3, .frameLengthBelowHeader(declaredLength: 2)),
             "state file /s.state, record 3: \(CodecError.frameLengthBelowHeader(declaredLength: 2))"),
            (.configuration(path: "/c.toml", .fileRead(path: "/c.toml", reason: "gone")), "/c.toml: Could not read file /c.toml: gone"),
        ]
        for (error, sentence) in cases {
            #expect(error.description == sentence)
        }
    }
}
