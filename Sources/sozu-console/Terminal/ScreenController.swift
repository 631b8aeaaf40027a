import CLibedit
@preconcurrency import CNcursesw
import Foundation
import Glibc
import SozuClient
import SozuConsoleEngine
import SozuConsoleView
import Synchronization
import TerminalCore

/// The console's screen: one thread owns curses and libedit. libedit's key hook is the event
/// loop: it returns queued keys, and otherwise redraws what changed and waits in poll() on the
/// keyboard, a signal pipe and a wake-up pipe that the engine pokes when the model changes.
/// Input handlers change the view state and never draw; drawing happens once per loop turn.
final class ScreenController: @unchecked Sendable {
    enum InboxItem: Sendable {
        case outcomes([Outcome], line: String)
        case confirm(String, CheckedContinuation<Bool, Never>)
    }

    private enum Question {
        case quit
        case session(CheckedContinuation<Bool, Never>)
    }

    private let session: ConsoleSession
    private let screen = CursesScreen()
    private var editor: LineEditor?
    private let wake: WakePipe
    private let signals: Int32
    private let inbox = Inbox()
    private var view = ViewState()
    /// What libedit gets next: keys one by one, and text inserted whole (pastes).
    private var pendingInput = InputQueue()
    private var decoder = InputDecoder()
    private var question: Question?
    private var stopRequested = false
    /// 128 + the signal that ended the screen (SIGTERM, SIGHUP…), 0 after quit.
    private var exitStatus: Int32 = 0
    private var needsRedraw = true
    private var drawnVersion = -1

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
                askToQuit()
                continue
            }
            submit(line)
        }
        // Questions still open are answered no: nothing destructive goes out after the screen.
        if case .session(let continuation)? = question { continuation.resume(returning: false) }
        question = nil
        for case .confirm(_, let continuation) in inbox.take() { continuation.resume(returning: false) }
        return exitStatus
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
            processInbox()
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

    /// Milliseconds until the next clock tick: often while something runs (elapsed times
    /// tick), never when idle.
    private func tickInterval() -> Int32 {
        let model = session.store.snapshot()
        if model.inFlightCount > 0 { return 100 }
        if let drain = model.drain, !drain.isFinished { return 200 }
        if case .reconnecting = model.connection { return 500 }
        return -1
    }

    /// How long a lone Esc waits for the rest of a sequence, in milliseconds.
    static let escapeWait: Int32 = 25

    private func readKeyboard() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count == 0 { stopRequested = true; return }
        guard count > 0 else { return }
        handle(decoder.feed(buffer.prefix(count)))
        needsRedraw = true
    }

    /// Typed text this long (one read) is a paste from a terminal without bracketed paste:
    /// inserted whole rather than key by key.
    static let pastedRun = 32

    private func handle(_ events: [InputEvent]) {
        for event in events {
            if question != nil {
                answer(event)
                continue
            }
            switch event {
            case .text(let text):
                if text == "?", view.focus == .prompt, editor?.currentLine().text.isEmpty ?? false {
                    showHelp()
                    continue
                }
                if view.focus != .prompt { view.focus = .prompt }
                if text.unicodeScalars.count >= Self.pastedRun, view.searchLine == nil {
                    pendingInput.append(text: text)
                } else {
                    pendingInput.append(keys: text)
                }
            case .paste(let text):
                if view.focus != .prompt { view.focus = .prompt }
                pendingInput.append(text: Self.oneLine(pasted: text))
            case .control(0x0f):  // Ctrl-O
                cycleFocus()
            case .control(let byte) where view.focus != .prompt && (byte == 0x0d || byte == 0x0a):
                view.focus = .prompt
            case .control(let byte):
                if view.focus != .prompt { view.focus = .prompt }
                pendingInput.append(keys: String(Unicode.Scalar(byte)))
            case .key(let key, let raw):
                handle(key, raw: raw)
            case .sequence(let raw):
                pendingInput.append(raw: raw)
            }
        }
    }

    /// A paste becomes one line: its line breaks separate commands (`;`), run together once
    /// the operator presses Enter; other controls become blanks.
    static func oneLine(pasted: String) -> String {
        let lines = pasted.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { line in String(line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : Character($0) }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.joined(separator: "; ")
    }

    private func handle(_ key: Key, raw: [UInt8]) {
        switch (key, view.focus) {
        case (.pageUp, _):
            view.outputScroll = max(0, view.outputScroll - pageSize())
        case (.pageDown, _):
            view.outputScroll += pageSize()
        case (.function(1), _):
            showHelp()
        case (.function(2), _):
            view.eventsVisible.toggle()
        case (.up, .requests), (.down, .requests):
            moveSelection(by: key == .up ? -1 : 1)
        case (.up, .output):
            view.outputScroll = max(0, view.outputScroll - 1)
        case (.down, .output):
            view.outputScroll += 1
        case (.escape, .prompt), (.up, .prompt), (.down, .prompt), (.up, .events), (.down, .events):
            if view.focus != .prompt { view.focus = .prompt }
            pendingInput.append(raw: raw)
        case (.escape, _):
            view.focus = .prompt
        default:
            // Keys libedit knows (arrows, Home, Delete…): its key maps decide.
            if view.focus != .prompt { view.focus = .prompt }
            pendingInput.append(raw: raw)
        }
    }

    private func cycleFocus() {
        view.focus = switch view.focus {
        case .prompt: .requests
        case .requests: .output
        case .output: view.eventsVisible ? .events : .prompt
        case .events: .prompt
        }
        if view.focus == .requests, view.selectedRequest == nil {
            view.selectedRequest = session.store.snapshot().requestsForDisplay.first?.id
        }
    }

    private func moveSelection(by step: Int) {
        let rows = session.store.snapshot().requestsForDisplay.map(\.id)
        guard !rows.isEmpty else { return }
        let index = view.selectedRequest.flatMap { rows.firstIndex(of: $0) } ?? 0
        view.selectedRequest = rows[min(max(0, index + step), rows.count - 1)]
        view.outputText = nil
        view.outputScroll = 0
    }

    private func pageSize() -> Int { max(1, Int(screen.rows) / 3) }

    private func showHelp() {
        let overview = (try? HelpText.render(topic: [])) ?? ""
        view.outputText = overview.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [
            "",
            "Keys: Tab completes · ↑/↓ history · Ctrl-R searches it · Ctrl-C clears the line · Ctrl-D or quit leaves",
            "      Ctrl-O moves focus (prompt → requests → output → events) · ↑/↓ select or scroll there · Esc returns",
            "      PgUp/PgDn scroll the output · F1 or ? this help · F2 shows or hides events",
        ]
        view.outputScroll = 0
    }

    // MARK: - Questions

    private func askToQuit() {
        let inFlight = session.store.snapshot().inFlightCount
        if inFlight == 0 {
            stopRequested = true
            return
        }
        question = .quit
        view.question = "\(inFlight) request\(inFlight == 1 ? "" : "s") in flight (they go on in the proxy). Quit anyway? [y/N]"
        needsRedraw = true
    }

    private func answer(_ event: InputEvent) {
        guard let pending = question else { return }
        let yes = event == .text("y") || event == .text("Y")
        question = nil
        view.question = nil
        switch pending {
        case .quit:
            if yes { stopRequested = true }
        case .session(let continuation):
            continuation.resume(returning: yes)
        }
        needsRedraw = true
    }

    // MARK: - Running lines

    private func submit(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        view.completions = []
        guard !trimmed.isEmpty else { return }
        editor?.remember(trimmed)
        if ["quit", "exit"].contains(trimmed.lowercased()) {
            askToQuit()
            return
        }
        view.outputText = nil
        view.selectedRequest = nil
        view.outputScroll = 0
        view.focus = .prompt
        needsRedraw = true
        typedLines.yield(line)
    }

    /// Lines go to the engine one after another, in the order they were typed: a
    /// `cluster add` typed before a `frontend … id` for that cluster is sent first. A line only
    /// holds the next back while it waits on purpose (a chain, `wait`, a confirmation).
    private let (typedLineStream, typedLines) = AsyncStream<String>.makeStream()

    private func startRunningLines() -> Task<Void, Never> {
        let session = session, inbox = inbox, wake = wake, assumeYes = assumeYes, lines = typedLineStream
        let confirm: @Sendable (PlannedRequest) async -> Bool = { planned in
            if assumeYes { return true }
            return await withCheckedContinuation { continuation in
                inbox.post(.confirm("\(planned.text): destructive — send it? [y/N]", continuation))
                wake.wake()
            }
        }
        return Task.detached {
            for await line in lines {
                let outcomes = await session.execute(line, confirm: confirm)
                inbox.post(.outcomes(outcomes, line: line))
                wake.wake()
            }
        }
    }

    private func processInbox() {
        let items = inbox.take()
        for item in items {
            needsRedraw = true
            switch item {
            case .confirm(let text, let continuation):
                if question != nil {
                    continuation.resume(returning: false)
                    continue
                }
                question = .session(continuation)
                view.question = text
            case .outcomes(let outcomes, let line):
                for outcome in outcomes { show(outcome, line: line) }
            }
        }
    }

    private func show(_ outcome: Outcome, line: String) {
        switch outcome {
        case .invalid(let error, let line):
            view.outputText = error.pointing(into: line).split(separator: "\n").map(String.init)
        case .text(let text):
            view.outputText = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .refused(let reason):
            view.outputText = [reason]
        case .submitted, .finished, .repeating, .stopped:
            break
        case .eventsFiltered(let filter):
            view.eventsVisible = true
            view.outputText = [filter == .all ? "events: showing every event" : "events: filter set (type `events` alone to clear it)"]
        case .timeoutChanged(let timeout):
            view.outputText = ["default timeout: " + (timeout.map { "\($0)" } ?? "none")]
        case .quit:
            askToQuit()
        }
    }

    // MARK: - Completion

    fileprivate func complete() -> UInt8 {
        guard let editor else { return UInt8(CC_ERROR) }
        let (text, cursor, _) = editor.currentLine()
        let model = session.store.snapshot()
        let completion = session.completer.complete(text, cursor: cursor, live: model.live)
        let typed = String(Array(text)[completion.replacing.clamped(to: 0..<max(0, text.count))])
        switch completion.candidates.count {
        case 0:
            view.completions = []
            needsRedraw = true
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let word = Self.quoted(completion.candidates[0])
            editor.replaceBeforeCursor(typed.unicodeScalars.count, with: word.hasSuffix("/") ? word : word + " ")
            view.completions = []
        default:
            let prefix = completion.commonPrefix
            if prefix.count > typed.count { editor.replaceBeforeCursor(typed.unicodeScalars.count, with: Self.quoted(prefix)) }
            view.completions = completion.candidates
        }
        needsRedraw = true
        return UInt8(CC_REFRESH)
    }

    /// Quotes a word that the tokenizer would otherwise split.
    static func quoted(_ word: String) -> String {
        guard word.contains(where: { " \t;'\"\\".contains($0) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Drawing and signals

    private func redrawIfNeeded() {
        let model = session.store.snapshot()
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
            screen.paint(frame)
        } else if promptChanged {
            // A keystroke and nothing else: the prompt line alone.
            screen.paintPartial(ScreenComposer.composePrompt(model: model, view: view, columns: Int(screen.columns), rows: Int(screen.rows)))
        } else {
            return
        }
        if frameLog != nil { frameTimes.append(ContinuousClock.now - started) }
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
    /// exit, in microseconds, one per line (for `sozu-bench screen`).
    private let frameLog = ProcessInfo.processInfo.environment["SOZU_CONSOLE_FRAME_LOG"]
    private var frameTimes: [Duration] = []

    private func writeFrameLog() {
        guard let frameLog else { return }
        let text = frameTimes.map { String(Int($0.components.seconds * 1_000_000 + $0.components.attoseconds / 1_000_000_000_000)) }.joined(separator: "\n")
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

/// What the engine's tasks hand to the screen thread.
final class Inbox: Sendable {
    private let items = Mutex<[ScreenController.InboxItem]>([])

    func post(_ item: ScreenController.InboxItem) {
        items.withLock { $0.append(item) }
    }

    func take() -> [ScreenController.InboxItem] {
        items.withLock { items in
            defer { items = [] }
            return items
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
