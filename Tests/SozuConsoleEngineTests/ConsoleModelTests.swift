import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import Testing

@Suite struct ConsoleModelTests {
    /// A model fed `count` status requests that all finished OK with content.
    func model(finished count: Int, inFlight: Int = 0) -> ConsoleModel {
        var model = ConsoleModel(target: "/s")
        var tracker = RequestTracker()
        let start = Date(timeIntervalSince1970: 0)
        var request = Command_Request()
        request.status = Command_Status()
        for index in 0..<(count + inFlight) {
            let (id, _) = tracker.register(request, timeout: nil, at: start)
            _ = tracker.markSent(id, at: start)
            guard let sent = tracker[id] else { continue }
            model.insert(ConsoleRequest(verb: "status", text: "status", tracked: sent))
            guard index < count else { continue }
            var response = Command_Response()
            response.status = .processing
            response.message = "Worker 0 is processing Status-0-\(index)-0. "
            _ = tracker.receive(response, for: id, at: start)
            response.status = .ok
            response.message = "Successfully collected the status of workers"
            response.content.workers.vec = [Command_WorkerInfo()]
            _ = tracker.receive(response, for: id, at: start)
            if let tracked = tracker[id] { model.update(id, tracked: tracked) }
        }
        return model
    }

    @Test func displayRowsPutInFlightFirstThenNewest() {
        var model = model(finished: 3)
        let rows = model.displayRows(limit: 10).map(\.id.value)
        #expect(rows == [3, 2, 1])
        model = self.model(finished: 3, inFlight: 2)
        #expect(model.displayRows(limit: 10).map(\.id.value) == [4, 5, 3, 2, 1])
        #expect(model.displayRows(limit: 3).map(\.id.value) == [4, 5, 3])
        #expect(model.inFlightCount == 2)
        #expect(model.finishedCount == 3)
    }

    @Test func oldFinishedRequestsAreSummarizedAndTheNewestKeptWhole() {
        let model = model(finished: 2_048)
        let whole = model.requests.values.filter { !$0.isSummarized }
        #expect(whole.count >= ConsoleModel.wholeFinishedRequests)
        #expect(whole.count < ConsoleModel.wholeFinishedRequests + 256)
        let oldest = model.requests[RequestID(1)]
        #expect(oldest?.isSummarized == true)
        #expect(oldest?.state == .ok(message: "Successfully collected the status of workers", content: nil))
        #expect(oldest?.progressSummary == "1/1 acknowledged")
        #expect(oldest?.tracked.progressCount == 1)
        #expect(oldest?.tracked.progress.isEmpty == true)
        let newest = model.requests[RequestID(2_048)]
        #expect(newest?.isSummarized == false)
        guard case .ok(_, let content)? = newest?.state else { Issue.record("no content"); return }
        #expect(content?.workers.vec.count == 1)
    }
}
