public import Foundation
import SozuClient
import SozuProto
import SozuCodec

/// An upgrade of the main process, as Sōzu's CLI runs it: once UpgradeMain answers OK, the
/// old main process exits and a new one takes the socket; the flow waits for it to answer,
/// lists its workers, then upgrades every running worker at once, each on its own request.
public struct UpgradeMainFlow: Sendable {
    enum Phase: Equatable, Sendable {
        case upgrading
        /// The old main closes its connections and exits right after its answer: a moment's
        /// wait, so that the next answer comes from the new one.
        case settling
        case probing(deadline: Date)
        case pausing(deadline: Date)
        case listing
        case done
    }

    private(set) var phase = Phase.upgrading
    public let settleTime: Duration
    public let reconnectTimeout: Duration
    public let probeTimeout: Duration
    public let probePause: Duration
    /// The text of the command that started it, for the steps' rows.
    public let commandText: String

    public init(
        commandText: String = "upgrade", settleTime: Duration = .milliseconds(300), reconnectTimeout: Duration = .seconds(30),
        probeTimeout: Duration = .seconds(2), probePause: Duration = .milliseconds(200)
    ) {
        self.commandText = commandText
        self.settleTime = settleTime
        self.reconnectTimeout = reconnectTimeout
        self.probeTimeout = probeTimeout
        self.probePause = probePause
    }

    public var isFinished: Bool { phase == .done }
    /// Why it ended before upgrading the workers; nil while it goes on, and once it sent them.
    public private(set) var failure: String?

    public mutating func next(_ input: FlowInput, at now: Date) -> [FlowStep] {
        switch (phase, input) {
        case (.upgrading, .answered(let state)):
            guard case .ok? = state else {
                return finish(failing: "upgrade_main: " + (state.map { ConsoleSession.message(of: $0) } ?? "not sent"))
            }
            phase = .settling
            return [.notice("main process upgraded; waiting for the new one to answer", .info), .wait(settleTime)]
        case (.settling, .waited):
            phase = .probing(deadline: now.addingTimeInterval(reconnectTimeout.timeInterval))
            return [Self.listWorkersProbe(timeout: probeTimeout)]
        case (.probing(let deadline), .answered(let state)):
            if case .ok? = state {
                phase = .listing
                let listing = PlannedRequest(verb: "workers", text: "workers (upgrade)", request: Self.listWorkers, effect: .query)
                return [.drain(.reconnected), .send(listing, awaited: true)]
            }
            guard now < deadline else {
                let problem = "the new main process did not answer within \(Int(reconnectTimeout.timeInterval)) s"
                return [.notice(problem, .error)] + finish(failing: problem)
            }
            phase = .pausing(deadline: deadline)
            return [.wait(probePause)]
        case (.pausing(let deadline), .waited):
            guard now < deadline else {
                let problem = "the new main process did not answer within \(Int(reconnectTimeout.timeInterval)) s"
                return [.notice(problem, .error)] + finish(failing: problem)
            }
            phase = .probing(deadline: deadline)
            return [Self.listWorkersProbe(timeout: probeTimeout)]
        case (.listing, .answered(let state)):
            guard case .ok(_, let content)? = state, case .workers(let infos)? = content?.contentType else {
                let problem = "upgrade: could not list the workers of the new main process"
                return [.notice(problem, .error)] + finish(failing: problem)
            }
            // As Sōzu's CLI: every worker at once, each on its own connection; only running
            // ones (the others would be refused, or never answer).
            let running = infos.vec.filter { $0.runState == .running }.map(\.id)
            let upgrades: [FlowStep] = running.map { worker in
                var request = Command_Request()
                request.upgradeWorker = worker
                let planned = PlannedRequest(
                    verb: "upgrade --worker", text: "upgrade --worker \(worker)", request: request, effect: .change, waitsWithoutTimeout: true)
                return .send(planned, awaited: false)
            }
            return [.drain(.watch(workerIDs: running))] + upgrades + finish()
        case (.done, _), (.upgrading, .waited), (.settling, .answered), (.probing, .waited), (.pausing, .answered), (.listing, .waited):
            return []
        }
    }

    private mutating func finish(failing problem: String? = nil) -> [FlowStep] {
        phase = .done
        failure = problem
        return [.finished]
    }

    static var listWorkers: Command_Request {
        var request = Command_Request()
        request.listWorkers = Command_ListWorkers()
        return request
    }

    static func listWorkersProbe(timeout: Duration) -> FlowStep {
        .probe(listWorkers, timeout: timeout)
    }
}
