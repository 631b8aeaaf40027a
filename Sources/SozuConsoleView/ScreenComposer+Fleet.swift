import Foundation
public import SozuConsoleEngine
public import SozuClient
import SozuCodec

/// A row of the requests panel: a request (a group's member is indented under it), or a
/// command sent to several targets.
public enum RequestEntry: Sendable {
    case request(ConsoleRequest, member: Bool)
    case group(RequestGroup, members: [ConsoleRequest])

    public var id: RequestID {
        switch self {
        case .request(let request, _): request.id
        case .group(let group, _): group.id
        }
    }
}

extension ScreenComposer {
    // MARK: - Requests of a fleet

    /// The panel's rows, at most `limit` before expansion: a selected group (or a group whose
    /// member is selected) opens onto its members.
    public static func requestEntries(_ model: ConsoleModel, _ view: ViewState, limit: Int) -> [RequestEntry] {
        guard !model.groups.isEmpty else { return model.displayRows(limit: limit).map { .request($0, member: false) } }
        var entries: [RequestEntry] = []
        for item in model.displayItems(limit: limit) {
            switch item {
            case .request(let request):
                entries.append(.request(request, member: false))
            case .group(let group, let members):
                entries.append(.group(group, members: members))
                let opened = view.selectedRequest.map { selected in selected == group.id || members.contains { $0.id == selected } } ?? false
                if opened { entries += members.map { .request($0, member: true) } }
            }
        }
        return entries
    }

    /// What ↑/↓ move through in the requests panel.
    public static func selectableRows(_ model: ConsoleModel, _ view: ViewState) -> [RequestID] {
        requestEntries(model, view, limit: model.requests.count + model.groups.count).map(\.id)
    }

    /// `#12 @all status  OK 5/5 targets`: the group's state is its members' worst.
    static func groupStatus(_ group: RequestGroup, _ members: [ConsoleRequest]) -> (String, Role) {
        let final = members.filter(\.state.isFinal)
        if final.count < group.targets.count { return ("\(final.count)/\(group.targets.count)", .processing) }
        if let worst = members.first(where: { $0.state.isFailureLike && !$0.state.isOKWithWorkerErrors }) ?? members.first(where: \.state.isOKWithWorkerErrors) {
            return statusWord(worst.state)
        }
        return ("OK", .ok)
    }

    // MARK: - Header

    /// `sozu-console [web-1] CONNECTED  5 targets: 4 connected, 1 reconnecting  2 in flight`.
    static func fleetHeader(_ model: ConsoleModel, width: Int, now: Date) -> [StyledLine] {
        var line = StyledLine(" sozu-console ", .title)
        line.append(" [\(middleElided(model.defaultTargetName, to: max(8, width / 5)))] ", .normal)
        let connection: (String, Role) = switch model.connection {
        case .connected: ("CONNECTED", .ok)
        case .connecting: ("CONNECTING", .processing)
        case .reconnecting(let attempt, _, _): ("RECONNECTING #\(attempt)", .warning)
        case .mainExited: ("EXITED", .failure)
        }
        line.append(connection.0, connection.1)
        let allConnected = model.targets.allSatisfy { if case .connected = $0.connection { true } else { false } }
        line.append("  " + TargetsReport.summary(model), allConnected ? .normal : .warning)
        line.append("  \(model.inFlightCount) in flight", model.inFlightCount > 0 ? .processing : .normal)
        if model.readOnly { line.append("  READ-ONLY", .warning) }
        return [line.fitted(to: width, padRole: .title).recolouredPadding(.title)]
    }

    // MARK: - Targets panel

