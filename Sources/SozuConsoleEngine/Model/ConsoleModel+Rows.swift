public import SozuClient

/// The requests panel's rows, read from the model: they walk `rowCandidates`, which leaves out
/// the runs of repeating jobs that no row shows, so a frame's cost does not grow with how many
/// times a job has run.
extension ConsoleModel {
    /// The job a request is a run of, when it is a run of one.
    public func job(of request: RequestID) -> RepeatingJob? {
        requests[request]?.job.flatMap { jobs[$0] }
    }

    /// A run of a job that is not its newest: its job's row stands for it.
    func isHiddenRun(_ request: ConsoleRequest) -> Bool {
        guard let jobID = request.job, let job = jobs[jobID] else { return false }
        return job.lastRequest != request.id
    }

    /// Whether a request belongs in `rowCandidates`: it may have a row (it is not a hidden run),
    /// or it stands for what the operator typed (a job's first run).
    func isRowCandidate(_ request: ConsoleRequest) -> Bool {
        !isHiddenRun(request) || request.job == request.id
    }

    /// What the output pane shows when nothing is selected: the newest request the operator
    /// typed (a job's first run stands for it; its later runs do not replace what is shown).
    public var newestOperatorRequest: ConsoleRequest? {
        var index = rowCandidates.count - 1
        while index >= 0 {
            if let request = requests[rowCandidates[index]], request.job == nil || request.job == request.id { return request }
            index -= 1
        }
        return nil
    }

    /// Rows of the requests panel: requests in flight and groups with one in flight first
    /// (oldest first), then finished ones (newest first), at most `limit`; a group's requests
    /// are shown by its row.
    public func displayItems(limit: Int) -> [DisplayItem] {
        displayItemIDs(limit: limit).compactMap { id in
            if let group = groups[id] { return .group(group, members: group.memberIDs.compactMap { requests[$0] }) }
            return requests[id].map { .request($0) }
        }
    }

    /// The ids of `displayItems`' rows (a group's own id for a group), without gathering
    /// anything: a fan-out to 50 targets has 51 ids in `order`, and a frame needs few rows.
    public func displayItemIDs(limit: Int) -> [RequestID] {
        guard !groups.isEmpty else { return displayRows(limit: limit).map(\.id) }
        var ids: [RequestID] = []
        var seenGroups = Set<RequestID>()
        func groupID(of id: RequestID) -> RequestID? {
            if groups[id] != nil { return id }
            return requests[id]?.group.flatMap { groups[$0] != nil ? $0 : nil }
        }
        func groupIsFinal(_ group: RequestGroup) -> Bool {
            group.members.count == group.targets.count && group.members.values.allSatisfy { requests[$0]?.state.isFinal ?? true }
        }
        for id in inFlightIDs where ids.count < limit {
            if let group = groupID(of: id) {
                if seenGroups.insert(group).inserted { ids.append(group) }
            } else if let request = requests[id], !isHiddenRun(request) {
                ids.append(id)
            }
        }
        var index = rowCandidates.count - 1
        while ids.count < limit, index >= 0 {
            defer { index -= 1 }
            let id = rowCandidates[index]
            if let groupID = groupID(of: id) {
                guard !seenGroups.contains(groupID), let group = groups[groupID], groupIsFinal(group) else { continue }
                seenGroups.insert(groupID)
                ids.append(groupID)
            } else if let request = requests[id], request.state.isFinal, !isHiddenRun(request) {
                ids.append(id)
            }
        }
        return ids
    }

    /// In flight first (oldest first), then finished ones (newest first), at most `limit`.
    public func displayRows(limit: Int) -> [ConsoleRequest] {
        var rows: [ConsoleRequest] = []
        for id in inFlightIDs where rows.count < limit {
            if let request = requests[id], !isHiddenRun(request) { rows.append(request) }
        }
        var index = rowCandidates.count - 1
        while rows.count < limit, index >= 0 {
            if let request = requests[rowCandidates[index]], request.state.isFinal, !isHiddenRun(request) { rows.append(request) }
            index -= 1
        }
        return rows
    }

    /// Every request in display order (for moving a selection; not for drawing).
    public var requestsForDisplay: [ConsoleRequest] { displayRows(limit: requests.count) }
}
