import Foundation
public import SozuClient
import SozuProto
import SozuCodec
import SozuConfiguration
public import Logging

/// The console's engine: parses what the operator types and runs it over the target
/// sessions (one per proxy: `@NAME`, `@tag:…`, `@all`, else the default target), keeps the
/// repeating jobs, asks before destructive requests, and publishes everything as one model in
/// `store`. No terminal code here.
public actor ConsoleSession {
    public nonisolated let store: ModelStore
    public nonisolated let configuration: SessionConfiguration
    public nonisolated let parser = CommandParser()
    public nonisolated let completer = Completer()

    /// Each target's session, by name, and the targets in fleet order.
    var sessions: [String: TargetSession] = [:]
    var specs: [TargetSpec]
    /// The first target's session, which is never removed.
    let primary: TargetSession
    /// One sequence of request ids for every target: `#12` is one request.
    let ids: RequestIDAllocator
    var repeatingTasks: [RequestID: Task<Void, Never>] = [:]
    /// Rolling operations under way, and those the operator stopped (no next target begins).
    var rolloutTasks: [RequestID: Task<Void, Never>] = [:]
    var cancelledRollouts: Set<RequestID> = []
    /// Questions waiting for `answer(_:yes:)`.
    var questions: [Int: CheckedContinuation<Bool, Never>] = [:]
    var lastQuestion = 0
    private var started = false
    /// Whether the live view is open (its polls follow the default target).
    private var liveViewOpen = false
    let logger: Logger
    /// Why SSH targets cannot have their forwards' directory, if they cannot.
    private var forwardDirectoryProblem: String?

    public init(_ configuration: SessionConfiguration, logger: Logger = Logger(label: "sozu-console.session")) {
        self.configuration = configuration
        self.logger = logger
        let specs = configuration.targetSpecs
        let store = ModelStore(ConsoleModel(
            targets: specs.map { Self.state(for: $0, configuration: configuration) },
            readOnly: configuration.readOnly, defaultTimeout: configuration.defaultTimeout))
        let ids = RequestIDAllocator()
        let made = specs.map { Self.makeSession(for: $0, configuration: configuration, store: store, ids: ids, logger: logger) }
        self.specs = specs
        self.store = store
        self.ids = ids
        primary = made[0]
        sessions = Dictionary(made.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        if configuration.hasSSHTargets {
            do {
                try PrivateFile.makeDirectory(configuration.sshForwardDirectory, tighten: true)
            } catch {
                forwardDirectoryProblem = "SSH targets cannot be reached: \(error)"
            }
        }
    }

    /// Starts following answers, the connections, events and completion data of every target.
    public func start() async {
        guard !started else { return }
        started = true
        if let forwardDirectoryProblem { await defaultSession.notice(forwardDirectoryProblem, level: .error) }
        for spec in specs { await sessions[spec.name]?.start() }
        refreshTargetNames()
    }

    /// Stops every task and closes every connection; requests in flight end as lost, and
    /// questions still open are answered no.
    public func shutdown() async {
        for task in repeatingTasks.values { task.cancel() }
        repeatingTasks = [:]
        for task in rolloutTasks.values { task.cancel() }
        rolloutTasks = [:]
        for question in questions.values { question.resume(returning: false) }
        questions = [:]
        store.update { $0.question = nil }
        for spec in specs { await sessions[spec.name]?.shutdown() }
        // The forwards' sockets are gone with them; their directory goes when it is the console's own.
        if configuration.forwardDirectory == nil { rmdir(configuration.sshForwardDirectory) }
    }

    /// The live view opens: every target's traffic is polled (a metric detail lease taken on
    /// each) until it closes.
    public func openLiveView() async {
        liveViewOpen = true
        await followTraffic()
    }

    /// The live view closes: polls stop and every lease is cleared.
    public func closeLiveView() async {
        liveViewOpen = false
        for spec in specs { await sessions[spec.name]?.unfollowTraffic() }
    }

    /// The default target in full (its tables are the ones shown), the others for the
    /// overview alone; again when the default target changes or a target is added.
    func followTraffic() async {
        guard liveViewOpen else { return }
        let shown = store.snapshot().defaultTargetName
        for spec in specs { await sessions[spec.name]?.followTraffic(overviewOnly: spec.name != shown) }
    }

    /// Whether the proxy answered a probe.
    public enum ProbeResult: Equatable, Sendable, CustomStringConvertible {
        case answered
        /// It answered `list_workers` with a failure (Sōzu's message).
        case refused(message: String)
        /// It could not be reached (`sent` false), or the connection ended before an answer.
        case lost(ConnectionLoss, sent: Bool)
        /// It took the connection but gave no answer within the operator's timeout.
        case timedOut(after: Duration)

        public var description: String {
            switch self {
            case .answered: "it answered"
            case .refused(let message): "it answered list_workers with a failure: \(message)"
            case .lost(let loss, let sent): sent ? "the connection ended before an answer: \(loss)" : "not sent: \(loss)"
            case .timedOut(let after): "it took the connection but did not answer list_workers within \(ConsoleRequest.format(after))"
            }
        }
    }

    /// Asks the default proxy for its workers once, within the operator's timeout.
    public func probe() async -> ProbeResult {
        await defaultSession.probe()
    }

    /// Subscribes to the default proxy's events now (if not yet), whatever the configuration says.
    public func subscribe() async {
        await defaultSession.subscribeIfNeeded()
    }

    /// Re-reads what completion offers, from the default target.
    public func refreshLiveValues() async {
        await defaultSession.refreshLiveValues()
    }

    /// The session of the target commands go to without `@` (the first target's, should the
    /// default have gone).
    var defaultSession: TargetSession {
        sessions[store.snapshot().defaultTargetName] ?? primary
    }

    // MARK: - Running what the operator types

    /// Runs a line. Every statement but the last waits for its requests' final answers, so that
    /// `cluster add …; backend add …` runs in order; the last returns once sent. Destructive
    /// requests are confirmed as `confirmation` says.
    public func execute(_ line: String, confirmation: Confirmation) async -> [Outcome] {
        let statements: [AddressedCommand]
        do {
            statements = try parser.parseAddressed(line)
        } catch {
            return [.invalid(error, line: line)]
        }
        var outcomes: [Outcome] = []
        for (index, statement) in statements.enumerated() {
            let outcome = await run(statement, confirmation: confirmation)
            outcomes.append(outcome)
            if case .refused = outcome { break }
            guard index < statements.count - 1 else { continue }
            switch outcome {
            case .submitted(let id, _):
                guard let finished = await result(of: id) else { return outcomes }
                outcomes.append(.finished(finished))
                if finished.state.isFailureLike { return outcomes }
            case .submittedGroup(let id, _):
                guard let (group, members) = await results(ofGroup: id) else { return outcomes }
                outcomes.append(.finishedGroup(group, members))
                if members.contains(where: \.state.isFailureLike) { return outcomes }
            case .rolloutStarted(let rollout):
                guard let finished = await rolloutResult(of: rollout.id) else { return outcomes }
                outcomes.append(.rolloutFinished(finished))
                if !finished.succeeded { return outcomes }
            default:
                continue
            }
        }
        return outcomes
    }

    /// `execute`, with destructive requests confirmed by `confirm`; nil means they run unasked.
    public func execute(_ line: String, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil) async -> [Outcome] {
        await execute(line, confirmation: Confirmation(confirm))
    }

    /// A statement, on the targets it is addressed to.
    public func run(_ statement: AddressedCommand, confirmation: Confirmation) async -> Outcome {
        guard let selector = statement.selector else { return await run(statement.command, confirmation: confirmation) }
        let addressed: [TargetSpec]
        do {
            addressed = try selector.resolve(in: specs)
        } catch {
            return .refused(error.description)
        }
        switch statement.command {
        case .request(let planned) where addressed.count > 1:
            return await fanOut(planned, to: addressed, selector: selector, confirmation: confirmation)
        case .rolling(let operation, let settle):
            return await rolling(operation, over: addressed, selector: selector, settle: settle, confirmation: confirmation)
        case .fleetDiff:
            return await fleetDiff(addressed)
        case .every where addressed.count > 1, .events where addressed.count > 1, .metricsRate where addressed.count > 1:
            return .refused("\(selector): this command runs on one target at a time; give @NAME")
        default:
            guard addressed.count == 1, let session = sessions[addressed[0].name] else {
                return .refused("\(selector): this command is not one to send to several targets")
            }
            return await run(statement.command, on: session, confirmation: confirmation)
        }
    }

    public func run(_ command: ConsoleCommand, confirmation: Confirmation) async -> Outcome {
        await run(command, on: defaultSession, confirmation: confirmation)
    }

    public func run(_ command: ConsoleCommand, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil) async -> Outcome {
        await run(command, confirmation: Confirmation(confirm))
    }

    private func run(_ command: ConsoleCommand, on session: TargetSession, confirmation: Confirmation) async -> Outcome {
        switch command {
        case .request(let planned):
            return await submit(planned, to: session, confirmation: confirmation)
        case .help(let topic):
            do {
                return .text(try HelpText.render(topic: topic))
            } catch {
                return .invalid(error, line: "help " + topic.joined(separator: " "))
            }
        case .wait(let id):
            if store.snapshot().rollouts.contains(where: { $0.id == id }), let rollout = await rolloutResult(of: id) {
                return .rolloutFinished(rollout)
            }
            if let (group, members) = await results(ofGroup: id) { return .finishedGroup(group, members) }
            guard let finished = await result(of: id) else { return .refused("no request \(id)") }
            return .finished(finished)
        case .showJSON(let id):
            return showJSON(id)
        case .every(let interval, let planned, let limit):
            return await startRepeating(planned, every: interval, limit: limit, on: session)
        case .stop(let id):
            return await stop(id)
        case .stopAll:
            return await stopAll()
        case .events(let filter, _):
            store.update { $0.events.filter = filter }
            return .eventsFiltered(filter)
        case .checkConfiguration(let path):
            return checkConfiguration(path ?? specs.first { $0.name == session.name }?.configurationPath ?? configuration.configurationPath)
        case .setDefaultTimeout(let timeout):
            store.update { $0.defaultTimeout = timeout }
            return .timeoutChanged(timeout)
        case .quit:
            return .quit
        case .liveView(let pane):
            return .liveView(pane: pane)
        case .metricsRate(let planned, let interval):
            return await measureRates(planned, interval: interval, on: session, confirmation: confirmation)
        case .useTarget(let name):
            guard store.update({ $0.useTarget(name) }) else {
                return .refused(FleetError.unknownTarget(name, known: specs.map(\.name)).description)
            }
            await followTraffic()
            return .text("commands without @ now go to \(name)")
        case .listTargets:
            // Targets not yet reached are asked first, so that the list says what they are.
            let unknown = store.snapshot().targets.filter { $0.connection == .connecting }.compactMap { sessions[$0.name] }
            await withTaskGroup(of: Void.self) { group in
                for session in unknown { group.addTask { _ = await session.probe() } }
            }
            return .text(TargetsReport.render(store.snapshot()))
        case .addTarget(let spec):
            return await addTarget(spec)
        case .removeTarget(let name):
            return await removeTarget(name)
        case .fleetDiff:
            return await fleetDiff(specs)
        case .rolling(let operation, let settle):
            return await rolling(operation, over: specs.filter { $0.name == session.name }, selector: TargetSelector.named(session.name), settle: settle, confirmation: confirmation)
        }
    }

    /// Sōzu's `config check`, with what the file applies; a file Sōzu would refuse is a failure.
    private func checkConfiguration(_ path: String?) -> Outcome {
        guard let path else { return .refused("config check: which file? Give -f PATH, or start the console with --config") }
        do {
            return .text(ConfigurationReport.render(try SozuConfiguration(contentsOf: path)))
        } catch {
            return .refused("\(path) is not a configuration Sōzu would load: \(error)")
        }
    }

    /// A request's answer (or a group's answers) as JSON.
    private func showJSON(_ id: RequestID) -> Outcome {
        let model = store.snapshot()
        let requests: [ConsoleRequest]
        if let group = model.groups[id] {
            requests = group.memberIDs.compactMap { model.requests[$0] }
        } else if let request = model.requests[id] {
            requests = [request]
        } else {
            return .refused("no request \(id)")
        }
        if requests.contains(where: \.isSummarized) { return .refused("\(id) is too old: its answer is no longer kept (the journal has the request)") }
        let fleet = model.isFleet
        return .text(requests.map { ResponseJSON.pretty(ResponseJSON.object(for: $0, target: fleet ? $0.target : nil)) }.joined(separator: "\n"))
    }

    /// Sends a planned request to the default target: refused in read-only mode, confirmed
    /// first when destructive.
    public func submit(_ planned: PlannedRequest, confirmation: Confirmation, step: String? = nil) async -> Outcome {
        await submit(planned, to: defaultSession, confirmation: confirmation, step: step)
    }

    public func submit(_ planned: PlannedRequest, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil, step: String? = nil) async -> Outcome {
        await submit(planned, confirmation: Confirmation(confirm), step: step)
    }

    func submit(_ planned: PlannedRequest, to session: TargetSession, confirmation: Confirmation, step: String? = nil) async -> Outcome {
        if let refusal = await refusal(of: planned, naming: store.snapshot().isFleet ? [session.name] : [], confirmation: confirmation) {
            return .refused(refusal)
        }
        let id = await session.submit(planned, timeout: timeout(of: planned), step: step)
        return .submitted(id, planned)
    }

    /// One request per target, as one group: asked once (naming every target) when destructive.
    private func fanOut(_ planned: PlannedRequest, to targets: [TargetSpec], selector: TargetSelector, confirmation: Confirmation) async -> Outcome {
        let names = targets.map(\.name)
        if let refusal = await refusal(of: planned, naming: names, confirmation: confirmation) { return .refused(refusal) }
        let group = RequestGroup(id: ids.next(), verb: planned.verb, text: "\(selector) \(planned.text)", targets: names)
        store.update { $0.insert(group) }
        let timeout = timeout(of: planned)
        let chosen = names.compactMap { sessions[$0] }
        await withTaskGroup(of: Void.self) { tasks in
            for session in chosen {
                tasks.addTask { _ = await session.submit(planned, timeout: timeout, group: group.id) }
            }
        }
        return .submittedGroup(group.id, planned)
    }

    /// Why a request is not sent (read-only, or the operator said no), if it is not.
    func refusal(of planned: PlannedRequest, naming targets: [String], confirmation: Confirmation) async -> String? {
        if configuration.readOnly, planned.effect != .query {
            let text = "read-only console: '\(planned.verb)' would change the proxy, not sent"
            await defaultSession.notice(text, level: .warning)
            return text
        }
        guard planned.effect == .destructive else { return nil }
        var asked = planned
        if !targets.isEmpty { asked.text = "\(planned.text) on \(targets.joined(separator: ", "))" }
        return await confirmed(asked, by: confirmation) ? nil : "'\(planned.verb)' not sent"
    }

    func timeout(of planned: PlannedRequest) -> Duration? {
        planned.waitsWithoutTimeout ? nil : (planned.timeout ?? store.snapshot().defaultTimeout)
    }

    /// Waits until a request is final; nil if the console never sent it (or has forgotten it).
    public func result(of id: RequestID) async -> ConsoleRequest? {
        guard let request = store.snapshot().requests[id] else { return nil }
        let session = request.target.flatMap { sessions[$0] } ?? defaultSession
        return await session.result(of: id)
    }

    /// Waits until every request of a group is final; nil when `id` is no group.
    public func results(ofGroup id: RequestID) async -> (RequestGroup, [ConsoleRequest])? {
        // Its requests are all registered once `fanOut` returned.
        guard let group = store.snapshot().groups[id] else { return nil }
        var members: [ConsoleRequest] = []
        for member in group.memberIDs {
            if let finished = await result(of: member) { members.append(finished) }
        }
        return (store.snapshot().groups[id] ?? group, members)
    }

    /// Something the operator must know that happened outside the session (a file refused
    /// at start): shown as a warning and journaled.
    public func warn(_ text: String) async {
        await defaultSession.notice(text, level: .warning)
    }
}
