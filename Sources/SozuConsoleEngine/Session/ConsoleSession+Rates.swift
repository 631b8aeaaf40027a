import Foundation
import SozuClient
import SozuProto

/// `metrics get --rate`: two reads, `interval` apart, both rows of the requests panel (they are
/// the operator's requests), and the rates between them.
extension ConsoleSession {
    func measureRates(_ planned: PlannedRequest, interval: Duration, on session: TargetSession, confirmation: Confirmation) async -> Outcome {
        let first = await read(planned, on: session, confirmation: confirmation, step: "1/2")
        guard case .success(let earlier)? = first else { return .refused(Self.failure(of: "first", first)) }
        try? await Task.sleep(for: interval)
        let second = await read(planned, on: session, confirmation: confirmation, step: "2/2")
        guard case .success(let later)? = second else { return .refused(Self.failure(of: "second", second)) }
        var traffic = TrafficState()
        traffic.ingest(earlier.metrics, at: earlier.at)
        traffic.ingest(later.metrics, at: later.at)
        return .rates(RateReport(target: session.name, interval: later.at.timeIntervalSince(earlier.at), traffic: traffic))
    }

    private static func failure(of which: String, _ read: Result<Read, ReadFailure>?) -> String {
        if case .failure(.failure(let reason))? = read { return "metrics get --rate: the \(which) read failed: \(reason)" }
        return "metrics get --rate: the \(which) read was not sent"
    }

    private struct Read {
        var metrics: Command_AggregatedMetrics
        var at: Date
    }

    private enum ReadFailure: Error {
        case failure(String)
    }

    /// One read, as a row; nil when it was not sent (refused, read-only: never for a query).
    private func read(_ planned: PlannedRequest, on session: TargetSession, confirmation: Confirmation, step: String) async -> Result<Read, ReadFailure>? {
        guard case .submitted(let id, _) = await submit(planned, to: session, confirmation: confirmation, step: step) else { return nil }
        guard let request = await session.result(of: id) else { return nil }
        guard case .ok(_, let content?) = request.state, case .metrics(let metrics)? = content.contentType else {
            return .failure(.failure(Self.message(of: request.state)))
        }
        return .success(Read(metrics: metrics, at: request.tracked.finishedAt ?? Date()))
    }
}
