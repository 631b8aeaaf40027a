import Foundation
public import SozuClient
import SozuConsoleEngine

/// What the operator is looking at: focus, selection, scrolling, toggles. The screen's input
/// handling changes it; the composer reads it. No terminal here.
public struct ViewState: Equatable, Sendable {
    public enum Focus: Equatable, Sendable {
        case prompt
        case requests
        case output
        case events
        /// The live view's tables (when it is open).
        case live
    }

    public var focus: Focus = .prompt
    /// The request whose result the output pane shows; nil follows the newest.
    public var selectedRequest: RequestID?
    /// Lines scrolled up from the top of the output.
    public var outputScroll = 0
    public var eventsVisible = true
    /// The targets panel of a console over several proxies (F4).
    public var targetsVisible = true
    /// The live traffic view, while open (`top`, F3): it takes the output pane's place.
    public var live: LiveView?
    /// Text that replaces the output pane until the next request (help, parse errors).
    public var outputText: [String]?
    /// A question waiting for y/N, shown on the status line.
    public var question: String?
    /// Completion candidates to show on the status line.
    public var completions: [String] = []
    /// The incremental-search line of the prompt (`bck: …`), shown on the status line.
    public var searchLine: String?
    /// The prompt's text and cursor (in characters).
    public var promptText = ""
    public var promptCursor = 0
    public var showsKeys = true

    public init() {}
}

/// Where each panel sits, for a terminal size.
public struct Rect: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

public enum PanelID: Hashable, Sendable {
    case header
    case requests
    case jobs
    case drain
    case rollout
    case targets
    case output
    case live
    case events
    case status
    case prompt
}

/// A panel's place and rows, ready to paint.
public struct Panel: Equatable, Sendable {
    public let id: PanelID
    public let rect: Rect
    public let lines: [StyledLine]
}

/// A whole screen: panels and where the cursor goes.
public struct ScreenFrame: Equatable, Sendable {
    public let panels: [Panel]
    public let cursorRow: Int
    public let cursorColumn: Int

    /// The screen as plain text, row by row, trailing blanks removed (for snapshots and tests).
    public func text(rows: Int) -> String {
        var pieces = [[(column: Int, text: String)]](repeating: [], count: rows)
        for panel in panels {
            for (index, line) in panel.lines.enumerated() where panel.rect.row + index < rows && panel.rect.row + index >= 0 {
                pieces[panel.rect.row + index].append((panel.rect.column, line.plain))
            }
        }
        return pieces.map { row in
            var text = ""
            var used = 0
            for piece in row.sorted(by: { $0.column < $1.column }) {
                if piece.column > used { text += String(repeating: " ", count: piece.column - used); used = piece.column }
                text += piece.text
                used += DisplayWidth.columns(of: piece.text)
            }
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }
}
