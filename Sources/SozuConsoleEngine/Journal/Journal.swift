public import Foundation
import Glibc
import SozuCodec
public import SozuClient
public import SozuProto
import Synchronization

/// An append-only record of every request and every change of its state, one JSON object per
/// line, written with one `write(2)` per line so that a crash loses nothing already recorded.
/// Every line names the console run that wrote it (`run`, fresh each start: request ids start
/// at #1 again in each run) and the proxy it concerns (`target`). The file is one of the
/// console's private files (see `PrivateFile`: a regular file of the user, 0600, never through
/// a link) and is rotated by size, only while the path still names the file it opened;
/// private keys are replaced by `<redacted: N bytes>` before anything is written.
public final class Journal: Sendable {
    public let path: String
    public let maximumSize: Int
    public let keptRotations: Int
    /// This run's id, on every line.
    public let run: String
    private let state: Mutex<State>

    private struct State {
        var file: PrivateFile.Opened?
        var size: Int
    }

    /// `$XDG_STATE_HOME/sozu-console/journal.jsonl`, `~/.local/state/…` when unset.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        stateDirectory(environment: environment) + "/journal.jsonl"
    }

    /// The console's private state directory (journal, history, log).
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/sozu-console" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/sozu-console"
    }

    /// Opens (or creates) the journal at `path`. Its directory is created 0700 when missing;
    /// the console's own state directory is also made 0700 when it was more open.
    public init(path: String, maximumSize: Int = 16 << 20, keptRotations: Int = 3, run: String = Journal.newRunID()) throws(PrivateFile.OpenError) {
        self.path = path
        self.maximumSize = max(4096, maximumSize)
        self.keptRotations = max(1, keptRotations)
        self.run = run
        let directory = (path as NSString).deletingLastPathComponent
        try PrivateFile.makeDirectory(directory, tighten: directory == Self.stateDirectory())
        let file = try PrivateFile.open(path)
        state = Mutex(State(file: file, size: file.size))
    }

    deinit {
        state.withLock { state in
            if let file = state.file { Glibc.close(file.descriptor) }
        }
    }

    /// Twelve random hexadecimal digits.
    public static func newRunID() -> String {
        let value = UInt64.random(in: 0..<(1 << 48))
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 12 - digits.count) + digits
    }

    /// A request as it is sent.
    public func recordRequest(id: RequestID, command: String, request: Command_Request, target: String, at time: Date = Date()) {
        let redacted = Redaction.request(request)
        let json = (try? SozuJSON.encode(redacted)) ?? "null"
        append(time, "request", target: target, [
            ("id", .number(id.value)), ("command", .string(command)),
            ("variant", .string(Self.variantName(ofRequestJSON: json))), ("request", .raw(json)),
        ])
    }

    /// A change of a request's state (PROCESSING messages included).
    public func recordState(id: RequestID, status: String, message: String, contentType: String? = nil, target: String, at time: Date = Date()) {
        var fields: [(String, Field)] = [("id", .number(id.value)), ("status", .string(status)), ("message", .string(message))]
        if let contentType { fields.append(("content", .string(contentType))) }
        append(time, "status", target: target, fields)
    }

    /// What the client saw happen to a request: its PROCESSING answers and its final state
    /// (the request line itself is `recordRequest`, written when it was registered).
    public func record(_ change: RequestTracker.Change, target: String) {
        switch change {
        case .progress(let id, let progress):
            recordState(id: id, status: "PROCESSING", message: progress.message, target: target, at: progress.receivedAt)
        case .stateChanged(let id, _, let state) where state.isFinal:
            recordState(
                id: id, status: state.label, message: ConsoleSession.message(of: state),
                contentType: ConsoleSession.contentType(of: state), target: target)
        case .registered, .stateChanged, .event:
            break
        }
    }

    /// Something the console itself noticed: reconnecting, main process exited, a refusal.
    public func recordNotice(_ text: String, target: String? = nil, at time: Date = Date()) {
        append(time, "notice", target: target, [("message", .string(text))])
    }

    enum Field {
        case string(String)
        case number(Int)
        case raw(String)
    }

    func append(_ time: Date, _ type: String, target: String?, _ fields: [(String, Field)]) {
        var line = "{\"time\":" + SozuJSON.quoted(Self.timestamp(time)) + ",\"run\":" + SozuJSON.quoted(run)
        if let target { line += ",\"target\":" + SozuJSON.quoted(target) }
        line += ",\"type\":" + SozuJSON.quoted(type)
        for (key, value) in fields {
            line += "," + SozuJSON.quoted(key) + ":"
            switch value {
            case .string(let text): line += SozuJSON.quoted(text)
            case .number(let number): line += String(number)
            case .raw(let json): line += json
            }
        }
        line += "}\n"
        let bytes = Array(line.utf8)
        state.withLock { state in
            if state.size + bytes.count > maximumSize { rotate(&state) }
            if state.file == nil, let reopened = try? PrivateFile.open(path) { state.file = reopened; state.size = reopened.size }
            guard let descriptor = state.file?.descriptor else { return }  // no journal file: the line is lost
            var written = 0
            while written < bytes.count {
                let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if result < 0 {
                    if errno == EINTR { continue }
                    return  // a full disk must not take the console down; the line is lost
                }
                written += result
            }
            state.size += bytes.count
        }
    }

    /// Moves `journal.jsonl` to `.1` (and `.1` to `.2`…) and starts a new file. Only the file
    /// this journal opened is moved, and only over nothing or an older journal file of the
    /// user's; when something else sits in the way the journal keeps growing instead (nothing
    /// is lost), and tries again after another `maximumSize` bytes.
    private func rotate(_ state: inout State) {
        guard let file = state.file else { return }
        let first = "\(path).1"
        guard PrivateFile.pathStillNames(path, file), PrivateFile.isOwnRegularFileOrAbsent(first) else {
            state.size = 0
            return
        }
        for index in stride(from: keptRotations - 1, through: 1, by: -1) {
            let from = "\(path).\(index)", to = "\(path).\(index + 1)"
            if PrivateFile.isOwnRegularFile(from), PrivateFile.isOwnRegularFileOrAbsent(to) { rename(from, to) }
        }
        guard PrivateFile.isOwnRegularFileOrAbsent(first), rename(path, first) == 0 else {
            state.size = 0
            return
        }
        Glibc.close(file.descriptor)
        state.file = try? PrivateFile.open(path, exclusive: true)
        state.size = 0
    }

    /// `{"request_type":{"ADD_CLUSTER":…}}` → `ADD_CLUSTER`.
    static func variantName(ofRequestJSON json: String) -> String {
        let prefix = "{\"request_type\":{\""
        guard json.hasPrefix(prefix) else { return "NONE" }
        return String(json.dropFirst(prefix.count).prefix { $0 != "\"" })
    }

    /// `2026-12-06T01:41:41.123Z`: ISO 8601 in UTC to the millisecond, as Foundation's
    /// `.iso8601` style writes it, but without its calendar and time zone machinery, whose
    /// first use is a quarter of a one-shot run's journal cost.
    static func timestamp(_ date: Date) -> String {
        // Split as Foundation's calendar splits it (whole seconds since 2001, the rest in
        // nanoseconds, truncated to milliseconds), so the two never differ by a rounding.
        let sinceReference = date.timeIntervalSinceReferenceDate
        let whole = sinceReference.rounded(.down)
        guard whole.magnitude < 1e15 else { return "2001-01-01T00:00:00.000Z" }
        var seconds = time_t(Int64(whole) + 978_307_200)
        let fraction = Int((sinceReference - whole) * 1_000_000_000) / 1_000_000
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "2001-01-01T00:00:00.000Z" }
        func digits(_ value: Int32, _ count: Int) -> String {
            let text = String(value)
            return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
        }
        return digits(parts.tm_year + 1900, 4) + "-" + digits(parts.tm_mon + 1, 2) + "-" + digits(parts.tm_mday, 2) + "T"
            + digits(parts.tm_hour, 2) + ":" + digits(parts.tm_min, 2) + ":" + digits(parts.tm_sec, 2) + "."
            + digits(Int32(fraction), 3) + "Z"
    }
}
