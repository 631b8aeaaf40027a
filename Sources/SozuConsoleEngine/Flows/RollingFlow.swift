public import Foundation
import SozuCodec

/// A rolling operation as a pure state machine: one target at a time, checked reachable,
/// operated on (upgraded, or soft stopped and drained until its main process exits), then
/// watched for the settle time (health sampled every `sampleInterval`) before the next begins.
/// The first problem stops it; the runner (`ConsoleSession`) does the steps and reports back.
///
/// What "healthy" covers: after an upgrade, the upgraded target (every worker running, it
/// answers `status`, no backend went down since the upgrade began); after a soft stop, the
/// targets still to stop, which carry the traffic the stopped one no longer takes.
public struct RollingFlow: Sendable {
    public enum Step: Equatable, Sendable {
        /// Is this target reachable? Answer `.checked`.
        case check(String)
        /// Upgrade it (or stop it and wait for its main process to exit). Answer `.operated`.
        case operate(String)
        /// Sample the health of these targets, counting backends down since `since`. Answer `.health`.
        case sampleHealth([String], since: Date)
        /// Answer `.waited` after this long.
        case wait(Duration)
        case phase(String, Rollout.Phase)
        /// It is over: `reason` says why it stopped early (nil: every target done).
        case finished(reason: String?)
    }

    public enum Input: Equatable, Sendable {
        case start
        /// nil: reachable; else why not.
        case checked(problem: String?)
        case operated(problem: String?)
        case health(problem: String?)
        case waited
        /// The operator stopped it: no further target begins.
        case cancelled

        /// The problem it reports, if any: a problem is reported even when the operator stopped
        /// the operation meanwhile.
        public var problem: String? {
            switch self {
            case .checked(let problem), .operated(let problem), .health(let problem): problem
            case .start, .waited, .cancelled: nil
            }
        }
    }

    enum State: Equatable, Sendable {
        case idle
        case checking(Int)
        case operating(Int, since: Date)
        case settling(Int, since: Date, until: Date)
        case pausing(Int, since: Date, until: Date)
        case done
    }

    public let targets: [String]
    public let operation: RollingOperation
    public let settle: Duration
    public let sampleInterval: Duration
    private(set) var state = State.idle

    public init(targets: [String], operation: RollingOperation, settle: Duration, sampleInterval: Duration = .seconds(2)) {
        self.targets = targets
        self.operation = operation
        self.settle = settle
        self.sampleInterval = sampleInterval
    }

    public var isFinished: Bool { state == .done }

    public mutating func next(_ input: Input, at now: Date) -> [Step] {
        if input == .cancelled {
            let reason = "stopped by the operator"
            switch state {
            case .done: return []
            case .idle: return finish(reason)
            case .checking(let index): return [.phase(targets[index], .notReached)] + finish(reason)
            case .operating(let index, _), .settling(let index, _, _), .pausing(let index, _, _):
                return [.phase(targets[index], .unsettled)] + finish(reason)
            }
        }
        switch (state, input) {
        case (.idle, .start):
            return begin(0)
        case (.checking(let index), .checked(let problem)):
            if let problem { return fail(index, "\(targets[index]) \(problem)") }
            state = .operating(index, since: now)
            return [.phase(targets[index], .operating), .operate(targets[index])]
        case (.operating(let index, _), .operated(let problem?)):
            return fail(index, "\(targets[index]): \(problem)")
        case (.operating(let index, let since), .operated(nil)):
            let watched = watchedForHealth(after: index)
            guard !watched.isEmpty, settle > .zero else { return complete(index, at: now) }
            let until = now.addingTimeInterval(settle.timeInterval)
            state = .settling(index, since: since, until: until)
            return [.phase(targets[index], .settling(until: until)), .sampleHealth(watched, since: since)]
        case (.settling(let index, let since, let until), .health(let problem)):
            if let problem { return fail(index, problem) }
            guard now < until else { return complete(index, at: now) }
            state = .pausing(index, since: since, until: until)
            let left = until.timeIntervalSince(now)
            return [.wait(min(sampleInterval, .milliseconds(Int(left * 1000) + 1)))]
        case (.pausing(let index, let since, let until), .waited):
            state = .settling(index, since: since, until: until)
            return [.sampleHealth(watchedForHealth(after: index), since: since)]
        case (.idle, _), (.checking, _), (.operating, _), (.settling, _), (.pausing, _), (.done, _):
            return []
        }
    }

    /// Whose health settles a target's turn (see the type's comment).
    func watchedForHealth(after index: Int) -> [String] {
        switch operation {
        case .upgrade: [targets[index]]
        case .softStop: Array(targets[(index + 1)...])
        }
    }

    private mutating func begin(_ index: Int) -> [Step] {
        guard index < targets.count else { return finish(nil) }
        state = .checking(index)
        return [.phase(targets[index], .checking), .check(targets[index])]
    }

    private mutating func complete(_ index: Int, at now: Date) -> [Step] {
        [.phase(targets[index], .done(at: now))] + begin(index + 1)
    }

    private mutating func fail(_ index: Int, _ reason: String) -> [Step] {
        [.phase(targets[index], .failed(reason))] + finish(reason)
    }

    private mutating func finish(_ reason: String?) -> [Step] {
        state = .done
        return [.finished(reason: reason)]
    }
}
