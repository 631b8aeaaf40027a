import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import Synchronization
import Testing

@testable import SozuChannel

private typealias ServerSide = CommandListener<Command_Request, Command_Response>
private typealias ClientSide = CommandConnection<Command_Response, Command_Request>

private func statusRequest() -> Command_Request {
    var request = Command_Request()
    request.status = Command_Status()
    return request
}

private func response(_ status: Command_ResponseStatus, _ message: String) -> Command_Response {
    var response = Command_Response()
    response.status = status
    response.message = message
    return response
}

/// Answers every request with PROCESSING then OK, echoing the request's variant in the message.
private func serveEcho(_ listener: ServerSide) -> Task<Void, Never> {
    Task {
        await withTaskGroup(of: Void.self) { group in
            for await connection in listener.connections {
                group.addTask {
                    do {
                        for try await request in connection.messages {
                            let name = request.requestType.map { "\($0)" } ?? "none"
                            try await connection.send(response(.processing, "working on \(name)"))
                            try await connection.send(response(.ok, "done"))
                        }
                    } catch {}
                    await connection.close()
                }
            }
        }
    }
}

@Suite("Unix-socket channel", .serialized)
struct CommandSocketTests {
    @Test("a client sends a request and receives PROCESSING then OK")
    func requestAndAnswers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let server = serveEcho(listener)
        let client = try await ClientSide.connect(to: listener.path)
        try await client.send(statusRequest())
        var received: [Command_Response] = []
        for try await message in client.messages {
            received.append(message)
            if received.count == 2 { break }
        }
        #expect(received.map(\.status) == [.processing, .ok])
        #expect(received.first?.message.hasPrefix("working on status") == true)
        await client.close()
        await listener.close()
        server.cancel()
    }

    @Test("the socket file is created with mode 0600 and removed on close")
    func socketFileModeAndRemoval() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        let listener = try await ServerSide.listen(at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.type] as? FileAttributeType == .typeSocket)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Nothing but the socket is left in the directory (the private bind directory is gone).
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["sozu.sock"])
        await listener.close()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a stale socket file is replaced when listening")
    func staleSocketReplaced() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        try RawUnixSocket.makeStaleSocket(at: path)
        let listener = try await ServerSide.listen(at: path)
        let server = serveEcho(listener)
        let client = try await ClientSide.connect(to: path)
        try await client.send(statusRequest())
        var iterator = client.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.status == .processing)
        await client.close()
        await listener.close()
        server.cancel()
    }

    @Test("listening on a path another process serves is refused, and its socket is left alone")
    func liveSocketNotStolen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        let first = try await ServerSide.listen(at: path)
        let server = serveEcho(first)
        await #expect(throws: CommandSocketError.addressInUse(path: path)) {
            _ = try await ServerSide.listen(at: path)
        }
        let client = try await ClientSide.connect(to: path)
        try await client.send(statusRequest())
        var iterator = client.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.status == .processing)
        await client.close()
        await first.close()
        server.cancel()
    }

    @Test("a listener does not remove a socket that replaced its own")
    func closeKeepsReplacement() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        let first = try await ServerSide.listen(at: path)
        unlink(path)
        let second = try await ServerSide.listen(at: path)
        await first.close()
        #expect(FileManager.default.fileExists(atPath: path))
        await second.close()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a regular file at the path is neither replaced nor connected to")
    func notASocket() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("config.toml")
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        await #expect(throws: CommandSocketError.notASocket(path: path, fileType: "regular file")) {
            _ = try await ServerSide.listen(at: path)
        }
        await #expect(throws: CommandSocketError.notASocket(path: path, fileType: "regular file")) {
            _ = try await ClientSide.connect(to: path)
        }
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(CommandSocketError.notASocket(path: path, fileType: "regular file").description == "\(path) is a regular file, not a unix socket")
    }

    @Test("connecting where nothing exists says so")
    func noSuchSocket() async throws {
        let path = "/tmp/sozu-test-none-\(UUID().uuidString.prefix(8))/sozu.sock"
        await #expect(throws: CommandSocketError.noSuchSocket(path: path)) {
            _ = try await ClientSide.connect(to: path)
        }
    }

    @Test("connecting to a stale socket is refused and called stale")
    func staleSocketRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        try RawUnixSocket.makeStaleSocket(at: path)
        await #expect(throws: CommandSocketError.connectionRefused(path: path)) {
            _ = try await ClientSide.connect(to: path)
        }
        #expect(CommandSocketError.connectionRefused(path: path).description.contains("stale"))
    }

    @Test("a path too long for a socket address is refused before any system call")
    func pathTooLong() async throws {
        let path = "/tmp/" + String(repeating: "x", count: 200)
        await #expect(throws: CommandSocketError.pathTooLong(path: path, maximumBytes: 107)) {
            _ = try await ClientSide.connect(to: path)
        }
    }

    @Test("permission denied names the socket's owner and mode")
    func permissionDeniedDescription() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("sozu.sock")
        try RawUnixSocket.makeStaleSocket(at: path)
        chmod(path, 0o640)
        let error = SocketFile.connectError(errno: EACCES, path: path)
        guard case .permissionDenied(let errorPath, let owner, let mode) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(errorPath == path)
        #expect(owner.uid == getuid())
        #expect(mode & 0o777 == 0o640)
        #expect(error.description.contains("mode 640"))
        #expect(error.description.contains(owner.description))
    }

    @Test("a peer that closes between frames ends the stream cleanly")
    func peerClosesCleanly() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("raw.sock")
        let listening = try RawUnixSocket.listen(at: path)
        defer { RawUnixSocket.close(listening) }
        let peer = Task.detached { () -> Int32 in
            let client = RawUnixSocket.accept(listening)
            RawUnixSocket.write(client, try! MessageCodec.encodeFrame(response(.ok, "bye")))
            RawUnixSocket.close(client)
            return client
        }
        let connection = try await ClientSide.connect(to: path)
        var received: [String] = []
        for try await message in connection.messages { received.append(message.message) }
        #expect(received == ["bye"])
        _ = await peer.value
    }

    @Test("a peer that closes mid-frame is an error saying how many bytes of how many came")
    func peerClosesMidFrame() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("raw.sock")
        let listening = try RawUnixSocket.listen(at: path)
        defer { RawUnixSocket.close(listening) }
        let frame = try MessageCodec.encodeFrame(response(.ok, "a longer message"))
        let peer = Task.detached {
            let client = RawUnixSocket.accept(listening)
            RawUnixSocket.write(client, Array(frame.prefix(14)))
            RawUnixSocket.close(client)
        }
        let connection = try await ClientSide.connect(to: path)
        await #expect(throws: CommandSocketError.codec(.truncatedFrame(part: .payload, receivedBytes: 6, expectedBytes: frame.count - 8))) {
            for try await _ in connection.messages {}
        }
        await peer.value
    }

    @Test("a frame over the limit from the peer ends the connection with that error")
    func oversizedFrameFromPeer() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("raw.sock")
        let listening = try RawUnixSocket.listen(at: path)
        defer { RawUnixSocket.close(listening) }
        let peer = Task.detached {
            let client = RawUnixSocket.accept(listening)
            RawUnixSocket.write(client, [0, 0, 0, 1, 0, 0, 0, 0])  // 16 MiB
            _ = RawUnixSocket.read(client, count: 1)
            RawUnixSocket.close(client)
        }
        let connection = try await ClientSide.connect(to: path, maximumFrameSize: 1000)
        await #expect(throws: CommandSocketError.codec(.frameTooLarge(declaredLength: 16_777_216, maximumFrameSize: 1000))) {
            for try await _ in connection.messages {}
        }
        await peer.value
    }

    @Test("sending a message over the frame limit fails before anything is written")
    func oversizedOutgoing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let client = try await ClientSide.connect(to: listener.path, maximumFrameSize: 64)
        var request = Command_Request()
        request.saveState = String(repeating: "p", count: 100)
        await #expect(throws: CommandSocketError.outgoingFrameTooLarge(frameLength: 110, maximumFrameSize: 64)) {
            try await client.send(request)
        }
        await client.close()
        await listener.close()
    }

    @Test("after a half-close the peer sees the end of requests and can still answer")
    func halfClose() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let server = Task {
            for await connection in listener.connections {
                var count = 0
                do {
                    for try await _ in connection.messages { count += 1 }
                } catch {}
                // The client's half-close ended the stream; the other direction still works.
                try? await connection.send(response(.ok, "read \(count)"))
                await connection.close()
                return
            }
        }
        let client = try await ClientSide.connect(to: listener.path)
        try await client.send(statusRequest())
        try await client.send(statusRequest())
        await client.closeWrite()
        var received: [String] = []
        for try await message in client.messages { received.append(message.message) }
        #expect(received == ["read 2"])
        await server.value
        await listener.close()
    }

    @Test("sending on a closed connection says it is closed")
    func sendAfterClose() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let client = try await ClientSide.connect(to: listener.path)
        await client.close()
        await #expect(throws: CommandSocketError.alreadyClosed) { try await client.send(statusRequest()) }
        await listener.close()
    }

    @Test("1,000 clients connected at once each get their own answers")
    func thousandConcurrentConnections() async throws {
        RawUnixSocket.raiseOpenFileLimit()
        try #require(RawUnixSocket.openFileLimit >= 2_100, "needs 2,100 open files, the limit is \(RawUnixSocket.openFileLimit)")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let server = serveEcho(listener)
        let clients = try await withThrowingTaskGroup(of: ClientSide.self) { group in
            for _ in 0..<1000 {
                group.addTask { try await ClientSide.connect(to: listener.path) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(clients.count == 1000)
        // Every connection is open at the same time before any request goes out.
        let answered = try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    var request = Command_Request()
                    request.queryClusterByID = "cluster-\(index)"
                    try await client.send(request)
                    var iterator = client.messages.makeAsyncIterator()
                    let first = try await iterator.next()
                    let second = try await iterator.next()
                    #expect(first?.message == "working on queryClusterByID(\"cluster-\(index)\")")
                    #expect(second?.status == .ok)
                    await client.close()
                    return 1
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(answered == 1000)
        await listener.close()
        server.cancel()
    }

    /// `getpwuid`/`getgrgid` read /etc/passwd, or go to the network on LDAP/SSSD hosts: once
    /// made on every connection (and every probe), now only to explain a refusal.
    @Test("connecting looks up no user or group name")
    func noNameLookupsOnConnect() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await ServerSide.listen(at: directory.file("sozu.sock"))
        let server = serveEcho(listener)
        let before = SocketFile.nameLookups.load(ordering: .relaxed)
        for _ in 0..<20 {
            let client = try await ClientSide.connect(to: listener.path)
            await client.close()
        }
        #expect(SocketFile.nameLookups.load(ordering: .relaxed) == before)
        await listener.close()
        server.cancel()
    }
}
