/// One kind of fault: how it is written and what it does. `catalogue` is the one list of them:
/// the parser reads it, and its errors and `sozu-sim --help` quote it. A new fault is an entry
/// here listed in `catalogue` and a case of `SimulatorFault`; the compiler then asks for how
/// the case is written and for its effect in `FaultInjector`.
public struct FaultKind: Sendable {
    /// A value written after the name, separated by ':'.
    public enum Parameter: Sendable {
        case workerID, milliseconds

        /// How help and errors write it.
        public var placeholder: String {
            switch self {
            case .workerID: "ID"
            case .milliseconds: "MS"
            }
        }

        /// A value it takes, for examples.
        var example: String {
            switch self {
            case .workerID: "1"
            case .milliseconds: "250"
            }
        }
    }

    public let name: String
    public let parameters: [Parameter]
    /// What the fault does, as help says it.
    public let effect: String
    /// Reads the parameters, in the order they are declared.
    let read: @Sendable (inout Arguments) throws(SimulatorError) -> SimulatorFault

    /// `slow-worker:ID:MS`.
    public var syntax: String {
        ([name] + parameters.map(\.placeholder)).joined(separator: ":")
    }

    /// The fault written with example values, `slow-worker:1:250`.
    public var example: String {
        ([name] + parameters.map(\.example)).joined(separator: ":")
    }

    static let slowWorker = FaultKind(
        name: "slow-worker", parameters: [.workerID, .milliseconds],
        effect: "worker ID answers each request MS milliseconds late"
    ) { arguments throws(SimulatorError) in
        .slowWorker(id: try arguments.workerID(), delay: try arguments.milliseconds())
    }

    static let silentWorker = FaultKind(
        name: "silent-worker", parameters: [.workerID],
        effect: "worker ID never answers: tasks end on their timeout"
    ) { arguments throws(SimulatorError) in
        .silentWorker(id: try arguments.workerID())
    }

    static let crashingWorker = FaultKind(
        name: "crashing-worker", parameters: [.workerID],
        effect: "worker ID dies at its first request, unanswered"
    ) { arguments throws(SimulatorError) in
        .crashingWorker(id: try arguments.workerID())
    }

    static let truncatedAnswers = FaultKind(
        name: "truncated-answers", parameters: [],
        effect: "answers cut mid-frame, then the connection closed"
    ) { _ throws(SimulatorError) in .truncatedAnswers }

    static let garbageAnswers = FaultKind(
        name: "garbage-answers", parameters: [],
        effect: "answers replaced by a frame holding no Response"
    ) { _ throws(SimulatorError) in .garbageAnswers }

    /// Every fault the simulator can show, in the order help lists them.
    public static let catalogue = [slowWorker, silentWorker, crashingWorker, truncatedAnswers, garbageAnswers]

    /// `a, b, c or d`: every fault's syntax, as the error for an unknown fault lists them.
    public static var syntaxList: String {
        let syntaxes = catalogue.map(\.syntax)
        guard let last = syntaxes.last, syntaxes.count > 1 else { return syntaxes.joined() }
        return syntaxes.dropLast().joined(separator: ", ") + " or " + last
    }

    /// One line a fault, its syntax then its effect, for help.
    public static var help: String {
        let width = catalogue.map(\.syntax.count).max() ?? 0
        return catalogue.map { kind in
            kind.syntax + String(repeating: " ", count: width - kind.syntax.count) + "  " + kind.effect
        }.joined(separator: "\n")
    }

    /// The values after a fault's name, read one parameter at a time.
    struct Arguments {
        /// The whole text, for errors.
        let text: String
        let kind: FaultKind
        var values: ArraySlice<Substring>

        mutating func workerID() throws(SimulatorError) -> UInt32 {
            guard let value = values.popFirst(), let id = UInt32(value) else { throw wrong }
            return id
        }

        mutating func milliseconds() throws(SimulatorError) -> Duration {
            guard let value = values.popFirst(), let milliseconds = Int(value), milliseconds >= 0 else { throw wrong }
            return .milliseconds(milliseconds)
        }

        /// Every value read: none left over.
        func end() throws(SimulatorError) {
            guard values.isEmpty else { throw wrong }
        }

        private var wrong: SimulatorError { .badFaultSyntax(text: text, expected: kind.syntax) }
    }
}
