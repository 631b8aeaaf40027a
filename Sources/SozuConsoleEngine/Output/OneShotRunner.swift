import Foundation
import SozuClient
import SozuProto
import SozuCodec

/// How a one-shot run ends, as its exit status.
public enum OneShotExitStatus: Int32, Sendable {
    case ok = 0
    case failure = 1
    case badCommand = 2
    case unreachable = 3
    case timedOut = 4

    init(_ state: RequestState) {
        switch state {
        case .ok where state.isOKWithWorkerErrors: self = .failure
        case .ok, .unsubscribed, .connecting, .sent, .processing, .subscribed: self = .ok
        case .failure: self = .failure
        case .timedOut: self = .timedOut
        case .connectionLost: self = .unreachable
        }
    }
}

/// Runs commands without a screen (`-e 'status'`, or lines on stdin): results on standard
/// output (text tables or one JSON object per response), PROCESSING answers with their elapsed
/// time and drain progress on standard error. Each command runs to its end before the next;
/// the first command that does not succeed sets the exit status and stops the run.
public final class OneShotRunner: Sendable {
    public struct Options: Sendable {
        public var json = false
        /// A width that cuts nothing: for output to a file or a pipe.
        public static let unlimitedWidth = 100_000
        /// JSON output writes private keys as they are (otherwise `<redacted: N bytes>`).
        public var showKeys = false
        public var width = 100
        /// After a soft stop's final answer, how long to wait for the main process to exit.
        public var mainExitWait: Duration = .seconds(15)
        /// The longest a stop or an upgrade may drain before the run gives up on it (exit 4;
        /// the proxy goes on). Nil: as long as it takes.
        public var drainTimeout: Duration?
        public init() {}
    }

    let session: ConsoleSession
    let options: Options
    let output: @Sendable (String) -> Void
    let diagnostics: @Sendable (String) -> Void
    let confirm: (@Sendable (PlannedRequest) async -> Bool)?
    let changes: AsyncStream<Void>

