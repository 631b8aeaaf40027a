public import Foundation
public import SozuProto
import SozuCodec

/// Follows every request through its states. A pure value: it is told what happened (sent,
/// an answer, the connection ended, the time) and answers with what changed. No sockets, no clock.
public struct RequestTracker: Sendable {
    /// What changed, for whoever draws or logs requests.
    public enum Change: Equatable, Sendable {
        case registered(RequestID)
        case stateChanged(RequestID, from: RequestState, to: RequestState)
        case progress(RequestID, TrackedRequest.Progress)
        /// An event on a subscription: `origin` is "main" or a worker id, as Sōzu sends it.
        case event(RequestID, origin: String, event: Command_Event)

        /// The request the change is about.
        public var requestID: RequestID {
            switch self {
            case .registered(let id), .stateChanged(let id, _, _), .progress(let id, _), .event(let id, _, _): id
            }
        }
    }

    public private(set) var requests: [RequestID: TrackedRequest] = [:]
    /// Ids in registration order.
    public private(set) var order: [RequestID] = []
    private var lastID = 0
    /// How many requests are in a final state.
    public private(set) var finishedCount = 0

    public init() {}

    public subscript(id: RequestID) -> TrackedRequest? { requests[id] }

    /// Ids of requests not yet final, oldest first: kept apart so that timeouts never scan
    /// the finished ones.
    private var inFlightIDs: [RequestID] = []

    /// Requests not yet in a final state, oldest first.
    public var inFlight: [TrackedRequest] {
        inFlightIDs.compactMap { requests[$0] }
    }

    /// The earliest timeout among requests in flight.
    public var nextDeadline: Date? {
        inFlight.compactMap(\.deadline).min()
    }

    /// Registers a request under the next id of its own, or `id` when the caller numbers
    /// requests itself (several trackers sharing one sequence).
    public mutating func register(
        _ request: Command_Request,
        timeout: Duration?,
        at now: Date,
        id given: RequestID? = nil
    ) -> (RequestID, [Change]) {
        let id: RequestID
        if let given {
            id = given
            lastID = max(lastID, given.value)
        } else {
            lastID += 1
            id = RequestID(lastID)
        }
        let kind: TrackedRequest.Kind =
            if case .subscribeEvents = request.requestType { .eventSubscription } else { .command }
        requests[id] = TrackedRequest(id: id, request: request, kind: kind, timeout: timeout, registeredAt: now)
        order.append(id)
        inFlightIDs.append(id)
        return (id, [.registered(id)])
    }

    public mutating func markSent(_ id: RequestID, at now: Date) -> [Change] {
        guard var tracked = requests[id], tracked.state == .connecting else { return [] }
        tracked.sentAt = now
        return move(&tracked, to: .sent, at: now)
    }

    /// Records an answer read on the request's connection.
    public mutating func receive(_ response: Command_Response, for id: RequestID, at now: Date) -> [Change] {
        guard var tracked = requests[id], !tracked.state.isFinal else { return [] }
        switch response.statusValue {
        case .known(.processing):
            if tracked.kind == .eventSubscription {
                var changes: [Change] = []
                if tracked.state != .subscribed {
                    changes += move(&tracked, to: .subscribed, at: now)
                }
                if case .event(let event) = response.content.contentType {
                    tracked.eventCount += 1
                    changes.append(.event(id, origin: response.message, event: event))
                }
                requests[id] = tracked
                return changes
            }
            let progress = TrackedRequest.Progress(
                receivedAt: now,
                message: response.message,
                content: response.hasContent ? response.content : nil
            )
            tracked.appendProgress(progress)
            var changes: [Change] = []
            if tracked.state != .processing {
                changes += move(&tracked, to: .processing, at: now)
            }
            requests[id] = tracked
            return changes + [.progress(id, progress)]
        case .known(.ok):
            return move(&tracked, to: .ok(message: response.message, content: response.hasContent ? response.content : nil), at: now)
        case .known(.failure), .absent:
            // A missing status reads as its declared default, FAILURE, as Sōzu reads it.
            return move(&tracked, to: .failure(message: response.message), at: now)
        case .unknown(let rawValue):
            return move(&tracked, to: .failure(message: "unknown response status \(rawValue): \(response.message)"), at: now)
        }
    }

    /// The request's connection failed or closed before a final answer.
    public mutating func connectionEnded(_ id: RequestID, reason: ConnectionLoss, at now: Date) -> [Change] {
        guard var tracked = requests[id], !tracked.state.isFinal else { return [] }
        return move(&tracked, to: .connectionLost(reason: reason, mayHaveBeenApplied: tracked.sentAt != nil), at: now)
    }

    /// The client ended a subscription (or gave up on a command) itself.
    public mutating func cancel(_ id: RequestID, at now: Date) -> [Change] {
        guard var tracked = requests[id], !tracked.state.isFinal else { return [] }
        switch tracked.kind {
        case .eventSubscription:
            return move(&tracked, to: .unsubscribed, at: now)
        case .command:
            return move(&tracked, to: .connectionLost(reason: .cancelled, mayHaveBeenApplied: tracked.sentAt != nil), at: now)
        }
    }

    /// Times out every request whose deadline has passed; returns their changes.
    public mutating func expire(at now: Date) -> [Change] {
        var changes: [Change] = []
        for tracked in inFlight {
            guard let deadline = tracked.deadline, let timeout = tracked.timeout, deadline <= now else { continue }
            var expired = tracked
            changes += move(&expired, to: .timedOut(after: timeout), at: now)
        }
        return changes
    }

    /// Times out one request, when the client's monotonic timer says its time is up.
    public mutating func timeOut(_ id: RequestID, at now: Date) -> [Change] {
        guard var tracked = requests[id], !tracked.state.isFinal, let timeout = tracked.timeout else { return [] }
        return move(&tracked, to: .timedOut(after: timeout), at: now)
    }

    /// Forgets the oldest finished requests beyond `limit`; in-flight requests are always kept.
    public mutating func trimFinished(keeping limit: Int) {
        let finished = order.filter { requests[$0]?.state.isFinal == true }
        let excess = finished.count - limit
        guard excess > 0 else { return }
        let dropped = Set(finished.prefix(excess))
        for id in dropped { requests[id] = nil }
        order.removeAll { dropped.contains($0) }
        finishedCount -= dropped.count
    }

    private mutating func move(_ tracked: inout TrackedRequest, to state: RequestState, at now: Date) -> [Change] {
        let previous = tracked.state
        tracked.state = state
        if state.isFinal {
            tracked.finishedAt = now
            finishedCount += 1
            if let index = inFlightIDs.firstIndex(of: tracked.id) { inFlightIDs.remove(at: index) }
        }
        requests[tracked.id] = tracked
        return [.stateChanged(tracked.id, from: previous, to: state)]
    }
}
