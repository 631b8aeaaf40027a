import Foundation
import SozuClient
import SozuConsoleEngine
import SozuConsoleView
import SozuProto
import SozuTestSupport
import Testing

/// A model with every kind of request, a soft stop half drained, events and a long UTF-8
/// cluster id, at fixed times.
enum ScreenFixture {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let longCluster = String(repeating: "集群-パリ-Ωmega-", count: 4)

    static func response(_ status: Command_ResponseStatus, _ message: String, _ build: (inout Command_ResponseContent) -> Void = { _ in }) -> Command_Response {
        var response = Command_Response()
        response.status = status
        response.message = message
        var content = Command_ResponseContent()
        build(&content)
        if content.contentType != nil { response.content = content }
        return response
    }

    static func request(_ type: Command_Request.OneOf_RequestType) -> Command_Request {
        var request = Command_Request()
        request.requestType = type
        return request
    }

    static func model(readOnly: Bool = false, drain: Bool = true) -> ConsoleModel {
        var model = ConsoleModel(target: "/run/sozu/sozu.sock", readOnly: readOnly)
        model.connection = .connected(since: now.addingTimeInterval(-600))
        model.workers = (0..<4).map { id in
            var info = Command_WorkerInfo()
            info.id = UInt32(id)
            info.pid = Int32(4100 + id)
            info.runState = id == 0 ? .stopped : .running
            return info
        }
        var tracker = RequestTracker()
        var rows: [(String, String, RequestID)] = []
        func add(_ verb: String, _ text: String, _ type: Command_Request.OneOf_RequestType, at offset: Double, timeout: Duration? = .seconds(15)) -> RequestID {
            let (id, _) = tracker.register(request(type), timeout: timeout, at: now.addingTimeInterval(offset))
            _ = tracker.markSent(id, at: now.addingTimeInterval(offset + 0.001))
            rows.append((verb, text, id))
            return id
        }
        let status = add("status", "status", .status(Command_Status()), at: -30)
        _ = tracker.receive(response(.processing, "Querying status of workers..."), for: status, at: now.addingTimeInterval(-29.99))
        _ = tracker.receive(response(.ok, "Successfully collected the status of workers") { $0.workers.vec = model.workers }, for: status, at: now.addingTimeInterval(-29.98))
        let failed = add("cluster remove", "cluster remove -i legacy", .removeCluster("legacy"), at: -20)
        _ = tracker.receive(response(.failure, "could not dispatch request on the main process state: cluster legacy not found"), for: failed, at: now.addingTimeInterval(-19.99))
        let timedOut = add("metrics get", "metrics get -w", .queryMetrics(Command_QueryMetricsOptions()), at: -16, timeout: .seconds(15))
        _ = tracker.timeOut(timedOut, at: now.addingTimeInterval(-1))
        let lost = add("backend add", "backend add -i api --backend-id api-9 -a 10.0.0.9:80", .addBackend(Command_AddBackend()), at: -12)
        _ = tracker.connectionEnded(lost, reason: "the peer closed the connection", at: now.addingTimeInterval(-11.5))
        let long = add("cluster list", "cluster list -i \(longCluster)", .queryClusterByID(longCluster), at: -8)
        _ = tracker.receive(response(.ok, "Successfully queried clusters") { content in
            var information = Command_ClusterInformation()
            information.configuration.clusterID = longCluster
            information.configuration.loadBalancing = .roundRobin
            var clusters = Command_ResponseContent()
            clusters.clusters.vec = [information]
            content.workerResponses.map = ["main": clusters]
        }, for: long, at: now.addingTimeInterval(-7.9))
        let stop = add("shutdown", "shutdown", .softStop(Command_SoftStop()), at: -6.5, timeout: nil)
        _ = tracker.receive(response(.processing, "Performing soft stop..."), for: stop, at: now.addingTimeInterval(-6.49))
        for worker in 0..<4 {
            _ = tracker.receive(response(.processing, "Worker \(worker) is processing SoftStop-\(worker)-5-0. "), for: stop, at: now.addingTimeInterval(-6.48))
        }
        for (verb, text, id) in rows {
            guard let tracked = tracker[id] else { continue }
            model.insert(ConsoleRequest(verb: verb, text: text, tracked: tracked, expectedWorkers: 4))
        }
        if drain {
            var watch = DrainWatch(kind: .softStop, requestID: stop, workerIDs: [0, 1, 2, 3], at: now.addingTimeInterval(-6.5))
            for worker in 0..<4 { watch.noteProgress("Worker \(worker) is processing SoftStop-\(worker)-5-0. ", at: now.addingTimeInterval(-6.48)) }
            watch.observe(connections: [0: 2, 1: 4, 2: 6, 3: 8], at: now.addingTimeInterval(-6))
            watch.observe(connections: [1: 2, 2: 4, 3: 7], at: now.addingTimeInterval(-1))
            watch.observe(workers: model.workers, at: now.addingTimeInterval(-3))
            model.drain = watch
        }
        for (offset, kind, cluster, backend) in [
            (-50.0, Command_EventKind.eventsSubscribed, nil, nil), (-40, .backendDown, "api", "api-1"), (-35, .backendUp, "api", "api-1"),
            (-6.5, .sozuStopRequested, nil, nil), (-5, .noAvailableBackends, longCluster, nil),
        ] as [(Double, Command_EventKind, String?, String?)] {
            var event = Command_Event()
            event.kind = kind
            if let cluster { event.clusterID = cluster }
            if let backend {
                event.backendID = backend
                var address = Command_SocketAddress()
                address.ip.v4 = 0x0a00_0001
                address.port = 8080
                event.address = address
            }
            model.events.append(FeedEvent(receivedAt: now.addingTimeInterval(offset), origin: kind == .backendDown ? "2" : "main", event: event))
        }
        model.notice("soft stop #6 sent; watching 4 workers", at: now.addingTimeInterval(-6.5))
        return model
    }
}

