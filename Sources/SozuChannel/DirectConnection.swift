public import SozuCodec
public import SozuProto
public import Logging
import SwiftProtobuf
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One request's connection on a plain unix socket: connected and written on the caller's
/// thread, then read by a thread of its own, which hands each answer decoded to `deliver`.
///
/// A client that opens a connection per request (as Sōzu wants: it answers without ids) pays
/// for each connection's set-up. Through SwiftNIO that is a bootstrap, a channel, a pipeline, a
/// registration with the event loop and hops between the loop's thread and Swift's task pool at
/// every step; here it is `socket`, `connect`, `write` and blocking `read`s on one thread, which
/// is what a C client does. Errors are `CommandConnection`'s, said the same way.
public final class DirectConnection<Inbound: WireCodable, Outbound: WireCodable>: Sendable {
    /// What happens on the connection, in order; `ended` or `closed` comes once, last.
    public enum Delivery: Sendable {
        /// The request was written: the peer may act on it from now on.
        case sent
        case message(Inbound)
        /// The peer or this side hung up (nil), or the connection could not be made or broke
        /// inside a frame.
        case ended(CommandSocketError?)
        /// This side hung up (`close()`) and the reader has stopped: a caller that forgot the
        /// connection when it closed it has nothing to do.
        case closed
    }

    private let state = Mutex(State())

    private struct State {
        var descriptor: Int32 = -1
        var closed = false
    }

    private init() {}

    /// Connects to the unix socket at `path` and sends `first`, and returns at once; what follows
    /// goes to `deliver`, called on the connection's thread. The connect and the write are tried
    /// on the caller's thread without blocking (a few system calls): when both succeed, `isSent`
    /// is true and `deliver` never gets `sent`, so that the caller records it without a hand-over,
    /// and the thread started here only reads. A listener whose backlog is full, or a frame
    /// larger than the socket's buffer, leaves the rest to the thread, blocking. When
    /// `permission` is revoked before the connection is made (the request timed out or was
    /// cancelled meanwhile), nothing is sent and it ends with `alreadyClosed`. A failure found on
    /// the caller's thread is delivered there, before this returns.
    public static func start(
        to path: String,
        sending first: Outbound,
        permission: SendPermission? = nil,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        logger: Logger? = nil,
        deliver: @escaping @Sendable (Delivery) -> Void
    ) -> (connection: DirectConnection, isSent: Bool) {
        let connection = DirectConnection()
        let frame = Frame.encode(payload: first.wireEncoded())
        let attempt: Attempt
        do throws(CommandSocketError) {
            try SocketFile.checkLength(of: path)
            guard frame.count <= maximumFrameSize else {
                throw .outgoingFrameTooLarge(frameLength: frame.count, maximumFrameSize: maximumFrameSize)
            }
            if permission?.isRevoked == true { throw .alreadyClosed }
            attempt = try connection.attempt(path: path, frame: frame)
        } catch {
            deliver(.ended(error))
            return (connection, false)
        }
        let isSent = attempt.written == frame.count
        if isSent {
            logger?.debug("connected", metadata: ["socket": "\(path)"])
            logger?.trace("frame out", metadata: ["type": "\(Outbound.protoMessageName)", "bytes": "\(frame.count)"])
        }
        let failure = ReaderThread.start {
            connection.proceed(
                from: attempt, path: path, frame: frame, permission: permission, maximumFrameSize: maximumFrameSize,
                logger: logger, deliver: deliver)
        }
        // pthread_create says why in its result: errno is not its.
        if let code = failure {
            connection.forgetDescriptor(attempt.descriptor)
            deliver(.ended(.system(operation: "start a reader for", path: path, errno: code, description: SocketFile.describe(errno: code))))
            return (connection, false)
        }
        return (connection, isSent)
    }

    /// Hangs up: the reader stops and delivers `closed`. Returns at once.
    public func close() {
        state.withLock { state in
            state.closed = true
            // Wakes the reader from its blocking read; it closes the descriptor itself.
            if state.descriptor >= 0 { shutdown(state.descriptor, Int32(SHUT_RDWR)) }
        }
    }

    // MARK: - Connecting, on the caller's thread

    /// How far the caller's thread got: a connected socket and how much of the frame went out,
    /// or a socket still to connect (the listener's backlog was full).
    private struct Attempt: Sendable {
        var descriptor: Int32
        var connected: Bool
        var written: Int
    }

