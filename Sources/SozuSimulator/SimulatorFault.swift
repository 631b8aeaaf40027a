/// A misbehaviour the simulator can be told to show, for testing how clients cope.
public enum SimulatorFault: Equatable, Sendable, CustomStringConvertible {
    /// The worker answers every request only after `delay`.
    case slowWorker(id: UInt32, delay: Duration)
    /// The worker never answers: the main process's tasks end on their timeout.
    case silentWorker(id: UInt32)
    /// The worker dies on the first request it gets, without answering.
    case crashingWorker(id: UInt32)
    /// The main process cuts each answer in the middle of its frame and hangs up.
    case truncatedAnswers
    /// The main process answers with a frame whose payload is not a Response.
    case garbageAnswers

    /// Parses `slow-worker:ID:MILLISECONDS`, `silent-worker:ID`, `crashing-worker:ID`,
    /// `truncated-answers` or `garbage-answers`.
    public init(parsing text: String) throws(SimulatorError) {
        let parts = text.split(separator: ":").map(String.init)
        func workerID(_ index: Int) throws(SimulatorError) -> UInt32 {
            guard parts.count > index, let id = UInt32(parts[index]) else {
                throw .invalidOption("fault \(text): expected a worker id after \(parts.first ?? "")")
            }
            return id
        }
        switch parts.first {
        case "slow-worker":
            guard parts.count == 3, let milliseconds = Int(parts[2]), milliseconds >= 0 else {
                throw .invalidOption("fault \(text): expected slow-worker:ID:MILLISECONDS")
            }
            self = .slowWorker(id: try workerID(1), delay: .milliseconds(milliseconds))
        case "silent-worker":
            self = .silentWorker(id: try workerID(1))
        case "crashing-worker":
            self = .crashingWorker(id: try workerID(1))
        case "truncated-answers" where parts.count == 1:
            self = .truncatedAnswers
        case "garbage-answers" where parts.count == 1:
            self = .garbageAnswers
        default:
            throw .invalidOption(
                "unknown fault \(text): use slow-worker:ID:MS, silent-worker:ID, crashing-worker:ID, truncated-answers or garbage-answers")
        }
    }

    public var description: String {
        switch self {
        case .slowWorker(let id, let delay): "slow-worker:\(id):\(delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000)"
        case .silentWorker(let id): "silent-worker:\(id)"
        case .crashingWorker(let id): "crashing-worker:\(id)"
        case .truncatedAnswers: "truncated-answers"
        case .garbageAnswers: "garbage-answers"
        }
    }
}
