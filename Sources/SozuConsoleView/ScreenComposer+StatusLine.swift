import Foundation
import SozuConsoleEngine
import SozuClient

extension ScreenComposer {
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
        if let live = view.live, model.notices.last?.level != .error {
            var keys = "F3/Esc leaves · F5 pane · F6 sort: \(live.sort.word)\(live.reversed ? " (reversed)" : "") · F7 reverse"
            keys += view.focus == .live ? " · ←/→ 1-6 s S ↑/↓ · Ctrl-O focus" : " · Ctrl-O focus"
            return StyledLine(keys, .dim).fitted(to: width)
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
        case .live: "live view"
        }
        let targetsKey = model.isFleet ? " · F4 targets" : ""
        return StyledLine("F1 help · F2 events · F3 live\(targetsKey) · Ctrl-O focus: \(focus) · PgUp/PgDn scroll · Tab complete · Ctrl-D quit", .dim).fitted(to: width)
    }

    /// `sozu> `, `sozu(ro)> `; over several proxies it names the default one: `sozu[web-1]> `.
    static func promptWord(_ model: ConsoleModel) -> String {
        let target = model.isFleet ? "[\(middleElided(model.defaultTargetName, to: 24))]" : ""
        return "sozu\(target)\(model.readOnly ? "(ro)" : "")> "
    }

    /// The prompt line, scrolled sideways so the cursor stays visible; returns the cursor column.
    static func prompt(_ view: ViewState, model: ConsoleModel, width: Int) -> (StyledLine, Int) {
        let promptWord = promptWord(model)
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
