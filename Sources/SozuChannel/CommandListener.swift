public import NIOCore
public import NIOPosix
public import SwiftProtobuf
public import SozuCodec
public import SozuProto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A listening unix socket that hands out one `CommandConnection` per accepted client.
///
/// The socket file is created with mode 0600 (bound in a private directory, then linked into
/// place, so it is never reachable with wider permissions). A stale socket file at the path is
/// replaced; a path served by a live process, or holding anything but a socket, is refused.
/// `close()` removes the socket file, unless another listener has replaced it since.
public final class CommandListener<Inbound: WireCodable, Outbound: WireCodable>: Sendable {
    public typealias Connection = CommandConnection<Inbound, Outbound>

    public let path: String
    public let connections: AsyncStream<Connection>
    private let serverChannel: any Channel
    private let socketIdentity: (device: UInt64, inode: UInt64)

    private init(path: String, serverChannel: any Channel, connections: AsyncStream<Connection>, socketIdentity: (UInt64, UInt64)) {
        self.path = path
        self.serverChannel = serverChannel
        self.connections = connections
        self.socketIdentity = socketIdentity
    }

    public static func listen(
        at path: String,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        badInputPolicy: BadInputPolicy = .reportAndClose,
        backlog: Int32 = 1024,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(CommandSocketError) -> CommandListener {
        try SocketFile.checkLength(of: path)
        try await removeStaleSocket(at: path, group: group)

        let directory = parentDirectory(of: path)
        let privateDirectory = try makePrivateDirectory(in: directory)
        defer { rmdir(privateDirectory) }
        // The private directory's name is longer than the socket's; when it does not fit in a
        // socket address, bind in place and tighten the mode right after.
        let privatePath = privateDirectory + "/s"
        let bindPath = privatePath.utf8.count <= SocketFile.maximumPathBytes ? privatePath : path

        let (accepted, acceptedContinuation) = AsyncStream<Connection>.makeStream()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: backlog)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let (stream, continuation) = AsyncThrowingStream<Inbound, any Error>.makeStream()
                    try channel.pipeline.syncOperations.addHandler(
                        FramedMessageHandler<Inbound, Outbound>(
                            maximumFrameSize: maximumFrameSize, badInputPolicy: badInputPolicy, sink: continuation)
                    )
                    acceptedContinuation.yield(Connection(channel: channel, messages: stream))
                }
            }
        let serverChannel: any Channel
        do {
            serverChannel = try await bootstrap.bind(unixDomainSocketPath: bindPath).get()
        } catch {
            acceptedContinuation.finish()
            throw .system(operation: "bind", path: path, errno: (error as? IOError)?.errnoCode ?? 0, description: "\(error)")
        }
        serverChannel.closeFuture.whenComplete { _ in acceptedContinuation.finish() }

        // link() refuses to replace what another listener may have installed meanwhile.
        guard chmod(bindPath, 0o600) == 0, bindPath == path || link(bindPath, path) == 0 else {
            let code = errno
            unlink(bindPath)
            try? await serverChannel.close().get()
            if code == EEXIST { throw .addressInUse(path: path) }
            throw .system(operation: "install socket at", path: path, errno: code, description: SocketFile.describe(errno: code))
        }
        if bindPath != path { unlink(bindPath) }
        let status: SocketFile.Status?
        do {
            status = try SocketFile.status(at: path)
        } catch {
            try? await serverChannel.close().get()
            throw error
        }
        return CommandListener(
            path: path,
            serverChannel: serverChannel,
            connections: accepted,
            socketIdentity: (status?.device ?? 0, status?.inode ?? 0)
        )
    }

    /// Stops accepting but leaves the socket file, as a stopped Sōzu leaves its own: clients
    /// then get "connection refused" on a stale socket.
    public func stopAccepting() async {
        try? await serverChannel.close().get()
    }

    /// Stops accepting and removes the socket file; open connections stay open.
    public func close() async {
        try? await serverChannel.close().get()
        if let status = try? SocketFile.status(at: path),
            status.device == socketIdentity.device, status.inode == socketIdentity.inode
        {
            unlink(path)
        }
    }

    /// Removes a socket file that nobody listens on; refuses live sockets and non-sockets.
    private static func removeStaleSocket(at path: String, group: any EventLoopGroup) async throws(CommandSocketError) {
        guard let status = try SocketFile.status(at: path) else { return }
        guard status.isSocket else { throw .notASocket(path: path, fileType: status.fileType) }
        do throws(CommandSocketError) {
            let probe = try await CommandConnection<Inbound, Outbound>.connect(to: path, group: group)
            await probe.close()
        } catch .connectionRefused {
            unlink(path)
            return
        } catch .noSuchSocket {
            return
        }
        throw .addressInUse(path: path)
    }

    private static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    private static func makePrivateDirectory(in directory: String) throws(CommandSocketError) -> String {
        var template = Array((directory + "/.sozu-socket-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else {
            let code = errno
            throw .system(operation: "create a directory in", path: directory, errno: code, description: SocketFile.describe(errno: code))
        }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
