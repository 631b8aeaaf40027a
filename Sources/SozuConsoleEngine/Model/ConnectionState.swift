public import Foundation

/// Whether the console can reach a proxy.
public enum ConnectionState: Equatable, Sendable {
    case connecting
    case connected(since: Date)
    /// The socket stopped answering; retrying with backoff.
    case reconnecting(attempt: Int, since: Date, reason: String)
    /// The main process exited after a stop; the console keeps watching for a new one.
    case mainExited(at: Date)

    public var label: String {
        switch self {
        case .connecting: "connecting"
        case .connected: "connected"
        case .reconnecting(let attempt, _, _): "reconnecting (attempt \(attempt))"
        case .mainExited: "main process exited"
        }
    }
}