@Suite struct ScreenComposerTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func check(_ frame: ScreenFrame, rows: Int, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let mismatch = try SnapshotFile.mismatch(frame.text(rows: rows) + "\n", file: Self.snapshots.appendingPathComponent("\(name).txt")) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func mixedStatusesAndDrain(columns: Int, rows: Int) throws {
        var view = ViewState()
        view.promptText = "cluster list -i bil"
        view.promptCursor = 19
        let frame = ScreenComposer.compose(model: ScreenFixture.model(), view: view, columns: columns, rows: rows, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        try check(frame, rows: rows, name: "drain.\(columns)x\(rows)")
        let text = frame.text(rows: rows)
        for word in ["OK", "FAILURE", "PROCESSING", "TIMED OUT", "LOST", "SOFT STOP", "DRAINING", "STOPPED"] {
            #expect(text.contains(word), "\(word) missing at \(columns)x\(rows)")
        }
        #expect(frame.cursorRow == rows - 1)
        #expect(frame.cursorColumn == "sozu> cluster list -i bil".count)
        assertFits(frame, columns: columns, rows: rows)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func selectedRequestWithEventsAndLongUTF8ID(columns: Int, rows: Int) throws {
        var view = ViewState()
        view.selectedRequest = RequestID(5)
        view.focus = .requests
        let frame = ScreenComposer.compose(model: ScreenFixture.model(drain: false), view: view, columns: columns, rows: rows, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        try check(frame, rows: rows, name: "selected.\(columns)x\(rows)")
        #expect(frame.text(rows: rows).contains("集群-パリ"))
        assertFits(frame, columns: columns, rows: rows)
    }

    @Test func narrowTerminalAndReadOnly() throws {
        var view = ViewState()
        view.question = "shutdown: destructive — send it? [y/N]"
        view.eventsVisible = false
        let frame = ScreenComposer.compose(model: ScreenFixture.model(readOnly: true), view: view, columns: 40, rows: 12, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        try check(frame, rows: 12, name: "narrow.40x12")
        let text = frame.text(rows: 12)
        #expect(text.contains("sozu(ro)>"))
        #expect(text.contains("shutdown: destructive"))
        assertFits(frame, columns: 40, rows: 12)
    }

    @Test func errorsWrapInsteadOfLosingTheirEnd() {
        var view = ViewState()
        let error = "        ^^^ unknown command 'clustr'; expected shutdown, upgrade, status, workers, metrics, logging, state, reload; did you mean 'cluster'?"
        view.outputText = ["clustr list", error]
        let frame = ScreenComposer.compose(model: ConsoleModel(target: "/s"), view: view, columns: 60, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let output = frame.panels.first { $0.id == .output }?.lines.map(\.plain) ?? []
        let text = output.joined(separator: " ")
        #expect(text.contains("did you mean 'cluster'?"))
        #expect(output[1].hasPrefix("        ^^^ unknown command"))
        #expect(output.allSatisfy { $0.count <= 60 })
    }

    @Test func helpTextScrollsWithAMarker() {
        var view = ViewState()
        view.outputText = (1...100).map { "line \($0)" }
        view.outputScroll = 10
        let frame = ScreenComposer.compose(model: ConsoleModel(target: "/s"), view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let output = frame.panels.first { $0.id == .output }
        #expect(output?.lines.first?.plain.hasPrefix("line 11") == true)
        #expect(output?.lines.last?.plain.contains("/100") == true)
    }

    @Test func promptScrollsSidewaysToKeepTheCursorVisible() {
        var view = ViewState()
        view.promptText = String(repeating: "x", count: 200) + "END"
        view.promptCursor = 203
        let frame = ScreenComposer.compose(model: ConsoleModel(target: "/s"), view: view, columns: 40, rows: 10, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let prompt = frame.panels.first { $0.id == .prompt }?.lines.first?.plain ?? ""
        #expect(prompt.contains("END"))
        #expect(frame.cursorColumn < 40)
    }

    func assertFits(_ frame: ScreenFrame, columns: Int, rows: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for panel in frame.panels {
            #expect(panel.rect.row + panel.lines.count <= rows, "\(panel.id) overflows rows", sourceLocation: sourceLocation)
            for line in panel.lines {
                #expect(line.width == panel.rect.width, "\(panel.id) row is \(line.width) wide, not \(panel.rect.width): \(line.plain)", sourceLocation: sourceLocation)
            }
            #expect(panel.rect.column + panel.rect.width <= columns, sourceLocation: sourceLocation)
        }
        // Panels do not overlap.
        for (index, a) in frame.panels.enumerated() {
            for b in frame.panels.dropFirst(index + 1) {
                let rowsOverlap = a.rect.row < b.rect.row + b.rect.height && b.rect.row < a.rect.row + a.rect.height
                let columnsOverlap = a.rect.column < b.rect.column + b.rect.width && b.rect.column < a.rect.column + a.rect.width
                #expect(!(rowsOverlap && columnsOverlap), "\(a.id) overlaps \(b.id)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// What the drain view and the progress column say, and for how long.
@Suite struct DrainWordsTests {
    let now = ScreenFixture.now

    func worker(_ id: UInt32, _ state: Command_RunState) -> Command_WorkerInfo {
        var info = Command_WorkerInfo()
        info.id = id
        info.runState = state
        return info
    }

    @Test func anUpgradeOfOneWorkerCountsThatWorkerAlone() {
        var tracker = RequestTracker()
        var request = Command_Request()
        request.upgradeWorker = 2
        let (id, _) = tracker.register(request, timeout: nil, at: now)
        _ = tracker.markSent(id, at: now)
        // The new worker relays its listeners' activation; the old one its soft stop.
        _ = tracker.receive(ScreenFixture.response(.processing, "Worker 4 is processing ActivateListener-4-7-0. "), for: id, at: now)
        _ = tracker.receive(ScreenFixture.response(.processing, "Worker 2 is processing SoftStop-2-7-1. "), for: id, at: now)
        guard let tracked = tracker[id] else { Issue.record("no request"); return }
        let row = ConsoleRequest(verb: "upgrade --worker", text: "upgrade --worker 2", tracked: tracked, expectedWorkers: 4, concernedWorkers: [2])
        #expect(row.progressSummary == "1/1 acknowledged")
    }

    @Test func aFinishedUpgradeSaysItsAnswersFirstLineThenLeavesTheScreen() {
        var model = ScreenFixture.model(drain: false)
        var watch = DrainWatch(kind: .upgradeWorker(1), requestID: RequestID(9), workerIDs: [1], at: now.addingTimeInterval(-8))
        watch.observe(workers: [worker(1, .stopped)], at: now.addingTimeInterval(-3))
        watch.finish(ok: true, message: "Upgrade successful:\n- finished soft stop of worker 1\n- finished activation of new worker 4", at: now.addingTimeInterval(-2))
        model.drain = watch
        let shown = ScreenComposer.compose(model: model, view: ViewState(), columns: 120, rows: 40, now: now, timeZone: ScreenFixture.utc).text(rows: 40)
        #expect(shown.contains("UPGRADE OF WORKER 1 #9"))
        #expect(shown.contains("OK Upgrade successful: …"))
        #expect(!shown.contains("- finished soft stop"))
        let later = ScreenComposer.compose(model: model, view: ViewState(), columns: 120, rows: 40, now: now.addingTimeInterval(10), timeZone: ScreenFixture.utc).text(rows: 40)
        #expect(!later.contains("UPGRADE OF WORKER 1"))
    }

    @Test func aDrainingWorkerIsNotAlsoCalledRunning() {
        var model = ScreenFixture.model(drain: false)
        var watch = DrainWatch(kind: .softStop, requestID: RequestID(9), workerIDs: [1, 2], at: now.addingTimeInterval(-2))
        watch.noteProgress("Worker 1 is processing SoftStop-1-3-0. ", at: now.addingTimeInterval(-1.9))
        watch.noteProgress("Worker 2 is processing SoftStop-2-3-0. ", at: now.addingTimeInterval(-1.9))
        watch.observe(workers: [worker(1, .running), worker(2, .notAnswering)], at: now.addingTimeInterval(-1))
        model.drain = watch
        let shown = ScreenComposer.compose(model: model, view: ViewState(), columns: 120, rows: 40, now: now, timeZone: ScreenFixture.utc).text(rows: 40)
        let rows = shown.split(separator: "\n").filter { $0.hasPrefix("  worker ") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("RUNNING") == false, "\(rows)")
        #expect(rows.last?.contains("NOT_ANSWERING") == true, "\(rows)")
    }
}

@Suite struct OutputPaneTests {
    @Test func scrolledToTheEndTheLastLineShows() {
        var view = ViewState()
        view.outputText = (1...28).map { "line \($0)" }
        view.outputScroll = 1_000
        view.eventsVisible = false
        let model = ConsoleModel(target: "/s")
        let screen = ScreenComposer.compose(model: model, view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc).text(rows: 24)
        #expect(screen.contains("line 28"), "\(screen)")
        #expect(screen.contains("▲ 28/28"))
        view.outputScroll = 0
        let top = ScreenComposer.compose(model: model, view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc).text(rows: 24)
        #expect(top.contains("line 1\n") && top.contains("▼ "))
    }

    @Test func at80x24TheOutputKeepsItsRowsAndTheEventsGiveWay() {
        var model = ScreenFixture.model()
        model.notices = []
        var view = ViewState()
        view.selectedRequest = RequestID(6)
        let frame = ScreenComposer.compose(model: model, view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let output = frame.panels.first { $0.id == .output }
        #expect((output?.rect.height ?? 0) >= 8, "\(frame.panels.map { ($0.id, $0.rect) })")
    }
}

extension ScreenComposerTests {
    @Test("ids past 99,999 are shown whole: the id column widens to the longest one shown", arguments: [(80, 24), (120, 40)])
    func idsPastFiveDigits(columns: Int, rows: Int) {
        var model = ConsoleModel(target: "/run/sozu/sozu.sock")
        model.connection = .connected(since: ScreenFixture.now.addingTimeInterval(-600))
        var tracker = RequestTracker()
        for (offset, number) in [99_999, 100_000, 1_234_567].enumerated() {
            var request = Command_Request()
            request.status = Command_Status()
            let at = ScreenFixture.now.addingTimeInterval(Double(offset) - 10)
            let (id, _) = tracker.register(request, timeout: nil, at: at, id: RequestID(number))
            _ = tracker.markSent(id, at: at)
            if let tracked = tracker[id] { model.insert(ConsoleRequest(verb: "status", text: "status", tracked: tracked, expectedWorkers: 2)) }
        }
        let frame = ScreenComposer.compose(model: model, view: ViewState(), columns: columns, rows: rows, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let text = frame.text(rows: rows)
        for shown in ["#99999 ", "#100000 ", "#1234567 "] {
            #expect(text.contains(shown), "\(shown) is not whole on the screen:\n\(text)")
        }
        #expect(!text.contains("…  status"))
        assertFits(frame, columns: columns, rows: rows)
    }
}
