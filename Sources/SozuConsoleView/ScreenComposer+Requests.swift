import Foundation
import SozuConsoleEngine
public import SozuClient
import SozuCodec

extension ScreenComposer {
    // MARK: - Requests

    static func requests(_ model: ConsoleModel, _ view: ViewState, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        let shownCount = rect.height - 1
        var all = requestEntries(model, view, limit: shownCount)
        // Keep the selected request in view, looking deeper only when it is not near the top.
        if let selected = view.selectedRequest, !all.contains(where: { $0.id == selected }), model.requests[selected] != nil || model.groups[selected] != nil {
            all = requestEntries(model, view, limit: model.requests.count + model.groups.count)
        }
        var start = 0
        if let selected = view.selectedRequest, let index = all.firstIndex(where: { $0.id == selected }), index >= shownCount {
            start = index - shownCount + 1
        }
        let shown = all.dropFirst(start).prefix(shownCount)
        // Below 100 columns the progress joins the message instead of having a column.
        let wide = rect.width >= 100
        // Ids keep growing in a long session: the column widens to the longest one shown
        // (`#123456` would otherwise be cut to `#1234…`, the same for every row).
        let idWidth = max(6, shown.map { $0.id.description.count }.max() ?? 0)
        let statusWidth = 10, elapsedWidth = 8, progressWidth = wide ? 18 : 0
        let rest = max(10, rect.width - idWidth - statusWidth - elapsedWidth - progressWidth - (wide ? 5 : 4))
        let commandWidth = max(8, min(40, rest * 2 / 5))
        let messageWidth = max(0, rest - commandWidth)
        func row(_ id: String, _ command: String, _ status: (String, Role), _ elapsed: String, _ progress: String, _ message: String, base: Role) -> StyledLine {
            var line = StyledLine()
            line.append(DisplayWidth.fit(id, to: idWidth) + " ", base)
            line.append(DisplayWidth.fit(command, to: commandWidth) + " ", base)
            line.append(DisplayWidth.fit(status.0, to: statusWidth) + " ", status.1)
            line.append(DisplayWidth.fit(elapsed, to: elapsedWidth, alignment: .right) + " ", base)
            var message = DisplayWidth.printable(message)
            if wide {
                line.append(DisplayWidth.fit(progress, to: progressWidth) + " ", base)
            } else if !progress.isEmpty, base != .header {
                message = progress + " · " + message
            }
            line.append(DisplayWidth.elide(message, to: messageWidth), base == .header ? .header : .dim)
            return line.fitted(to: rect.width)
        }
        var lines = [row("ID", "COMMAND", ("STATUS", .header), "ELAPSED", "PROGRESS", "MESSAGE", base: .header)]
        let fleet = model.isFleet
        for entry in shown {
            let selected = entry.id == view.selectedRequest
            var line: StyledLine
            switch entry {
            case .request(let request, let member):
                var command = request.step.map { "\(request.text) ↳\($0)" } ?? request.text
                if let job = model.job(of: request.id) {
                    // A job's runs are one row, its newest run's (any run's id stops the job).
                    command = "every \(intervalText(job.interval)) \(request.text) ×\(job.runs)"
                }
                if member {
                    command = "  ↳ \(request.target ?? "?")"
                } else if fleet, let target = request.target {
                    command = "@\(target) \(command)"
                }
                line = row(
                    member ? "" : request.id.description, command, statusWord(request.state),
                    elapsedText(request.elapsed(at: now).timeInterval),
                    request.progressSummary ?? "", request.lastMessage, base: .normal)
            case .group(let group, let members):
                let status = groupStatus(group, members)
                let slowest = members.map { $0.elapsed(at: now).timeInterval }.max() ?? 0
                line = row(
                    group.id.description, group.text, status, elapsedText(slowest), "",
                    GroupRenderer.tally(group, members), base: .normal)
            }
            if selected { line = view.focus == .requests ? line.recoloured(.selected) : line.markedSelected() }
            lines.append(line)
        }
        if all.isEmpty, rect.height > 1 {
            lines.append(StyledLine("  no requests yet: type a command below (help lists them)", .dim).fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    /// The state's word (`RequestState.label`, the same everywhere) and its colour here.
    public static func statusWord(_ state: RequestState) -> (String, Role) {
        let role: Role = switch state {
        case .connecting, .sent, .processing, .subscribed: .processing
        case .ok: .ok
        case .failure: .failure
        case .timedOut: .timedOut
        case .connectionLost: .lost
        case .unsubscribed: .dim
        }
        return (state.label, role)
    }

    /// `2s`, `500ms`, `1m30s`: an `every` interval, short.
    static func intervalText(_ interval: Duration) -> String {
        let milliseconds = Int((interval.timeInterval * 1_000).rounded())
        if milliseconds % 1_000 != 0 { return "\(milliseconds)ms" }
        let seconds = milliseconds / 1_000
        if seconds < 60 { return "\(seconds)s" }
        if seconds % 3_600 == 0 { return "\(seconds / 3_600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds / 60)m\(seconds % 60)s"
    }

    /// ` JOBS  #3 every 2s status ×14 OK · #9 every 5s cluster list ×2 PROCESSING   stop #N, stop all`.
    static func jobsLine(_ model: ConsoleModel, width: Int) -> StyledLine {
        var line = StyledLine(" JOBS ", .title)
        for job in model.repeating.values.sorted(by: { $0.id < $1.id }) {
            line.append("  \(job.id) every \(intervalText(job.interval)) \(job.text) ×\(job.runs) ", .normal)
            if let last = job.lastRequest.flatMap({ model.requests[$0] }) {
                let (word, role) = statusWord(last.state)
                line.append(word, role)
            }
        }
        line.append("  · stop #N or stop all", .dim)
        return line.fitted(to: width)
    }

    static func elapsedText(_ seconds: Double) -> String {
        // The common case at every frame without `String(format:)` (`DecimalText` rounds as it does).
        if seconds < 60 { return DecimalText.fixed(seconds, decimals: 1) + "s" }
        if seconds < 3600 { return String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60) }
        return String(format: "%dh%02dm", Int(seconds) / 3600, Int(seconds) / 60 % 60)
    }

    // MARK: - Drain

    static func drainView(_ drain: DrainWatch, model: ConsoleModel, target: String? = nil, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        let on = target.map { " \($0):" } ?? ""
        var title = StyledLine("\(on) \(drain.kind.title.uppercased()) \(drain.requestID) ", .title)
        let elapsed = (drain.mainExitedAt ?? now).timeIntervalSince(drain.startedAt)
        title.append("  \(drain.stoppedCount)/\(drain.workers.count) workers stopped  \(elapsedText(elapsed))  ", .normal)
        if drain.mainExitedAt != nil { title.append("MAIN PROCESS EXITED  ", .failure) }
        // The answer's first line: an upgrade's OK runs over several.
        func firstLine(_ message: String) -> String {
            let lines = message.split(separator: "\n", omittingEmptySubsequences: true)
            return (lines.first.map(String.init) ?? "") + (lines.count > 1 ? " …" : "")
        }
        switch drain.outcome {
        case .inProgress: title.append("waiting for the final answer", .processing)
        case .succeeded(let message, _): title.append("OK ", .ok); title.append(firstLine(message), .dim)
        case .failed(let message, _): title.append("FAILURE ", .failure); title.append(firstLine(message), .dim)
        }
        var lines = [title.fitted(to: rect.width)]
        let barWidth = max(6, min(30, rect.width / 4))
        for worker in drain.workers.prefix(rect.height - 1) {
            var line = StyledLine(DisplayWidth.fit("  worker \(worker.id)", to: 11) + " ", .normal)
            let phase: (String, Role) = switch worker.phase {
            case .waiting: ("WAITING", .dim)
            case .acknowledged: ("DRAINING", .processing)
            case .stopped: ("STOPPED", .ok)
            }
            line.append(DisplayWidth.fit(phase.0, to: 9) + " ", phase.1)
            let total = max(worker.firstSample?.connections ?? worker.connections ?? 0, 1)
            let left = worker.phase == .stopped ? 0 : (worker.connections ?? total)
            let filled = worker.connections == nil && worker.phase != .stopped ? 0 : Int((Double(left) / Double(total) * Double(barWidth)).rounded(.up))
            line.append("[", .dim)
            line.append(String(repeating: "█", count: min(barWidth, filled)), .barFilled)
            line.append(String(repeating: "·", count: max(0, barWidth - filled)), .barEmpty)
            line.append("] ", .dim)
            let count = worker.connections.map { "\($0) conn" } ?? "? conn"
            line.append(DisplayWidth.fit(worker.phase == .stopped ? "0 conn" : count, to: 9) + " ", .normal)
            let end = worker.stoppedAt ?? now
            line.append(DisplayWidth.fit(elapsedText(end.timeIntervalSince(drain.startedAt)), to: 8, alignment: .right) + " ", .dim)
            if let left = worker.estimatedSecondsLeft(at: now), worker.phase != .stopped {
                line.append("~\(elapsedText(left)) left", .dim)
            } else if let state = worker.runState, worker.phase != .stopped, state != "RUNNING" {
                // Sōzu lists a draining worker as RUNNING until it is gone: only other states
                // (NOT_ANSWERING, STOPPING) add anything to DRAINING.
                line.append(state, .dim)
            }
            lines.append(line.fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }
}
