import SozuClient
import SozuConsoleEngine
import SozuConsoleView
import TerminalCore
import Testing

/// The screen's keys without a terminal: focus, selection, scrolling, pastes, questions.
@Suite struct ScreenInputTests {
    let parser = CommandParser()
    let rows = [RequestID(3), RequestID(2), RequestID(1)]

    func key(_ key: Key, _ raw: String = "") -> InputEvent {
        .key(key, raw: Array(raw.utf8))
    }

    @Test func typingGoesToTheLineEditorAndTakesTheFocusBack() {
        var input = ScreenInput()
        var view = ViewState()
        view.focus = .output
        #expect(input.handle(.text("st"), view: &view, context: .init(lineIsEmpty: false)) == [.keys("st")])
        #expect(view.focus == .prompt)
        #expect(input.handle(.control(0x0d), view: &view, context: .init()) == [.keys("\r")])
    }

    @Test func aQuestionMarkOnAnEmptyLineIsHelp() {
        var input = ScreenInput()
        var view = ViewState()
        #expect(input.handle(.text("?"), view: &view, context: .init(lineIsEmpty: true)).isEmpty)
        #expect(view.outputText?.contains { $0.hasPrefix("Keys: Tab completes") } == true)
        var typing = ViewState()
        #expect(input.handle(.text("?"), view: &typing, context: .init(lineIsEmpty: false)) == [.keys("?")])
    }

    @Test func controlOCyclesFocusAndSelectsTheFirstRow() {
        var input = ScreenInput()
        var view = ViewState()
        let context = ScreenInput.Context(rows: rows)
        _ = input.handle(.control(0x0f), view: &view, context: context)
        #expect(view.focus == .requests)
        #expect(view.selectedRequest == RequestID(3))
        _ = input.handle(key(.down, "\u{1b}[B"), view: &view, context: context)
        _ = input.handle(key(.down, "\u{1b}[B"), view: &view, context: context)
        _ = input.handle(key(.down, "\u{1b}[B"), view: &view, context: context)
        #expect(view.selectedRequest == RequestID(1))
        _ = input.handle(.control(0x0f), view: &view, context: context)
        #expect(view.focus == .output)
        _ = input.handle(key(.down), view: &view, context: context)
        #expect(view.outputScroll == 1)
        _ = input.handle(.control(0x0f), view: &view, context: context)
        #expect(view.focus == .events)
        view.eventsVisible = false
        view.focus = .output
        _ = input.handle(.control(0x0f), view: &view, context: context)
        #expect(view.focus == .prompt)
        // Enter or Esc elsewhere only brings the focus back.
        view.focus = .requests
        #expect(input.handle(.control(0x0d), view: &view, context: context).isEmpty)
        #expect(view.focus == .prompt)
    }

    @Test func pagesAndFunctionKeys() {
        var input = ScreenInput()
        var view = ViewState()
        let context = ScreenInput.Context(pageSize: 8)
        _ = input.handle(key(.pageDown), view: &view, context: context)
        _ = input.handle(key(.pageDown), view: &view, context: context)
        _ = input.handle(key(.pageUp), view: &view, context: context)
        #expect(view.outputScroll == 8)
        _ = input.handle(key(.function(2)), view: &view, context: context)
        #expect(view.eventsVisible == false)
        // On the prompt, the arrows are the line editor's (history).
        #expect(input.handle(key(.up, "\u{1b}[A"), view: &view, context: context) == [.keys("\u{1b}[A")])
        #expect(input.handle(.sequence(Array("\u{1b}b".utf8)), view: &view, context: context) == [.keys("\u{1b}b")])
    }

    @Test func pastesAreInsertedWholeAsOneLine() {
        var input = ScreenInput()
        var view = ViewState()
        #expect(input.handle(.paste("workers\nstatus\r\n\n  cluster list  \n"), view: &view, context: .init()) == [.insert("workers; status; cluster list")])
        let long = String(repeating: "x", count: 40)
        #expect(input.handle(.text(long), view: &view, context: .init()) == [.insert(long)])
        view.searchLine = "bck: "
        #expect(input.handle(.text(long), view: &view, context: .init()) == [.keys(long)])
    }

    @Test func theGrammarsQuitAsksWhileRequestsAreInFlight() {
        var input = ScreenInput()
        var view = ViewState()
        #expect(input.lineEntered("quit", parser: parser, view: &view, context: .init(inFlight: 0)) == [.quit])
        #expect(input.lineEntered("  exit ", parser: parser, view: &view, context: .init(inFlight: 2)).isEmpty)
        #expect(input.question(.init(inFlight: 2)) == "2 requests in flight (they go on in the proxy). Quit anyway? [y/N]")
        // Any key but y answers no, and goes nowhere else.
        #expect(input.handle(.text("n"), view: &view, context: .init(inFlight: 2)).isEmpty)
        #expect(input.question(.init(inFlight: 2)) == nil)
        _ = input.lineEntered("quit", parser: parser, view: &view, context: .init(inFlight: 1))
        #expect(input.handle(.text("y"), view: &view, context: .init(inFlight: 1)) == [.quit])
        // A line that only mentions quit is a line like any other.
        #expect(input.lineEntered("help quit", parser: parser, view: &view, context: .init()) == [.run("help quit")])
        #expect(input.lineEntered("   ", parser: parser, view: &view, context: .init()).isEmpty)
    }

