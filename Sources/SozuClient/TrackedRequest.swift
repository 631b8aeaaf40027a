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

    /// A finished request rebuilt from what a long history keeps of it: no request body, no
    /// PROCESSING messages, no content.
    public static func finished(
        id: RequestID, kind: Kind, timeout: Duration?, registeredAt: Date, sentAt: Date?, finishedAt: Date?,
        state: RequestState, progressCount: Int
    ) -> TrackedRequest {
        var tracked = TrackedRequest(id: id, request: Command_Request(), kind: kind, timeout: timeout, registeredAt: registeredAt)
        tracked.sentAt = sentAt
        tracked.finishedAt = finishedAt
        tracked.state = state
        tracked.summarizedProgressCount = progressCount
        return tracked
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

