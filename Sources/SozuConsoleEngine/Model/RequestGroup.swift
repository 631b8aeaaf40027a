public import SozuClient

/// One command sent to several targets (`@all status`): a request per target, shown as one
/// row (`#12 @all status  OK 5/5 targets`) that opens onto each target's answer.
public struct RequestGroup: Equatable, Sendable, Identifiable {
    /// Its own id, in the same sequence as requests: `wait #12`, `json #12` take it.
    public let id: RequestID
    public let verb: String
    /// As typed, with its selector (`@all status`).
    public let text: String
    /// The targets it went to, in fleet order.
    public let targets: [String]
    /// Each target's request, once sent.
    public internal(set) var members: [String: RequestID] = [:]

    public init(id: RequestID, verb: String, text: String, targets: [String]) {
        self.id = id
        self.verb = verb
        self.text = text
        self.targets = targets
    }

    /// The members in fleet order.
    public var memberIDs: [RequestID] { targets.compactMap { members[$0] } }
}

/// A row of the requests panel: a request, or a group of them.
public enum DisplayItem: Sendable {
    case request(ConsoleRequest)
    case group(RequestGroup, members: [ConsoleRequest])

    public var id: RequestID {
        switch self {
        case .request(let request): request.id
        case .group(let group, _): group.id
        }
    }

    /// Whether every request of it has its final answer.
    public var isFinal: Bool {
        switch self {
        case .request(let request): request.state.isFinal
        case .group(let group, let members): members.count == group.targets.count && members.allSatisfy(\.state.isFinal)
        }
    }
}
