public import SozuCodec
public import SozuProto
public import Logging
import SwiftProtobuf
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One request's connection on a plain unix socket, with a thread of its own: it connects,
/// writes the request's frame, then reads the answers and hands each decoded to `events`.
///
/// A client that opens a connection per request (as Sōzu wants: it answers without ids) pays
/// for each connection's set-up. Through SwiftNIO that is a bootstrap, a channel, a pipeline, a
/// registration with the event loop and hops between the loop's thread and Swift's task pool at
/// every step; here it is `socket`, `connect`, `write` and blocking `read`s on one thread, which
/// is what a C client does. Errors are `CommandConnection`'s, said the same way.
public final class DirectConnection<Inbound: WireCodable, Outbound: WireCodable>: Sendable {
    /// What happens on the connection, in order.
    public enum Event: Sendable {
        /// The request was written: the peer may act on it from now on.
        case sent
        case message(Inbound)
    }

    /// `sent`, then the answers; ends when the peer or this side hangs up, and throws a
    /// `CommandSocketError` when the connection could not be made or broke inside a frame.
    public let events: AsyncThrowingStream<Event, any Error>
    private let state: Mutex<State>

    private struct State {
        var descriptor: Int32 = -1
        var closed = false
    }

    private init(events: AsyncThrowingStream<Event, any Error>) {
        self.events = events
        state = Mutex(State())
    }

    /// Starts connecting to the unix socket at `path` to send `first`, and returns at once: what
    /// follows arrives in `events`. Nothing waits on the way, so that a round trip costs a thread's
    /// start and the hand-over of its answers, as close to a C client's as Swift gets. When
    /// `permission` is revoked before the connection is made (the request timed out or was
    /// cancelled meanwhile), nothing is sent and `events` throws `alreadyClosed`.
    public static func start(
        to path: String,
        sending first: Outbound,
        permission: SendPermission? = nil,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        logger: Logger? = nil
    ) -> DirectConnection {
        let (stream, continuation) = AsyncThrowingStream<Event, any Error>.makeStream()
        let connection = DirectConnection(events: stream)
        let frame = Frame.encode(payload: first.wireEncoded())
        do throws(CommandSocketError) {
            try SocketFile.checkLength(of: path)
            if let status = try SocketFile.status(at: path), !status.isSocket, status.fileType != "symbolic link" {
                throw .notASocket(path: path, fileType: status.fileType)
            }
            guard frame.count <= maximumFrameSize else {
                throw .outgoingFrameTooLarge(frameLength: frame.count, maximumFrameSize: maximumFrameSize)
            }
        } catch {
            continuation.finish(throwing: error)
            return connection
        }
        let started = ReaderThread.start {
            connection.run(
                path: path, frame: frame, permission: permission, maximumFrameSize: maximumFrameSize, logger: logger, sink: continuation)
        }
        if !started {
            let code = errno
            continuation.finish(throwing: CommandSocketError.system(
                operation: "start a reader for", path: path, errno: code, description: SocketFile.describe(errno: code)))
        }
        return connection
    }

    /// Hangs up: the reader stops and `events` ends. Returns at once.
    public func close() {
        state.withLock { state in
            state.closed = true
            // Wakes the reader from its blocking read; it closes the descriptor itself.
            if state.descriptor >= 0 { shutdown(state.descriptor, Int32(SHUT_RDWR)) }
        }
    }

    // MARK: - On the reader thread

    private func run(
        path: String,
        frame: [UInt8],
        permission: SendPermission?,
        maximumFrameSize: Int,
        logger: Logger?,
        sink: AsyncThrowingStream<Event, any Error>.Continuation
    ) {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else {
            let code = errno
            sink.finish(throwing: CommandSocketError.system(
                operation: "open a socket for", path: path, errno: code, description: SocketFile.describe(errno: code)))
            return
        }
        defer {
            // Forgotten under the lock first, so that `close()` never shuts a reused number down.
            state.withLock { $0.descriptor = -1 }
            Glibc.close(descriptor)
        }
        let wasClosed = state.withLock { state -> Bool in
            state.descriptor = descriptor
            return state.closed
        }
        let error: CommandSocketError? =
            if wasClosed { .alreadyClosed } else if let refused = Self.connect(descriptor, to: path) { refused }
            else if permission?.isRevoked == true { .alreadyClosed } else { Self.write(frame, to: descriptor) }
        if let error {
            sink.finish(throwing: error)
            return
        }
        logger?.debug("connected", metadata: ["socket": "\(path)"])
        logger?.trace("frame out", metadata: ["type": "\(Outbound.protoMessageName)", "bytes": "\(frame.count)"])
        sink.yield(.sent)
        sink.finish(throwing: readAnswers(from: descriptor, maximumFrameSize: maximumFrameSize, logger: logger, into: sink))
    }

