public import SozuChannel

/// Why a request's connection ended before its final answer: a typed value until it is shown.
///
/// Two losses are equal when they say the same thing: a long session keeps only the words of
/// an old request's loss (`.described`), and those must still compare equal to the loss itself.
public enum ConnectionLoss: Error, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The socket failed: could not connect, write or read, or the peer closed it.
    case socket(CommandSocketError)
    /// The operator (or a flow) gave up on the request.
    case cancelled
    /// The client was shut down with the request in flight, or before it went out.
    case clientShutDown
    /// A loss known only by its words (a summarized request, a test).
    case described(String)

    public init(stringLiteral text: String) {
        self = .described(text)
    }

    public var description: String {
        switch self {
        case .socket(let error): error.description
        case .cancelled: "cancelled"
        case .clientShutDown: "client shut down"
        case .described(let text): text
        }
    }

    public static func == (left: ConnectionLoss, right: ConnectionLoss) -> Bool {
        left.description == right.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}
