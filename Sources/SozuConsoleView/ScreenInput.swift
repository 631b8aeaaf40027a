import Foundation
public import SozuClient
public import SozuConsoleEngine
public import TerminalCore

/// What the operator's keys mean on the console's screen: focus moves, selection, scrolling,
/// help, the line editor's keys, pastes, and the answers to questions (the console's own
/// "quit?" and the engine's "send it?"). A pure state machine over `ViewState`: it is told an
/// input event or a line, and answers with what the screen must do. No terminal here.
public struct ScreenInput: Sendable {
    /// What the screen must do.
    public enum Action: Equatable, Sendable {
        /// Keys for the line editor, one at a time (its key maps act on them).
        case keys(String)
        /// Text for the line editor's line, inserted whole (a paste).
        case insert(String)
        /// Run this line in the engine.
        case run(String)
        /// The engine's question `id` is answered.
        case answer(questionID: Int, yes: Bool)
        /// Leave the console.
        case quit
        /// The live view opened: its polls start (and its lease is taken).
        case openLiveView
        /// The live view closed: its polls stop and its lease is cleared.
        case closeLiveView
    }

    /// What the state machine reads of the world around it.
    public struct Context: Sendable {
        /// Whether the line being edited is empty.
        public var lineIsEmpty: Bool
        /// Requests in the order the panel shows them (for moving the selection): asked for
        /// only by the keys that move it, since listing them costs more than a keystroke should.
        public var rows: [RequestID] { rowsProvider() }
        private let rowsProvider: @Sendable () -> [RequestID]
        /// Requests still in flight (quitting asks first when there are any).
        public var inFlight: Int
        /// The engine's question waiting for an answer, if any.
        public var engineQuestion: PendingQuestion?
        /// How many lines PgUp/PgDn scroll.
        public var pageSize: Int

        public init(lineIsEmpty: Bool = true, rows: [RequestID] = [], inFlight: Int = 0, engineQuestion: PendingQuestion? = nil, pageSize: Int = 10) {
            self.init(lineIsEmpty: lineIsEmpty, rows: { rows }, inFlight: inFlight, engineQuestion: engineQuestion, pageSize: pageSize)
        }

        public init(
            lineIsEmpty: Bool = true, rows: @escaping @Sendable () -> [RequestID], inFlight: Int = 0,
            engineQuestion: PendingQuestion? = nil, pageSize: Int = 10
        ) {
            self.lineIsEmpty = lineIsEmpty
            self.rowsProvider = rows
            self.inFlight = inFlight
            self.engineQuestion = engineQuestion
            self.pageSize = pageSize
        }
    }

    /// The console's own question: quit with requests in flight?
    public private(set) var asksToQuit = false

    /// Typed text this long (one read) is a paste from a terminal without bracketed paste:
    /// inserted whole rather than key by key.
    public static let pastedRun = 32

    public init() {}

    /// The question on the status line: the console's own, else the engine's.
    public func question(_ context: Context) -> String? {
        if asksToQuit {
            return "\(context.inFlight) request\(context.inFlight == 1 ? "" : "s") in flight (they go on in the proxy). Quit anyway? [y/N]"
        }
        return context.engineQuestion?.text
    }

    /// A key, some text or a paste.
    public mutating func handle(_ event: InputEvent, view: inout ViewState, context: Context) -> [Action] {
        if asksToQuit {
            asksToQuit = false
            return Self.isYes(event) ? [.quit] : []
        }
        if let question = context.engineQuestion {
            return [.answer(questionID: question.id, yes: Self.isYes(event))]
        }
        switch event {
        case .text(let text) where view.focus == .live && view.live != nil:
            Self.liveKey(text, view: &view)
            return []
        case .text(let text):
            if text == "?", view.focus == .prompt, context.lineIsEmpty {
                Self.showHelp(&view)
                return []
            }
            view.focus = .prompt
            if text.unicodeScalars.count >= Self.pastedRun, view.searchLine == nil { return [.insert(text)] }
            return [.keys(text)]
        case .paste(let text):
            view.focus = .prompt
            let line = Self.oneLine(pasted: text)
            return line.isEmpty ? [] : [.insert(line)]
        case .control(0x0f):  // Ctrl-O
            cycleFocus(&view, context: context)
            return []
        case .control(let byte) where view.focus != .prompt && (byte == 0x0d || byte == 0x0a):
            view.focus = .prompt
            return []
        case .control(let byte):
            view.focus = .prompt
            return [.keys(String(Unicode.Scalar(byte)))]
        case .key(let key, let raw):
            return handle(key, raw: raw, view: &view, context: context)
        case .sequence(let raw):
            return [.keys(String(decoding: raw, as: UTF8.self))]
        }
    }

