public import Foundation
public import SozuProto
import SozuCodec

/// One request the client sent, with everything that happened to it.
public struct TrackedRequest: Identifiable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A command: ends with OK or FAILURE (or timeout, or a lost connection).
        case command
        /// `subscribe_events`: a long-lived stream of PROCESSING answers that never ends with OK.
        case eventSubscription
    }

    /// A PROCESSING answer, kept with the time it arrived.
    public struct Progress: Equatable, Sendable {
        public var receivedAt: Date
        public var message: String
        public var content: Command_ResponseContent?
    }

    public let id: RequestID
    public let request: Command_Request
    public let kind: Kind
    /// Nil means no timeout: soft stops and upgrades may take minutes.
    public let timeout: Duration?
    public let registeredAt: Date
    public internal(set) var sentAt: Date?
    public internal(set) var finishedAt: Date?
    public internal(set) var state: RequestState = .connecting
    /// Every PROCESSING answer of a command, in arrival order (events are not kept here).
    public internal(set) var progress: [Progress] = []
    /// Events received by a subscription.
    public internal(set) var eventCount = 0

    /// PROCESSING answers received, also after `summarized()` dropped them.
    public var progressCount: Int { summarizedProgressCount ?? progress.count }
    var summarizedProgressCount: Int?

    /// A finished request without its bulk: the request body, the PROCESSING answers and the
    /// final content are dropped, the final status and message kept (with `intern` applied, so
    /// that thousands of identical messages share one string). For long histories.
    public func summarized(intern: (String) -> String = { $0 }) -> TrackedRequest {
        var copy = TrackedRequest(id: id, request: Command_Request(), kind: kind, timeout: timeout, registeredAt: registeredAt)
        copy.sentAt = sentAt
        copy.finishedAt = finishedAt
        copy.eventCount = eventCount
        copy.summarizedProgressCount = progressCount
        copy.state = switch state {
        case .ok(let message, _): .ok(message: intern(message), content: nil)
        case .failure(let message): .failure(message: intern(message))
        case .connectionLost(let reason, let applied): .connectionLost(reason: intern(reason), mayHaveBeenApplied: applied)
        case .timedOut, .unsubscribed, .connecting, .sent, .processing, .subscribed: state
        }
        return copy
    }

    /// When the request times out, if it has a timeout.
    public var deadline: Date? {
        timeout.map { registeredAt.addingTimeInterval($0.timeInterval) }
    }

    /// Time since registration: until `now` while in flight, until the final state after.
    public func elapsed(at now: Date) -> Duration {
        Duration.seconds((finishedAt ?? now).timeIntervalSince(registeredAt))
    }
}

