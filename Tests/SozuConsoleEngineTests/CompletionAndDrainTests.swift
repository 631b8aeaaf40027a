import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuTestSupport
import Testing

@Suite struct CompletionTests {
    let completer = Completer()
    var live: LiveValues {
        var live = LiveValues()
        live.clusterIDs = ["api", "app-static", "集群-パリ"]
        live.backendIDs = ["api-0", "api-1", "web-0"]
        live.backends = [
            LiveValues.Backend(clusterID: "api", backendID: "api-0", address: "10.0.0.1:80"),
            LiveValues.Backend(clusterID: "api", backendID: "api-1", address: "10.0.0.2:80"),
            LiveValues.Backend(clusterID: "web", backendID: "web-0", address: "10.0.1.1:80"),
        ]
        live.listenerAddresses = ["0.0.0.0:80", "0.0.0.0:443", "0.0.0.0:5432"]
        live.httpListenerAddresses = ["0.0.0.0:80"]
        live.httpsListenerAddresses = ["0.0.0.0:443"]
        live.tcpListenerAddresses = ["0.0.0.0:5432"]
        live.workerIDs = ["0", "1"]
        live.runningWorkerIDs = ["1"]
        live.requestIDs = ["#3", "#2"]
        return live
    }

    func candidates(_ line: String) -> [String] {
        completer.complete(line, cursor: line.count, live: live).candidates
    }

    @Test func commandsAndSubcommands() {
        #expect(candidates("").contains("cluster"))
        #expect(candidates("cl") == ["cluster"])
        #expect(candidates("cluster ") == ["list", "add", "remove", "h2", "health-check"])
        #expect(candidates("cluster h") == ["h2", "health-check"])
        #expect(candidates("listener https ") == ["add", "remove", "activate", "deactivate", "update"])
        #expect(candidates("help fr") == ["frontend"])
        #expect(candidates("status; cl") == ["cluster"])
        #expect(candidates("every 2 metr") == ["metrics"])
    }

    /// Completion offers what fits where the cursor is: the listeners of the command's kind,
    /// the chosen cluster's backends, the chosen backend's address, workers still running.
    @Test func valuesInContext() {
        #expect(candidates("backend remove -i api --backend-id ") == ["api-0", "api-1"])
        #expect(candidates("backend remove -i web --backend-id ") == ["web-0"])
        #expect(candidates("backend remove -i api --backend-id api-1 -a ") == ["10.0.0.2:80"])
        #expect(candidates("listener http remove -a ") == ["0.0.0.0:80"])
        #expect(candidates("listener https update -a ") == ["0.0.0.0:443"])
        #expect(candidates("listener tcp deactivate -a ") == ["0.0.0.0:5432"])
        #expect(candidates("listener https add -a ").isEmpty)
        #expect(candidates("upgrade --worker ") == ["1"])
        #expect(candidates("frontend http add -a ") == ["0.0.0.0:80"])
        #expect(candidates("frontend tcp add -a ") == ["0.0.0.0:5432"])
    }

    @Test func optionsAndValues() {
        #expect(candidates("cluster add ") == ["--id", "--load-balancing-policy"])
        #expect(candidates("cluster add --load-balancing-policy ") == ["round_robin", "random", "least_loaded", "power_of_two", "hrw", "maglev"])
        #expect(candidates("cluster add --load") == ["--load-balancing-policy"])
        #expect(candidates("cluster list -i ") == ["api", "app-static", "集群-パリ"])
        #expect(candidates("cluster list --id a") == ["api", "app-static"])
        #expect(candidates("certificate add -a ") == ["0.0.0.0:443"])
        #expect(candidates("wait ") == ["#3", "#2"])
        #expect(candidates("wait ") == ["#3", "#2"])
        #expect(candidates("backend add -b ") == ["true", "false"])
        #expect(candidates("frontend http add -a 0.0.0.0:80 --hostname h ") == ["id", "deny"])
        #expect(candidates("frontend http add -a 0.0.0.0:80 --hostname h id ") == ["api", "app-static", "集群-パリ"])
        #expect(candidates("frontend http add -a 0.0.0.0:80 --hostname h deny --re").contains("--redirect"))
        // Options already given are not offered again (repeatable ones are).
        #expect(!candidates("cluster add -i x --").contains("--id"))
        #expect(candidates("cluster add -i x --").contains("--authorized-hash"))
    }

