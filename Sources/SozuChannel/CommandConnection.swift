public import NIOCore
public import NIOPosix
public import SwiftProtobuf
public import SozuCodec
public import SozuProto
public import Logging
#if canImport(Glibc)
import Glibc
#endif

/// One connection on a command socket: sends `Outbound` messages as frames and delivers the
/// `Inbound` messages that arrive, in order. Clients use `Request`→`Response`, the main process
/// `Response`→`Request`, and main and workers their `WorkerRequest`/`WorkerResponse` pair.
///
/// `messages` ends without error when the peer closes cleanly between frames, and throws a
/// `CommandSocketError` when the connection breaks inside a frame or a frame is malformed.
public final class CommandConnection<Inbound: WireCodable, Outbound: WireCodable>: Sendable {
    public let messages: AsyncThrowingStream<Inbound, any Error>
    let channel: any Channel

    init(channel: any Channel, messages: AsyncThrowingStream<Inbound, any Error>) {
        self.channel = channel
        self.messages = messages
    }

    /// Connects to the unix socket at `path`.
    /// Connects to the unix socket at `path`. With a `logger`: the connection at debug level,
    /// each frame in and out at trace level.
    public static func connect(
        to path: String,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger? = nil
    ) async throws(CommandSocketError) -> CommandConnection {
        try SocketFile.checkLength(of: path)
        if let status = try SocketFile.status(at: path), !status.isSocket, status.fileType != "symbolic link" {
            throw .notASocket(path: path, fileType: status.fileType)
        }
        let (stream, continuation) = AsyncThrowingStream<Inbound, any Error>.makeStream()
        let bootstrap = makeBootstrap(group: group, maximumFrameSize: maximumFrameSize, sink: continuation, logger: logger)
        do {
            let channel = try await bootstrap.connect(unixDomainSocketPath: path).get()
            logger?.debug("connected", metadata: ["socket": "\(path)"])
            return CommandConnection(channel: channel, messages: stream)
        } catch let error as IOError {
            continuation.finish()
            throw SocketFile.connectError(errno: error.errnoCode, path: path)
        } catch {
            continuation.finish()
            throw .system(operation: "connect to", path: path, errno: 0, description: "\(error)")
        }
    }

    /// Wraps an already connected socket (one end of a socketpair, say) in a connection.
    public static func adopt(
        descriptor: CInt,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(CommandSocketError) -> CommandConnection {
        let (stream, continuation) = AsyncThrowingStream<Inbound, any Error>.makeStream()
        let bootstrap = makeBootstrap(group: group, maximumFrameSize: maximumFrameSize, sink: continuation, logger: nil)
        do {
            let channel = try await bootstrap.withConnectedSocket(descriptor).get()
            return CommandConnection(channel: channel, messages: stream)
        } catch {
            continuation.finish()
            throw .system(operation: "adopt socket", path: "fd \(descriptor)", errno: 0, description: "\(error)")
        }
    }

    /// A client bootstrap whose channels frame `Outbound` messages and deliver `Inbound` ones to `sink`.
    private static func makeBootstrap(
        group: any EventLoopGroup,
        maximumFrameSize: Int,
        sink: AsyncThrowingStream<Inbound, any Error>.Continuation,
        logger: Logger?
    ) -> ClientBootstrap {
        ClientBootstrap(group: group)
            .channelOption(.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        FramedMessageHandler<Inbound, Outbound>(maximumFrameSize: maximumFrameSize, sink: sink, logger: logger)
                    )
                }
            }
    }

    /// Sends one message; returns once it was handed to the kernel.
    public func send(_ message: Outbound) async throws(CommandSocketError) {
        do {
            try await channel.writeAndFlush(OutboundItem.message(message)).get()
        } catch let error as CommandSocketError {
            throw error
        } catch NIOCore.ChannelError.ioOnClosedChannel {
            throw .alreadyClosed
        } catch {
            throw .system(operation: "write to", path: "command socket", errno: (error as? IOError)?.errnoCode ?? 0, description: "\(error)")
        }
    }

    /// Writes `bytes` as they are, outside any frame: for simulating a peer that breaks the
    /// protocol (a frame cut short, garbage).
    public func sendRawBytes(_ bytes: [UInt8]) async throws(CommandSocketError) {
        do {
            try await channel.writeAndFlush(OutboundItem<Outbound>.rawBytes(bytes)).get()
        } catch NIOCore.ChannelError.ioOnClosedChannel {
            throw .alreadyClosed
        } catch {
            throw .system(operation: "write to", path: "command socket", errno: (error as? IOError)?.errnoCode ?? 0, description: "\(error)")
        }
    }

    /// Half-closes: tells the peer nothing more will be sent, while still receiving.
    public func closeWrite() async {
        try? await channel.close(mode: .output).get()
    }

    /// Closes both directions; `messages` ends.
    public func close() async {
        try? await channel.close().get()
    }

    /// Whether the connection is still open.
    public var isActive: Bool { channel.isActive }

    /// The user id of the process at the other end of a unix socket (`SO_PEERCRED`), as Sōzu
    /// reads it to admit requests; nil when the system does not say.
    public func peerUserID() async -> UInt32? {
        await peerCredentials()?.uid
    }

    /// The process id at the other end of a unix socket (`SO_PEERCRED`), which Sōzu binds
    /// metric detail leases to; nil when the system does not say.
    public func peerProcessID() async -> Int32? {
        await peerCredentials()?.pid
    }

    private func peerCredentials() async -> PeerCredentials? {
        guard let provider = channel as? any SocketOptionProvider else { return nil }
        return try? await provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED)
        ).get()
    }
}

/// Linux's `struct ucred` (pid, uid, gid) as `SO_PEERCRED` fills it; Swift's Glibc module does
/// not export it.
struct PeerCredentials: Sendable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32
}
