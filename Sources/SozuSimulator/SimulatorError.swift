public import SozuChannel

/// Why the simulator could not start.
public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    case socket(CommandSocketError)
    case socketPair(errno: Int32)
    case invalidOption(String)
    /// A fault whose name `FaultKind.catalogue` does not list.
    case unknownFault(String)
    /// A known fault written wrongly; `expected` is its syntax.
    case badFaultSyntax(text: String, expected: String)

    public var description: String {
        switch self {
        case .socket(let error): "cannot listen: \(error)"
        case .socketPair(let code): "cannot create a worker channel (errno \(code))"
        case .invalidOption(let reason): reason
        case .unknownFault(let text): "unknown fault \(text): use \(FaultKind.syntaxList)"
        case .badFaultSyntax(let text, let expected): "fault \(text): expected \(expected)"
        }
    }
}
