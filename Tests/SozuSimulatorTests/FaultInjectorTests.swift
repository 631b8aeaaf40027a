import SozuCodec
import SozuProto
@testable import SozuSimulator
import Testing

/// Where each fault takes effect: what becomes of a worker's requests, what goes out in place
/// of the main process's answers.
@Suite("Fault injector")
struct FaultInjectorTests {
    typealias Fate = FaultInjector.RequestFate

    @Test("without faults, requests are answered at once and answers go out as they are")
    func noFaults() throws {
        let injector = FaultInjector([])
        #expect(injector.fate(ofRequest: "Status-0-1-0", toWorker: 0) == Fate(delay: nil, outcome: .answer))
        #expect(injector.corrupted(Command_Response()) == nil)
    }

    @Test("each worker fault takes effect on its worker only", arguments: [
        (SimulatorFault.slowWorker(id: 1, delay: .milliseconds(300)), Fate(delay: .milliseconds(300), outcome: .answer)),
        (.silentWorker(id: 1), Fate(delay: nil, outcome: .ignore)),
        (.crashingWorker(id: 1), Fate(delay: nil, outcome: .crash)),
    ])
    func workerFault(fault: SimulatorFault, fate: Fate) {
        let injector = FaultInjector([fault])
        #expect(injector.fate(ofRequest: "Status-1-1-0", toWorker: 1) == fate)
        #expect(injector.fate(ofRequest: "Status-0-1-0", toWorker: 0) == Fate(delay: nil, outcome: .answer))
        #expect(injector.corrupted(Command_Response()) == nil)
    }

    @Test("a worker's faults apply in order: delays add up until one leaves the request unanswered")
    func workerFaultsInOrder() {
        let slowThenCrash = FaultInjector([
            .slowWorker(id: 2, delay: .milliseconds(100)), .slowWorker(id: 2, delay: .milliseconds(50)),
            .slowWorker(id: 3, delay: .seconds(9)), .crashingWorker(id: 2), .slowWorker(id: 2, delay: .seconds(1)),
        ])
        #expect(slowThenCrash.fate(ofRequest: "r", toWorker: 2) == Fate(delay: .milliseconds(150), outcome: .crash))
        let silentFirst = FaultInjector([.silentWorker(id: 0), .slowWorker(id: 0, delay: .seconds(1)), .crashingWorker(id: 0)])
        #expect(silentFirst.fate(ofRequest: "r", toWorker: 0) == Fate(delay: nil, outcome: .ignore))
    }

    @Test("main process faults leave workers alone")
    func mainFaultsLeaveWorkersAlone() {
        let injector = FaultInjector([.truncatedAnswers, .garbageAnswers])
        #expect(injector.fate(ofRequest: "r", toWorker: 0) == Fate(delay: nil, outcome: .answer))
    }

    @Test("truncated answers: the first half of the answer's frame, then a hang-up")
    func truncatedAnswers() throws {
        var response = Command_Response()
        response.status = .ok
        response.message = "Successfully listed workers"
        let frame = try MessageCodec.encodeFrame(response)
        let corrupted = try #require(FaultInjector([.truncatedAnswers]).corrupted(response))
        #expect(corrupted.bytes == Array(frame.prefix(frame.count / 2)))
        #expect(corrupted.hangsUp)
    }

    @Test("garbage answers: a 12-byte frame whose payload is no Response, the connection kept")
    func garbageAnswers() throws {
        let corrupted = try #require(FaultInjector([.garbageAnswers]).corrupted(Command_Response()))
        #expect(corrupted.bytes == [12, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff])
        #expect(!corrupted.hangsUp)
        #expect(throws: CodecError.self) { try MessageCodec.decode(Command_Response.self, from: Array(corrupted.bytes.dropFirst(8))) }
    }

    @Test("both main process faults: truncation wins, as it is checked first")
    func truncationFirst() throws {
        let corrupted = try #require(FaultInjector([.garbageAnswers, .truncatedAnswers]).corrupted(Command_Response()))
        #expect(corrupted.hangsUp)
    }
}