    @Test func replacementRangeAndCommonPrefix() {
        let completion = completer.complete("cluster list -i ap", cursor: 18, live: live)
        #expect(completion.replacing == 16..<18)
        #expect(completion.commonPrefix == "ap")
        let one = completer.complete("cluster list -i app", cursor: 19, live: live)
        #expect(one.candidates == ["app-static"])
        // Completion in the middle of a line considers only what is before the cursor.
        let middle = completer.complete("cluster re -i api", cursor: 10, live: live)
        #expect(middle.candidates == ["remove"])
        #expect(middle.replacing == 8..<10)
    }

    @Test func files() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = FileManager.default.createFile(atPath: directory.file("cert.pem"), contents: Data())
        _ = FileManager.default.createFile(atPath: directory.file("chain.pem"), contents: Data())
        try FileManager.default.createDirectory(atPath: directory.file("keys"), withIntermediateDirectories: false)
        #expect(candidates("certificate add --certificate \(directory.path)/c") == ["\(directory.path)/cert.pem", "\(directory.path)/chain.pem"])
        #expect(candidates("certificate add --key \(directory.path)/k") == ["\(directory.path)/keys/"])
    }
}

@Suite struct DrainWatchTests {
    let start = Date(timeIntervalSince1970: 1_000)

    func info(_ id: UInt32, _ state: Command_RunState) -> Command_WorkerInfo {
        var info = Command_WorkerInfo()
        info.id = id
        info.runState = state
        return info
    }

    @Test func followsRelaysCountsAndStops() {
        var watch = DrainWatch(kind: .softStop, requestID: RequestID(7), workerIDs: [1, 0], at: start)
        #expect(watch.workers.map(\.id) == [0, 1])
        watch.noteProgress("Performing soft stop...", at: start)
        watch.noteProgress("Worker 0 is processing SoftStop-0-5-0. ", at: start.addingTimeInterval(0.01))
        #expect(watch.workers[0].phase == .acknowledged)
        #expect(watch.workers[1].phase == .waiting)
        // A worker the watch had not heard of joins it.
        watch.noteProgress("Worker 2 is processing SoftStop-2-5-0. ", at: start.addingTimeInterval(0.02))
        #expect(watch.workers.map(\.id) == [0, 1, 2])
        watch.observe(connections: [0: 4, 1: 2, 2: 1], at: start.addingTimeInterval(1))
        watch.observe(connections: [0: 2, 1: 2, 2: 1], at: start.addingTimeInterval(3))
        let now = start.addingTimeInterval(3)
        #expect(watch.workers[0].drainRate == 1)
        #expect(watch.workers[0].estimatedSecondsLeft(at: now) == 2)
        #expect(watch.workers[1].estimatedSecondsLeft(at: now) == nil)  // nothing closed yet
        watch.observe(workers: [info(0, .running), info(1, .stopped)], at: start.addingTimeInterval(4))
        #expect(watch.workers[1].phase == .stopped)
        #expect(watch.workers[2].phase == .stopped)  // gone from the list
        #expect(watch.workers[2].runState == "GONE")
        #expect(watch.stoppedCount == 2)
        #expect(!watch.isFinished)
        watch.finish(ok: true, message: "Successfully closed 3 workers, 0 errors, stopping the main process...", at: start.addingTimeInterval(5))
        #expect(watch.workers.allSatisfy { $0.phase == .stopped })
        #expect(!watch.isFinished)  // until the main process is gone
        watch.noteMainExited(at: start.addingTimeInterval(5.2))
        #expect(watch.isFinished)
    }

    @Test func upgradeWorkerIgnoresTheNewWorkersRelays() {
        var watch = DrainWatch(kind: .upgradeWorker(0), requestID: RequestID(1), workerIDs: [0], at: start)
        watch.noteProgress("Worker 4 answered OK to ActivateListener-4-9-0. ", at: start)
        #expect(watch.workers.map(\.id) == [0])
        watch.noteProgress("Worker 0 is processing SoftStop-0-8-0. ", at: start)
        #expect(watch.workers[0].phase == .acknowledged)
        watch.finish(ok: false, message: "no", at: start)
        #expect(watch.isFinished)
    }

