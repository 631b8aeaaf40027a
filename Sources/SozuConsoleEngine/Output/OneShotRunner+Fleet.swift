import Foundation
import SozuClient
import SozuCodec

extension OneShotExitStatus {
    /// Over several targets the run ends with the worst: what could not be reached, then what
    /// timed out, then what failed.
    var severity: Int {
        switch self {
        case .ok: 0
        case .failure: 1
        case .timedOut: 2
        case .unreachable: 3
        case .badCommand: 4
        }
    }

    static func worst(_ statuses: [OneShotExitStatus]) -> OneShotExitStatus {
        statuses.max { $0.severity < $1.severity } ?? .ok
    }
}

extension OneShotRunner {
    /// A command sent to several targets: each target's PROCESSING answers as they come, then
    /// (JSON) one object per target, or (text) how the targets answered and their answers,
    /// merged into one table where they are alike.
    func followGroup(_ id: RequestID) async -> OneShotExitStatus {
        guard let group = session.store.snapshot().groups[id] else { return .failure }
        var statuses: [OneShotExitStatus] = []
        for member in group.memberIDs {
            statuses.append(await follow(member, printing: false))
        }
        let model = session.store.snapshot()
        let members = (model.groups[id] ?? group).memberIDs.compactMap { model.requests[$0] }
        _ = printGroup(model.groups[id] ?? group, members)
        // A target whose request was never registered cannot have answered.
        if members.count < group.targets.count { statuses.append(.unreachable) }
        return OneShotExitStatus.worst(statuses)
    }

    func printGroup(_ group: RequestGroup, _ members: [ConsoleRequest]) -> OneShotExitStatus {
        if options.json {
            for member in members { printResult(member) }
        } else {
            for line in GroupRenderer.render(group, members: members, width: options.width) { output(line) }
            for member in members where member.state.isOKWithWorkerErrors {
                diagnostics("\(member.target ?? "?"): \(member.id) \(member.verb): OK from the main process, but workers refused it")
            }
        }
        return OneShotExitStatus.worst(members.map { OneShotExitStatus($0.state) })
    }

    /// A rolling operation, followed to its end: each target's turn on standard error as it
    /// changes, the outcome on standard output; exit 1 when it stopped early.
    func followRollout(_ id: RequestID) async -> OneShotExitStatus {
        var shown: [String: String] = [:]
        var iterator = changes.makeAsyncIterator()
        while true {
            guard let rollout = session.store.snapshot().rollouts.first(where: { $0.id == id }) else { return .failure }
            for step in rollout.steps {
                let word = Self.describe(step.phase)
                guard shown[step.target] != word else { continue }
                shown[step.target] = word
                if step.phase != .waiting, step.phase != .notReached {
                    let elapsed = Date().timeIntervalSince(rollout.startedAt)
                    diagnostics("[\(DecimalText.fixed(elapsed, decimals: 1, width: 6))s] \(step.target) \(word)")
                }
            }
            if rollout.isFinished { return printRollout(rollout) }
            guard await iterator.next() != nil else { return .failure }
        }
    }

    static func describe(_ phase: Rollout.Phase) -> String {
        switch phase {
        case .settling(let until): "settling: health checked for \(ConsoleRequest.format(.milliseconds(Int(max(0, until.timeIntervalSinceNow) * 1000))))"
        case .failed(let reason): "failed: \(reason)"
        case .waiting, .checking, .operating, .done, .unsettled, .notReached: phase.word
        }
    }

    func printRollout(_ rollout: Rollout) -> OneShotExitStatus {
        if options.json {
            let steps = rollout.steps.map { step -> String in
                var reason = "null"
                if case .failed(let text) = step.phase { reason = SozuJSON.quoted(text) }
                return "{\"target\":\(SozuJSON.quoted(step.target)),\"phase\":\(SozuJSON.quoted(step.phase.word)),\"reason\":\(reason)}"
            }
            output("{\"id\":\(rollout.id.value),\"command\":\(SozuJSON.quoted(rollout.text)),\"status\":\"\(rollout.succeeded ? "OK" : "FAILURE")\","
                + "\"message\":\(SozuJSON.quoted(rollout.summary)),\"targets\":[\(steps.joined(separator: ","))]}")
        } else if rollout.succeeded {
            output(rollout.summary)
        } else {
            diagnostics(rollout.summary)
        }
        return rollout.succeeded ? .ok : .failure
    }

    /// Exit 1 when the targets differ, as diff(1) does.
    func printFleetDiff(_ report: FleetDiffReport) -> OneShotExitStatus {
        if options.json {
            output(FleetDiffText.json(report))
        } else {
            for line in FleetDiffText.render(report, width: options.width) { output(line) }
        }
        if !report.unreachable.isEmpty { return .unreachable }
        return report.hasDrift ? .failure : .ok
    }
}
