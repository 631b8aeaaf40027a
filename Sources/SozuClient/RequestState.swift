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
    case connectionLost(reason: String, mayHaveBeenApplied: Bool)
    /// Final: an event subscription that the client ended itself.
    case unsubscribed

    public var isFinal: Bool {
        switch self {
        case .connecting, .sent, .processing, .subscribed: false
        case .ok, .failure, .timedOut, .connectionLost, .unsubscribed: true
        }
    }

    /// One word for the state, as the console shows it.
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
        case .unsubscribed: "ENDED"
        }
    }
}