    @Test func upgradeMainFinishesWhenTheOldWorkersStopped() {
        var watch = DrainWatch(kind: .upgradeMain, requestID: RequestID(1), workerIDs: [], at: start)
        watch.finish(ok: true, message: "Upgrade successful, closing main process. New main process has pid 4242", at: start)
        #expect(!watch.isFinished)  // the old workers are not known yet
        watch.noteReconnected(at: start.addingTimeInterval(0.5))
        watch.watch(workerIDs: [0, 1])
        watch.noteProgress("Worker 0 is processing SoftStop-0-3-0. ", at: start.addingTimeInterval(1))
        watch.observe(workers: [info(0, .stopped), info(1, .stopping), info(2, .running), info(3, .running)], at: start.addingTimeInterval(2))
        #expect(watch.workers.map(\.phase) == [.stopped, .acknowledged])
        #expect(!watch.isFinished)
        watch.observe(workers: [info(0, .stopped), info(1, .stopped), info(2, .running), info(3, .running)], at: start.addingTimeInterval(3))
        #expect(watch.isFinished)
    }

    @Test func relayParsing() {
        #expect(DrainWatch.workerID(inRelay: "Worker 12 is processing SoftStop-12-3-0. ") == 12)
        #expect(DrainWatch.workerID(inRelay: "Worker 3 answered OK to X. ") == 3)
        #expect(DrainWatch.workerID(inRelay: "Worker x is processing") == nil)
        #expect(DrainWatch.workerID(inRelay: "Performing soft stop...") == nil)
    }
}

@Suite struct EventFilterTests {
    /// Sōzu sends BACKEND_DOWN/UP without a cluster id on its HTTP/1 and TCP paths.
    @Test func aClusterFilterKeepsItsBackendsEventsThatCarryNoClusterID() {
        var down = Command_Event()
        down.kind = .backendDown
        down.backendID = "api-1"
        var other = Command_Event()
        other.kind = .backendDown
        other.backendID = "web-1"
        var tagged = Command_Event()
        tagged.kind = .noAvailableBackends
        tagged.clusterID = "api"
        let clusters = ["api-1": ["api"], "web-1": ["web"]]
        let filter = EventFilter(clusterID: "api")
        let at = Date(timeIntervalSince1970: 0)
        #expect(filter.matches(FeedEvent(receivedAt: at, origin: "1", event: down, backendClusters: clusters)))
        #expect(!filter.matches(FeedEvent(receivedAt: at, origin: "1", event: other, backendClusters: clusters)))
        #expect(filter.matches(FeedEvent(receivedAt: at, origin: "main", event: tagged, backendClusters: clusters)))
        // A backend the console does not know yet cannot be placed.
        #expect(!filter.matches(FeedEvent(receivedAt: at, origin: "1", event: down)))
        var feed = EventFeed(capacity: 10)
        feed.filter = filter
        feed.append(FeedEvent(receivedAt: at, origin: "1", event: down, backendClusters: clusters))
        feed.append(FeedEvent(receivedAt: at, origin: "1", event: other, backendClusters: clusters))
        #expect(feed.visible.map(\.event.backendID) == ["api-1"])
    }

    /// A pane asks for its last rows only; they must be the last of what `visible` lists, for
    /// every filter, every count, and a feed holding more than its capacity before it trims.
    @Test func theNewestEventsAreTheEndOfTheVisibleOnes() {
        let at = Date(timeIntervalSince1970: 0)
        let kinds: [Command_EventKind] = [.backendDown, .backendUp, .noAvailableBackends]
        let filters = [EventFilter.all, EventFilter(clusterID: "api"), EventFilter(kinds: [Command_EventKind.backendUp.rawValue]),
                       EventFilter(backendID: "nowhere")]
        for filter in filters {
            var feed = EventFeed(capacity: 20)
            feed.filter = filter
            for number in 0..<60 {
                var event = Command_Event()
                event.kind = kinds[number % kinds.count]
                event.backendID = "b-\(number)"
                if number % 2 == 0 { event.clusterID = "api" }
                feed.append(FeedEvent(receivedAt: at.addingTimeInterval(Double(number)), origin: "0", event: event))
                for count in [0, 1, 5, 19, 20, 25] {
                    #expect(feed.newest(count) == Array(feed.visible.suffix(count)), "after \(number + 1) events, \(count) newest, \(filter)")
                }
            }
        }
    }
}
