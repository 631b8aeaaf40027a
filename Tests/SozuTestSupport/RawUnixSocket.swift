import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX unix sockets, for tests that need a peer misbehaving in ways a well-written
/// channel never would (a frame cut in half, a stale socket file).
public enum RawUnixSocket {
    /// Binds a socket at `path` and listens; returns the listening descriptor.
    public static func listen(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8.prefix(raw.count - 1))
            raw.copyBytes(from: bytes + [0])
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, Glibc.listen(descriptor, 16) == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(.init(rawValue: code) ?? .EIO)
        }
        return descriptor
    }

    /// Leaves a socket file at `path` that nobody listens on, as a crashed proxy would.
    public static func makeStaleSocket(at path: String) throws {
        let descriptor = try listen(at: path)
        close(descriptor)
    }

    /// Accepts one client on `listening` (blocking) and returns its descriptor.
    public static func accept(_ listening: Int32) -> Int32 {
        Glibc.accept(listening, nil, nil)
    }

    /// Connects to `path` (blocking); returns the descriptor or -1.
    public static func connect(to path: String) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8.prefix(raw.count - 1)) + [0])
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if connected != 0 {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    public static func write(_ descriptor: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Reads until `count` bytes arrived or the peer closed.
    public static func read(_ descriptor: Int32, count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < count {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, min(4096, count - bytes.count)) }
            if got <= 0 { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }

    public static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    /// Raises the open-file limit to its hard maximum, for tests with many connections.
    public static func raiseOpenFileLimit() {
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
    }

    public static var openFileLimit: Int {
        var limit = rlimit()
        _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        return Int(clamping: limit.rlim_cur)
    }
}
