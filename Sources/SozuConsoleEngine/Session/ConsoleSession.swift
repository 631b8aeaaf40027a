import Foundation
public import SozuClient
import SozuProto
import SozuCodec
import SozuConfiguration
public import Logging

/// The console's engine: parses what the operator types and runs it over the target
/// sessions (one per proxy), keeps the repeating jobs, asks before destructive requests, and
/// publishes everything as one model in `store`. No terminal code here.
public actor ConsoleSession {
    public nonisolated let store: ModelStore
    public nonisolated let configuration: SessionConfiguration
    public nonisolated let parser = CommandParser()
    public nonisolated let completer = Completer()

    /// The proxy commands go to.
    nonisolated let target: TargetSession
    var repeatingTasks: [RequestID: Task<Void, Never>] = [:]
    /// Questions waiting for `answer(_:yes:)`.
    private var questions: [Int: CheckedContinuation<Bool, Never>] = [:]
    private var lastQuestion = 0
    private let logger: Logger

    public init(_ configuration: SessionConfiguration, logger: Logger = Logger(label: "sozu-console.session")) {
        self.configuration = configuration
        self.logger = logger
        store = ModelStore(ConsoleModel(
            target: configuration.socketPath, readOnly: configuration.readOnly,
            defaultTimeout: configuration.defaultTimeout, eventCapacity: configuration.eventCapacity))
        target = TargetSession(name: configuration.socketPath, configuration: configuration, store: store, logger: logger)
    }

    /// Starts following answers, the connection, events and completion data.
    public func start() async {
        await target.start()
    }

    /// Stops every task and closes every connection; requests in flight end as lost, and
    /// questions still open are answered no.
    public func shutdown() async {
        for task in repeatingTasks.values { task.cancel() }
        repeatingTasks = [:]
        for question in questions.values { question.resume(returning: false) }
        questions = [:]
        store.update { $0.question = nil }
        await target.shutdown()
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

    /// Asks the proxy for its workers once, within the operator's timeout.
    public func probe() async -> ProbeResult {
        await target.probe()
    }

    /// Subscribes to events now (if not yet subscribed), whatever the configuration says.
    public func subscribe() async {
        await target.subscribeIfNeeded()
    }

    /// Re-reads what completion offers.
    public func refreshLiveValues() async {
        await target.refreshLiveValues()
    }

    // MARK: - Running what the operator types

    /// Runs a line. Every statement but the last waits for its request's final answer, so that
    /// `cluster add …; backend add …` runs in order; the last returns once sent. Destructive
    /// requests are confirmed as `confirmation` says.
    public func execute(_ line: String, confirmation: Confirmation) async -> [Outcome] {
        let commands: [ConsoleCommand]
        do {
            commands = try parser.parse(line)
        } catch {
            return [.invalid(error, line: line)]
        }
        var outcomes: [Outcome] = []
        for (index, command) in commands.enumerated() {
            let outcome = await run(command, confirmation: confirmation)
            outcomes.append(outcome)
            if case .refused = outcome { break }
            if index < commands.count - 1, case .submitted(let id, _) = outcome {
                guard let finished = await result(of: id) else { break }
                outcomes.append(.finished(finished))
                if finished.state.isFailureLike { break }
            }
        }
        return outcomes
    }

    /// `execute`, with destructive requests confirmed by `confirm`; nil means they run unasked.
    public func execute(_ line: String, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil) async -> [Outcome] {
        await execute(line, confirmation: Confirmation(confirm))
    }

    public func run(_ command: ConsoleCommand, confirmation: Confirmation) async -> Outcome {
        switch command {
        case .request(let planned):
            return await submit(planned, confirmation: confirmation)
        case .help(let topic):
            do {
                return .text(try HelpText.render(topic: topic))
            } catch {
                return .invalid(error, line: "help " + topic.joined(separator: " "))
            }
        case .wait(let id):
            guard let finished = await result(of: id) else { return .refused("no request \(id)") }
            return .finished(finished)
        case .showJSON(let id):
            guard let request = store.snapshot().requests[id] else { return .refused("no request \(id)") }
            if request.isSummarized { return .refused("\(id) is too old: its answer is no longer kept (the journal has the request)") }
            return .text(ResponseJSON.pretty(ResponseJSON.object(for: request)))
        case .every(let interval, let planned, let limit):
            return await startRepeating(planned, every: interval, limit: limit)
        case .stop(let id):
            return await stop(id)
        case .events(let filter, _):
            store.update { $0.events.filter = filter }
            return .eventsFiltered(filter)
        case .checkConfiguration(let path):
            return checkConfiguration(path ?? configuration.configurationPath)
        case .setDefaultTimeout(let timeout):
            store.update { $0.defaultTimeout = timeout }
            return .timeoutChanged(timeout)
        case .quit:
            return .quit
        }
    }

    public func run(_ command: ConsoleCommand, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil) async -> Outcome {
        await run(command, confirmation: Confirmation(confirm))
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

    /// Sends a planned request: refused in read-only mode, confirmed first when destructive.
    public func submit(_ planned: PlannedRequest, confirmation: Confirmation, step: String? = nil) async -> Outcome {
        if configuration.readOnly, planned.effect != .query {
            let text = "read-only console: '\(planned.verb)' would change the proxy, not sent"
            await target.notice(text, level: .warning)
            return .refused(text)
        }
        if planned.effect == .destructive, !(await confirmed(planned, by: confirmation)) {
            return .refused("'\(planned.verb)' not sent")
        }
        let timeout = planned.waitsWithoutTimeout ? nil : (planned.timeout ?? store.snapshot().defaultTimeout)
        let id = await target.submit(planned, timeout: timeout, step: step)
        return .submitted(id, planned)
    }

    public func submit(_ planned: PlannedRequest, confirm: (@Sendable (PlannedRequest) async -> Bool)? = nil, step: String? = nil) async -> Outcome {
        await submit(planned, confirmation: Confirmation(confirm), step: step)
    }

    /// Waits until a request is final; nil if the console never sent it (or has forgotten it).
    public func result(of id: RequestID) async -> ConsoleRequest? {
        await target.result(of: id)
    }

    /// Something the operator must know that happened outside the session (a file refused
    /// at start): shown as a warning and journaled.
    public func warn(_ text: String) async {
        await target.notice(text, level: .warning)
    }

    // MARK: - Questions

    private func confirmed(_ planned: PlannedRequest, by confirmation: Confirmation) async -> Bool {
        switch confirmation {
        case .unasked:
            return true
        case .answeredBy(let answer):
            return await answer(planned)
        case .question:
            return await ask("\(planned.text): destructive — send it? [y/N]", command: planned.text)
        }
    }

    /// Puts a question in the model and waits for `answer(_:yes:)`. One at a time: while one
    /// is open, another is answered no.
    private func ask(_ text: String, command: String) async -> Bool {
        guard questions.isEmpty else { return false }
        lastQuestion += 1
        let question = PendingQuestion(id: lastQuestion, text: text, command: command)
        return await withCheckedContinuation { continuation in
            questions[question.id] = continuation
            store.update { $0.question = question }
        }
    }

    /// The answer to the model's question `id`.
    public func answer(_ id: Int, yes: Bool) {
        guard let continuation = questions.removeValue(forKey: id) else { return }
        store.update { model in
            if model.question?.id == id { model.question = nil }
        }
        continuation.resume(returning: yes)
    }

    // MARK: - Words for states

    static func message(of state: RequestState) -> String {
        switch state {
        case .ok(let message, _), .failure(let message): message
        case .timedOut(let after): "timed out after \(ConsoleRequest.format(after))"
        case .connectionLost(let reason, let applied): applied ? "connection lost, may have been applied: \(reason)" : "not sent: \(reason)"
        case .unsubscribed: "stopped by the operator"
        case .connecting, .sent, .processing, .subscribed: ""
        }
    }

    static func contentType(of state: RequestState) -> String? {
        guard case .ok(_, let content?) = state, let type = content.contentType else { return nil }
        return "\(type)".prefix { $0 != "(" }.description
    }
}

extension RequestState {
    /// Failure, timeout or lost, or an OK that says workers refused: a chain stops after one.
    var isFailureLike: Bool {
        switch self {
        case .failure, .timedOut, .connectionLost: true
        case .ok: isOKWithWorkerErrors
        case .unsubscribed, .connecting, .sent, .processing, .subscribed: false
        }
    }

    /// Sōzu answers some fan-outs OK though workers refused them (`SetMetricDetail completed
    /// with worker errors`): a success of the main process only.
    public var isOKWithWorkerErrors: Bool {
        guard case .ok(let message, _) = self else { return false }
        return message.hasSuffix("completed with worker errors")
    }
}
