import CLibedit
@preconcurrency import CNcursesw
import Foundation
import Glibc
import SozuConsoleEngine
import SozuConsoleView
import TerminalCore

/// The console's screen: one thread owns curses and libedit. libedit's key hook is the event
/// loop: it returns queued keys, and otherwise redraws what changed and waits in poll() on the
/// keyboard, a signal pipe and a wake-up pipe that the engine pokes when the model changes.
/// What keys mean is `ScreenInput`'s (pure, tested without a terminal); this type only reads,
/// waits, draws and hands lines to the engine.
final class ScreenController: @unchecked Sendable {
    private let session: ConsoleSession
    private let screen = CursesScreen()
    private var editor: LineEditor?
    private let wake: WakePipe
    private let signals: Int32
    private let outcomes = OutcomeInbox()
    private var view = ViewState()
    private var input = ScreenInput()
    /// What libedit gets next: keys one by one, and text inserted whole (pastes).
    private var pendingInput = InputQueue()
    private var decoder = InputDecoder()
    private var stopRequested = false
    /// 128 + the signal that ended the screen (SIGTERM, SIGHUP…), 0 after quit.
    private var exitStatus: Int32 = 0
    private var needsRedraw = true
    private var drawnVersion = -1
    /// The engine's question last answered here: it leaves the model a moment later.
    private var answeredQuestion: Int?

    /// The controller libedit's C callbacks reach (they run on the screen thread only).
    nonisolated(unsafe) static var active: ScreenController?

    /// `--yes`: destructive requests go without a question.
    private let assumeYes: Bool

    init(session: ConsoleSession, wake: WakePipe, signals: Int32, assumeYes: Bool) {
        self.session = session
        self.assumeYes = assumeYes
        self.wake = wake
        self.signals = signals
    }

    /// Runs until quit; returns the exit status.
    func run(historyPath: String?) throws -> Int32 {
        ScreenController.active = self
        defer { ScreenController.active = nil }
        // libedit before curses: they share the terminal database.
        editor = try LineEditor(readKey: readKeyHook, complete: completeHook, historyPath: historyPath)
        if let problem = editor?.historyProblem {
            let session = session
            Task { await session.warn("no history kept: \(problem)") }
        }
        screen.start()
        TerminalGuard.installAlternateStack()
        TerminalGuard.installCrashHandlers()
        editor?.resize(rows: screen.rows, columns: screen.columns)
        let runner = startRunningLines()
        defer {
            typedLines.finish()
            runner.cancel()
            screen.end()
            editor = nil
            writeFrameLog()
        }
        while !stopRequested {
            guard let line = editor?.readLine() else {
                if stopRequested { break }
                // ^D on an empty line.
                perform(input.askToQuit(context()))
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { editor?.remember(trimmed) }
            perform(input.lineEntered(line, parser: session.parser, view: &view, context: context()))
            needsRedraw = true
        }
        // A question still open is answered no: nothing destructive goes out after the screen.
        if let question = session.store.snapshot().question {
            let session = session
            Task { await session.answer(question.id, yes: false) }
        }
        return exitStatus
    }

    /// What `ScreenInput` reads of the model and the line.
    private func context() -> ScreenInput.Context {
        let model = session.store.snapshot()
        let question = model.question.flatMap { $0.id == answeredQuestion ? nil : $0 }
        return ScreenInput.Context(
            lineIsEmpty: editor?.currentLine().text.isEmpty ?? true,
            rows: { [view] in ScreenComposer.selectableRows(model, view) }, inFlight: model.inFlightCount,
            engineQuestion: question, pageSize: max(1, Int(screen.rows) / 3))
    }

    private func perform(_ actions: [ScreenInput.Action], redraw: Bool = true) {
        for action in actions {
            switch action {
            case .keys(let keys):
                pendingInput.append(keys: keys)
            case .insert(let text):
                pendingInput.append(text: text)
            case .run(let line):
                typedLines.yield(line)
            case .answer(let id, let yes):
                answeredQuestion = id
                let session = session
                Task { await session.answer(id, yes: yes) }
            case .quit:
                stopRequested = true
            case .openLiveView:
                let session = session
                Task { await session.openLiveView() }
            case .closeLiveView:
                let session = session
                Task { await session.closeLiveView() }
            }
        }
        if redraw { needsRedraw = true }
    }

    // MARK: - Keys

    /// libedit asks for its next key: the event loop.
    fileprivate func nextKey() -> wchar_t? {
        while true {
            if stopRequested { return nil }
            switch pendingInput.next() {
            case .key(let key)?:
                return key
            case .text(let text)?:
                // Straight into the line, with no key-by-key redisplay in libedit.
                editor?.insert(text)
                needsRedraw = true
                continue
            case nil:
                break
            }
            processOutcomes()
            redrawIfNeeded()
            waitForInput()
        }
    }

    private func waitForInput() {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        var timeout = tickInterval()
        if let delay = pendingFrameDelay() { timeout = timeout < 0 ? delay : min(timeout, delay) }
        // Part of a key is held back: a lone Esc is Esc once nothing follows it at once.
        if decoder.isWaiting { timeout = timeout < 0 ? Self.escapeWait : min(timeout, Self.escapeWait) }
        let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if ready == 0 {
            if decoder.isWaiting { handle(decoder.flush()) }
            needsRedraw = true
            return
        }
        guard ready > 0 else { return }
        if descriptors[1].revents != 0 { handleSignals(SignalPipe.read(from: signals)) }
        // The model or the inbox changed: the next turn redraws what it must (see redrawIfNeeded).
        if descriptors[2].revents != 0 { wake.drain() }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR) != 0, descriptors[0].revents & Int16(POLLIN) == 0 {
            stopRequested = true  // the terminal went away
            return
        }
        if descriptors[0].revents & Int16(POLLIN) != 0 { readKeyboard() }
    }