    static func targetsPanel(_ model: ConsoleModel, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        var title = StyledLine(" TARGETS ", .title)
        title.append(" " + TargetsReport.summary(model) + " · F4 hides", .dim)
        var lines = [title.fitted(to: rect.width)]
        let inFlight = TargetsReport.inFlightCounts(model)
        let nameWidth = min(16, max(6, model.targets.map { DisplayWidth.columns(of: $0.name) }.max() ?? 6))
        for target in model.targets.prefix(rect.height - 1) {
            let isDefault = target.name == model.defaultTargetName
            var line = StyledLine((isDefault ? "* " : "  ") + DisplayWidth.fit(target.name, to: nameWidth) + " ", isDefault ? .header : .normal)
            let state: (String, Role) = switch target.connection {
            case .connected: ("connected", .ok)
            case .connecting: ("connecting", .processing)
            case .reconnecting(let attempt, _, _): ("reconnecting #\(attempt)", .warning)
            case .mainExited: ("main exited", .failure)
            }
            line.append(DisplayWidth.fit(state.0, to: 16) + " ", state.1)
            let workers = TargetsReport.workers(of: target)
            line.append(DisplayWidth.fit(workers.isEmpty ? "" : "\(workers) workers", to: 12) + " ", .normal)
            let flying = inFlight[target.name, default: 0]
            line.append(DisplayWidth.fit(flying > 0 ? "\(flying) in flight" : "", to: 12) + " ", .processing)
            if let error = target.lastError ?? reconnectReason(target.connection) {
                line.append(DisplayWidth.printable(error), .failure)
            } else {
                line.append(DisplayWidth.printable(target.address), .dim)
            }
            lines.append(line.fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    static func reconnectReason(_ connection: ConnectionState) -> String? {
        if case .reconnecting(_, _, let reason) = connection { return reason }
        return nil
    }

    // MARK: - Rolling operations

    static func rolloutPanel(_ rollout: Rollout, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        let title = rollout.operation == .upgrade ? " ROLLING UPGRADE \(rollout.id) " : " ROLLING SOFT STOP \(rollout.id) "
        var head = StyledLine(title, .title)
        let done = rollout.steps.filter { if case .done = $0.phase { true } else { false } }.count
        head.append("  \(done)/\(rollout.steps.count) done  \(elapsedText((rollout.finishedAt ?? now).timeIntervalSince(rollout.startedAt)))  ", .normal)
        if rollout.isFinished { head.append(rollout.succeeded ? "FINISHED" : "STOPPED", rollout.succeeded ? .ok : .failure) }
        var lines = [head.fitted(to: rect.width)]
        // The target under way stays in view when there are more than the rows.
        let current = rollout.steps.firstIndex { step in
            switch step.phase {
            case .checking, .operating, .settling, .failed: true
            case .waiting, .done, .unsettled, .notReached: false
            }
        } ?? 0
        let shown = rect.height - 1
        let start = max(0, min(current - shown / 2, rollout.steps.count - shown))
        for step in rollout.steps.dropFirst(start).prefix(shown) {
            let (word, role): (String, Role) = switch step.phase {
            case .waiting: ("waiting", .dim)
            case .checking: ("checking", .processing)
            case .operating: (rollout.operation == .upgrade ? "upgrading" : "draining", .processing)
            case .settling(let until): ("settling \(Int(max(0, until.timeIntervalSince(now)).rounded(.up)))s", .processing)
            case .done: ("done", .ok)
            case .unsettled: ("done, not settled", .warning)
            case .failed: ("FAILED", .failure)
            case .notReached: ("not reached", .dim)
            }
            var line = StyledLine("  " + DisplayWidth.fit(step.target, to: 14) + " ", .normal)
            line.append(DisplayWidth.fit(word, to: 12) + " ", role)
            if case .failed(let reason) = step.phase { line.append(DisplayWidth.printable(reason), .failure) }
            lines.append(line.fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    /// The drain to show: that of the target a rollout works on, else one that runs (the
    /// default target's first), else the default target's.
    static func shownDrain(_ model: ConsoleModel, now: Date) -> (target: String, drain: DrainWatch)? {
        if let rollout = model.visibleRollout(at: now), !rollout.isFinished,
           let step = rollout.steps.first(where: { $0.phase == .operating }),
           let drain = model[target: step.target]?.drain, showsDrain(drain, now: now) {
            return (step.target, drain)
        }
        if let drain = model.drain, !drain.isFinished { return (model.defaultTargetName, drain) }
        if let other = model.targets.first(where: { $0.drain.map { !$0.isFinished } ?? false }), let drain = other.drain {
            return (other.name, drain)
        }
        if let drain = model.drain, showsDrain(drain, now: now) { return (model.defaultTargetName, drain) }
        return nil
    }

    // MARK: - Events of a fleet

    /// The latest events of every target, in the order they came, each with its target.
    static func fleetEvents(_ model: ConsoleModel, count: Int) -> [(target: String, event: FeedEvent)] {
        var merged: [(target: String, event: FeedEvent)] = []
        for target in model.targets {
            merged += target.events.newest(count).map { (target.name, $0) }
        }
        merged.sort { $0.event.receivedAt < $1.event.receivedAt }
        return Array(merged.suffix(count))
    }
}
