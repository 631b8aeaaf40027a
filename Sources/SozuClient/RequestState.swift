public import SozuProto

/// Where a tracked request stands. A request only ever moves forward, and ends in one of the
/// final states; it never disappears without one.
public enum RequestState: Equatable, Sendable {
    /// Registered; its connection is being opened.
    case connecting
    /// Written to the socket; no answer yet.
    case sent
    /// At least one PROCESSING answer arrived.
    case processing
    /// An event subscription whose first answer arrived; it stays here until it ends.
    case subscribed
    /// Final: OK, with the answer's message and content.
    case ok(message: String, content: Command_ResponseContent?)
    /// Final: FAILURE, with Sōzu's message. An answer whose status this schema does not know
    /// also ends here, its number quoted in the message.
    case failure(message: String)
    /// Final: no final answer before the request's timeout; the connection was closed.
    case timedOut(after: Duration)
    /// Final: the connection failed or closed before a final answer. When the request had
    /// been written, the proxy may have applied it.
    case connectionLost(reason: ConnectionLoss, mayHaveBeenApplied: Bool)
    /// Final: an event subscription that the client ended itself.
    case unsubscribed

    public var isFinal: Bool {
        switch self {
        case .connecting, .sent, .processing, .subscribed: false
        case .ok, .failure, .timedOut, .connectionLost, .unsubscribed: true
        }
    }

    /// The state's word for people: the screen, the one-shot lines, the journal. The one
    /// place a state is named; `token` is the same word for machines.
    public var label: String {
        switch self {
        case .connecting: "CONNECTING"
        case .sent: "SENT"
        case .processing: "PROCESSING"
        case .subscribed: "SUBSCRIBED"
        case .ok: "OK"
        case .failure: "FAILURE"
        case .timedOut: "TIMED OUT"
        case .connectionLost: "LOST"
        case .unsubscribed: "STOPPED"
        }
    }

    /// The state's word in JSON output (`"status"`): the label's word, as one token, with the
    /// in-flight states that JSON never prints apart gathered under two.
    public var token: String {
        switch self {
        case .connecting, .sent: "PENDING"
        case .processing, .subscribed: "PROCESSING"
        case .ok: "OK"
        case .failure: "FAILURE"
        case .timedOut: "TIMED_OUT"
        case .connectionLost: "CONNECTION_LOST"
        case .unsubscribed: "STOPPED"
        }
    }
}
