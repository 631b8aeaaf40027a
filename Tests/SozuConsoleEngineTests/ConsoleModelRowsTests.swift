import Foundation
import SozuClient
import SozuProto
import SozuTestSupport
import Testing

@testable import SozuConsoleEngine

/// The requests panel's rows are read from `rowCandidates`, kept apart from `order` as jobs run,
/// groups form and old requests are trimmed; these check them against the rows read the long
/// way, from every id of `order`.
@Suite struct ConsoleModelRowsTests {
    /// A session's worth of requests, jobs and groups in a random order, checked at every step.
    @Test("rows read from the row candidates are those read from every request", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func rowsMatchTheLongWay(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var session = ModelScript()
        for _ in 0..<600 {
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<30: session.send()
            case 30..<55:
                session.finishOne(using: &random)
                session.finishOne(using: &random)
            case 55..<60: session.startJob()
            case 60..<85: session.runJob(choosing: Int.random(in: 0..<1_000, using: &random))
            case 85..<88: session.endJob(using: &random)
            case 88..<94: session.sendGroup(targets: Int.random(in: 1...4, using: &random))
            default: session.trim(keeping: Int.random(in: 5...60, using: &random))
            }
            let model = session.model
            let failure = Self.difference(model)
            #expect(failure == nil, "seed \(seed): \(failure ?? "")")
            if failure != nil { return }
        }
        #expect(session.model.jobs.count > 5)
        #expect(session.model.rowCandidates.count < session.model.order.count)
    }

    @Test("a job run 500 times leaves one row and its first run to walk past")
    func aJobsRunsLeaveOneCandidate() {
        var session = ModelScript()
        session.send()
        session.finishAll()
        session.startJob()
        for _ in 0..<500 {
            session.finishAll()
            session.runJob()
        }
        session.finishAll()
        let model = session.model
        #expect(model.order.count == 502)
        // The first request, the job's first run (what the operator typed) and its newest run.
        #expect(model.rowCandidates == [RequestID(1), RequestID(2), RequestID(502)])
        #expect(model.displayRows(limit: 10).map(\.id) == [RequestID(502), RequestID(1)])
        #expect(model.newestOperatorRequest?.id == RequestID(2))
        #expect(Self.difference(model) == nil)
    }

    /// What differs between the rows as the model reads them and as read from `order`; nil when
    /// nothing does.
    static func difference(_ model: ConsoleModel) -> String? {
        let expectedCandidates = model.order.filter { id in
            if model.groups[id] != nil { return true }
            guard let request = model.requests[id] else { return false }
            return !model.isHiddenRun(request) || request.job == request.id
        }
        if model.rowCandidates != expectedCandidates { return "candidates \(model.rowCandidates) != \(expectedCandidates)" }
        for limit in [1, 3, 10, model.requests.count] {
            let rows = model.displayRows(limit: limit).map(\.id)
            let expectedRows = longWayRows(model, limit: limit)
            if rows != expectedRows { return "rows(\(limit)) \(rows) != \(expectedRows)" }
            let items = model.displayItemIDs(limit: limit)
            let expectedItems = model.groups.isEmpty ? expectedRows : longWayItemIDs(model, limit: limit)
            if items != expectedItems { return "items(\(limit)) \(items) != \(expectedItems)" }
        }
        let newest = model.newestOperatorRequest?.id
        let expectedNewest = model.order.reversed().first { id in
            guard let request = model.requests[id] else { return false }
            return request.job == nil || request.job == request.id
        }
        if newest != expectedNewest { return "newest \(String(describing: newest)) != \(String(describing: expectedNewest))" }
        return nil
    }

    static func longWayRows(_ model: ConsoleModel, limit: Int) -> [RequestID] {
        var rows = model.inFlightIDs.compactMap { model.requests[$0] }.filter { !model.isHiddenRun($0) }.map(\.id)
        rows = Array(rows.prefix(limit))
        for id in model.order.reversed() where rows.count < limit {
            if let request = model.requests[id], request.state.isFinal, !model.isHiddenRun(request) { rows.append(id) }
        }
        return rows
    }

