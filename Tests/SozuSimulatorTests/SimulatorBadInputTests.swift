import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Simulated Sōzu facing bad input", .serialized)
struct SimulatorBadInputTests {
    private func listWorkersFrame() throws -> [UInt8] {
        try MessageCodec.encodeFrame(request { $0.listWorkers = Command_ListWorkers() })
    }

    /// Writes `bytes` on a raw connection and returns the answers read until `expected` of them
    /// have come or `wait` has passed. A test that expects answers stops as soon as they are in
    /// (a loaded machine may take seconds); one that expects none waits the whole `wait`. After
    /// the expected answers, `settle` more is read, to see any that should not have come.
    private func exchange(
        _ path: String, _ bytes: [UInt8], expected: Int = 0, wait: Duration = .milliseconds(300),
        settle: Duration = .zero
    ) async throws -> [Command_Response] {
        let descriptor = RawUnixSocket.connect(to: path)
        try #require(descriptor >= 0)
        defer { RawUnixSocket.close(descriptor) }
        RawUnixSocket.write(descriptor, bytes)
        var flags = fcntl(descriptor, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(descriptor, F_SETFL, flags)
        var decoder = FrameDecoder()
        var answers: [Command_Response] = []
        let deadline = ContinuousClock.now + wait
        repeat {
            try await Task.sleep(for: .milliseconds(20))
            decoder.append(RawUnixSocket.read(descriptor, count: 65_536))
            while let payload = try decoder.nextPayload() {
                answers.append(try MessageCodec.decode(Command_Response.self, from: payload))
            }
        } while ContinuousClock.now < deadline && (expected == 0 || answers.count < expected)
        if settle > .zero {
            try await Task.sleep(for: settle)
            decoder.append(RawUnixSocket.read(descriptor, count: 65_536))
            while let payload = try decoder.nextPayload() {
                answers.append(try MessageCodec.decode(Command_Response.self, from: payload))
            }
        }
        return answers
    }

    @Test("a length below 8 drops the prefix and the request after it is answered")
    func lengthBelowHeader() async throws {
        let simulator = try await RunningSimulator.start()
        let answers = try await exchange(
            simulator.path, [4, 0, 0, 0, 0, 0, 0, 0] + (try listWorkersFrame()), expected: 1, wait: .seconds(30))
        #expect(answers.map(\.message) == ["Successfully listed workers"])
        await simulator.stop()
    }

    @Test("of two requests arriving in one read, only the last is run, as in Sōzu")
    func onlyLastOfBatch() async throws {
        let simulator = try await RunningSimulator.start()
        let status = try MessageCodec.encodeFrame(request { $0.status = Command_Status() })
        let answers = try await exchange(simulator.path, status + (try listWorkersFrame()), expected: 1, wait: .seconds(30), settle: .milliseconds(500))
        #expect(answers.map(\.message) == ["Successfully listed workers"])
        await simulator.stop()
    }

    @Test("a client that half-closes after its request gets nothing, as Sōzu takes it for a hang-up")
    func halfCloseIsHangUp() async throws {
        let simulator = try await RunningSimulator.start()
        let descriptor = RawUnixSocket.connect(to: simulator.path)
        try #require(descriptor >= 0)
        defer { RawUnixSocket.close(descriptor) }
        RawUnixSocket.write(descriptor, try listWorkersFrame())
        _ = shutdown(descriptor, Int32(SHUT_WR))
        #expect(RawUnixSocket.read(descriptor, count: 1).isEmpty)
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.first?.message == "Successfully listed workers")
        await simulator.stop()
    }

    @Test("an oversized frame or a payload that does not decode: no answer ever, other clients still served")
    func stuckConnections() async throws {
        let simulator = try await RunningSimulator.start()
        let oversized = try await exchange(simulator.path, [0x81, 0x84, 0x1e, 0, 0, 0, 0, 0] + (try listWorkersFrame()))
        #expect(oversized.isEmpty)
        let garbage = try await exchange(simulator.path, [10, 0, 0, 0, 0, 0, 0, 0, 0x0f, 0x00] + (try listWorkersFrame()))
        #expect(garbage.isEmpty)
        let answers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(answers.first?.message == "Successfully listed workers")
        await simulator.stop()
    }
}
