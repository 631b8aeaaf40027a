public import Foundation
public import SozuConsoleEngine
public import SozuClient
import SozuCodec
import SozuProto

/// Lays out the console for a terminal size and draws every panel as styled lines: a pure
/// function of the model, the view state, the size and the time.
public enum ScreenComposer {
    public static let promptText = "sozu> "

    /// `cache` keeps the last finished request's rendered answer, so that a big answer (metrics,
    /// clusters) is laid out once rather than at every frame.
    public static func compose(
        model: ConsoleModel, view: ViewState, columns: Int, rows: Int, now: Date,
        timeZone: TimeZone = .current, cache: RenderCache? = nil
    ) -> ScreenFrame {
        let columns = max(20, columns), rows = max(8, rows)
        let layout = Layout(model: model, view: view, columns: columns, rows: rows, now: now)
        var panels: [Panel] = [
            Panel(id: .header, rect: layout.header, lines: header(model, width: columns, now: now)),
            Panel(id: .requests, rect: layout.requests, lines: requests(model, view, rect: layout.requests, now: now)),
            Panel(id: .output, rect: layout.output, lines: output(model, view, rect: layout.output, now: now, cache: cache)),
            Panel(id: .status, rect: layout.status, lines: [status(model, view, width: columns)]),
        ]
        if let drainRect = layout.drain, let drain = model.drain {
            panels.append(Panel(id: .drain, rect: drainRect, lines: drainView(drain, model: model, rect: drainRect, now: now)))
        }
        if let eventsRect = layout.events {
            panels.append(Panel(id: .events, rect: eventsRect, lines: events(model, view, rect: eventsRect, timeZone: timeZone)))
        }
        let (promptLine, cursor) = prompt(view, model: model, width: columns)
        panels.append(Panel(id: .prompt, rect: layout.prompt, lines: [promptLine]))
        return ScreenFrame(panels: panels, cursorRow: layout.prompt.row, cursorColumn: cursor)
    }

    /// Only the status and prompt lines: what a keystroke changes when nothing else did.
    public static func composePrompt(model: ConsoleModel, view: ViewState, columns: Int, rows: Int) -> ScreenFrame {
        let columns = max(20, columns), rows = max(8, rows)
        let (promptLine, cursor) = prompt(view, model: model, width: columns)
        return ScreenFrame(
            panels: [
                Panel(id: .status, rect: Rect(row: rows - 2, column: 0, width: columns, height: 1), lines: [status(model, view, width: columns)]),
                Panel(id: .prompt, rect: Rect(row: rows - 1, column: 0, width: columns, height: 1), lines: [promptLine]),
            ],
            cursorRow: rows - 1, cursorColumn: cursor)
    }

    /// Where the panels go. Small terminals stack everything; from 120 columns the events sit
    /// beside the output.
    struct Layout {
        var header: Rect
        var requests: Rect
        var drain: Rect?
        var output: Rect
        var events: Rect?
        var status: Rect
        var prompt: Rect

        init(model: ConsoleModel, view: ViewState, columns: Int, rows: Int, now: Date) {
            header = Rect(row: 0, column: 0, width: columns, height: 1)
            prompt = Rect(row: rows - 1, column: 0, width: columns, height: 1)
            status = Rect(row: rows - 2, column: 0, width: columns, height: 1)
            var top = 1
            var body = rows - 3
            let requestRows = min(max(4, body * 2 / 5), max(4, model.requests.count + 1))
            requests = Rect(row: top, column: 0, width: columns, height: min(requestRows, body))
            top += requests.height
            body -= requests.height
            if let watch = model.drain, ScreenComposer.showsDrain(watch, now: now), body > 4 {
                let height = min(watch.workers.count + 2, max(3, body / 2))
                drain = Rect(row: top, column: 0, width: columns, height: height)
                top += height
                body -= height
            } else {
                drain = nil
            }
            if view.eventsVisible, columns >= 120, body >= 3 {
                let eventsWidth = columns * 2 / 5
                output = Rect(row: top, column: 0, width: columns - eventsWidth - 1, height: body)
                events = Rect(row: top, column: columns - eventsWidth, width: eventsWidth, height: body)
            } else if view.eventsVisible, body >= 8 {
                let eventsHeight = max(3, body / 3)
                output = Rect(row: top, column: 0, width: columns, height: body - eventsHeight)
                events = Rect(row: top + body - eventsHeight, column: 0, width: columns, height: eventsHeight)
            } else {
                output = Rect(row: top, column: 0, width: columns, height: body)
                events = nil
            }
        }
    }

