import Foundation
public import SozuClient
public import SozuProto
import SozuCodec

/// One JSON object per response for scripts: `{"id","command","status","message","content"}`.
/// `content` is in Sōzu's own JSON shape, as `sozu --json` prints it (`{"WORKERS":{"vec":[…]}}`:
/// upper-case variant names, integer enums), so scripts written for the CLI work on `.content`.
public enum ResponseJSON {
    /// Private keys in the content are written as `<redacted: N bytes>` unless `showingKeys`.
    /// With a `target` (a console over several proxies), the object names it.
    public static func object(for request: ConsoleRequest, showingKeys: Bool = false, target: String? = nil) -> String {
        let (status, message, content) = parts(of: request.state)
        let contentJSON = content.map { Self.content(showingKeys ? $0 : Redaction.content($0)) } ?? "null"
        let targetField = target.map { "\"target\":\(SozuJSON.quoted($0))," } ?? ""
        return "{\(targetField)\"id\":\(request.id.value),\"command\":\(SozuJSON.quoted(request.text)),\"status\":\"\(status)\","
            + "\"message\":\(SozuJSON.quoted(message)),\"content\":\(contentJSON)}"
    }

    /// `json` indented for reading (the same values; key order kept).
    public static func pretty(_ json: String) -> String {
        var output = ""
        var depth = 0
        var inString = false
        var escaped = false
        func newline() { output += "\n" + String(repeating: "  ", count: depth) }
        for character in json {
            if inString {
                output.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true; output.append(character)
            case "{", "[": depth += 1; output.append(character); newline()
            case "}", "]": depth -= 1; newline(); output.append(character)
            case ",": output.append(character); newline()
            case ":": output += ": "
            default: output.append(character)
            }
        }
        // Empty objects and arrays on one line.
        return output.replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
            .replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
    }

    /// A command that went nowhere, as an object of the same shape: `ERROR` for a line that
    /// does not parse (or input that is not text), `REFUSED` for one the console would not send.
    public static func notSent(_ line: String, status: String, message: String) -> String {
        "{\"id\":null,\"command\":\(SozuJSON.quoted(line)),\"status\":\(SozuJSON.quoted(status)),"
            + "\"message\":\(SozuJSON.quoted(message)),\"content\":null}"
    }

    /// A PROCESSING answer as an object of the same shape.
    public static func progressObject(for request: ConsoleRequest, progress: TrackedRequest.Progress, showingKeys: Bool = false) -> String {
        "{\"id\":\(request.id.value),\"command\":\(SozuJSON.quoted(request.text)),\"status\":\"PROCESSING\","
            + "\"message\":\(SozuJSON.quoted(progress.message)),\"content\":\(progress.content.map { Self.content(showingKeys ? $0 : Redaction.content($0)) } ?? "null")}"
    }

    /// Sōzu's JSON of the content's variant: the `content_type` wrapper removed, as the CLI prints it.
    public static func content(_ content: Command_ResponseContent) -> String {
        guard let json = try? SozuJSON.encode(content) else { return "null" }
        let prefix = "{\"content_type\":"
        guard json.hasPrefix(prefix), json.hasSuffix("}") else { return json }
        return String(json.dropFirst(prefix.count).dropLast())
    }

    static func parts(of state: RequestState) -> (status: String, message: String, content: Command_ResponseContent?) {
        switch state {
        case .ok(let message, let content): (state.token, message, content)
        case .failure(let message): (state.token, message, nil)
        case .timedOut, .connectionLost, .unsubscribed: (state.token, ConsoleSession.message(of: state), nil)
        case .connecting, .sent, .processing, .subscribed: (state.token, "", nil)
        }
    }
}
