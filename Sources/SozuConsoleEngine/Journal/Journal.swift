public import Foundation
import Glibc
import SozuCodec
public import SozuClient
public import SozuProto
import Synchronization

/// An append-only record of every request and every change of its state, one JSON object per
/// line, written with one `write(2)` per line so that a crash loses nothing already recorded.
/// The file is private (0600, in a 0700 directory) and rotated by size; private keys are
/// replaced by `<redacted: N bytes>` before anything is written.
public final class Journal: Sendable {
    public let path: String
    public let maximumSize: Int
    public let keptRotations: Int
    private let state: Mutex<State>

    private struct State {
        var descriptor: Int32
        var size: Int
    }

    public enum OpenError: Error, CustomStringConvertible {
        case cannotCreateDirectory(String, errno: Int32)  // errno, or Foundation's error code
        case cannotOpen(String, errno: Int32)

        public var description: String {
            switch self {
            case .cannotCreateDirectory(let path, let code): "cannot create the journal directory \(path): \(String(cString: strerror(code)))"
            case .cannotOpen(let path, let code): "cannot open the journal \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// `$XDG_STATE_HOME/sozu-console/journal.jsonl`, `~/.local/state/…` when unset.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        stateDirectory(environment: environment) + "/journal.jsonl"
    }

    /// The console's private state directory (journal, history).
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/sozu-console" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/sozu-console"
    }

    public init(path: String, maximumSize: Int = 16 << 20, keptRotations: Int = 3) throws(OpenError) {
        self.path = path
        self.maximumSize = max(4096, maximumSize)
        self.keptRotations = max(1, keptRotations)
        try Self.makeDirectory((path as NSString).deletingLastPathComponent)
        let descriptor = try Self.open(path)
        var status = stat()
        fstat(descriptor, &status)
        state = Mutex(State(descriptor: descriptor, size: Int(status.st_size)))
    }

    deinit {
        _ = state.withLock { Glibc.close($0.descriptor) }
    }

    private static func makeDirectory(_ directory: String) throws(OpenError) {
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateDirectory(directory, errno: Int32((error as NSError).code))
        }
    }

    private static func open(_ path: String) throws(OpenError) -> Int32 {
        let descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path, errno: errno) }
        // An existing file keeps its mode from before; make sure it is private.
        fchmod(descriptor, 0o600)
        return descriptor
    }

    /// A request as it is sent.
    public func recordRequest(id: RequestID, command: String, request: Command_Request, socket: String, at time: Date = Date()) {
        let redacted = Self.redacted(request)
        let json = (try? SozuJSON.encode(redacted)) ?? "null"
        append([
            ("time", .string(Self.timestamp(time))), ("type", .string("request")), ("id", .number(id.value)),
            ("command", .string(command)), ("variant", .string(Self.variantName(ofRequestJSON: json))),
            ("socket", .string(socket)), ("request", .raw(json)),
        ])
    }

    /// A change of a request's state (PROCESSING messages included).
    public func recordState(id: RequestID, status: String, message: String, contentType: String? = nil, at time: Date = Date()) {
        var fields: [(String, Field)] = [
            ("time", .string(Self.timestamp(time))), ("type", .string("status")), ("id", .number(id.value)),
            ("status", .string(status)), ("message", .string(message)),
        ]
        if let contentType { fields.append(("content", .string(contentType))) }
        append(fields)
    }

    /// Something the console itself noticed: reconnecting, main process exited, a refusal.
    public func recordNotice(_ text: String, at time: Date = Date()) {
        append([("time", .string(Self.timestamp(time))), ("type", .string("notice")), ("message", .string(text))])
    }

    enum Field {
        case string(String)
        case number(Int)
        case raw(String)
    }

    func append(_ fields: [(String, Field)]) {
        var line = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { line += "," }
            line += SozuJSON.quoted(key) + ":"
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
            if state.descriptor < 0, let reopened = try? Self.open(path) { state.descriptor = reopened }
            guard state.descriptor >= 0 else { return }  // no journal file: the line is lost
            var written = 0
            while written < bytes.count {
                let result = bytes[written...].withUnsafeBytes { write(state.descriptor, $0.baseAddress, $0.count) }
                if result < 0 {
                    if errno == EINTR { continue }
                    return  // a full disk must not take the console down; the line is lost
                }
                written += result
            }
            state.size += bytes.count
        }
    }

    private func rotate(_ state: inout State) {
        Glibc.close(state.descriptor)
        for index in stride(from: keptRotations - 1, through: 1, by: -1) {
            rename("\(path).\(index)", "\(path).\(index + 1)")
        }
        rename(path, "\(path).1")
        state.descriptor = (try? Self.open(path)) ?? -1
        state.size = 0
    }

    /// The request with every private key replaced by its size.
    static func redacted(_ request: Command_Request) -> Command_Request {
        var copy = request
        switch request.requestType {
        case .addCertificate(var add):
            add.certificate.key = redaction(of: add.certificate.key)
            copy.addCertificate = add
        case .replaceCertificate(var replace):
            replace.newCertificate.key = redaction(of: replace.newCertificate.key)
            copy.replaceCertificate = replace
        case .addHTTPSListener(var listener) where listener.hasKey:
            listener.key = redaction(of: listener.key)
            copy.addHTTPSListener = listener
        default:
            break
        }
        return copy
    }

    public static func redaction(of secret: String) -> String {
        "<redacted: \(secret.utf8.count) bytes>"
    }

    /// `{"request_type":{"ADD_CLUSTER":…}}` → `ADD_CLUSTER`.
    static func variantName(ofRequestJSON json: String) -> String {
        let prefix = "{\"request_type\":{\""
        guard json.hasPrefix(prefix) else { return "NONE" }
        return String(json.dropFirst(prefix.count).prefix { $0 != "\"" })
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
