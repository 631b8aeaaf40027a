import SozuClient

extension ConsoleSession {
    /// Ends a repeating job (named by any of its runs), or gives up on a request in flight.
    func stop(_ id: RequestID) async -> Outcome {
        let jobID = repeatingTasks[id] != nil ? id : store.snapshot().requests[id]?.job
        if let jobID, let task = repeatingTasks.removeValue(forKey: jobID) {
            task.cancel()
            let runs = store.update { model -> Int in
                model.endJob(jobID)
                return model.jobs[jobID]?.runs ?? 0
            }
            await defaultSession.notice("job \(jobID) stopped after \(runs) run\(runs == 1 ? "" : "s")")
            return .stopped(jobID)
        }
        if let rollout = stopRollout(id) { return rollout }
        let model = store.snapshot()
        if let group = model.groups[id] {
            let running = group.memberIDs.filter { model.requests[$0]?.state.isFinal == false }
            guard !running.isEmpty else { return .refused("\(id) is not running") }
            for member in running { _ = await stop(member) }
            return .stopped(id)
        }
        guard let request = model.requests[id], !request.state.isFinal else {
            return .refused("\(id) is not running")
        }
        await (request.target.flatMap { sessions[$0] } ?? defaultSession).cancel(id)
        return .stopped(id)
    }

    /// Sends the request now and then every `interval` (after the previous one finished),
    /// until `stop`, or until `limit` is reached. The job is known by the id of its first request.
    func startRepeating(_ planned: PlannedRequest, every interval: Duration, limit: StreamLimit = .none, on session: TargetSession) async -> Outcome {
        let first = await submit(planned, to: session, confirmation: .unasked)
        guard case .submitted(let jobID, _) = first else { return first }
        let job = RepeatingJob(id: jobID, verb: planned.verb, text: planned.text, interval: interval, runs: 1, lastRequest: jobID)
        store.update { $0.startJob(job) }
        await session.notice("\(planned.text) every \(ConsoleRequest.format(interval)): job \(jobID); stop \(jobID) (or stop all) ends it")
        let started = ContinuousClock.now
        repeatingTasks[jobID] = Task { [weak self] in
            var last = jobID
            var runs = 1
            while !Task.isCancelled {
                _ = await self?.result(of: last)
                guard !limit.isReached(done: runs, elapsed: ContinuousClock.now - started + interval) else {
                    await self?.endJob(jobID)
                    return
                }
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled, let self else { return }
                runs += 1
                guard case .submitted(let id, _) = await self.submit(planned, to: session, confirmation: .unasked) else {
                    await self.endJob(jobID)
                    return
                }
                last = id
                await self.noteRun(of: jobID, request: id)
            }
        }
        return .repeating(job)
    }

    /// Stops every repeating job.
    func stopAll() async -> Outcome {
        let jobIDs = repeatingTasks.keys.sorted()
        guard !jobIDs.isEmpty else { return .text("no repeating job to stop") }
        for jobID in jobIDs { _ = await stop(jobID) }
        return .text("stopped \(jobIDs.count) job\(jobIDs.count == 1 ? "" : "s"): " + jobIDs.map(\.description).joined(separator: ", "))
    }

    /// A repeating job that ended by its limit, or could not go on (its request was refused).
    private func endJob(_ id: RequestID) {
        repeatingTasks[id] = nil
        store.update { $0.endJob(id) }
    }

    private func noteRun(of job: RequestID, request: RequestID) {
        store.update { $0.noteJobRun(job, request: request) }
    }
}