    @Test func theEnginesQuestionIsAnsweredByTheNextKey() {
        var input = ScreenInput()
        var view = ViewState()
        let question = PendingQuestion(id: 7, text: "shutdown: destructive — send it? [y/N]", command: "shutdown")
        let context = ScreenInput.Context(engineQuestion: question)
        #expect(input.question(context) == "shutdown: destructive — send it? [y/N]")
        #expect(input.handle(.text("y"), view: &view, context: context) == [.answer(questionID: 7, yes: true)])
        #expect(input.handle(key(.up, "\u{1b}[A"), view: &view, context: context) == [.answer(questionID: 7, yes: false)])
    }

    @Test func completionReplacesTheWordOrListsCandidates() {
        let one = Completion(replacing: 8..<10, candidates: ["list"])
        #expect(ScreenInput.completionEdit(one, line: "cluster li") == .init(replacing: 2, text: "list ", candidates: []))
        let several = Completion(replacing: 11..<12, candidates: ["api-1", "api-2"])
        #expect(ScreenInput.completionEdit(several, line: "cluster -i a") == .init(replacing: 1, text: "api-", candidates: ["api-1", "api-2"]))
        let quoted = Completion(replacing: 0..<0, candidates: ["a b"])
        #expect(ScreenInput.completionEdit(quoted, line: "") == .init(replacing: 0, text: "'a b' ", candidates: []))
        #expect(ScreenInput.completionEdit(Completion(replacing: 0..<1, candidates: []), line: "x") == .init(replacing: 0, text: nil, candidates: []))
    }
}

@Suite("Keys of the live view")
struct LiveViewInputTests {
    @Test("F3 and `top` open it (top PANE at that pane), F5/F6/F7 move pane, sort, reverse; Esc or F3 closes it")
    func openSortClose() {
        var input = ScreenInput()
        var view = ViewState()
        let context = ScreenInput.Context()
        #expect(input.handle(.key(.function(3), raw: []), view: &view, context: context) == [.openLiveView])
        #expect(view.live?.pane == .overview)
        _ = input.handle(.key(.function(5), raw: []), view: &view, context: context)
        #expect(view.live?.pane == .clusters)
        _ = input.handle(.key(.function(6), raw: []), view: &view, context: context)
        #expect(view.live?.sort == .errors)
        _ = input.handle(.key(.function(7), raw: []), view: &view, context: context)
        #expect(view.live?.reversed == true)
        #expect(input.handle(.key(.escape, raw: [0x1b]), view: &view, context: context) == [.closeLiveView])
        #expect(view.live == nil)
        #expect(input.lineEntered("top backends", parser: CommandParser(), view: &view, context: context) == [.openLiveView])
        #expect(view.live?.pane == .backends)
        // Already open: `top` moves it, sends nothing.
        #expect(input.lineEntered("top workers", parser: CommandParser(), view: &view, context: context) == [])
        #expect(view.live?.pane == .workers)
        #expect(input.handle(.key(.function(3), raw: []), view: &view, context: context) == [.closeLiveView])
    }

    @Test("with the focus on it (Ctrl-O), letters are its keys, not the prompt's")
    func focusedKeys() {
        var input = ScreenInput()
        var view = ViewState()
        let context = ScreenInput.Context(rows: [])
        _ = input.handle(.key(.function(3), raw: []), view: &view, context: context)
        _ = input.handle(.control(0x0f), view: &view, context: context)  // prompt → requests
        _ = input.handle(.control(0x0f), view: &view, context: context)  // requests → live
        #expect(view.focus == .live)
        #expect(input.handle(.text("3"), view: &view, context: context) == [])
        #expect(view.live?.pane == .backends)
        _ = input.handle(.text("s"), view: &view, context: context)
        #expect(view.live?.sort == .errors)
        _ = input.handle(.text("S"), view: &view, context: context)
        #expect(view.live?.reversed == true)
        _ = input.handle(.key(.right, raw: []), view: &view, context: context)
        #expect(view.live?.pane == .workers)
        _ = input.handle(.key(.down, raw: []), view: &view, context: context)
        #expect(view.live?.scroll == 1)
        // F4 is the targets panel's key now.
        _ = input.handle(.key(.function(4), raw: []), view: &view, context: context)
        #expect(!view.targetsVisible)
    }
}