    static func longWayItemIDs(_ model: ConsoleModel, limit: Int) -> [RequestID] {
        func groupID(of id: RequestID) -> RequestID? {
            if model.groups[id] != nil { return id }
            return model.requests[id]?.group.flatMap { model.groups[$0] != nil ? $0 : nil }
        }
        var ids: [RequestID] = []
        var seen = Set<RequestID>()
        for id in model.inFlightIDs where ids.count < limit {
            if let group = groupID(of: id) {
                if seen.insert(group).inserted { ids.append(group) }
            } else if let request = model.requests[id], !model.isHiddenRun(request) {
                ids.append(id)
            }
        }
        for id in model.order.reversed() where ids.count < limit {
            if let group = groupID(of: id) {
                guard !seen.contains(group), let members = model.groups[group] else { continue }
                let final = members.members.count == members.targets.count
                    && members.members.values.allSatisfy { model.requests[$0]?.state.isFinal ?? true }
                guard final else { continue }
                seen.insert(group)
                ids.append(group)
            } else if let request = model.requests[id], request.state.isFinal, !model.isHiddenRun(request) {
                ids.append(id)
            }
        }
        return ids
    }
}

/// Drives a model as a session does: requests sent and answered, jobs started, run and ended,
/// commands to several targets, trims.
private struct ModelScript {
    var model = ConsoleModel(target: "/s")
    private var tracker = RequestTracker()
    private var runningJobs: [RequestID] = []
    private let start = Date(timeIntervalSince1970: 0)

    private mutating func newRequest(group: RequestID? = nil, target: String? = nil) -> RequestID {
        var request = Command_Request()
        request.status = Command_Status()
        let (id, _) = tracker.register(request, timeout: nil, at: start)
        _ = tracker.markSent(id, at: start)
        if let sent = tracker[id] {
            model.insert(ConsoleRequest(verb: "status", text: "status", tracked: sent, target: target, group: group))
        }
        return id
    }

    mutating func send() { _ = newRequest() }

    mutating func finish(_ id: RequestID) {
        var response = Command_Response()
        response.status = .ok
        _ = tracker.receive(response, for: id, at: start)
        if let tracked = tracker[id] { model.update(id, tracked: tracked) }
    }

    mutating func finishOne(using random: inout SplitMix64) {
        guard let id = model.inFlightIDs.randomElement(using: &random) else { return }
        finish(id)
    }

    mutating func finishAll() {
        for id in model.inFlightIDs { finish(id) }
    }

    mutating func startJob() {
        let id = newRequest()
        model.startJob(RepeatingJob(id: id, verb: "status", text: "status", interval: .seconds(1), runs: 1, lastRequest: id))
        runningJobs.append(id)
    }

    /// Another run of one of the running jobs (`choice` picks which).
    mutating func runJob(choosing choice: Int = 0) {
        guard !runningJobs.isEmpty else { return }
        let run = newRequest()
        model.noteJobRun(runningJobs[choice % runningJobs.count], request: run)
    }

    mutating func endJob(using random: inout SplitMix64) {
        guard let index = runningJobs.indices.randomElement(using: &random) else { return }
        model.endJob(runningJobs.remove(at: index))
    }

    mutating func sendGroup(targets count: Int) {
        var request = Command_Request()
        request.status = Command_Status()
        let (groupID, _) = tracker.register(request, timeout: nil, at: start)
        let targets = (0..<count).map { "t\($0)" }
        model.insert(RequestGroup(id: groupID, verb: "status", text: "@all status", targets: targets))
        for target in targets { _ = newRequest(group: groupID, target: target) }
    }

    mutating func trim(keeping limit: Int) { model.trimFinished(keeping: limit) }
}
