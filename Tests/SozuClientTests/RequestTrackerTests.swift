import Foundation
import SozuClient
import SozuProto
import SwiftProtobuf
import Testing

@Suite("Request tracker")
struct RequestTrackerTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func request(_ build: (inout Command_Request) -> Void) -> Command_Request {
        var request = Command_Request()
        build(&request)
        return request
    }

    func answer(_ status: Command_ResponseStatus, _ message: String, content: Command_ResponseContent? = nil) -> Command_Response {
        var response = Command_Response()
        response.status = status
        response.message = message
        if let content { response.content = content }
        return response
    }

    @Test("a soft stop moves sent → PROCESSING (each relay kept with its time) → OK")
    func softStopSequence() throws {
        var tracker = RequestTracker()
        let (id, registered) = tracker.register(request { $0.softStop = Command_SoftStop() }, timeout: nil, at: at(0))
        #expect(registered == [.registered(id)])
        #expect(tracker[id]?.state == .connecting)
        #expect(tracker.markSent(id, at: at(0.01)) == [.stateChanged(id, from: .connecting, to: .sent)])

        let first = tracker.receive(answer(.processing, "Performing soft stop..."), for: id, at: at(0.02))
        #expect(first.count == 2)
        #expect(first.first == .stateChanged(id, from: .sent, to: .processing))
        _ = tracker.receive(answer(.processing, "Worker 0 is processing SoftStop-0-7-0. "), for: id, at: at(0.03))
        _ = tracker.receive(answer(.processing, "Worker 1 is processing SoftStop-1-7-0. "), for: id, at: at(0.04))
        let final = tracker.receive(answer(.ok, "Successfully closed 2 workers, 0 errors, stopping the main process..."), for: id, at: at(95))
        #expect(final == [.stateChanged(id, from: .processing, to: .ok(message: "Successfully closed 2 workers, 0 errors, stopping the main process...", content: nil))])

        let tracked = try #require(tracker[id])
        #expect(tracked.progress.map(\.message) == ["Performing soft stop...", "Worker 0 is processing SoftStop-0-7-0. ", "Worker 1 is processing SoftStop-1-7-0. "])
        #expect(tracked.progress.map(\.receivedAt) == [at(0.02), at(0.03), at(0.04)])
        #expect(tracked.elapsed(at: at(500)) == .seconds(95))
        #expect(tracker.inFlight.isEmpty)
    }

    @Test("a FAILURE answer is final and keeps Sōzu's message")
    func failure() {
        var tracker = RequestTracker()
        let (id, _) = tracker.register(request { $0.removeCluster = "nope" }, timeout: .seconds(5), at: at(0))
        _ = tracker.markSent(id, at: at(0))
        _ = tracker.receive(answer(.failure, "could not dispatch request on the main process state: no cluster nope"), for: id, at: at(0.1))
        #expect(tracker[id]?.state == .failure(message: "could not dispatch request on the main process state: no cluster nope"))
        // Nothing moves a request out of a final state.
        #expect(tracker.receive(answer(.ok, "late"), for: id, at: at(0.2)).isEmpty)
        #expect(tracker.connectionEnded(id, reason: "closed", at: at(0.3)).isEmpty)
        #expect(tracker.expire(at: at(10)).isEmpty)
    }

    @Test("OK keeps the answer's content")
    func okContent() {
        var tracker = RequestTracker()
        let (id, _) = tracker.register(request { $0.listWorkers = Command_ListWorkers() }, timeout: nil, at: at(0))
        var content = Command_ResponseContent()
        var worker = Command_WorkerInfo()
        worker.id = 3
        worker.pid = 4242
        worker.runState = .running
        content.workers.vec = [worker]
        _ = tracker.receive(answer(.ok, "Successfully listed workers", content: content), for: id, at: at(1))
        #expect(tracker[id]?.state == .ok(message: "Successfully listed workers", content: content))
    }

    @Test("a connection lost after sending may have been applied; before sending it was not")
    func connectionLost() {
        var tracker = RequestTracker()
        let (sent, _) = tracker.register(request { $0.addCluster = Command_Cluster() }, timeout: nil, at: at(0))
        let (unsent, _) = tracker.register(request { $0.status = Command_Status() }, timeout: nil, at: at(0))
        _ = tracker.markSent(sent, at: at(0.1))
        _ = tracker.receive(answer(.processing, "Processing worker request..."), for: sent, at: at(0.2))
        _ = tracker.connectionEnded(sent, reason: "the peer closed the connection", at: at(1))
        _ = tracker.connectionEnded(unsent, reason: "no socket at /run/sozu.sock", at: at(1))
        #expect(tracker[sent]?.state == .connectionLost(reason: "the peer closed the connection", mayHaveBeenApplied: true))
        #expect(tracker[unsent]?.state == .connectionLost(reason: "no socket at /run/sozu.sock", mayHaveBeenApplied: false))
        #expect(tracker[sent]?.state.label == "LOST")
    }

    @Test("timeouts are per request and optional")
    func timeouts() {
        var tracker = RequestTracker()
        let (short, _) = tracker.register(request { $0.status = Command_Status() }, timeout: .seconds(2), at: at(0))
        let (long, _) = tracker.register(request { $0.status = Command_Status() }, timeout: .seconds(30), at: at(1))
        let (none, _) = tracker.register(request { $0.softStop = Command_SoftStop() }, timeout: nil, at: at(0))
        #expect(tracker.nextDeadline == at(2))
        #expect(tracker.expire(at: at(1.9)).isEmpty)
        #expect(tracker.expire(at: at(2)) == [.stateChanged(short, from: .connecting, to: .timedOut(after: .seconds(2)))])
        #expect(tracker.nextDeadline == at(31))
        _ = tracker.expire(at: at(3600))
        #expect(tracker[long]?.state == .timedOut(after: .seconds(30)))
        #expect(tracker[none]?.state == .connecting)
        #expect(tracker[long]?.elapsed(at: at(9999)) == .seconds(3599))
    }

    @Test("an event subscription stays subscribed and reports each event with its origin")
    func subscription() throws {
        var tracker = RequestTracker()
        let (id, _) = tracker.register(request { $0.subscribeEvents = Command_SubscribeEvents() }, timeout: nil, at: at(0))
        _ = tracker.markSent(id, at: at(0))
        var subscribed = Command_ResponseContent()
        subscribed.event.kind = .eventsSubscribed
        let first = tracker.receive(answer(.processing, "main", content: subscribed), for: id, at: at(0.1))
        #expect(first == [.stateChanged(id, from: .sent, to: .subscribed), .event(id, origin: "main", event: subscribed.event)])
        var backendDown = Command_ResponseContent()
        backendDown.event.kind = .backendDown
        backendDown.event.backendID = "api-1"
        #expect(tracker.receive(answer(.processing, "1", content: backendDown), for: id, at: at(5)) == [.event(id, origin: "1", event: backendDown.event)])
        #expect(tracker[id]?.eventCount == 2)
        #expect(tracker[id]?.progress.isEmpty == true)
        #expect(tracker.cancel(id, at: at(9)) == [.stateChanged(id, from: .subscribed, to: .unsubscribed)])
    }

    @Test("an answer with no status reads as FAILURE, as Sōzu reads it; an unknown status is quoted")
    func strangeStatuses() throws {
        var tracker = RequestTracker()
        let (absent, _) = tracker.register(request { $0.status = Command_Status() }, timeout: nil, at: at(0))
        let (unknown, _) = tracker.register(request { $0.status = Command_Status() }, timeout: nil, at: at(0))
        var noStatus = Command_Response()
        noStatus.message = "odd"
        _ = tracker.receive(noStatus, for: absent, at: at(1))
        #expect(tracker[absent]?.state == .failure(message: "odd"))
        let fromNewerSozu = try Command_Response(serializedBytes: [0x08, 0x05, 0x12, 0x03] + Array("new".utf8), partial: true)
        _ = tracker.receive(fromNewerSozu, for: unknown, at: at(1))
        #expect(tracker[unknown]?.state == .failure(message: "unknown response status 5: new"))
    }

    @Test("a request's own timer times it out, whatever the wall clock says")
    func timeOutByTimer() {
        var tracker = RequestTracker()
        let (id, _) = tracker.register(request { $0.status = Command_Status() }, timeout: .seconds(2), at: at(100))
        // The wall clock went backwards by an hour while the timer ran.
        #expect(tracker.timeOut(id, at: at(-3500)) == [.stateChanged(id, from: .connecting, to: .timedOut(after: .seconds(2)))])
        #expect(tracker.timeOut(id, at: at(-3400)).isEmpty)
        let (untimed, _) = tracker.register(request { $0.softStop = Command_SoftStop() }, timeout: nil, at: at(0))
        #expect(tracker.timeOut(untimed, at: at(10)).isEmpty)
        #expect(tracker.finishedCount == 1)
    }

    @Test("trimming keeps every request in flight and the newest finished ones")
    func trimming() {
        var tracker = RequestTracker()
        var ids: [RequestID] = []
        for index in 0..<10 {
            let (id, _) = tracker.register(request { $0.status = Command_Status() }, timeout: nil, at: at(Double(index)))
            ids.append(id)
            if index != 2 {
                _ = tracker.receive(answer(.ok, "ok"), for: id, at: at(Double(index)))
            }
        }
        #expect(tracker.finishedCount == 9)
        tracker.trimFinished(keeping: 3)
        #expect(tracker.order == [ids[2], ids[7], ids[8], ids[9]])
        #expect(tracker.finishedCount == 3)
    }
}
