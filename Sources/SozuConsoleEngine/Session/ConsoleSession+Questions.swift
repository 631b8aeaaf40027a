import Foundation
public import SozuClient
public import SozuProto

extension ConsoleSession {
    // MARK: - Questions

    func confirmed(_ planned: PlannedRequest, by confirmation: Confirmation) async -> Bool {
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
    func ask(_ text: String, command: String) async -> Bool {
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
        return type.caseName
    }

}

extension RequestState {
    /// Failure, timeout or lost, or an OK that says workers refused: a chain stops after one.
    public var isFailureLike: Bool {
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

extension Command_ResponseContent.OneOf_ContentType {
    /// The case's name (`workers`, `clusterHashes`), as the journal writes it. Spelled out:
    /// deriving it from the value at run time goes through reflection, slow on first use.
    /// Exhaustive, so a variant added to the schema does not compile until it is named here.
    public var caseName: String {
        switch self {
        case .workers: "workers"
        case .metrics: "metrics"
        case .workerResponses: "workerResponses"
        case .event: "event"
        case .frontendList: "frontendList"
        case .listenersList: "listenersList"
        case .workerMetrics: "workerMetrics"
        case .availableMetrics: "availableMetrics"
        case .clusters: "clusters"
        case .clusterHashes: "clusterHashes"
        case .certificatesByAddress: "certificatesByAddress"
        case .certificatesWithFingerprints: "certificatesWithFingerprints"
        case .requestCounts: "requestCounts"
        case .maxConnectionsPerIpLimit: "maxConnectionsPerIpLimit"
        case .healthChecksList: "healthChecksList"
        case .metricDetailStatus: "metricDetailStatus"
        case .workerMetricDetailStatus: "workerMetricDetailStatus"
        }
    }
}
