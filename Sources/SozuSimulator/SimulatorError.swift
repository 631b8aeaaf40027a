public import SozuChannel
public import SozuCodec
public import SozuConfiguration
public import SozuProto
public import SozuTOML

/// Why the simulator could not start, or could not read what it was told to start from. Each
/// case carries what was wrong; only `description` makes a sentence of it.
public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    case socket(CommandSocketError)
    case socketPair(errno: Int32)
    case negativeWorkerCount(Int)
    /// A request of a scenario's state (or of the configuration it stands for) that the proxy
    /// state refused: a mistake in the scenario.
    case initialStateRefused(Command_Request, StateError)
    /// A fault whose name `FaultKind.catalogue` does not list.
    case unknownFault(String)
    /// A known fault written wrongly; `expected` is its syntax.
    case badFaultSyntax(text: String, expected: String)
    case unreadableScenario(path: String, reason: String)
    case scenarioSyntax(path: String, TOMLError)
    /// A scenario key holding something other than what it takes.
    case scenarioValue(path: String, key: String, expected: ScenarioValue)
    case unreadableStateFile(path: String)
    /// A state file's record (counted from 1) that is not a JSON WorkerRequest.
    case stateRecord(path: String, record: Int, CodecError)
    /// A Sōzu config.toml named by a scenario or an option that Sōzu would refuse.
    case configuration(path: String, ConfigurationError)

    /// What a scenario key takes.
    public enum ScenarioValue: Equatable, Sendable {
        case seconds, wholeNumber, boolean, listOfStrings, tables, table, nonNegativeNumbers, path, uniqueName
    }

    public var description: String {
        switch self {
        case .socket(let error): "cannot listen: \(error)"
        case .socketPair(let code): "cannot create a worker channel (errno \(code))"
        case .negativeWorkerCount: "--workers must not be negative"
        case .initialStateRefused(let request, let error): "initial state: \(request.shortName ?? "empty request"): \(error)"
        case .unknownFault(let text): "unknown fault \(text): use \(FaultKind.syntaxList)"
        case .badFaultSyntax(let text, let expected): "fault \(text): expected \(expected)"
        case .unreadableScenario(let path, let reason): "cannot read scenario \(path): \(reason)"
        case .scenarioSyntax(let path, let error): "\(path):\(error.line):\(error.column): invalid TOML: \(error.message)"
        case .scenarioValue(let path, let key, let expected): "\(path): \(key) \(Self.phrase(expected))"
        case .unreadableStateFile(let path): "cannot read state file \(path)"
        case .stateRecord(let path, let record, let error): "state file \(path), record \(record): \(error)"
        case .configuration(let path, let error): "\(path): \(error)"
        }
    }

    private static func phrase(_ expected: ScenarioValue) -> String {
        switch expected {
        case .seconds: "must be a number of seconds"
        case .wholeNumber: "must be a whole number"
        case .boolean: "must be true or false"
        case .listOfStrings: "must be a list of strings"
        case .tables: "must be tables"
        case .table: "must be a table"
        case .nonNegativeNumbers: "has a negative value"
        case .path: "must be a path"
        case .uniqueName: "must be a name no other proxy has"
        }
    }
}
