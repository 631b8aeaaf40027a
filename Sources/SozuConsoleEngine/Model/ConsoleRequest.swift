public import Foundation
public import SozuClient
import SozuCodec

/// A request as the console shows it: the client's tracking plus what the operator typed.
public struct ConsoleRequest: Sendable, Identifiable {
    public var id: RequestID { tracked.id }
    public let verb: String
    public let text: String
    public internal(set) var tracked: TrackedRequest
    /// Set when the console sent it on its own, as a step of a longer flow (upgrade, cluster h2).
    public let step: String?
    /// Workers that were not stopped when it was sent: the denominator of `2/4 workers`.
    public let expectedWorkers: Int

    public var state: RequestState { tracked.state }

    public init(verb: String, text: String, tracked: TrackedRequest, step: String? = nil, expectedWorkers: Int = 0) {
        self.verb = verb
        self.text = text
        self.tracked = tracked
        self.step = step
        self.expectedWorkers = expectedWorkers
    }

    /// `2/4 workers` while workers relay, from the PROCESSING messages seen so far.
    public var progressSummary: String? {
        if let summarizedProgress { return summarizedProgress }
        let relays = Set(tracked.progress.compactMap { DrainWatch.workerID(inRelay: $0.message) })
        guard !relays.isEmpty else { return nil }
        return "\(relays.count)/\(max(expectedWorkers, relays.count)) workers"
    }

    /// Set once the request was summarized: its progress column, kept as text.
    public private(set) var summarizedProgress: String?
    /// Old finished requests keep their status and message only (see `ConsoleModel`).
    public private(set) var isSummarized = false

    func summarized(interning messages: inout MessageInterner) -> ConsoleRequest {
        var copy = self
        copy.summarizedProgress = progressSummary
        copy.tracked = tracked.summarized { messages.intern($0) }
        copy.isSummarized = true
        return copy
    }

    /// The newest message: the final one when there is one, else the last PROCESSING one.
    public var lastMessage: String {
        switch tracked.state {
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
        return seconds < 10 ? String(format: "%.1f s", seconds) : String(format: "%.0f s", seconds)
    }
}
