import Foundation
public import SozuClient
import SozuProto

extension ConsoleSession {
    /// `@all upgrade --rolling`, `@tag:eu shutdown --rolling`: starts the rollout and returns;
    /// it goes on in the background (see `RollingFlow`), in the model as a `Rollout`.
    func rolling(
        _ operation: RollingOperation, over targets: [TargetSpec], selector: TargetSelector, settle: Duration, confirmation: Confirmation
    ) async -> Outcome {
        if let running = store.snapshot().rollouts.first(where: { !$0.isFinished }) {
            return .refused("\(running.summary); one rolling operation at a time (stop it with `stop \(running.id)`)")
        }
        let planned: PlannedRequest
        do {
            guard case .request(let parsed)? = try parser.parse(operation.verb).first else { return .refused("\(operation.verb): nothing to send") }
            planned = parsed
        } catch {
            return .refused("\(operation.verb): \(error)")
        }
        let names = targets.map(\.name)
        let text = "\(selector) \(operation.verb) --rolling"
        var asked = planned
        asked.text = text
        // A soft stop is destructive: asked once, naming every target; an upgrade is not.
        if let refusal = await refusal(of: asked, naming: names, confirmation: confirmation) { return .refused(refusal) }
        let rollout = Rollout(id: ids.next(), operation: operation, settle: settle, text: text, targets: names, at: Date())
        store.update { $0.insert(rollout) }
        fleetNotice("\(rollout.summary): \(names.joined(separator: ", ")) in turn, settle \(ConsoleRequest.format(settle))")
        let flow = RollingFlow(targets: names, operation: operation, settle: settle)
        rolloutTasks[rollout.id] = Task { await self.drive(rollout.id, flow: flow, planned: planned) }
        return .rolloutStarted(rollout)
    }

    /// A notice about the fleet as a whole (no target of its own).
    func fleetNotice(_ text: String, level: Notice.Level = .info) {
        store.update { $0.notice(text, level: level, at: Date()) }
        configuration.journal?.recordNotice(text)
    }

    /// Waits for a rolling operation to end; nil when `id` is none.
    public func rolloutResult(of id: RequestID) async -> Rollout? {
        await rolloutTasks[id]?.value
        return store.snapshot().rollouts.first { $0.id == id }
    }

    /// `stop #N` on a rollout: the target under way finishes its turn, no other begins.
    func stopRollout(_ id: RequestID) -> Outcome? {
        guard let rollout = store.snapshot().rollouts.first(where: { $0.id == id }) else { return nil }
        guard !rollout.isFinished else { return .refused("\(id) is over: \(rollout.summary)") }
        cancelledRollouts.insert(id)
        return .stopped(id)
    }

    /// Runs the flow's steps until it is over.
    private func drive(_ id: RequestID, flow start: RollingFlow, planned: PlannedRequest) async {
        var flow = start
        for name in flow.targets { await sessions[name]?.subscribeIfNeeded() }  // backends going down
        var input: RollingFlow.Input? = .start
        while let given = input {
            input = nil
            let stopped = cancelledRollouts.contains(id) || Task.isCancelled
            let current = stopped && given.problem == nil ? .cancelled : given
            for step in flow.next(current, at: Date()) {
                switch step {
                case .phase(let target, let phase):
                    store.update { $0.updateRollout(id) { $0.set(target, to: phase) } }
                    if case .done = phase { await sessions[target]?.notice("rolling \(flow.operation.verb) \(id): done") }
                case .check(let target):
                    input = .checked(problem: await reachability(of: target))
                case .operate(let target):
                    input = .operated(problem: await operate(planned, on: target))
                case .sampleHealth(let targets, let since):
                    input = .health(problem: await healthProblem(of: targets, since: since))
                case .wait(let duration):
                    try? await Task.sleep(for: duration)
                    input = .waited
                case .finished(let reason):
                    store.update { $0.updateRollout(id) { $0.finish(stoppedBecause: reason, at: Date()) } }
                    if let rollout = store.snapshot().rollouts.first(where: { $0.id == id }) {
                        fleetNotice(rollout.summary, level: reason == nil ? .info : .error)
                    }
                }
            }
        }
        cancelledRollouts.remove(id)
        rolloutTasks[id] = nil
    }

    /// Nil when the target answers; else why it does not, in words after its name.
    private func reachability(of target: String) async -> String? {
        guard let session = sessions[target] else { return "is no longer a target" }
        switch await session.probe() {
        case .answered: return nil
        case let problem: return "does not answer: \(problem)"
        }
    }

    /// Upgrades a target (main process, then every worker), or stops it softly and waits for
    /// its main process to exit; nil when that went well.
    private func operate(_ planned: PlannedRequest, on target: String) async -> String? {
        guard let session = sessions[target] else { return "it is no longer a target" }
        let id = await session.submit(planned, timeout: nil)
        switch planned.flow {
        case .upgradeMain:
            let result = await session.flowResult(of: id)
            if let failure = result.failure { return failure }
            for step in result.sent {
                guard let request = await session.result(of: step), request.state.isFailureLike else { continue }
                return "\(request.text) \(request.id): \(Self.message(of: request.state))"
            }
            return nil
        case .stop:
            guard let request = await session.result(of: id) else { return "the stop was not sent" }
            if request.state.isFailureLike { return "\(request.text) \(id): \(Self.message(of: request.state))" }
            return await mainExit(of: target, stoppedBy: id)
        case .single, .upgradeWorker, .setClusterHTTP2:
            guard let request = await session.result(of: id) else { return "\(planned.text) was not sent" }
            return request.state.isFailureLike ? "\(request.text) \(id): \(Self.message(of: request.state))" : nil
        }
    }

    /// After a soft stop's final answer: nil once the main process has gone.
    private func mainExit(of target: String, stoppedBy id: RequestID, within limit: Duration = .seconds(30)) async -> String? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let drain = store.snapshot()[target: target]?.drain, drain.requestID == id, drain.mainExitedAt != nil { return nil }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return "its main process still answers \(ConsoleRequest.format(limit)) after the stop"
    }

    /// A target that answers but is not yet healthy is asked again for up to `grace`: the old
    /// worker of an upgrade exits a moment after the upgrade's OK (its soft stop is over), and a
    /// status asked in between finds it still stopping, or not answering on its way out.
    private func healthProblem(of targets: [String], since: Date, grace: Duration = .seconds(3)) async -> String? {
        for target in targets {
            guard let session = sessions[target] else { return "\(target) is no longer a target" }
            let deadline = ContinuousClock.now + grace
            while true {
                let status = await session.status(timeout: .seconds(5))
                let events = store.snapshot()[target: target]?.events.events ?? []
                guard let problem = RollingHealth.problem(target: target, status: status, events: events, since: since) else { break }
                guard case .ok? = status, ContinuousClock.now < deadline else { return problem }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        return nil
    }
}
