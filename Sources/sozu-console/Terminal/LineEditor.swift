import CLibedit
@preconcurrency import CNcursesw
import Foundation
import Glibc
import SozuConsoleEngine

/// libedit, kept away from the real terminal: it runs on a private pseudo-terminal, gets its
/// keys from `readKey` (the screen's event loop) and never draws; the screen draws its line.
final class LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let ptyMaster: Int32
    private let ptySlave: Int32
    private let input: UnsafeMutablePointer<FILE>
    private let discard: UnsafeMutablePointer<FILE>
    let historyPath: String?

    enum SetupError: Error, CustomStringConvertible {
        case pseudoTerminal(String)
        case editLine

        var description: String {
            switch self {
            case .pseudoTerminal(let step): "cannot open a pseudo-terminal for the prompt (\(step)): \(String(cString: strerror(errno)))"
            case .editLine: "libedit would not start"
            }
        }
    }

    init(
        readKey: @escaping @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32,
        complete: @escaping @convention(c) (OpaquePointer?, Int32) -> UInt8,
        historyPath: String?, historySize: Int32 = 1_000
    ) throws(SetupError) {
        ptyMaster = posix_openpt(O_RDWR | O_NOCTTY)
        guard ptyMaster >= 0, grantpt(ptyMaster) == 0, unlockpt(ptyMaster) == 0, let name = ptsname(ptyMaster) else {
            throw .pseudoTerminal("posix_openpt")
        }
        ptySlave = open(name, O_RDWR | O_NOCTTY)
        guard ptySlave >= 0, let input = fdopen(ptySlave, "r"), let discard = fopen("/dev/null", "w") else {
            throw .pseudoTerminal("open")
        }
        self.input = input
        self.discard = discard
        guard let editLine = el_init_fd("sozu-console", input, discard, discard, ptySlave, ptySlave, ptySlave) else {
            throw .editLine
        }
        self.editLine = editLine
        guard let history = history_init() else { throw .editLine }
        self.history = history
        self.historyPath = historyPath
        sozu_history_setsize(history, historySize)
        sozu_history_setunique(history, 1)
        if let historyPath { loadHistory(historyPath) }
        sozu_el_set_history(editLine, history)
        sozu_el_set_signal(editLine, 0)
        sozu_el_set_editor(editLine, "emacs")
        sozu_el_set_getcfn(editLine, readKey)
        sozu_el_add_function(editLine, "sozu-complete", "complete a command, option or value", complete)
        sozu_el_bind(editLine, "^I", "sozu-complete")
        sozu_el_bind(editLine, "^R", "em-inc-search-prev")
        sozu_el_bind(editLine, "^C", "ed-start-over")
        // ~/.editrc (or $EDITRC) may change any of this, `bind -v` for vi keys included.
        el_source(editLine, nil)
    }

    deinit {
        history_end(history)
        el_end(editLine)
        fclose(input)
        fclose(discard)
        close(ptyMaster)
    }

    /// Blocks in libedit until a line is entered; nil at end of input (^D on an empty line,
    /// or the loop asked to stop).
    func readLine() -> String? {
        var count: Int32 = 0
        guard let line = el_gets(editLine, &count) else { return nil }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// The line being edited and the cursor (in characters). During an incremental search
    /// libedit appends "\n" and the search prompt: that part is returned apart.
    func currentLine() -> (text: String, cursor: Int, search: String?) {
        guard let info = el_wline(editLine) else { return ("", 0, nil) }
        let start = info.pointee.buffer, cursor = info.pointee.cursor, end = info.pointee.lastchar
        guard let start, let cursor, let end else { return ("", 0, nil) }
        let scalars = UnsafeBufferPointer(start: start, count: max(0, end - start)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String(String.UnicodeScalarView(scalars))
        var search: String?
        if let newline = text.firstIndex(of: "\n") {
            search = String(text[text.index(after: newline)...])
            text = String(text[..<newline])
        }
        let cursorIndex = min(max(0, cursor - start), scalars.count)
        let cursorCharacters = String(String.UnicodeScalarView(scalars.prefix(cursorIndex))).count
        return (text, min(cursorCharacters, text.count), search)
    }

    /// Inserts `text` at the cursor, as typed but in one step.
    func insert(_ text: String) {
        _ = text.withCString { el_insertstr(editLine, $0) }
    }

    /// Replaces the `count` characters before the cursor with `text`.
    func replaceBeforeCursor(_ count: Int, with text: String) {
        if count > 0 { el_deletestr(editLine, Int32(count)) }
        _ = text.withCString { el_insertstr(editLine, $0) }
    }

    /// Why the history file is not read or written, when it is not.
    private(set) var historyProblem: PrivateFile.OpenError?

    /// libedit reads the history by path: it is given the descriptor's own path, so that it
    /// reads the file that was checked and nothing a link leads to.
    private func loadHistory(_ path: String) {
        do {
            let file = try PrivateFile.open(path, for: .readWrite)
            defer { close(file.descriptor) }
            if file.size > 0 { sozu_history_load(history, "/proc/self/fd/\(file.descriptor)") }
        } catch {
            historyProblem = error
        }
    }

    func remember(_ line: String) {
        sozu_history_enter(history, line)
        guard let historyPath, historyProblem == nil else { return }
        do {
            let file = try PrivateFile.open(historyPath, for: .readWrite)
            guard ftruncate(file.descriptor, 0) == 0, let stream = fdopen(file.descriptor, "w") else {
                close(file.descriptor)
                return
            }
            sozu_history_save_fp(history, stream)
            fclose(stream)
        } catch {
            historyProblem = error
        }
    }

    /// Tells libedit the new size (it wraps and scrolls the line by it).
    func resize(rows: Int32, columns: Int32) {
        sozu_tiocswinsz(ptyMaster, UInt16(clamping: rows), UInt16(clamping: columns))
        el_resize(editLine)
    }
}
