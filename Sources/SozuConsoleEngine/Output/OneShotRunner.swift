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
        public var width = 100
        /// After a soft stop's final answer, how long to wait for the main process to exit.
        public var mainExitWait: Duration = .seconds(15)
        public init() {}
    }

    let session: ConsoleSession
    let options: Options
    let output: @Sendable (String) -> Void
    let diagnostics: @Sendable (String) -> Void
    let confirm: (@Sendable (PlannedRequest) async -> Bool)?
    private let changes: AsyncStream<Void>

    public init(
        session: ConsoleSession, options: Options,
        output: @escaping @Sendable (String) -> Void, diagnostics: @escaping @Sendable (String) -> Void,
        confirm: (@Sendable (PlannedRequest) async -> Bool)?
    ) {
        self.session = session
        self.options = options
        self.output = output
        self.diagnostics = diagnostics
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
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let commands: [ConsoleCommand]
                do {
                    commands = try session.parser.parse(line)
                } catch {
                    diagnostics(error.pointing(into: line))
                    return .badCommand
                }
                for command in commands {
                    if !reachable, Self.needsProxy(command) {
                        if let reason = await session.probe() {
                            diagnostics("cannot reach Sōzu at \(session.configuration.socketPath): \(reason)")
                            return .unreachable
                        }
                        reachable = true
                    }
                    let status = await run(command)
                    if status == nil { return .ok }  // quit
                    if let status, status != .ok { return status }
                }
            }
        } catch {
            diagnostics("cannot read commands: \(error)")
            return .badCommand
        }
        return .ok
    }

    static func needsProxy(_ command: ConsoleCommand) -> Bool {
        switch command {
        case .request, .every, .events: true
        case .help, .wait, .stop, .checkConfiguration, .setDefaultTimeout, .quit: false
        }
    }

    /// Runs one command; nil means quit.
    private func run(_ command: ConsoleCommand) async -> OneShotExitStatus? {
        switch command {
        case .quit:
            return nil
        case .events(let filter):
            return await streamEvents(filter)
        case .every, .request, .help, .wait, .stop, .checkConfiguration, .setDefaultTimeout:
            break
        }
        let outcome = await session.run(command, confirm: confirm)
        switch outcome {
        case .submitted(let id, let planned):
            let status = await follow(id)
            if case .stop = planned.flow, status == .ok { await followDrain() }
            if case .upgradeMain = planned.flow, status == .ok { return await followUpgrade() }
            return status
        case .finished(let request):
            printResult(request)
            return OneShotExitStatus(request.state)
        case .text(let text):
            output(text)
            return .ok
        case .invalid(let error, let line):
            diagnostics(error.pointing(into: line))
            return .badCommand
        case .refused(let reason):
            diagnostics(reason)
            return .failure
        case .repeating(let job):
            return await followRepeating(job)
        case .stopped, .eventsFiltered, .timeoutChanged:
            return .ok
        case .quit:
            return nil
        }
    }

    /// Prints a request's PROCESSING answers as they come, then its result.
    func follow(_ id: RequestID) async -> OneShotExitStatus {
        var printed = 0
        var iterator = changes.makeAsyncIterator()
        while true {
            guard let request = session.store.snapshot().requests[id] else { return .failure }
            for progress in request.tracked.progress.dropFirst(printed) {
                let elapsed = progress.receivedAt.timeIntervalSince(request.tracked.registeredAt)
                diagnostics(String(format: "[%6.2fs] %@ %@ PROCESSING %@", elapsed, request.id.description, request.verb, progress.message))
            }
            printed = request.tracked.progress.count
            if request.state.isFinal {
                printResult(request)
                return OneShotExitStatus(request.state)
            }
            guard await iterator.next() != nil else { return .failure }
        }
    }

    func printResult(_ request: ConsoleRequest) {
        if options.json {
            output(ResponseJSON.object(for: request))
            return
        }
        let elapsed = ConsoleRequest.format(request.elapsed(at: Date()))
        let headline = "\(request.state.label) \(request.id) \(request.verb) (\(elapsed)): \(request.lastMessage)"
        switch request.state {
        case .ok(_, let content):
            output(headline)
            if let content {
                for line in ResultRenderer.render(content, width: options.width) { output(line) }
            }
        default:
            diagnostics(headline)
        }
    }

    /// After a stop's final answer: per-worker lines, then the main process's exit.
    private func followDrain() async {
        let deadline = Date().addingTimeInterval(options.mainExitWait.timeInterval)
        var iterator = changes.makeAsyncIterator()
        var reported: [UInt32: DrainWatch.Worker.Phase] = [:]
        while Date() < deadline {
            guard let drain = session.store.snapshot().drain else { return }
            for worker in drain.workers where reported[worker.id] != worker.phase {
                reported[worker.id] = worker.phase
                if worker.phase == .stopped, let at = worker.stoppedAt {
                    diagnostics(String(format: "worker %u stopped after %.1f s", worker.id, at.timeIntervalSince(drain.startedAt)))
                }
            }
            if let exited = drain.mainExitedAt {
                diagnostics(String(format: "main process exited (%.1f s after the stop)", exited.timeIntervalSince(drain.startedAt)))
                return
            }
            _ = await iterator.next()
        }
        diagnostics("the main process still answers \(Int(options.mainExitWait.timeInterval)) s after the stop")
    }

    /// After UpgradeMain's Ok the session reconnects and upgrades each worker: each of those
    /// requests is followed, until every old worker has stopped.
    private func followUpgrade() async -> OneShotExitStatus {
        let started = Date()
        var followed = Set<RequestID>()
        var status = OneShotExitStatus.ok
        var iterator = changes.makeAsyncIterator()
        while Date().timeIntervalSince(started) < 300 {
            let model = session.store.snapshot()
            for step in model.order.compactMap({ model.requests[$0] }) where step.step == "upgrade" && !followed.contains(step.id) {
                followed.insert(step.id)
                let result = await follow(step.id)
                if status == .ok { status = result }
            }
            if let problem = model.notices.last, problem.level == .error, problem.at >= started {
                diagnostics(problem.text)
                return .failure
            }
            if let drain = model.drain, drain.kind == .upgradeMain, drain.isFinished {
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

    private func streamEvents(_ filter: EventFilter) async -> OneShotExitStatus {
        _ = await session.run(.events(filter))
        await session.subscribe()
        var seen = session.store.snapshot().events.totalReceived
        var iterator = changes.makeAsyncIterator()
        while !Task.isCancelled {
            let model = session.store.snapshot()
            guard model.eventFeedActive else {
                diagnostics("the event subscription ended: the proxy closed it")
                return .unreachable
            }
            let feed = model.events
            let fresh = feed.events.suffix(max(0, feed.totalReceived - seen))
            seen = feed.totalReceived
            for event in fresh where filter.matches(event.event) {
                output(options.json ? EventText.json(event) : EventText.line(event))
            }
            guard await iterator.next() != nil else { break }
        }
        return .ok
    }
}