    /// Opens the socket, then connects and writes without blocking as far as that goes; the
    /// socket is left blocking for the thread. Errors close the socket.
    private func attempt(path: String, frame: [UInt8]) throws(CommandSocketError) -> Attempt {
        let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
        let descriptor = socket(AF_UNIX, flags, 0)
        guard descriptor >= 0 else {
            let code = errno
            throw .system(operation: "open a socket for", path: path, errno: code, description: SocketFile.describe(errno: code))
        }
        // Known from the start, so that `close()` can always wake the thread.
        state.withLock { $0.descriptor = descriptor }
        var attempt = Attempt(descriptor: descriptor, connected: false, written: 0)
        switch Self.connect(descriptor, to: path) {
        case nil:
            attempt.connected = true
        case .some(.wouldBlock):
            break
        case .some(.failed(let error)):
            forgetDescriptor(descriptor)
            throw error
        }
        if fcntl(descriptor, F_SETFL, 0) != 0 {
            let code = errno
            forgetDescriptor(descriptor)
            throw .system(operation: "set up a socket for", path: path, errno: code, description: SocketFile.describe(errno: code))
        }
        guard attempt.connected else { return attempt }
        switch Self.write(frame, from: 0, to: descriptor, waiting: false) {
        case .success(let written):
            attempt.written = written
            return attempt
        case .failure(let error):
            forgetDescriptor(descriptor)
            throw error
        }
    }

    /// Forgets the socket under the lock, then closes it: `close()` never shuts down a number
    /// the system may since have given to another file.
    private func forgetDescriptor(_ descriptor: Int32) {
        state.withLock { $0.descriptor = -1 }
        Glibc.close(descriptor)
    }

    // MARK: - On the reader thread

    /// Finishes what `attempt` left (a blocking connect, the rest of the frame), then reads.
    private func proceed(
        from attempt: Attempt,
        path: String,
        frame: [UInt8],
        permission: SendPermission?,
        maximumFrameSize: Int,
        logger: Logger?,
        deliver: @Sendable (Delivery) -> Void
    ) {
        let descriptor = attempt.descriptor
        defer { forgetDescriptor(descriptor) }
        if attempt.written < frame.count {
            let error: CommandSocketError?
            if state.withLock({ $0.closed }) {
                error = .alreadyClosed
            } else if !attempt.connected, case .failed(let refused)? = Self.connect(descriptor, to: path) {
                error = refused
            } else if !attempt.connected, permission?.isRevoked == true {
                error = .alreadyClosed
            } else if case .failure(let failed) = Self.write(frame, from: attempt.written, to: descriptor, waiting: true) {
                error = failed
            } else {
                error = nil
            }
            if let error {
                deliver(.ended(error))
                return
            }
            logger?.debug("connected", metadata: ["socket": "\(path)"])
            logger?.trace("frame out", metadata: ["type": "\(Outbound.protoMessageName)", "bytes": "\(frame.count)"])
            deliver(.sent)
        }
        let error = readAnswers(from: descriptor, maximumFrameSize: maximumFrameSize, logger: logger, deliver: deliver)
        deliver(error == nil && state.withLock { $0.closed } ? .closed : .ended(error))
    }

    /// Reads frames until the peer closes, this side closes, or a frame is bad; the error to
    /// end with, nil for a clean end.
    private func readAnswers(
        from descriptor: Int32,
        maximumFrameSize: Int,
        logger: Logger?,
        deliver: @Sendable (Delivery) -> Void
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
                    deliver(.message(message))
                }
            } catch {
                // A bad frame leaves the stream out of step: report it and hang up.
                return .codec(error)
            }
        }
    }

    private enum ConnectFailure {
        /// The listener's backlog is full and the socket does not wait.
        case wouldBlock
        case failed(CommandSocketError)
    }

    /// Nil once connected.
    private static func connect(_ descriptor: Int32, to path: String) -> ConnectFailure? {
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
            switch errno {
            case EINTR: continue
            case EAGAIN, EINPROGRESS: return .wouldBlock
            case let code: return .failed(SocketFile.connectError(errno: code, path: path))
            }
        }
    }

    /// Writes `frame` from `offset`; without `waiting`, stops where the socket's buffer is full.
    /// How far the frame is written.
    private static func write(_ frame: [UInt8], from offset: Int, to descriptor: Int32, waiting: Bool) -> Result<Int, CommandSocketError> {
        var written = offset
        let flags = Int32(MSG_NOSIGNAL) | (waiting ? 0 : Int32(MSG_DONTWAIT))
        while written < frame.count {
            let count = frame.withUnsafeBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                return send(descriptor, base + written, bytes.count - written, flags)
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if !waiting, code == EAGAIN || code == EWOULDBLOCK { break }
                return .failure(.system(operation: "write to", path: "command socket", errno: code, description: SocketFile.describe(errno: code)))
            }
            written += count
        }
        return .success(written)
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
/// no faster: waking a parked thread costs about what starting one does. So was one thread
/// reading every connection through epoll: no faster at the median, slower for `status`, with
/// more context switches (starting a thread costs about 7 µs here).
enum ReaderThread {
    /// Room for the deepest message the codec accepts, with margin.
    static let stackSize = 1 << 20

    /// Runs `body` on a thread of its own; pthread_create's error when none could be started.
    static func start(_ body: @escaping @Sendable () -> Void) -> Int32? {
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
            return result
        }
        return nil
    }
}