    public init(
        session: ConsoleSession, options: Options,
        output: @escaping @Sendable (String) -> Void, diagnostics: @escaping @Sendable (String) -> Void,
        confirm: (@Sendable (PlannedRequest) async -> Bool)?
    ) {
        self.session = session
        self.options = options
        // What reaches a terminal or a text file passes through `printable`: a proxy's text
        // must not move the cursor, set the title or write the clipboard. JSON is already
        // escaped, and stays exact.
        if options.json {
            self.output = output
        } else {
            self.output = { text in output(DisplayWidth.printableLines(text)) }
        }
        self.diagnostics = { text in diagnostics(DisplayWidth.printableLines(text)) }
        self.confirm = confirm
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        changes = stream
        session.store.observe { continuation.yield() }
        // Waits also wake twice a second, so that deadlines pass even when nothing changes.
        ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(500))
                continuation.yield()
            }
        }
    }

    private let ticker: Task<Void, Never>

    deinit {
        ticker.cancel()
    }

    /// Runs every line in order and returns the exit status.
    public func run<Lines: AsyncSequence>(_ lines: Lines) async -> OneShotExitStatus where Lines.Element == String {
        var reachable = false
        do {
            for try await line in lines {
                // Blank lines and comments (after spaces and tabs) are passed over.
                let text = line.unicodeScalars.drop { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
                if text.isEmpty || text.first == "#" { continue }
                let statements: [AddressedCommand]
                do {
                    statements = try session.parser.parseAddressed(line)
                } catch {
                    diagnostics(error.pointing(into: line))
                    if options.json { output(ResponseJSON.notSent(line, status: "ERROR", message: error.description)) }
                    return .badCommand
                }
                for statement in statements {
                    // One proxy: it must answer before anything is sent. Several: each request
                    // says for itself whether its target answered.
                    if !reachable, statement.selector == nil, !session.store.snapshot().isFleet, Self.needsProxy(statement.command) {
                        let probe = await session.probe()
                        switch probe {
                        case .answered:
                            break
                        case .refused, .lost:
                            diagnostics("cannot reach Sōzu at \(session.configuration.socketPath): \(probe)")
                            return .unreachable
                        case .timedOut:
                            diagnostics("Sōzu at \(session.configuration.socketPath) \(probe)")
                            return .timedOut
                        }
                        reachable = true
                    }
                    if !reachable, session.store.snapshot().isFleet, Self.needsProxy(statement.command) {
                        // Several proxies: each is given the timeout to answer (an SSH forward
                        // comes up first); one that does not is said, and its requests are lost.
                        let limit = session.store.snapshot().defaultTimeout ?? .seconds(15)
                        for (name, probe) in await session.waitUntilReachable(within: limit) {
                            if case .answered = probe { continue }
                            let error = session.store.snapshot()[target: name]?.lastError.map { " (\($0))" } ?? ""
                            diagnostics("cannot reach \(name): \(probe)\(error)")
                        }
                        reachable = true
                    }
                    let status = await run(statement)
                    if status == nil { return .ok }  // quit
                    if let status, status != .ok { return status }
                }
            }
        } catch {
            diagnostics("cannot read commands: \(error)")
            if options.json { output(ResponseJSON.notSent("", status: "ERROR", message: "cannot read commands: \(error)")) }
            return .badCommand
        }
        return .ok
    }

    /// The command as typed, where it has one (for JSON objects about it).
    static func text(of command: ConsoleCommand) -> String {
        switch command {
        case .request(let planned), .every(_, let planned, _): planned.text
        case .rolling(let operation, _): "\(operation.verb) --rolling"
        case .fleetDiff: "fleet diff"
        case .liveView: "top"
        case .metricsRate(let planned, _): planned.text
        case .help, .wait, .showJSON, .stop, .stopAll, .events, .checkConfiguration, .setDefaultTimeout, .quit,
             .useTarget, .listTargets, .addTarget, .removeTarget:
            ""
        }
    }

    static func needsProxy(_ command: ConsoleCommand) -> Bool {
        switch command {
        case .request, .every, .events, .rolling, .fleetDiff, .metricsRate: true
        case .help, .wait, .showJSON, .stop, .stopAll, .checkConfiguration, .setDefaultTimeout, .quit, .useTarget, .listTargets, .addTarget, .removeTarget,
             .liveView: false
        }
    }

    /// Runs one statement; nil means quit.
    private func run(_ statement: AddressedCommand) async -> OneShotExitStatus? {
        let command = statement.command
        switch command {
        case .quit:
            return nil
        case .events(let filter, let limit):
            return await streamEvents(filter, limit: limit)
        case .liveView:
            let reason = "top is the screen's live view; without a terminal, metrics get --rate gives rates"
            diagnostics(reason)
            if options.json { output(ResponseJSON.notSent(Self.text(of: command), status: "REFUSED", message: reason)) }
            return .failure
        case .every, .request, .help, .wait, .showJSON, .stop, .stopAll, .checkConfiguration, .setDefaultTimeout,
             .useTarget, .listTargets, .addTarget, .removeTarget, .fleetDiff, .rolling, .metricsRate:
            break
        }
        let outcome = await session.run(statement, confirmation: Confirmation(confirm))
        switch outcome {
        case .submitted(let id, let planned):
            let status = await follow(id)
            let target = session.store.snapshot().requests[id]?.target
            if case .stop = planned.flow, status == .ok { return await followDrain(of: target) }
            if case .upgradeMain = planned.flow, status == .ok { return await followUpgrade(of: target) }
            if case .setClusterHTTP2 = planned.flow, status == .ok { return await followStep(of: planned, after: id) }
            return status
        case .finished(let request):
            printResult(request)
            return OneShotExitStatus(request.state)
        case .submittedGroup(let id, _):
            return await followGroup(id)
        case .finishedGroup(let group, let members):
            return printGroup(group, members)
        case .rolloutStarted(let rollout):
            return await followRollout(rollout.id)
        case .rolloutFinished(let rollout):
            return printRollout(rollout)
        case .fleetDiff(let report):
            return printFleetDiff(report)
        case .text(let text):
            output(text)
            return .ok
        case .invalid(let error, let line):
            diagnostics(error.pointing(into: line))
            if options.json { output(ResponseJSON.notSent(line, status: "ERROR", message: error.description)) }
            return .badCommand
        case .refused(let reason):
            diagnostics(reason)
            if options.json { output(ResponseJSON.notSent(Self.text(of: command), status: "REFUSED", message: reason)) }
            return .failure
        case .repeating(let job):
            return await followRepeating(job)
        case .stopped, .eventsFiltered, .timeoutChanged:
            return .ok
        case .quit:
            return nil
        case .liveView:
            return .failure
        case .rates(let report):
            output(options.json ? report.json() : report.text())
            return .ok
        }
    }

    /// Prints a request's PROCESSING answers as they come, then its result; while it drains
    /// (a stop, an upgrade), the drain's progress too.
    func follow(_ id: RequestID, printing: Bool = true) async -> OneShotExitStatus {
        var printed = 0
        var drainReport = DrainProgressReport()
        var iterator = changes.makeAsyncIterator()
        while true {
            let model = session.store.snapshot()
            guard let request = model.requests[id] else { return .failure }
            if let drain = model[target: request.target ?? model.defaultTargetName]?.drain, drain.requestID == id, !request.state.isFinal {
                let now = Date()
                for line in drainReport.lines(for: drain, at: now) { diagnostics(line) }
                if let limit = drainTimeoutPassed(drain, at: now) { return limit }
            }
            let tracked = request.tracked
            for entry in tracked.progressEntries(after: printed) {
                switch entry {
                case .answer(let progress):
                    let elapsed = progress.receivedAt.timeIntervalSince(tracked.registeredAt)
                    let on = model.isFleet ? "\(request.target ?? "?") " : ""
                    diagnostics("[\(DecimalText.fixed(elapsed, decimals: 2, width: 6))s] \(on)\(request.id.description) \(request.verb) PROCESSING \(DisplayWidth.printable(progress.message))")
                case .omitted(let count):
                    diagnostics("[ …    ] \(request.id) \(request.verb) \(count) more PROCESSING answers (the journal has every one)")
                }
            }
            printed = tracked.progressCount
            if request.state.isFinal {
                if printing { printResult(request) }
                return OneShotExitStatus(request.state)
            }
            guard await iterator.next() != nil else { return .failure }
        }
    }

    func printResult(_ request: ConsoleRequest) {
        let fleet = session.store.snapshot().isFleet
        if options.json {
            output(ResponseJSON.object(for: request, showingKeys: options.showKeys, target: fleet ? request.target : nil))
            return
        }
        let elapsed = ConsoleRequest.format(request.elapsed(at: Date()))
        // A message's own line breaks continue it on indented lines: a proxy's text cannot
        // start a line that reads like another result.
        let message = request.lastMessage.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DisplayWidth.printable(String($0)) }.joined(separator: "\n    ")
        let on = fleet ? "\(request.target ?? "?") " : ""
        let headline = "\(on)\(request.state.label) \(request.id) \(request.verb) (\(elapsed)): \(message)"
        switch request.state {
        case .ok(_, let content):
            output(headline)
            if request.state.isOKWithWorkerErrors {
                diagnostics("\(request.id) \(request.verb): OK from the main process, but workers refused it (a metric detail lease can only be cleared by the console that took it; it ends with its TTL)")
            }
            if let content {
                for line in ResultRenderer.render(content, width: options.width) { output(line) }
            }
        default:
            diagnostics(headline)
        }
    }

    /// `--drain-timeout` passed for this drain: says so, and the run ends as timed out.
    private func drainTimeoutPassed(_ drain: DrainWatch, at now: Date) -> OneShotExitStatus? {
        guard let limit = options.drainTimeout, now.timeIntervalSince(drain.startedAt) >= limit.timeInterval else { return nil }
        let waiting = drain.workers.filter { $0.phase != .stopped }.map { "worker \($0.id)" }
        let who = waiting.isEmpty ? "the main process's exit" : waiting.joined(separator: ", ")
        diagnostics("the \(drain.kind.title) did not finish within the drain timeout (\(ConsoleRequest.format(limit))), waiting on \(who); it goes on in the proxy")
        return .timedOut
    }

    /// After a stop's final answer: per-worker lines, then the main process's exit.
    private func followDrain(of target: String?) async -> OneShotExitStatus {
        let deadline = Date().addingTimeInterval(options.mainExitWait.timeInterval)
        var iterator = changes.makeAsyncIterator()
        var drainReport = DrainProgressReport()
        while Date() < deadline {
            let model = session.store.snapshot()
            guard let drain = model[target: target ?? model.defaultTargetName]?.drain else { return .ok }
            let now = Date()
            for line in drainReport.lines(for: drain, at: now) { diagnostics(line) }
            if let exited = drain.mainExitedAt {
                diagnostics("main process exited (\(DecimalText.fixed(exited.timeIntervalSince(drain.startedAt), decimals: 1)) s after the stop)")
                return .ok
            }
            if let limit = drainTimeoutPassed(drain, at: now) { return limit }
            _ = await iterator.next()
        }
        diagnostics("the main process still answers \(Int(options.mainExitWait.timeInterval)) s after the stop")
        return .ok
    }

    /// A flow's next request (`cluster h2` sends the cluster back): followed and printed like
    /// the first, so that a script sees the change, not only the query before it.
    private func followStep(of planned: PlannedRequest, after first: RequestID) async -> OneShotExitStatus {
        let deadline = ContinuousClock.now + .seconds(10)
        var iterator = changes.makeAsyncIterator()
        while ContinuousClock.now < deadline {
            let model = session.store.snapshot()
            if let step = model.order.last(where: { $0.value > first.value && model.requests[$0]?.step == planned.verb }) {
                return await follow(step)
            }
            // The flow said why it sent nothing (the cluster is not there).
            if let problem = model.notices.last, problem.level == .error, problem.text.hasPrefix(planned.verb.components(separatedBy: " ").prefix(2).joined(separator: " ")) {
                diagnostics(problem.text)
                return .failure
            }
            _ = await iterator.next()
        }
        diagnostics("\(planned.verb): the change after the query was not sent")
        return .failure
    }

    /// After UpgradeMain's Ok the session reconnects and upgrades each worker: each of those
    /// requests is followed, until every old worker has stopped.
    private func followUpgrade(of target: String?) async -> OneShotExitStatus {
        let started = Date()
        var followed = Set<RequestID>()
        var status = OneShotExitStatus.ok
        var iterator = changes.makeAsyncIterator()
        while Date().timeIntervalSince(started) < 300 {
            let model = session.store.snapshot()
            let name = target ?? model.defaultTargetName
            for step in model.order.compactMap({ model.requests[$0] }) where step.step == "upgrade" && step.target == name && !followed.contains(step.id) {
                followed.insert(step.id)
                let result = await follow(step.id)
                if status == .ok { status = result }
            }
            if let problem = model.notices.last, problem.level == .error, problem.at >= started {
                diagnostics(problem.text)
                return .failure
            }
            if let drain = model[target: name]?.drain, drain.kind == .upgradeMain, drain.isFinished {
                return status
            }
            _ = await iterator.next()
        }
        diagnostics("the upgrade did not finish within 300 s")
        return .timedOut
    }

    private func followRepeating(_ job: RepeatingJob) async -> OneShotExitStatus {
        var current = job.id
        while !Task.isCancelled {
            _ = await follow(current)
            // Wait for the next run.
            var iterator = changes.makeAsyncIterator()
            while true {
                guard let next = session.store.snapshot().repeating[job.id]?.lastRequest else { return .ok }
                if next != current { current = next; break }
                _ = await iterator.next()
            }
        }
        return .ok
    }

    private func streamEvents(_ filter: EventFilter, limit: StreamLimit) async -> OneShotExitStatus {
        _ = await session.run(.events(filter, limit: limit))
        // Counted from before the feed opens: its first event (EVENTS_SUBSCRIBED) may be in
        // the model by the time `subscribe` returns.
        var seen = session.store.snapshot().events.totalReceived
        await session.subscribe()
        var printed = 0
        let started = ContinuousClock.now
        var iterator = changes.makeAsyncIterator()
        while !Task.isCancelled {
            if limit.isReached(done: printed, elapsed: ContinuousClock.now - started) { return .ok }
            let model = session.store.snapshot()
            guard model.eventFeedActive else {
                diagnostics("the event subscription ended: the proxy closed it")
                return .unreachable
            }
            let feed = model.events
            let fresh = feed.events.suffix(max(0, feed.totalReceived - seen))
            seen = feed.totalReceived
            for event in fresh where filter.matches(event) {
                output(options.json ? EventText.json(event) : DisplayWidth.printable(EventText.line(event)))
                printed += 1
                if let count = limit.count, printed >= count { return .ok }
            }
            guard await iterator.next() != nil else { break }
        }
        return .ok
    }
}
