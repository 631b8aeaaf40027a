public import Foundation
public import SozuClient

/// A rolling operation (`@all upgrade --rolling`): its targets in order, where each stands,
/// and where it stopped, if it did.
public struct Rollout: Equatable, Sendable, Identifiable {
    public enum Phase: Equatable, Sendable {
        case waiting
        /// Being checked before its turn (it must answer).
        case checking
        /// Upgrading, or draining after a soft stop.
        case operating
        /// Done; watched for the settle time (its health, or for a stop the health of the others).
        case settling(until: Date)
        case done(at: Date)
        /// Operated on, but the operator stopped the rollout before its settle time was over.
        case unsettled
        case failed(String)
        /// The rollout stopped before this one's turn.
        case notReached

        public var word: String {
            switch self {
            case .waiting: "waiting"
            case .checking: "checking"
            case .operating: "in progress"
            case .settling: "settling"
            case .done: "done"
            case .unsettled: "done, not settled"
            case .failed: "failed"
            case .notReached: "not reached"
            }
        }
    }

    public struct Step: Equatable, Sendable {
        public let target: String
        public var phase: Phase
    }

    public let id: RequestID
    public let operation: RollingOperation
    public let settle: Duration
    /// As typed (`@all upgrade --rolling`).
    public let text: String
    public let startedAt: Date
    public private(set) var steps: [Step]
    public private(set) var finishedAt: Date?
    /// Why it stopped early; nil while it runs, and once every target is done.
    public private(set) var stopReason: String?

    public init(id: RequestID, operation: RollingOperation, settle: Duration, text: String, targets: [String], at now: Date) {
        self.id = id
        self.operation = operation
        self.settle = settle
        self.text = text
        self.startedAt = now
        self.steps = targets.map { Step(target: $0, phase: .waiting) }
    }

    public var isFinished: Bool { finishedAt != nil }
    public var succeeded: Bool { isFinished && stopReason == nil }

    mutating func set(_ target: String, to phase: Phase) {
        guard let index = steps.firstIndex(where: { $0.target == target }) else { return }
        steps[index].phase = phase
    }

    /// Ends it: targets not yet begun are marked not reached.
    mutating func finish(stoppedBecause reason: String?, at now: Date) {
        guard finishedAt == nil else { return }
        finishedAt = now
        stopReason = reason
        for index in steps.indices where steps[index].phase == .waiting { steps[index].phase = .notReached }
    }

    /// Targets in a phase, in order.
    public func targets(where matches: (Phase) -> Bool) -> [String] {
        steps.filter { matches($0.phase) }.map(\.target)
    }

    /// One line on where it stands: `rolling upgrade #14: 2/5 done, web-3 in progress`, or
    /// where it stopped and what is left.
    public var summary: String {
        let title = "rolling \(operation == .upgrade ? "upgrade" : "soft stop") \(id)"
        let done = targets { if case .done = $0 { true } else { false } }
        let left = targets { $0 == .notReached || $0 == .waiting }
        if let finishedAt {
            let seconds = Int(finishedAt.timeIntervalSince(startedAt).rounded())
            guard let stopReason else { return "\(title): done on \(done.count) of \(steps.count) targets in \(seconds) s" }
            let failed = steps.first { if case .failed = $0.phase { true } else { false } }
            var text = "\(title) stopped"
            if let failed { text += " at \(failed.target)" }
            text += ": \(stopReason)"
            text += "; done: " + (done.isEmpty ? "none" : done.joined(separator: ", "))
            text += "; left: " + (left.isEmpty ? "none" : left.joined(separator: ", "))
            return text
        }
        let current = steps.first { step in
            switch step.phase {
            case .checking, .operating, .settling: true
            case .waiting, .done, .unsettled, .failed, .notReached: false
            }
        }
        var text = "\(title): \(done.count)/\(steps.count) done"
        if let current { text += ", \(current.target) \(current.phase.word)" }
        return text
    }
}
