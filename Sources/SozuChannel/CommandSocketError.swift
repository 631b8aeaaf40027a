public import SozuCodec

/// What went wrong on the command socket. Each case carries what an operator needs to fix it.
public enum CommandSocketError: Error, Equatable, Sendable {
    /// Nothing exists at the socket path.
    case noSuchSocket(path: String)
    /// The socket exists but this user may not connect to it.
    case permissionDenied(path: String, owner: SocketFileOwner, mode: UInt32)
    /// The path exists but is not a unix socket.
    case notASocket(path: String, fileType: String)
    /// The socket file exists but nothing listens on it: a stale socket left by a stopped proxy.
    case connectionRefused(path: String)
    /// A listener is already serving this path.
    case addressInUse(path: String)
    /// The path does not fit in a unix socket address.
    case pathTooLong(path: String, maximumBytes: Int)
    /// The peer closed the connection (cleanly, between frames).
    case peerClosed
    /// The connection was already closed on this side.
    case alreadyClosed
    /// A frame or message from the peer could not be read.
    case codec(CodecError)
    /// An outgoing message would exceed the frame size limit.
    case outgoingFrameTooLarge(frameLength: Int, maximumFrameSize: Int)
    /// Any other system error, with the call that failed and errno.
    case system(operation: String, path: String, errno: Int32, description: String)
}

/// The owner of a socket file, as shown in a permission error.
public struct SocketFileOwner: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var uid: UInt32
    public var gid: UInt32
    public var userName: String?
    public var groupName: String?

    public var description: String {
        "\(userName ?? String(uid)):\(groupName ?? String(gid))"
    }
}

extension CommandSocketError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noSuchSocket(let path):
            "no socket at \(path): is Sōzu running, and is this its command_socket?"
        case .permissionDenied(let path, let owner, let mode):
            "permission denied on \(path) (owner \(owner), mode \(String(mode & 0o7777, radix: 8))): "
                + "run as that user or a member of its group"
        case .notASocket(let path, let fileType):
            "\(path) is a \(fileType), not a unix socket"
        case .connectionRefused(let path):
            "connection refused on \(path): the socket file is stale, nothing listens on it"
        case .addressInUse(let path):
            "\(path) is already served by another process"
        case .pathTooLong(let path, let maximumBytes):
            "socket path \(path) is longer than the \(maximumBytes) bytes a unix socket address holds"
        case .peerClosed:
            "the peer closed the connection"
        case .alreadyClosed:
            "the connection is closed"
        case .codec(let error):
            error.description
        case .outgoingFrameTooLarge(let frameLength, let maximumFrameSize):
            "message of \(frameLength) bytes exceeds the maximum frame size of \(maximumFrameSize) bytes"
        case .system(let operation, let path, let errno, let description):
            "\(operation) \(path) failed: \(description) (errno \(errno))"
        }
    }
}
