@preconcurrency import CNcursesw
import Foundation
import Glibc
import SozuConsoleView

/// The one owner of curses: starts and ends it, maps roles to colours and attributes, and
/// paints frames, repainting only rows that changed since the last frame.
final class CursesScreen {
    private(set) var rows: Int32 = 24
    private(set) var columns: Int32 = 80
    private var painted: [PanelID: Panel] = [:]
    private var paintedLayout: [(PanelID, Rect)] = []
    private var colours = false
    private var started = false

    func start() {
        TerminalGuard.save()
        initscr()
        TerminalGuard.active = true
        raw()
        noecho()
        nonl()
        keypad(stdscr, false)
        curs_set(1)
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if has_colors(), !noColour {
            start_color()
            use_default_colors()
            colours = true
            let pairs: [(Int16, Int16)] = [
                (1, Int16(COLOR_GREEN)), (2, Int16(COLOR_RED)), (3, Int16(COLOR_YELLOW)),
                (4, Int16(COLOR_MAGENTA)), (5, Int16(COLOR_CYAN)), (6, Int16(COLOR_BLUE)),
            ]
            for (pair, foreground) in pairs { init_pair(pair, foreground, -1) }
        }
        // ncurses (6.4) flushes its output after every cursor move until the screen has once
        // been suspended and resumed: a frame of the live view went out in ~150 writes, each
        // waking the terminal. Suspending and resuming once, before anything is drawn, keeps the
        // modes set above and makes a frame one write.
        endwin()
        refresh()
        started = true
        updateSize()
        // Bracketed paste: a paste arrives marked, so it is inserted whole and never run.
        Self.writeRaw("\u{1b}[?2004h")
    }

    private static func writeRaw(_ text: String) {
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    func end() {
        guard started else { return }
        started = false
        Self.writeRaw("\u{1b}[?2004l")
        endwin()
        TerminalGuard.restore()
    }

    /// Puts curses' terminal modes back (after SIGCONT: a shell may have changed them).
    func resume() {
        reset_prog_mode()
        raw()
        noecho()
        invalidate()
    }

    /// Reads the terminal's size and tells curses (after SIGWINCH).
    func updateSize() {
        var height: UInt16 = 0, width: UInt16 = 0
        if sozu_tiocgwinsz(STDOUT_FILENO, &height, &width) == 0, height > 0, width > 0 {
            resizeterm(Int32(height), Int32(width))
        }
        rows = getmaxy(stdscr)
        columns = getmaxx(stdscr)
        painted = [:]
        clearok(stdscr, true)
    }

    func paint(_ frame: ScreenFrame) {
        // A new layout (F2, a resize, the drain view coming or going) may leave cells no
        // panel covers any more, such as the gutter beside the events: start from blank.
        // curses sends only what differs, so this costs little.
        let layout = frame.panels.map { ($0.id, $0.rect) }
        if layout.count != paintedLayout.count || !zip(layout, paintedLayout).allSatisfy({ $0.0 == $1.0 && $0.1 == $1.1 }) {
            erase()
            painted = [:]
            paintedLayout = layout
        }
        for panel in frame.panels {
            let previous = painted[panel.id]
            let sameRect = previous?.rect == panel.rect
            for (index, line) in panel.lines.enumerated() {
                if sameRect, let previous, index < previous.lines.count, previous.lines[index] == line { continue }
                draw(line, row: panel.rect.row + index, column: panel.rect.column)
            }
            painted[panel.id] = panel
        }
        // Panels that disappeared leave rows that other panels now cover; a changed layout
        // repaints everything through the rect comparison above.
        for id in painted.keys where !frame.panels.contains(where: { $0.id == id }) {
            painted[id] = nil
        }
        move(Int32(frame.cursorRow), Int32(frame.cursorColumn))
        refresh()
    }

    /// Paints some panels only (the prompt after a keystroke), leaving the others as they are.
    func paintPartial(_ frame: ScreenFrame) {
        for panel in frame.panels {
            let previous = painted[panel.id]
            for (index, line) in panel.lines.enumerated() {
                if previous?.rect == panel.rect, let previous, index < previous.lines.count, previous.lines[index] == line { continue }
                draw(line, row: panel.rect.row + index, column: panel.rect.column)
            }
            painted[panel.id] = panel
        }
        move(Int32(frame.cursorRow), Int32(frame.cursorColumn))
        refresh()
    }

    /// Forgets what was painted, so the next frame repaints every row.
    func invalidate() {
        painted = [:]
        clearok(stdscr, true)
    }

    private func draw(_ line: StyledLine, row: Int, column: Int) {
        guard row >= 0, row < Int(rows) else { return }
        var position = column
        // Neighbouring segments of one role are one call (a table row is a segment per cell).
        var wide: [wchar_t] = []
        wide.reserveCapacity(Int(columns))
        var index = line.segments.startIndex
        while index < line.segments.endIndex {
            let role = line.segments[index].role
            wide.removeAll(keepingCapacity: true)
            var width = 0
            while index < line.segments.endIndex, line.segments[index].role == role {
                let text = line.segments[index].text
                for scalar in text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
                width += DisplayWidthBridge.columns(text)
                index += 1
            }
            guard !wide.isEmpty else { continue }
            let (attributes, pair) = style(role)
            wide.withUnsafeBufferPointer { buffer in
                sozu_put_wide(stdscr, Int32(row), Int32(position), buffer.baseAddress, Int32(buffer.count), attributes, pair)
            }
            position += width
        }
    }

    private func style(_ role: Role) -> (attr_t, Int16) {
        let bold = sozu_attr_bold(), reverse = sozu_attr_reverse(), dim = sozu_attr_dim(), normal = sozu_attr_normal()
        func coloured(_ pair: Int16, _ attributes: attr_t = sozu_attr_normal()) -> (attr_t, Int16) {
            colours ? (attributes, pair) : (attributes, 0)
        }
        switch role {
        case .normal: return (normal, 0)
        case .title: return (reverse | bold, 0)
        case .header: return (bold, 0)
        case .dim: return (dim, 0)
        case .ok: return coloured(1, bold)
        case .failure: return coloured(2, bold)
        case .processing: return coloured(3, bold)
        case .timedOut: return coloured(4, bold)
        case .lost: return coloured(2, normal)
        case .selected: return (reverse, 0)
        case .warning: return coloured(3, normal)
        case .barFilled: return coloured(5, normal)
        case .barEmpty: return (dim, 0)
        case .prompt: return (bold, 0)
        case .key: return coloured(5, normal)
        }
    }
}