    /// A drain stays on screen while it runs, and once the main process exited.
    static func showsDrain(_ drain: DrainWatch, now: Date) -> Bool {
        if !drain.isFinished || drain.mainExitedAt != nil { return true }
        switch drain.outcome {
        case .succeeded(_, let at), .failed(_, let at): return now.timeIntervalSince(at) < 60
        case .inProgress: return true
        }
    }

    // MARK: - Header

    static func header(_ model: ConsoleModel, width: Int, now: Date) -> [StyledLine] {
        var line = StyledLine(" sozu-console ", .title)
        line.append(" \(middleElided(model.target, to: max(12, width / 3))) ", .normal)
        let connection: (String, Role) = switch model.connection {
        case .connected: ("CONNECTED", .ok)
        case .connecting: ("CONNECTING", .processing)
        case .reconnecting(let attempt, let since, _): ("RECONNECTING #\(attempt) \(elapsedText(now.timeIntervalSince(since)))", .warning)
        case .mainExited: ("MAIN PROCESS EXITED", .failure)
        }
        line.append(" \(connection.0) ", connection.1)
        let running = model.workerCount(.running), stopping = model.workerCount(.stopping), stopped = model.workerCount(.stopped)
        var workers = "  workers: \(running) running"
        if stopping > 0 { workers += ", \(stopping) stopping" }
        if stopped > 0 { workers += ", \(stopped) stopped" }
        line.append("  \(model.inFlightCount) in flight", model.inFlightCount > 0 ? .processing : .normal)
        line.append(workers, .normal)
        if model.readOnly { line.append("  READ-ONLY", .warning) }
        return [line.fitted(to: width, padRole: .title).recolouredPadding(.title)]
    }

    /// Cuts a line into pieces no wider than `width`, at spaces where it can; leading blanks
    /// (the caret line under an error) are kept.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0, DisplayWidth.columns(of: text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for character in text {
            let columns = DisplayWidth.columns(of: String(character))
            if currentWidth + columns > width {
                if let space = current.lastIndex(of: " "), space != current.startIndex, current[..<space].contains(where: { $0 != " " }) {
                    lines.append(String(current[..<space]))
                    current = String(current[current.index(after: space)...])
                } else {
                    lines.append(current)
                    current = ""
                }
                currentWidth = DisplayWidth.columns(of: current)
            }
            current.append(character)
            currentWidth += columns
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `/very/long/…/sozu.sock`: the start and the end of a path stay readable.
    static func middleElided(_ text: String, to width: Int) -> String {
        guard DisplayWidth.columns(of: text) > width else { return text }
        let characters = Array(text)
        let tail = width / 2, head = width - tail - 1
        return String(characters.prefix(head)) + "…" + String(characters.suffix(tail))
    }

    // MARK: - Requests

