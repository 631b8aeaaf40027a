public import Foundation
public import SozuConsoleEngine
import SozuClient
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
        let headerLines = model.isFleet ? fleetHeader(model, width: columns, now: now) : header(model, width: columns, now: now)
        var panels: [Panel] = [
            Panel(id: .header, rect: layout.header, lines: headerLines),
            Panel(id: .requests, rect: layout.requests, lines: requests(model, view, rect: layout.requests, now: now)),
            view.live.map { live in
                Panel(id: .live, rect: layout.output, lines: livePanel(model, live, focused: view.focus == .live, rect: layout.output, now: now))
            } ?? Panel(id: .output, rect: layout.output, lines: output(model, view, rect: layout.output, now: now, cache: cache)),
            Panel(id: .status, rect: layout.status, lines: [status(model, view, width: columns)]),
        ]
        if let jobsRect = layout.jobs {
            panels.append(Panel(id: .jobs, rect: jobsRect, lines: [jobsLine(model, width: jobsRect.width)]))
        }
        if let drainRect = layout.drain, let shown = layout.shownDrain {
            let target = model.isFleet ? shown.target : nil
            panels.append(Panel(id: .drain, rect: drainRect, lines: drainView(shown.drain, model: model, target: target, rect: drainRect, now: now)))
        }
        if let rolloutRect = layout.rollout, let rollout = model.visibleRollout(at: now) {
            panels.append(Panel(id: .rollout, rect: rolloutRect, lines: rolloutPanel(rollout, rect: rolloutRect, now: now)))
        }
        if let targetsRect = layout.targets {
            panels.append(Panel(id: .targets, rect: targetsRect, lines: targetsPanel(model, rect: targetsRect, now: now)))
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
        /// One line naming the repeating jobs, while there are any.
        var jobs: Rect?
        var drain: Rect?
        var shownDrain: (target: String, drain: DrainWatch)?
        var rollout: Rect?
        var targets: Rect?
        var output: Rect
        var events: Rect?
        var status: Rect
        var prompt: Rect

        /// The rows the output pane keeps before the events get any below it.
        static let outputRows = 8
        /// From this width a rolling operation's panel sits beside the drain view.
        static let sideBySideWidth = 100

        init(model: ConsoleModel, view: ViewState, columns: Int, rows: Int, now: Date) {
            header = Rect(row: 0, column: 0, width: columns, height: 1)
            prompt = Rect(row: rows - 1, column: 0, width: columns, height: 1)
            status = Rect(row: rows - 2, column: 0, width: columns, height: 1)
            var top = 1
            var body = rows - 3
            shownDrain = ScreenComposer.shownDrain(model, now: now)
            let showsDrain = shownDrain != nil
            let rolloutShown = model.visibleRollout(at: now)
            // With a drain to show, the requests give up rows first, so the output keeps some;
            // the live view keeps most of the room for its tables.
            let requestShare = view.live != nil ? body / 5 : showsDrain || rolloutShown != nil ? body / 3 : body * 2 / 5
            let rowCount = model.groups.isEmpty ? model.requests.count : model.displayItemIDs(limit: body).count
            let fewestRequestRows = view.live != nil ? 3 : 4
            let requestRows = min(max(fewestRequestRows, requestShare), max(fewestRequestRows, rowCount + 1))
            requests = Rect(row: top, column: 0, width: columns, height: min(requestRows, body))
            top += requests.height
            body -= requests.height
            jobs = nil
            if !model.repeating.isEmpty, body > 6 {
                jobs = Rect(row: top, column: 0, width: columns, height: 1)
                top += 1
                body -= 1
            }
            drain = nil
            rollout = nil
            let drainHeight = shownDrain.map { min($0.drain.workers.count + 2, max(3, body / 2)) } ?? 0
            let rolloutHeight = rolloutShown.map { min($0.steps.count + 1, max(3, body / 3)) } ?? 0
            if showsDrain, rolloutShown != nil, columns >= Self.sideBySideWidth, body > 6 {
                // The sequence beside the drain of the target under way.
                let height = max(drainHeight, rolloutHeight)
                let rolloutWidth = min(48, columns * 2 / 5)
                drain = Rect(row: top, column: 0, width: columns - rolloutWidth - 1, height: height)
                rollout = Rect(row: top, column: columns - rolloutWidth, width: rolloutWidth, height: height)
                top += height
                body -= height
            } else {
                if rolloutShown != nil, body > 6 {
                    rollout = Rect(row: top, column: 0, width: columns, height: rolloutHeight)
                    top += rolloutHeight
                    body -= rolloutHeight
                }
                if showsDrain, body > 4 {
                    let height = min(drainHeight, max(3, body / 2))
                    drain = Rect(row: top, column: 0, width: columns, height: height)
                    top += height
                    body -= height
                }
            }
            if drain == nil { shownDrain = nil }
            // The targets of a fleet, when shown, with rows the output can spare.
            if model.isFleet, view.targetsVisible {
                let height = min(model.targets.count + 1, max(3, body / 3), body - 4)
                if height >= 2 {
                    targets = Rect(row: top, column: 0, width: columns, height: height)
                    top += height
                    body -= height
                }
            }
            // Beside the output when wide; below it otherwise, and then only with rows the
            // output can spare (the output keeps `outputRows`; the events shrink first).
            let stackedEvents = min(max(3, body / 3), body - Self.outputRows)
            if view.eventsVisible, columns >= 120, body >= 3 {
                let eventsWidth = view.live != nil ? columns / 4 : columns * 2 / 5
                output = Rect(row: top, column: 0, width: columns - eventsWidth - 1, height: body)
                events = Rect(row: top, column: columns - eventsWidth, width: eventsWidth, height: body)
            } else if view.eventsVisible, view.live == nil, stackedEvents >= 3 {
                output = Rect(row: top, column: 0, width: columns, height: body - stackedEvents)
                events = Rect(row: top + body - stackedEvents, column: 0, width: columns, height: stackedEvents)
            } else {
                output = Rect(row: top, column: 0, width: columns, height: body)
                events = nil
            }
        }
    }

    /// A drain stays on screen while it runs, and once the main process exited.
    /// A stop's panel stays while it runs and once the main process exited, a minute after
    /// its answer otherwise; an upgrade's goes 5 s after it finished.
    static func showsDrain(_ drain: DrainWatch, now: Date) -> Bool {
        if !drain.isFinished || drain.mainExitedAt != nil { return true }
        let linger: TimeInterval = switch drain.kind {
        case .softStop, .hardStop: 60
        case .upgradeMain, .upgradeWorker: 5
        }
        switch drain.outcome {
        case .succeeded(_, let at), .failed(_, let at): return now.timeIntervalSince(max(at, drain.finishedAt ?? at)) < linger
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

}
