import Foundation
import SozuClient
import SozuProto

/// A flow the target session runs step by step (see `FlowStep`).
protocol ConsoleFlow: Sendable {
    mutating func next(_ input: FlowInput, at now: Date) -> [FlowStep]
    /// Why it ended without doing its work, once finished.
    var failure: String? { get }
}

/// How a flow the caller waits on ended: its problem, if any, and the requests it sent.
struct FlowResult: Equatable, Sendable {
    var failure: String?
    var sent: [RequestID] = []
}

extension UpgradeMainFlow: ConsoleFlow {}
extension ClusterHTTP2Flow: ConsoleFlow {}

extension TargetSession {
    /// Opens the drain watch of a stop or an upgrade, with the relays that came before it.
    func startDrainWatch(_ planned: PlannedRequest, id: RequestID, earlierProgress: [TrackedRequest.Progress]) {
        let now = Date()
        let running = (store.snapshot()[target: name]?.workers ?? [])
            .filter { $0.runState == .running || $0.runState == .notAnswering }.map(\.id)
        var watch: DrainWatch
        switch planned.flow {
        case .single, .setClusterHTTP2:
            return
        case .stop(let hard):
            watch = DrainWatch(kind: hard ? .hardStop : .softStop, requestID: id, workerIDs: running, at: now)
            notice("\(hard ? "hard" : "soft") stop \(id) sent; watching \(running.count) workers")
        case .upgradeMain:
            watch = DrainWatch(kind: .upgradeMain, requestID: id, workerIDs: [], at: now)
            notice("upgrade \(id) sent: the main process restarts, then each worker is upgraded")
        case .upgradeWorker(let worker):
            watch = DrainWatch(kind: .upgradeWorker(worker), requestID: id, workerIDs: [worker], at: now)
        }
        for progress in earlierProgress { watch.noteProgress(progress.message, at: progress.receivedAt) }
        let name = name, ready = watch
        store.update { $0[target: name]?.drain = ready }
        startDrainPolling()
    }

    /// A request whose flow goes on ended: the flow runs apart from the update handler, which
    /// must keep taking updates while the flow waits on further answers.
    func continueFlow(_ planned: PlannedRequest, id: RequestID, finished state: RequestState) {
        switch planned.flow {
        case .single, .stop, .upgradeWorker:
            return
        case .setClusterHTTP2(let clusterID, let enabled):
            flowsRunning.insert(id)
            let flow = ClusterHTTP2Flow(clusterID: clusterID, enabled: enabled, commandText: planned.text, verb: planned.verb)
            Task {
                let result = await self.run(flow, first: .answered(state), step: planned.verb)
                self.finishFlow(id, result)
            }
        case .upgradeMain:
            flowsRunning.insert(id)
            Task {
                let result = await self.run(UpgradeMainFlow(commandText: planned.text), first: .answered(state), step: "upgrade")
                self.finishFlow(id, result)
            }
        }
    }

    /// A flow is over: whoever waits on it learns how.
    private func finishFlow(_ id: RequestID, _ result: FlowResult) {
        flowsRunning.remove(id)
        if let waiter = flowWaiters.removeValue(forKey: id) {
            waiter.resume(returning: result)
            return
        }
        // Kept a while for a caller that asks after the end; a few suffice.
        finishedFlows.append((id, result))
        if finishedFlows.count > 16 { finishedFlows.removeFirst() }
    }

    /// Waits until the flow that `id` started is over (at once for a request with no flow).
    /// Only one caller waits on a flow: a rolling operation.
    func flowResult(of id: RequestID) async -> FlowResult {
        guard let request = await result(of: id) else { return FlowResult(failure: "\(id) was not sent") }
        if let finished = finishedFlows.first(where: { $0.0 == id }) { return finished.1 }
        guard pendingFlows[id] != nil || flowsRunning.contains(id) else {
            return FlowResult(failure: request.state.isFailureLike ? ConsoleSession.message(of: request.state) : nil)
        }
        return await withCheckedContinuation { continuation in
            flowWaiters[id] = continuation
        }
    }

    /// Does what the flow asks until it is finished; its requests are rows named `step`.
    func run(_ start: some ConsoleFlow, first: FlowInput, step: String) async -> FlowResult {
        var flow = start
        var input: FlowInput? = first
        var sent: [RequestID] = []
        while let current = input {
            input = nil
            for action in flow.next(current, at: Date()) {
                switch action {
                case .notice(let text, let level):
                    notice(text, level: level)
                case .drain(let change):
                    let name = name, now = Date()
                    store.update { model in
                        switch change {
                        case .reconnected: model[target: name]?.drain?.noteReconnected(at: now)
                        case .watch(let workers): model[target: name]?.drain?.watch(workerIDs: workers)
                        }
                    }
                case .send(let planned, let awaited):
                    let timeout = planned.waitsWithoutTimeout ? nil : (planned.timeout ?? store.snapshot().defaultTimeout)
                    let id = await submit(planned, timeout: timeout, step: step)
                    sent.append(id)
                    if awaited { input = .answered(await result(of: id)?.state) }
                case .probe(let request, let timeout):
                    input = .answered(await background.send(request, timeout: timeout)?.state)
                case .wait(let duration):
                    try? await Task.sleep(for: duration)
                    input = .waited
                case .finished:
                    return FlowResult(failure: flow.failure, sent: sent)
                }
            }
        }
        return FlowResult(failure: flow.failure, sent: sent)
    }

    // MARK: - Drain polling

    func startDrainPolling() {
        drainPolling?.cancel()
        drainPolling = Task { [weak self] in
            while !Task.isCancelled {
                guard let self, await self.pollDrain() else { return }
                try? await Task.sleep(for: self.configuration.drainPollInterval)
            }
        }
    }

    /// One round of drain polling; false once the watch is over.
    private func pollDrain() async -> Bool {
        guard let drain = store.snapshot()[target: name]?.drain, !drain.isFinished else { return false }
        // Each answer is taken as it comes: the main process answers list_workers at once,
        // while metrics wait on every worker (a silent one holds them to the timeout).
        let background = background
        var answers: [RequestState?] = []
        await withTaskGroup(of: RequestState?.self) { group in
            for request in DrainPoll.requests {
                group.addTask { await background.send(request, timeout: .seconds(3))?.state }
            }
            for await answer in group {
                answers.append(answer)
                apply(DrainPoll.changes(for: answer, at: Date()))
            }
        }
        if let target = store.snapshot()[target: name], let exited = DrainPoll.mainExited(after: answers, target: target, at: Date()) {
            apply([exited])
            notice("main process exited")
        }
        return !(store.snapshot()[target: name]?.drain?.isFinished ?? true)
    }
}
