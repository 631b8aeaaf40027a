/// A misbehaviour the simulator can be told to show, for testing how clients cope. How each is
/// written and what it does is in `FaultKind.catalogue`; `FaultInjector` makes it happen.
public enum SimulatorFault: Equatable, Sendable, CustomStringConvertible {
    case slowWorker(id: UInt32, delay: Duration)
    case silentWorker(id: UInt32)
    case crashingWorker(id: UInt32)
    case truncatedAnswers
    case garbageAnswers

    /// Parses a fault as `FaultKind.catalogue` writes it: `slow-worker:1:250`, `truncated-answers`.
    public init(parsing text: String) throws(SimulatorError) {
        let parts = text.split(separator: ":")
        guard let name = parts.first, let kind = FaultKind.catalogue.first(where: { $0.name == name }) else {
            throw .unknownFault(text)
        }
        var arguments = FaultKind.Arguments(text: text, kind: kind, values: parts.dropFirst())
        self = try kind.read(&arguments)
        try arguments.end()
    }

    /// The fault's kind and the values written after its name, in the order of its parameters.
    var written: (kind: FaultKind, values: [String]) {
        switch self {
        case .slowWorker(let id, let delay):
            (.slowWorker, [String(id), String(delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000)])
        case .silentWorker(let id): (.silentWorker, [String(id)])
        case .crashingWorker(let id): (.crashingWorker, [String(id)])
        case .truncatedAnswers: (.truncatedAnswers, [])
        case .garbageAnswers: (.garbageAnswers, [])
        }
    }

    public var kind: FaultKind { written.kind }

    public var description: String {
        ([written.kind.name] + written.values).joined(separator: ":")
    }
}
