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
    /// The PROCESSING answers of a command kept, in arrival order (events are not kept here):
    /// every one up to `keptProgress`, then the first and the newest half of that many. A
    /// request may be answered PROCESSING without end; what it keeps stays bounded.
    public internal(set) var progress: [Progress] = []
    /// Events received by a subscription.
    public internal(set) var eventCount = 0
    /// PROCESSING answers received but no longer kept: they came after the first
    /// `keptProgress / 2`, at index `keptProgress / 2` of `progress`, and before the rest.
    public private(set) var omittedProgressCount = 0

    /// How many PROCESSING answers a request keeps (see `progress`).
    public static let keptProgress = 128

    /// PROCESSING answers received, also those no longer kept.
    public var progressCount: Int { summarizedProgressCount ?? (progress.count + omittedProgressCount) }
    var summarizedProgressCount: Int?

    /// Keeps a PROCESSING answer, forgetting the oldest of the newest half when full.
    mutating func appendProgress(_ answer: Progress) {
        progress.append(answer)
        if progress.count > Self.keptProgress {
            progress.remove(at: Self.keptProgress / 2)
            omittedProgressCount += 1
        }
    }

    /// A kept PROCESSING answer, or how many were received at that place and not kept.
    public enum ProgressEntry: Equatable, Sendable {
        case answer(Progress)
        case omitted(Int)
    }

    /// The PROCESSING answers after the first `seen` (every one with `seen` 0), in arrival
    /// order, with the place of those no longer kept: for readers that show answers as they come.
    public func progressEntries(after seen: Int = 0) -> [ProgressEntry] {
        let total = progressCount
        guard seen < total else { return [] }
        guard omittedProgressCount > 0 else { return progress.dropFirst(seen).map { .answer($0) } }
        let headCount = Self.keptProgress / 2
        let tail = progress[headCount...]
        let tailStart = total - tail.count  // the answer number of the tail's first entry
        var entries: [ProgressEntry] = progress.prefix(headCount).dropFirst(seen).map { .answer($0) }
        let missed = tailStart - max(seen, headCount)
        if missed > 0 { entries.append(.omitted(missed)) }
        entries += tail.dropFirst(max(0, seen - tailStart)).map { .answer($0) }
        return entries
    }

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