    /// Reads frames until the peer closes, this side closes, or a frame is bad; the error to
    /// end `events` with, nil for a clean end.
    private func readAnswers(
        from descriptor: Int32,
        maximumFrameSize: Int,
        logger: Logger?,
        into sink: AsyncThrowingStream<Event, any Error>.Continuation
    ) -> CommandSocketError? {
        var decoder = FrameDecoder(maximumFrameSize: maximumFrameSize)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                if state.withLock({ $0.closed }) { return nil }
                return .system(operation: "read from", path: "command socket", errno: code, description: SocketFile.describe(errno: code))
            }
            if count == 0 {
                // The peer hung up, or this side did: a frame cut short is an error, else the end.
                if state.withLock({ $0.closed }) { return nil }
                do {
                    try decoder.finish()
                    return nil
                } catch {
                    return .codec(error)
                }
            }
            buffer.withUnsafeBytes { decoder.append(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
            do {
                while let payload = try decoder.nextPayload() {
                    let message = try MessageCodec.decode(Inbound.self, from: payload)
                    logger?.trace("frame in", metadata: ["type": "\(Inbound.protoMessageName)", "bytes": "\(payload.count + Frame.headerSize)"])
                    sink.yield(.message(message))
                }
            } catch {
                // A bad frame leaves the stream out of step: report it and hang up.
                return .codec(error)
            }
        }
    }

    private static func connect(_ descriptor: Int32, to path: String) -> CommandSocketError? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { pathBytes in
            pathBytes.copyBytes(from: bytes.prefix(pathBytes.count - 1))
        }
        while true {
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            return SocketFile.connectError(errno: errno, path: path)
        }
    }

    private static func write(_ frame: [UInt8], to descriptor: Int32) -> CommandSocketError? {
        var written = 0
        while written < frame.count {
            let count = frame.withUnsafeBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                return send(descriptor, base + written, bytes.count - written, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                return .system(operation: "write to", path: "command socket", errno: code, description: SocketFile.describe(errno: code))
            }
            written += count
        }
        return nil
    }
}

/// Whether a request may still be sent: revoked when it ends before its connection is made.
public final class SendPermission: Sendable {
    private let revoked = Atomic<Bool>(false)

    public init() {}

    public func revoke() { revoked.store(true, ordering: .releasing) }

    var isRevoked: Bool { revoked.load(ordering: .acquiring) }
}

/// Threads for `DirectConnection`s: one per connection, detached, with a small stack (decoding
/// is depth-limited). Keeping idle threads to wake for the next connection was tried and measured
/// no faster: waking a parked thread costs about what starting one does.
enum ReaderThread {
    /// Room for the deepest message the codec accepts, with margin.
    static let stackSize = 1 << 20

    /// Runs `body` on a thread of its own; false when none could be started.
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        // Made by pthread_attr_init, not by Swift: the struct's zero initializer is not ours to use.
        let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
        defer { attributes.deallocate() }
        pthread_attr_init(attributes)
        defer { pthread_attr_destroy(attributes) }
        pthread_attr_setstacksize(attributes, stackSize)
        pthread_attr_setdetachstate(attributes, Int32(PTHREAD_CREATE_DETACHED))
        let box = Unmanaged.passRetained(Box(body))
        var thread: pthread_t = 0
        let result = pthread_create(&thread, attributes, { argument in
            guard let argument else { return nil }
            Unmanaged<Box>.fromOpaque(argument).takeRetainedValue().body()
            return nil
        }, box.toOpaque())
        if result != 0 {
            box.release()
            return false
        }
        return true
    }
}
