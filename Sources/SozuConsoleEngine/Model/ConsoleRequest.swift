public import Foundation
public import SozuClient
import SozuCodec

/// A request as the console shows it: the client's tracking plus what the operator typed.
///
/// Its tracking sits in a shared box: a `TrackedRequest` is several hundred bytes inline
/// (protobuf messages are stored in place), and a console keeps up to 100,000 requests. Old
/// finished requests are summarized to their final status and message (see `ConsoleModel`).
public struct ConsoleRequest: Sendable, Identifiable {
    public let id: RequestID
    public let verb: String
    public let text: String
    /// Set when the console sent it on its own, as a step of a longer flow (upgrade, cluster h2).
    public let step: String?
    /// How many workers the request concerns: the denominator of `2/4 acknowledged`.
    public let expectedWorkers: Int
    /// The workers it concerns, when only some: an upgrade of worker 2 concerns worker 2,
    /// though the worker that replaces it relays too.
    public let concernedWorkers: Set<UInt32>?
    /// The target it went to (nil in tests that make requests by hand).
    public let target: String?
    /// The command sent to several targets that it is one request of.
    public let group: RequestID?
    /// The repeating job (`every`) it is a run of: the job's id is its first run's.
    public internal(set) var job: RequestID?
    private var body: Body

    public init(
        verb: String, text: String, tracked: TrackedRequest, step: String? = nil, expectedWorkers: Int = 0,
        concernedWorkers: Set<UInt32>? = nil, target: String? = nil, group: RequestID? = nil
    ) {
        self.id = tracked.id
        self.verb = verb
        self.text = text
        self.step = step
        self.expectedWorkers = concernedWorkers?.count ?? expectedWorkers
        self.concernedWorkers = concernedWorkers
        self.target = target
        self.group = group
        self.body = .whole(Whole(tracked))
    }

    /// Everything the client knows of the request. For a summarized request this is rebuilt
    /// from the summary (without content or PROCESSING messages).
    public internal(set) var tracked: TrackedRequest {
        get {
            switch body {
            case .whole(let box): box.tracked
            case .summary(let summary): summary.tracked
            }
        }
        set { body = .whole(Whole(newValue)) }
    }

    public var state: RequestState {
        switch body {
        case .whole(let box): box.tracked.state
        case .summary(let summary): summary.state
        }
    }

    /// Time since it was sent: until now while in flight, until the final state after.
    public func elapsed(at now: Date) -> Duration {
        switch body {
        case .whole(let box): return box.tracked.elapsed(at: now)
        case .summary(let summary): return .seconds((summary.finishedAt ?? now).timeIntervalSince(summary.registeredAt))
        }
    }

    /// `2/4 acknowledged` while workers relay (a relay says a worker took the request in
    /// hand; it says nothing of its end), from the PROCESSING messages seen so far, counting
    /// only the workers the request concerns.
    public var progressSummary: String? {
        if case .summary(let summary) = body { return summary.progress }
        var relays = Set(tracked.progress.compactMap { DrainWatch.workerID(inRelay: $0.message) })
        if let concernedWorkers { relays.formIntersection(concernedWorkers) }
        guard !relays.isEmpty else { return nil }
        return "\(relays.count)/\(max(expectedWorkers, relays.count)) acknowledged"
    }

    /// Old finished requests keep their status and message only (see `ConsoleModel`).
    public var isSummarized: Bool {
        if case .summary = body { return true }
        return false
    }

    func summarized(interning messages: inout MessageInterner) -> ConsoleRequest {
        guard case .whole(let box) = body, box.tracked.state.isFinal else { return self }
        var copy = self
        copy.body = .summary(Summary(box.tracked, progress: progressSummary, interning: &messages))
        return copy
    }

    /// One allocation per request, shared by every copy of the model; a summary is a smaller
    /// allocation than the whole tracking.
    enum Body: Sendable {
        case whole(Whole)
        case summary(Summary)
    }

    final class Whole: Sendable {
        let tracked: TrackedRequest

        init(_ tracked: TrackedRequest) {
            self.tracked = tracked
        }
    }

    /// What is left of a finished request: a few dozen bytes.
    final class Summary: Sendable {
        enum Outcome: UInt8, Sendable {
            case ok, failure, timedOut, lost, lostMaybeApplied, unsubscribed
        }

        let id: RequestID
        let kind: TrackedRequest.Kind
        let registeredAt: Date
        let sentAt: Date?
        let finishedAt: Date?
        let outcome: Outcome
        let message: String
        let timeout: Duration?
        let progressCount: Int
        let progress: String?

        init(_ tracked: TrackedRequest, progress: String?, interning messages: inout MessageInterner) {
            id = tracked.id
            kind = tracked.kind
            registeredAt = tracked.registeredAt
            sentAt = tracked.sentAt
            finishedAt = tracked.finishedAt
            timeout = tracked.timeout
            progressCount = tracked.progressCount
            self.progress = progress
            switch tracked.state {
            case .ok(let text, _): (outcome, message) = (.ok, messages.intern(text))
            case .failure(let text): (outcome, message) = (.failure, messages.intern(text))
            case .timedOut: (outcome, message) = (.timedOut, "")
            case .connectionLost(let reason, let applied): (outcome, message) = (applied ? .lostMaybeApplied : .lost, messages.intern(reason.description))
            case .unsubscribed, .connecting, .sent, .processing, .subscribed: (outcome, message) = (.unsubscribed, "")
            }
        }

        var state: RequestState {
            switch outcome {
            case .ok: .ok(message: message, content: nil)
            case .failure: .failure(message: message)
            case .timedOut: .timedOut(after: timeout ?? .zero)
            case .lost: .connectionLost(reason: .described(message), mayHaveBeenApplied: false)
            case .lostMaybeApplied: .connectionLost(reason: .described(message), mayHaveBeenApplied: true)
            case .unsubscribed: .unsubscribed
            }
        }

        var tracked: TrackedRequest {
            TrackedRequest.finished(
                id: id, kind: kind, timeout: timeout, registeredAt: registeredAt, sentAt: sentAt,
                finishedAt: finishedAt, state: state, progressCount: progressCount)
        }
    }

    /// The newest message: the final one when there is one, else the last PROCESSING one.
    public var lastMessage: String {
        switch state {
        case .ok(let message, _), .failure(let message): message
        case .timedOut(let after): "no final answer after \(ConsoleRequest.format(after))"
        case .connectionLost(let reason, let mayHaveBeenApplied):
            mayHaveBeenApplied ? "connection lost — may have been applied (\(reason))" : "not sent: \(reason)"
        case .unsubscribed: "stopped"
        case .connecting, .sent, .processing, .subscribed: tracked.progress.last?.message ?? ""
        }
    }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.timeInterval
        return DecimalText.fixed(seconds, decimals: seconds < 10 ? 1 : 0) + " s"
    }
}
