import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import Synchronization
import Testing

@testable import SozuChannel

private typealias Listener = CommandListener<Command_Request, Command_Response>
private typealias Direct = DirectConnection<Command_Response, Command_Request>

private func statusRequest() -> Command_Request {
    var request = Command_Request()
    request.status = Command_Status()
    return request
}

/// A peer that reads requests, counts them and never answers.
private struct CountingServer {
    private final class Count: Sendable {
        let value = Atomic<Int>(0)
    }

    private let count = Count()
    private let task: Task<Void, any Error>

    init(_ listener: Listener) {
        let count = count
        task = Task {
            for await connection in listener.connections {
                for try await _ in connection.messages { count.value.add(1, ordering: .relaxed) }
            }
        }
    }

    var received: Int { count.value.load(ordering: .relaxed) }

    func cancel() { task.cancel() }
}

/// The events of `connection` until it ends: "sent", each answer's status, then "end" or the error.
private func collect(_ started: (connection: Direct, events: AsyncThrowingStream<Direct.Delivery, any Error>)) async -> [String] {
    var seen: [String] = []
    do {
        for try await event in started.events {
            switch event {
            case .sent: seen.append("sent")
            case .message(let answer): seen.append("\(answer.status)")
            case .ended, .closed: seen.append("ended twice")
            }
        }
        seen.append("end")
    } catch {
        seen.append("\(error)")
    }
    return seen
}

@Suite("A request's connection on a thread of its own", .serialized)
struct DirectConnectionTests {
    @Test("sends its request, delivers every answer in order, and ends when the peer hangs up")
    func requestAndAnswers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await Listener.listen(at: directory.file("sozu.sock"))
        let server = Task {
            for await connection in listener.connections {
                for try await request in connection.messages where request.status == Command_Status() {
                    for status in [Command_ResponseStatus.processing, .processing, .ok] {
                        var answer = Command_Response()
                        answer.status = status
                        try await connection.send(answer)
                    }
                    await connection.close()
                }
            }
        }
        let started = Direct.startStreaming(to: listener.path, sending: statusRequest())
        #expect(await collect(started) == ["sent", "processing", "processing", "ok", "end"])
        started.connection.close()
        await listener.close()
        server.cancel()
    }

    @Test("close() ends the events of a connection blocked waiting for an answer")
    func closeWakesTheReader() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await Listener.listen(at: directory.file("sozu.sock"))
        let server = CountingServer(listener)
        let (connection, events) = Direct.startStreaming(to: listener.path, sending: statusRequest())
        var iterator = events.makeAsyncIterator()
        guard case .sent? = try await iterator.next() else {
            Issue.record("the request was not sent")
            return
        }
        connection.close()
        #expect(try await iterator.next() == nil)
        await listener.close()
        server.cancel()
    }

    @Test("a request whose permission is revoked before it is connected is not sent")
    func revokedPermission() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try await Listener.listen(at: directory.file("sozu.sock"))
        let server = CountingServer(listener)
        let permission = SendPermission()
        permission.revoke()
        let started = Direct.startStreaming(to: listener.path, sending: statusRequest(), permission: permission)
        #expect(await collect(started) == ["\(CommandSocketError.alreadyClosed)"])
        try await Task.sleep(for: .milliseconds(200))
        #expect(server.received == 0)
        await listener.close()
        server.cancel()
    }

    @Test("connection failures are said as a CommandConnection says them, and a frame cut short is an error")
    func failures() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.file("missing.sock")
        #expect(await collect(Direct.startStreaming(to: missing, sending: statusRequest())) == ["\(CommandSocketError.noSuchSocket(path: missing))"])
        let plainFile = directory.file("plain")
        _ = FileManager.default.createFile(atPath: plainFile, contents: Data())
        #expect(await collect(Direct.startStreaming(to: plainFile, sending: statusRequest()))
            == ["\(CommandSocketError.notASocket(path: plainFile, fileType: "regular file"))"])

        let listener = try await Listener.listen(at: directory.file("sozu.sock"))
        let server = Task {
            for await connection in listener.connections {
                for try await _ in connection.messages {
                    // A frame that announces 20 bytes and carries 3.
                    try await connection.sendRawBytes([20, 0, 0, 0, 0, 0, 0, 0, 8, 1, 18])
                    await connection.close()
                }
            }
        }
        let events = await collect(Direct.startStreaming(to: listener.path, sending: statusRequest()))
        #expect(events.first == "sent")
        #expect(events.last == "\(CommandSocketError.codec(.truncatedFrame(part: .payload, receivedBytes: 3, expectedBytes: 12)))")
        await listener.close()
        server.cancel()
    }
}