    /// How long a lone Esc waits for the rest of a sequence, in milliseconds.
    static let escapeWait: Int32 = 25

    /// Milliseconds until the next clock tick: often while something runs (elapsed times
    /// tick), never when idle.
    private func tickInterval() -> Int32 {
        let model = session.store.snapshot()
        if model.inFlightCount > 0 { return 100 }
        if model.targets.contains(where: { $0.drain.map { !$0.isFinished } ?? false }) { return 200 }
        if model.rollouts.contains(where: { !$0.isFinished }) { return 500 }
        if model.targets.contains(where: { if case .reconnecting = $0.connection { true } else { false } }) { return 500 }
        return -1
    }

    private func readKeyboard() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count == 0 { stopRequested = true; return }
        guard count > 0 else { return }
        handle(decoder.feed(buffer.prefix(count)))
    }

    private func handle(_ events: [InputEvent]) {
        guard !events.isEmpty else { return }
        var context = context()
        for event in events {
            let before = view
            let actions = input.handle(event, view: &view, context: context)
            // A key for the line editor that changed nothing else repaints the prompt alone
            // (found changed when the screen is next drawn), not the whole screen.
            let lineEditOnly = view == before && actions.allSatisfy { if case .keys = $0 { true } else { false } }
            perform(actions, redraw: !lineEditOnly)
            context.engineQuestion = nil  // answered by the first key
        }
    }

    // MARK: - Running lines

    /// Lines go to the engine one after another, in the order they were typed: a
    /// `cluster add` typed before a `frontend … id` for that cluster is sent first. A line only
    /// holds the next back while it waits on purpose (a chain, `wait`, a confirmation).
    private let (typedLineStream, typedLines) = AsyncStream<String>.makeStream()

    private func startRunningLines() -> Task<Void, Never> {
        let session = session, outcomes = outcomes, wake = wake, lines = typedLineStream
        let confirmation: Confirmation = assumeYes ? .unasked : .question
        return Task.detached {
            for await line in lines {
                let result = await session.execute(line, confirmation: confirmation)
                outcomes.post(result)
                wake.wake()
            }
        }
    }

    private func processOutcomes() {
        for outcome in outcomes.take() {
            needsRedraw = true
            show(outcome)
        }
    }

    private func show(_ outcome: Outcome) {
        switch outcome {
        case .invalid(let error, let line):
            view.outputText = error.pointing(into: line).split(separator: "\n").map(String.init)
        case .text(let text):
            view.outputText = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .refused(let reason):
            view.outputText = [reason]
        case .submitted, .finished, .repeating, .stopped, .submittedGroup, .finishedGroup:
            break
        case .rolloutStarted(let rollout):
            // The rolling panel follows it from here.
            view.outputText = ["\(rollout.text) \(rollout.id): \(rollout.steps.map(\.target).joined(separator: ", ")) in turn; `stop \(rollout.id)` stops it after the target under way"]
        case .rolloutFinished(let rollout):
            view.outputText = [rollout.summary] + rollout.steps.map { step in
                if case .failed(let reason) = step.phase { return "  \(step.target): failed: \(reason)" }
                return "  \(step.target): \(step.phase.word)"
            }
        case .fleetDiff(let report):
            view.outputText = FleetDiffText.render(report, width: Int(screen.columns))
        case .eventsFiltered(let filter):
            view.eventsVisible = true
            view.outputText = [filter == .all ? "events: showing every event" : "events: filter set (type `events` alone to clear it)"]
        case .timeoutChanged(let timeout):
            view.outputText = ["default timeout: " + (timeout.map { "\($0)" } ?? "none")]
        case .quit:
            perform(input.askToQuit(context()))
        case .rates(let report):
            view.outputText = report.text(width: Int(screen.columns)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .liveView(let pane):
            perform(ScreenInput.openLive(pane: pane.flatMap(LiveView.Pane.init(rawValue:)), view: &view))
        }
    }

    // MARK: - Completion

    fileprivate func complete() -> UInt8 {
        guard let editor else { return UInt8(CC_ERROR) }
        let (text, cursor, _) = editor.currentLine()
        let completion = session.completer.complete(text, cursor: cursor, live: session.store.snapshot().completionValues(for: text, cursor: cursor))
        let edit = ScreenInput.completionEdit(completion, line: text)
        if let replacement = edit.text { editor.replaceBeforeCursor(edit.replacing, with: replacement) }
        view.completions = edit.candidates
        needsRedraw = true
        return UInt8(completion.candidates.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
    }

    // MARK: - Drawing and signals

    private func redrawIfNeeded() {
        let model = session.store.snapshot()
        view.question = input.question(context())
        var promptChanged = false
        if let editor {
            let (text, cursor, search) = editor.currentLine()
            if text != view.promptText || cursor != view.promptCursor || search != view.searchLine {
                view.promptText = text
                view.promptCursor = cursor
                if search != view.searchLine { needsRedraw = true }
                view.searchLine = search
                promptChanged = true
            }
        }
        let started = ContinuousClock.now
        var promptOnly = false
        var composed = started
        // Answers can change the model a thousand times a second: they are drawn at most
        // once per frame interval, so that keystrokes never wait behind a queue of frames.
        let modelChanged = model.version != drawnVersion
        let frameDue = started - lastFullFrame >= Self.frameInterval
        if needsRedraw || (modelChanged && frameDue) {
            needsRedraw = false
            drawnVersion = model.version
            lastFullFrame = started
            let frame = ScreenComposer.compose(
                model: model, view: view, columns: Int(screen.columns), rows: Int(screen.rows), now: Date(), cache: renderCache)
            composed = ContinuousClock.now
            screen.paint(frame)
        } else if promptChanged {
            // A keystroke and nothing else: the prompt line alone.
            screen.paintPartial(ScreenComposer.composePrompt(model: model, view: view, columns: Int(screen.columns), rows: Int(screen.rows)))
            promptOnly = true
        } else {
            return
        }
        if frameLog != nil { frameTimes.append((ContinuousClock.now - started, promptOnly ? nil : composed - started)) }
    }

    private let renderCache = RenderCache()
    private var lastFullFrame = ContinuousClock.now - .seconds(1)
    static let frameInterval: Duration = .milliseconds(16)

    /// Milliseconds until a model change that came too soon after the last frame is drawn.
    private func pendingFrameDelay() -> Int32? {
        guard session.store.snapshot().version != drawnVersion else { return nil }
        let left = Self.frameInterval - (ContinuousClock.now - lastFullFrame)
        return max(1, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
    }

    /// `SOZU_CONSOLE_FRAME_LOG=path`: each frame's compose-and-paint time is written there at
    /// exit, in microseconds, one per line: a full frame's followed by its composition's, a
    /// prompt-only repaint's by ` prompt` (for `sozu-bench screen` and `live`).
    private let frameLog = ProcessInfo.processInfo.environment["SOZU_CONSOLE_FRAME_LOG"]
    /// Each frame's time, and its composition's (nil: a prompt-only repaint).
    private var frameTimes: [(Duration, Duration?)] = []

    private func writeFrameLog() {
        guard let frameLog else { return }
        func microseconds(_ duration: Duration) -> String {
            String(Int(duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000))
        }
        let text = frameTimes.map { time, composition in
            microseconds(time) + " " + (composition.map(microseconds) ?? "prompt")
        }.joined(separator: "\n")
        try? (text + "\n").write(toFile: frameLog, atomically: true, encoding: .utf8)
    }

    private func handleSignals(_ received: [Int32]) {
        for signal in received {
            switch signal {
            case SIGWINCH:
                screen.updateSize()
                editor?.resize(rows: screen.rows, columns: screen.columns)
                needsRedraw = true
            case SIGCONT:
                // Back from a stop: the shell may have reset the terminal's modes.
                screen.resume()
                screen.updateSize()
                editor?.resize(rows: screen.rows, columns: screen.columns)
                needsRedraw = true
            default:
                exitStatus = 128 + signal
                stopRequested = true
            }
        }
    }
}

private func readKeyHook(_ editLine: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let controller = ScreenController.active, let key = controller.nextKey() else { return 0 }
    character?.pointee = key
    return 1
}

private func completeHook(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    ScreenController.active?.complete() ?? UInt8(CC_ERROR)
}
