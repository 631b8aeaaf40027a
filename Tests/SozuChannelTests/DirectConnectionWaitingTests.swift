import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import SozuChannel

private typealias Listener = CommandListener<Command_Request, Command_Response>
private typealias Direct = DirectConnection<Command_Response, Command_Request>

/// `DirectConnection` connects and writes without blocking on the caller's thread; these are the
/// two cases where that does not go all the way and its thread must finish, blocking.
@Suite("A request's connection when connecting or writing would block", .serialized)
struct DirectConnectionWaitingTests {
    @Test("a listener whose backlog is full: the thread waits to connect, then sends and reads")
    func fullBacklog() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("full.sock")
        let listener = try RawListener(path: path)
        defer { listener.close() }
        // Connections nobody accepts, until the listener refuses one more for now.
        var waiting: [Int32] = []
        defer { waiting.forEach { _ = Glibc.close($0) } }
        while let probe = RawListener.connectWithoutWaiting(to: path) { waiting.append(probe) }
        #expect(!waiting.isEmpty)

        var request = Command_Request()
        request.status = Command_Status()
        let (connection, events) = Direct.startStreaming(to: path, sending: request)
        var iterator = events.makeAsyncIterator()
        // Room is made: the waiting connections are accepted, ours last (the queue is in order).
        var accepted: [Int32] = []
        defer { accepted.forEach { _ = Glibc.close($0) } }
        for _ in 0...waiting.count { accepted.append(try listener.accept()) }
        guard let ours = accepted.last else { return }
        let payload = try listener.readFrame(from: ours)
        #expect(try MessageCodec.decode(Command_Request.self, from: payload) == request)
        guard case .sent? = try await iterator.next() else {
            Issue.record("the request was not said to be sent")
            return
        }
        var answer = Command_Response()
        answer.status = .ok
        try listener.write(Frame.encode(payload: try MessageCodec.encode(answer)), to: ours)
        guard case .message(let received)? = try await iterator.next() else {
            Issue.record("no answer")
            return
        }
        #expect(received.status == .ok)
        connection.close()
    }

    @Test("a frame larger than the socket's buffer is written to its end by the thread")
    func frameLargerThanTheBuffer() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await Listener.listen(at: directory.file("sozu.sock"), maximumFrameSize: 8 << 20)
        let server = Task {
            for await connection in listener.connections {
                for try await request in connection.messages {
                    var answer = Command_Response()
                    answer.status = .ok
                    answer.message = "\(request.saveState.utf8.count)"
                    try await connection.send(answer)
                    await connection.close()
                }
            }
        }
        var request = Command_Request()
        request.saveState = String(repeating: "/state", count: 500_000)
        let (_, events) = Direct.startStreaming(to: listener.path, sending: request, maximumFrameSize: 8 << 20)
        var seen: [String] = []
        for try await event in events {
            switch event {
            case .sent: seen.append("sent")
            case .message(let answer): seen.append("\(answer.status) \(answer.message)")
            case .ended, .closed: seen.append("ended twice")
            }
        }
        #expect(seen == ["sent", "ok 3000000"])
        await listener.close()
        server.cancel()
    }
}

/// A unix socket listener that accepts only when told, with the smallest backlog.
private struct RawListener {
    let descriptor: Int32

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(path: String) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = Self.address(path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(descriptor, 0) == 0 else { throw Failure(description: "bind/listen: \(errno)") }
    }

    static func address(_ path: String) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8).prefix($0.count - 1)) }
        return address
    }

    /// A connected socket, or nil once the listener's queue is full.
    static func connectWithoutWaiting(to path: String) -> Int32? {
        let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        var address = address(path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if result == 0 { return probe }
        _ = Glibc.close(probe)
        return nil
    }

    /// Waits at most five seconds for a connection.
    func accept() throws -> Int32 {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, 5_000) == 1 else { throw Failure(description: "nobody connected within five seconds") }
        let accepted = Glibc.accept(descriptor, nil, nil)
        guard accepted >= 0 else { throw Failure(description: "accept: \(errno)") }
        return accepted
    }

    func readFrame(from connection: Int32) throws -> [UInt8] {
        let header = try read(Frame.headerSize, from: connection)
        let length = header.reversed().reduce(0) { $0 << 8 | Int($1) }
        return try read(length - Frame.headerSize, from: connection)
    }

    private func read(_ count: Int, from connection: Int32) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var received = 0
        while received < count {
            // Never blocks the test's thread for long: Swift's task pool has a thread a core.
            var ready = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 5_000) == 1 else { throw Failure(description: "nothing to read within five seconds") }
            let result = bytes.withUnsafeMutableBytes { Glibc.read(connection, $0.baseAddress! + received, count - received) }
            guard result > 0 else { throw Failure(description: "read: \(result) \(errno)") }
            received += result
        }
        return bytes
    }

    func write(_ bytes: [UInt8], to connection: Int32) throws {
        let result = bytes.withUnsafeBytes { Glibc.write(connection, $0.baseAddress, $0.count) }
        guard result == bytes.count else { throw Failure(description: "write: \(errno)") }
    }

    func close() { _ = Glibc.close(descriptor) }
}