    /// The line editor gave a line (Enter). The grammar decides what quits: a line that is
    /// `quit` (or `exit`) alone asks at once, whatever runs before it.
    public mutating func lineEntered(_ line: String, parser: CommandParser, view: inout ViewState, context: Context) -> [Action] {
        view.completions = []
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        if let commands = try? parser.parse(trimmed), commands.count == 1 {
            switch commands.first {
            case .quit?:
                return askToQuit(context)
            case .liveView(let pane)?:
                view.completions = []
                return Self.openLive(pane: pane.flatMap(LiveView.Pane.init(rawValue:)), view: &view)
            default:
                break
            }
        }
        view.outputText = nil
        view.selectedRequest = nil
        view.outputScroll = 0
        view.focus = .prompt
        return [.run(line)]
    }

    /// The engine answered `quit` to a line (say, `status; quit`), or the operator pressed
    /// Ctrl-D on an empty line.
    public mutating func askToQuit(_ context: Context) -> [Action] {
        guard context.inFlight > 0 else { return [.quit] }
        asksToQuit = true
        return []
    }

    private func handle(_ key: Key, raw: [UInt8], view: inout ViewState, context: Context) -> [Action] {
        let forward = [Action.keys(String(decoding: raw, as: UTF8.self))]
        switch (key, view.focus) {
        case (.pageUp, .live):
            view.live?.scrollUp(by: context.pageSize)
        case (.pageDown, .live):
            view.live?.scroll += context.pageSize
        case (.pageUp, _):
            view.outputScroll = max(0, view.outputScroll - context.pageSize)
        case (.pageDown, _):
            view.outputScroll += context.pageSize
        case (.function(1), _):
            Self.showHelp(&view)
        case (.function(2), _):
            view.eventsVisible.toggle()
        case (.function(3), _):
            return view.live == nil ? Self.openLive(pane: nil, view: &view) : Self.closeLive(view: &view)
        case (.function(4), _):
            view.targetsVisible.toggle()
        case (.function(5), _) where view.live != nil:
            view.live?.movePane(by: 1)
        case (.function(6), _) where view.live != nil:
            view.live?.nextSort()
        case (.function(7), _) where view.live != nil:
            view.live?.reverse()
        case (.escape, _) where view.live != nil:
            return Self.closeLive(view: &view)
        case (.left, .live), (.right, .live):
            view.live?.movePane(by: key == .left ? -1 : 1)
        case (.up, .live):
            view.live?.scrollUp(by: 1)
        case (.down, .live):
            view.live?.scroll += 1
        case (.up, .requests), (.down, .requests):
            moveSelection(by: key == .up ? -1 : 1, view: &view, rows: context.rows)
        case (.up, .output):
            view.outputScroll = max(0, view.outputScroll - 1)
        case (.down, .output):
            view.outputScroll += 1
        case (.escape, .prompt), (.up, .prompt), (.down, .prompt), (.up, .events), (.down, .events):
            view.focus = .prompt
            return forward
        case (.escape, _):
            view.focus = .prompt
        default:
            // Keys the line editor knows (arrows, Home, Delete…): its key maps decide.
            view.focus = .prompt
            return forward
        }
        return []
    }

    private func cycleFocus(_ view: inout ViewState, context: Context) {
        view.focus = switch view.focus {
        case .prompt: .requests
        case .requests: view.live == nil ? .output : .live
        case .output, .live: view.eventsVisible ? .events : .prompt
        case .events: .prompt
        }
        if view.focus == .requests, view.selectedRequest == nil {
            view.selectedRequest = context.rows.first
        }
    }

