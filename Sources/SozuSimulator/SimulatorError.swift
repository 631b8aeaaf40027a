public import SozuChannel

/// Why the simulator could not start.
public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    case socket(CommandSocketError)
    case socketPair(errno: Int32)
    case invalidOption(String)

    public var description: String {
        switch self {
        case .socket(let error): "cannot listen: \(error)"
        case .socketPair(let code): "cannot create a worker channel (errno \(code))"
        case .invalidOption(let reason): reason
        }
    }
}
