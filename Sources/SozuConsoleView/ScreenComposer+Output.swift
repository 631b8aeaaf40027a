import Foundation
import SozuConsoleEngine
import SozuClient
import SozuCodec
import SozuProto

extension ScreenComposer {
    // MARK: - Output

    static func output(_ model: ConsoleModel, _ view: ViewState, rect: Rect, now: Date, cache: RenderCache?) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        var content: [StyledLine] = []
        if let text = view.outputText {
            // Help and errors wrap: their end ("did you mean …?") matters most.
            content = text.flatMap { wrap(DisplayWidth.printable($0), to: rect.width) }.map { StyledLine($0) }
        } else if let group = shownGroup(model, view) {
            let members = group.memberIDs.compactMap { model.requests[$0] }
            content = cache?.lines(for: group, members: members, width: rect.width) { describe(group, members: members, width: rect.width) }
                ?? describe(group, members: members, width: rect.width)
        } else if let request = view.selectedRequest.flatMap({ model.requests[$0] }) ?? model.newestOperatorRequest {
            let target = model.isFleet ? request.target : nil
            content = cache?.lines(for: request, width: rect.width) { describe(request, target: target, width: rect.width, now: now) }
                ?? describe(request, target: target, width: rect.width, now: now)
        } else {
            content = [
                StyledLine("Type a command at the prompt; `help` lists them, `help <command>` explains one.", .dim),
                StyledLine("F1 help · F2 events · Ctrl-O focus · PgUp/PgDn scroll · Tab complete · Ctrl-D quit", .dim),
            ]
        }
        // When it does not fit, the last row says where the view is, and the content gets the
        // rows above it: scrolled to the end, the last line of the answer shows.
        let scrolls = content.count > rect.height && rect.height > 1
        let visible = scrolls ? rect.height - 1 : rect.height
        let maximumScroll = max(0, content.count - visible)
        let scroll = min(view.outputScroll, maximumScroll)
        var lines = content.dropFirst(scroll).prefix(visible).map { $0.fitted(to: rect.width) }
        if scrolls {
            let arrow = scroll == 0 ? "▼" : scroll == maximumScroll ? "▲" : "▲▼"
            lines.append(StyledLine([Segment(" \(arrow) \(scroll + visible)/\(content.count) ", .key)]).fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    /// A group: while answers come in, how each target stands (cheap, redrawn as they come);
    /// once all are in, their answers (laid out once, then cached).
    static func describe(_ group: RequestGroup, members: [ConsoleRequest], width: Int) -> [StyledLine] {
        guard members.count == group.targets.count, members.allSatisfy(\.state.isFinal) else {
            var lines = [StyledLine("\(group.id) \(group.text): \(GroupRenderer.tally(group, members))", .header)]
            for target in group.targets {
                let member = members.first { $0.target == target }
                let (word, role) = member.map { statusWord($0.state) } ?? ("not sent yet", .dim)
                lines.append(StyledLine([Segment("  " + DisplayWidth.fit(target, to: 16) + " "), Segment(word, role)]))
            }
            return lines
        }
        return GroupRenderer.render(group, members: members, width: width, sections: 8).enumerated().map { index, line in
            StyledLine(line, index == 0 ? .header : .normal)
        }
    }

    /// The group the output pane shows: the selected one, or the newest when nothing is
    /// selected and the newest row is a group (its members come after it in `order`).
    static func shownGroup(_ model: ConsoleModel, _ view: ViewState) -> RequestGroup? {
        if let selected = view.selectedRequest { return model.groups[selected] }
        guard let newest = model.order.last else { return nil }
        return model.groups[newest] ?? model.requests[newest]?.group.flatMap { model.groups[$0] }
    }

    /// The selected request in full: its command, every PROCESSING message, the final answer
    /// and its content as tables.
    static func describe(_ request: ConsoleRequest, target: String? = nil, width: Int, now: Date) -> [StyledLine] {
        let status = statusWord(request.state)
        var head = StyledLine("\(request.id) ", .header)
        if let target { head.append("@\(target) ", .header) }
        head.append(request.text, .header)
        head.append("  ")
        head.append(status.0, status.1)
        head.append("  \(elapsedText(request.elapsed(at: now).timeInterval))", .dim)
        var lines = [head]
        let tracked = request.tracked
        for entry in tracked.progressEntries() {
            switch entry {
            case .answer(let progress):
                let at = progress.receivedAt.timeIntervalSince(tracked.registeredAt)
                lines.append(StyledLine([Segment(DisplayWidth.fit(elapsedText(at), to: 8, alignment: .right) + " ", .dim), Segment("PROCESSING ", .processing), Segment(progress.message)]))
            case .omitted(let count):
                lines.append(StyledLine("         … \(count) more PROCESSING answer\(count == 1 ? "" : "s") (the journal has every one)", .dim))
            }
        }
        switch request.state {
        case .ok(let message, let content):
            lines.append(StyledLine([Segment("OK ", .ok), Segment(DisplayWidth.printable(message))]))
            if let content {
                lines += ResultRenderer.render(content, width: width).map { StyledLine($0) }
            } else if request.isSummarized {
                lines.append(StyledLine("(an old request: its answer's content is no longer kept; the journal has the request)", .dim))
            }
        case .failure(let message):
            let parts = message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(DisplayWidth.printable(String($0)), to: max(10, width - 8)) }
            for (index, part) in parts.enumerated() {
                lines.append(StyledLine([Segment(index == 0 ? "FAILURE " : "        ", .failure), Segment(part)]))
            }
        case .timedOut, .connectionLost, .unsubscribed:
            lines.append(StyledLine([Segment(status.0 + " ", status.1), Segment(request.lastMessage)]))
        case .connecting, .sent, .processing, .subscribed:
            break
        }
        return lines
    }

    // MARK: - Events

    static func events(_ model: ConsoleModel, _ view: ViewState, rect: Rect, timeZone: TimeZone) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        let filter = model.events.filter
        var title = StyledLine(" EVENTS ", .title)
        let received = model.isFleet ? model.targets.reduce(0) { $0 + $1.events.totalReceived } : model.events.totalReceived
        title.append(" \(received) received", .dim)
        if filter != .all {
            var parts: [String] = []
            if !filter.kinds.isEmpty { parts.append("kind " + filter.kinds.sorted().compactMap { Command_EventKind(rawValue: $0).map(EventText.kindName) }.joined(separator: ",")) }
            if let cluster = filter.clusterID { parts.append("cluster \(cluster)") }
            if let backend = filter.backendID { parts.append("backend \(backend)") }
            title.append("  filter: " + parts.joined(separator: " "), .warning)
        }
        var lines = [title.fitted(to: rect.width)]
        let visible: [(target: String?, event: FeedEvent)] = model.isFleet
            ? fleetEvents(model, count: rect.height - 1).map { ($0.target, $0.event) }
            : model.events.newest(rect.height - 1).map { (nil, $0) }
        for (target, event) in visible {
            let role: Role = switch event.event.kind {
            case .backendDown, .noAvailableBackends, .healthCheckUnhealthy: .failure
            case .backendUp, .clusterRecovered, .healthCheckHealthy: .ok
            default: .normal
            }
            let text = (target.map { "\($0) " } ?? "") + EventText.line(event, timeZone: timeZone)
            lines.append(StyledLine(DisplayWidth.printable(text), role).fitted(to: rect.width))
        }
        if visible.isEmpty, rect.height > 1 {
            lines.append(StyledLine(filter == .all ? "  waiting for events" : "  no event matches the filter (events clears it)", .dim).fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }
}