    static func requests(_ model: ConsoleModel, _ view: ViewState, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        // Below 100 columns the progress joins the message instead of having a column.
        let wide = rect.width >= 100
        let idWidth = 6, statusWidth = 10, elapsedWidth = 8, progressWidth = wide ? 12 : 0
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
        let shownCount = rect.height - 1
        var all = model.displayRows(limit: shownCount)
        // Keep the selected request in view, looking deeper only when it is not near the top.
        if let selected = view.selectedRequest, !all.contains(where: { $0.id == selected }), model.requests[selected] != nil {
            all = model.displayRows(limit: model.requests.count)
        }
        var start = 0
        if let selected = view.selectedRequest, let index = all.firstIndex(where: { $0.id == selected }), index >= shownCount {
            start = index - shownCount + 1
        }
        for request in all.dropFirst(start).prefix(shownCount) {
            let selected = request.id == view.selectedRequest
            let command = request.step.map { "\(request.text) ↳\($0)" } ?? request.text
            var line = row(
                request.id.description, command, statusWord(request.state),
                elapsedText(request.elapsed(at: now).timeInterval),
                request.progressSummary ?? "", request.lastMessage, base: .normal)
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

    static func elapsedText(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        if seconds < 3600 { return String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60) }
        return String(format: "%dh%02dm", Int(seconds) / 3600, Int(seconds) / 60 % 60)
    }

    // MARK: - Drain

    static func drainView(_ drain: DrainWatch, model: ConsoleModel, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        var title = StyledLine(" \(drain.kind.title.uppercased()) \(drain.requestID) ", .title)
        let elapsed = (drain.mainExitedAt ?? now).timeIntervalSince(drain.startedAt)
        title.append("  \(drain.stoppedCount)/\(drain.workers.count) workers stopped  \(elapsedText(elapsed))  ", .normal)
        if drain.mainExitedAt != nil { title.append("MAIN PROCESS EXITED  ", .failure) }
        switch drain.outcome {
        case .inProgress: title.append("waiting for the final answer", .processing)
        case .succeeded(let message, _): title.append("OK ", .ok); title.append(message, .dim)
        case .failed(let message, _): title.append("FAILURE ", .failure); title.append(message, .dim)
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
            } else if let state = worker.runState, worker.phase != .stopped {
                line.append(state, .dim)
            }
            lines.append(line.fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    // MARK: - Output

    static func output(_ model: ConsoleModel, _ view: ViewState, rect: Rect, now: Date, cache: RenderCache?) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        var content: [StyledLine] = []
        if let text = view.outputText {
            // Help and errors wrap: their end ("did you mean …?") matters most.
            content = text.flatMap { wrap(DisplayWidth.printable($0), to: rect.width) }.map { StyledLine($0) }
        } else if let request = view.selectedRequest.flatMap({ model.requests[$0] }) ?? model.order.last.flatMap({ model.requests[$0] }) {
            content = cache?.lines(for: request, width: rect.width) { describe(request, width: rect.width, now: now) }
                ?? describe(request, width: rect.width, now: now)
        } else {
            content = [
                StyledLine("Type a command at the prompt; `help` lists them, `help <command>` explains one.", .dim),
                StyledLine("F1 help · F2 events · Ctrl-O focus · PgUp/PgDn scroll · Tab complete · Ctrl-D quit", .dim),
            ]
        }
        let visible = rect.height
        let maximumScroll = max(0, content.count - visible)
        let scroll = min(view.outputScroll, maximumScroll)
        var lines = content.dropFirst(scroll).prefix(visible).map { $0.fitted(to: rect.width) }
        if maximumScroll > 0, let last = lines.indices.last {
            let marker = " ▼ \(scroll + visible)/\(content.count) "
            lines[last] = StyledLine([Segment(marker, .key)]).fitted(to: rect.width)
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    /// The selected request in full: its command, every PROCESSING message, the final answer
    /// and its content as tables.
    static func describe(_ request: ConsoleRequest, width: Int, now: Date) -> [StyledLine] {
        let status = statusWord(request.state)
        var head = StyledLine("\(request.id) ", .header)
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
        title.append(" \(model.events.totalReceived) received", .dim)
        if filter != .all {
            var parts: [String] = []
            if !filter.kinds.isEmpty { parts.append("kind " + filter.kinds.sorted().compactMap { Command_EventKind(rawValue: $0).map(EventText.kindName) }.joined(separator: ",")) }
            if let cluster = filter.clusterID { parts.append("cluster \(cluster)") }
            if let backend = filter.backendID { parts.append("backend \(backend)") }
            title.append("  filter: " + parts.joined(separator: " "), .warning)
        }
        var lines = [title.fitted(to: rect.width)]
        let visible = model.events.visible.suffix(rect.height - 1)
        for event in visible {
            let role: Role = switch event.event.kind {
            case .backendDown, .noAvailableBackends, .healthCheckUnhealthy: .failure
            case .backendUp, .clusterRecovered, .healthCheckHealthy: .ok
            default: .normal
            }
            lines.append(StyledLine(DisplayWidth.printable(EventText.line(event, timeZone: timeZone)), role).fitted(to: rect.width))
        }
        if visible.isEmpty, rect.height > 1 {
            lines.append(StyledLine(filter == .all ? "  waiting for events" : "  no event matches the filter (events clears it)", .dim).fitted(to: rect.width))
        }
        while lines.count < rect.height { lines.append(StyledLine().fitted(to: rect.width)) }
        return lines
    }

    // MARK: - Status and prompt

    static func status(_ model: ConsoleModel, _ view: ViewState, width: Int) -> StyledLine {
        if let question = view.question {
            return StyledLine(question, .warning).fitted(to: width)
        }
        if let search = view.searchLine {
            return StyledLine(search, .key).fitted(to: width)
        }
        if !view.completions.isEmpty {
            return StyledLine(view.completions.joined(separator: "  "), .key).fitted(to: width)
        }
        if let notice = model.notices.last {
            let role: Role = switch notice.level {
            case .info: .dim
            case .warning: .warning
            case .error: .failure
            }
            return StyledLine(notice.text, role).fitted(to: width)
        }
        let focus = switch view.focus {
        case .prompt: "prompt"
        case .requests: "requests (↑/↓ select, Enter show, Esc back)"
        case .output: "output (↑/↓ scroll, Esc back)"
        case .events: "events"
        }
        return StyledLine("F1 help · F2 events · Ctrl-O focus: \(focus) · PgUp/PgDn scroll · Tab complete · Ctrl-D quit", .dim).fitted(to: width)
    }

    /// The prompt line, scrolled sideways so the cursor stays visible; returns the cursor column.
    static func prompt(_ view: ViewState, model: ConsoleModel, width: Int) -> (StyledLine, Int) {
        let promptWord = model.readOnly ? "sozu(ro)> " : promptText
        let characters = Array(view.promptText)
        let cursor = min(max(0, view.promptCursor), characters.count)
        let available = max(1, width - DisplayWidth.columns(of: promptWord) - 1)
        // The characters around the cursor that fit, found by walking out from the cursor: the
        // cost is the width shown, not the line's length (a 100 KB paste is one line).
        var start = cursor
        var beforeCursor = 0
        while start > 0 {
            let width = DisplayWidth.columns(of: characters[start - 1])
            guard beforeCursor + width <= available else { break }
            beforeCursor += width
            start -= 1
        }
        var end = cursor
        var used = beforeCursor
        while end < characters.count {
            let width = DisplayWidth.columns(of: characters[end])
            guard used + width <= available else { break }
            used += width
            end += 1
        }
        let shown = String(characters[start..<end])
        var line = StyledLine(promptWord, .prompt)
        line.append(shown)
        let column = DisplayWidth.columns(of: promptWord) + beforeCursor
        return (line.fitted(to: width), min(column, width - 1))
    }
}

/// The last finished request's description, kept between frames (it only changes when another
/// request is shown or the width changes).
public final class RenderCache: @unchecked Sendable {
    private struct Key: Equatable {
        let id: RequestID
        let width: Int
        let finishedAt: Date?
        let summarized: Bool
    }

    private let lock = NSLock()
    private var key: Key?
    private var cached: [StyledLine] = []

    public init() {}

    /// The cached lines for a finished request, or `make()`'s, remembered. In-flight requests
    /// (whose elapsed time ticks) are not cached.
    func lines(for request: ConsoleRequest, width: Int, make: () -> [StyledLine]) -> [StyledLine] {
        guard request.state.isFinal else { return make() }
        let key = Key(id: request.id, width: width, finishedAt: request.tracked.finishedAt, summarized: request.isSummarized)
        if let hit = lock.withLock({ self.key == key ? cached : nil }) { return hit }
        let lines = make()
        lock.withLock {
            self.key = key
            cached = lines
        }
        return lines
    }
}

extension StyledLine {
    /// Marks a selected row without reverse video (when the requests panel is not focused).
    func markedSelected() -> StyledLine {
        guard var first = segments.first else { return self }
        first.text = "▶" + first.text.dropFirst()
        var copy = self
        copy.segments[0] = first
        return copy
    }

    func recolouredPadding(_ role: Role) -> StyledLine {
        var copy = self
        if let last = copy.segments.indices.last, copy.segments[last].text.allSatisfy({ $0 == " " }) {
            copy.segments[last].role = role
        }
        return copy
    }
}
