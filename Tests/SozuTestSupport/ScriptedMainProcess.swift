import Foundation
public import SozuChannel
public import SozuProto

/// A peer on a real command socket that answers as a test scripts it: for each request, the
/// responses `script` returns, in order, on that request's connection (an empty list: it
/// keeps the connection open and never answers). `list_workers` is answered with two running
/// workers unless the script answers it. For the answers the simulator would never give:
/// hostile text, endless PROCESSING, silence.
public final class ScriptedMainProcess: Sendable {
    public typealias Listener = CommandListener<Command_Request, Command_Response>
    public typealias Script = @Sendable (Command_Request) -> [Command_Response]?

    public let path: String
    private let listener: Listener
    private let serving: Task<Void, Never>

    /// `hangsUp` says, for a request, whether the connection closes once its answers are sent
    /// (a main process handing over to a new one closes every connection).
    public init(path: String, hangsUp: @escaping @Sendable (Command_Request) -> Bool = { _ in false }, script: @escaping Script) async throws {
        self.path = path
        let listener = try await Listener.listen(at: path)
        self.listener = listener
        serving = Task {
            await withTaskGroup(of: Void.self) { group in
                for await connection in listener.connections {
                    group.addTask { await Self.serve(connection, hangsUp: hangsUp, script: script) }
                }
            }
        }
    }

    public func stop() async {
        await listener.close()
        serving.cancel()
    }

    /// A response with this status and message (and content, if any).
    public static func response(_ status: Command_ResponseStatus, _ message: String, _ content: Command_ResponseContent? = nil) -> Command_Response {
        var response = Command_Response()
        response.status = status
        response.message = message
        if let content { response.content = content }
        return response
    }

    /// Two running workers, as `list_workers` answers.
    public static var workersAnswer: Command_Response {
        var content = Command_ResponseContent()
        content.workers.vec = (0..<2).map { id in
            var worker = Command_WorkerInfo()
            worker.id = UInt32(id)
            worker.pid = Int32(1000 + id)
            worker.runState = .running
            return worker
        }
        return response(.ok, "Successfully listed workers", content)
    }

    private static func serve(_ connection: Listener.Connection, hangsUp: @Sendable (Command_Request) -> Bool, script: Script) async {
        do {
            for try await request in connection.messages {
                var answers = script(request)
                if answers == nil, case .listWorkers = request.requestType { answers = [workersAnswer] }
                for answer in answers ?? [] { try await connection.send(answer) }
                if hangsUp(request) { break }
            }
        } catch {}
        await connection.close()
    }
}
