public import Foundation
public import SozuClient
import SozuProto

/// Whether a proxy answers, from a probe (`list_workers`) every `probeInterval`: connected,
/// reconnecting with a backoff that doubles from the range's start to its end, or gone for
/// good after a stop (its main process exited). A pure value, told each probe's outcome.
public struct ConnectionMonitor: Sendable {
    public let probeInterval: Duration
    public let backoff: ClosedRange<Double>
    /// Failed probes in a row.
    public private(set) var attempt = 0

    /// What one probe's outcome leads to.
    public struct Decision: Equatable, Sendable {
        public var changes: [TargetChange] = []
        public var notices: [(String, Notice.Level)] = []
        /// The proxy answers again after being down (or for the first time): subscribe to its
        /// events and read what completion offers.
        public var cameBack = false
        /// When to probe next.
        public var nextProbe: Duration

        public static func == (left: Decision, right: Decision) -> Bool {
            left.changes == right.changes && left.cameBack == right.cameBack && left.nextProbe == right.nextProbe
                && left.notices.map(\.0) == right.notices.map(\.0) && left.notices.map(\.1) == right.notices.map(\.1)
        }
    }

    public init(probeInterval: Duration, backoff: ClosedRange<Double>) {
        self.probeInterval = probeInterval
        self.backoff = backoff
    }

    /// The probe ended in `state` (nil: no answer at all) while the target stood as `target`.
    public mutating func probed(_ state: RequestState?, target: TargetState, at now: Date) -> Decision {
        switch state {
        case .ok(_, let content)?:
            var decision = Decision(nextProbe: probeInterval)
            let listed: [Command_WorkerInfo]? = if case .workers(let infos)? = content?.contentType { infos.vec } else { nil }
            // Nothing new: the model (and the screen) are left alone, so an idle console stays idle.
            if case .connected = target.connection, listed == nil || listed == target.workers { return decision }
            if let listed { decision.changes.append(.workers(listed)) }
            if case .connected = target.connection { return decision }
            decision.changes.append(.connection(.connected(since: now)))
            if attempt > 0 { decision.notices.append(("reconnected to \(target.socketPath)", .info)) }
            attempt = 0
            decision.cameBack = true
            return decision
        case .failure?, .timedOut?:
            // It answers, if slowly or oddly: still reachable.
            return Decision(nextProbe: probeInterval)
        case .connecting?, .sent?, .processing?, .subscribed?, .connectionLost?, .unsubscribed?, nil:
            attempt += 1
            let reason = state.map(Self.reason) ?? "no answer"
            let delay = min(backoff.upperBound, backoff.lowerBound * pow(2, Double(attempt - 1)))
            var decision = Decision(nextProbe: .milliseconds(Int(delay * 1000)))
            switch target.connection {
            case .mainExited:
                return decision
            case .connected, .connecting, .reconnecting:
                if let drain = target.drain, drain.kind == .softStop || drain.kind == .hardStop, drain.mainExitedAt == nil {
                    decision.changes.append(.mainExited(at: now))
                    return decision
                }
                let since: Date = if case .reconnecting(_, let start, _) = target.connection { start } else { now }
                decision.changes.append(.connection(.reconnecting(attempt: attempt, since: since, reason: reason)))
                if attempt == 1 || attempt % 10 == 0 {
                    decision.notices.append(("lost the proxy (\(reason)); retrying every \(String(format: "%.2g", delay)) s or so", .warning))
                }
                return decision
            }
        }
    }

    static func reason(_ state: RequestState) -> String {
        ConsoleSession.message(of: state)
    }
}