    private func moveSelection(by step: Int, view: inout ViewState, rows: [RequestID]) {
        guard !rows.isEmpty else { return }
        let index = view.selectedRequest.flatMap { rows.firstIndex(of: $0) } ?? 0
        view.selectedRequest = rows[min(max(0, index + step), rows.count - 1)]
        view.outputText = nil
        view.outputScroll = 0
    }

    /// Opens the live view (at `pane` when given; an open one moves to it).
    public static func openLive(pane: LiveView.Pane?, view: inout ViewState) -> [Action] {
        if view.live != nil {
            if let pane { view.live?.show(pane) }
            return []
        }
        view.live = LiveView(pane: pane ?? .overview)
        return [.openLiveView]
    }

    public static func closeLive(view: inout ViewState) -> [Action] {
        guard view.live != nil else { return [] }
        view.live = nil
        if view.focus == .live { view.focus = .prompt }
        return [.closeLiveView]
    }

    /// Keys of the live view once it has the focus: 1–6 a pane, s the next sort, S reverse.
    private static func liveKey(_ text: String, view: inout ViewState) {
        switch text {
        case "s": view.live?.nextSort()
        case "S": view.live?.reverse()
        default:
            if let digit = Int(text), (1...LiveView.Pane.allCases.count).contains(digit) {
                view.live?.show(LiveView.Pane.allCases[digit - 1])
            }
        }
    }

    static func isYes(_ event: InputEvent) -> Bool {
        event == .text("y") || event == .text("Y")
    }

    /// The overview of commands and keys, in the output pane.
    public static func showHelp(_ view: inout ViewState) {
        let overview = (try? HelpText.render(topic: [])) ?? ""
        view.outputText = overview.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [
            "",
            "Keys: Tab completes · ↑/↓ history · Ctrl-R searches it · Ctrl-C clears the line · Ctrl-D or quit leaves",
            "      Ctrl-O moves focus (prompt → requests → output → events) · ↑/↓ select or scroll there · Esc returns",
            "      PgUp/PgDn scroll the output · F1 or ? this help · F2 shows or hides events · F4 the targets (several proxies)",
            "      F3 or top: the live traffic view · F5 next pane · F6 next sort · F7 reverse · Esc or F3 leaves it",
            "      with the focus on it (Ctrl-O): ←/→ or 1-6 panes, s sort, S reverse, ↑/↓ PgUp/PgDn scroll",
        ]
        view.outputScroll = 0
    }

    /// A paste becomes one line: its line breaks separate commands (`;`), run together once
    /// the operator presses Enter; other controls become blanks.
    public static func oneLine(pasted: String) -> String {
        let lines = pasted.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { line in String(line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : Character($0) }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.joined(separator: "; ")
    }

    /// What Tab does to the line: how many characters before the cursor to replace and with
    /// what (nil: nothing), and the candidates to list when several fit.
    public struct CompletionEdit: Equatable, Sendable {
        public var replacing: Int
        public var text: String?
        public var candidates: [String]

        public init(replacing: Int, text: String?, candidates: [String]) {
            self.replacing = replacing
            self.text = text
            self.candidates = candidates
        }
    }

    public static func completionEdit(_ completion: Completion, line: String) -> CompletionEdit {
        let characters = Array(line)
        let typed = String(characters[completion.replacing.clamped(to: 0..<max(0, characters.count))])
        switch completion.candidates.count {
        case 0:
            return CompletionEdit(replacing: 0, text: nil, candidates: [])
        case 1:
            let word = quoted(completion.candidates[0])
            return CompletionEdit(replacing: typed.unicodeScalars.count, text: word.hasSuffix("/") ? word : word + " ", candidates: [])
        default:
            let prefix = completion.commonPrefix
            let text = prefix.count > typed.count ? quoted(prefix) : nil
            return CompletionEdit(replacing: text == nil ? 0 : typed.unicodeScalars.count, text: text, candidates: completion.candidates)
        }
    }

    /// Quotes a word that the tokenizer would otherwise split.
    public static func quoted(_ word: String) -> String {
        guard word.contains(where: { " \t;'\"\\".contains($0) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
