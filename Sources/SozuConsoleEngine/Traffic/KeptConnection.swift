import Foundation
import SozuChannel
import SozuCodec
import SozuProto

/// A connection to the main process kept open between requests, one request at a time: what
/// the live view's polls use (a connection per request costs a connect each second per kind),
/// and what a metric detail lease needs (Sōzu binds a lease to the connection that took it,
/// and refuses a renewal or a clear from another). Opened on first use and again after a
/// failure.
actor KeptConnection {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case connect(String)
        case lost(String)
        case timedOut(Duration)
        /// The proxy answered FAILURE.
        case refused(String)

        var description: String {
            switch self {
            case .connect(let reason): reason
            case .lost(let reason): "connection lost: \(reason)"
            case .timedOut(let duration): "no answer in \(duration.components.seconds) s"
            case .refused(let message): message
            }
        }
    }

    private let socketPath: String
    private let maximumFrameSize: Int
    private var connection: CommandConnection<Command_Response, Command_Request>?

    init(socketPath: String, maximumFrameSize: Int) {
        self.socketPath = socketPath
        self.maximumFrameSize = maximumFrameSize
    }

    /// Sends `request` and returns its final answer (PROCESSING answers are passed over), or
    /// why there is none. A connection that failed or timed out is closed: the next request
    /// opens a new one. Once sent, a request is followed to its answer even if the caller is
    /// cancelled: a lease taken must be known to be cleared, and a cancelled read would leave
    /// the answer on the connection for the next request.
    func exchange(_ request: Command_Request, timeout: Duration) async -> Result<Command_Response, Failure> {
        await Task { await self.send(request, timeout: timeout) }.value
    }

    private func send(_ request: Command_Request, timeout: Duration) async -> Result<Command_Response, Failure> {
        let connection: CommandConnection<Command_Response, Command_Request>
        if let open = self.connection, open.isActive {
            connection = open
        } else {
            do {
                connection = try await CommandConnection.connect(to: socketPath, maximumFrameSize: maximumFrameSize)
                self.connection = connection
            } catch {
                return .failure(.connect(error.description))
            }
        }
        do {
            try await connection.send(request)
        } catch {
            await close()
            return .failure(.lost(error.description))
        }
        let started = ContinuousClock.now
        let watchdog = Task {
            try? await Task.sleep(for: timeout)
            guard !Task.isCancelled else { return }
            await connection.close()
        }
        defer { watchdog.cancel() }
        do {
            for try await response in connection.messages where response.statusValue != .known(.processing) {
                if response.statusValue == .known(.failure) { return .failure(.refused(response.message)) }
                return .success(response)
            }
        } catch {
            await close()
            return .failure(ContinuousClock.now - started >= timeout ? .timedOut(timeout) : .lost("\(error)"))
        }
        await close()
        return .failure(ContinuousClock.now - started >= timeout ? .timedOut(timeout) : .lost("the proxy hung up"))
    }

    func close() async {
        await connection?.close()
        connection = nil
    }
}
