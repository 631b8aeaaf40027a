import Foundation
import SozuClient
import SozuProto

/// `metrics get --rate`: two reads, `interval` apart, both rows of the requests panel (they are
/// the operator's requests), and the rates between them.
extension ConsoleSession {
    func measureRates(_ planned: PlannedRequest, interval: Duration, on session: TargetSession, confirmation: Confirmation) async -> Outcome {
        guard let first = await read(planned, on: session, confirmation: confirmation, step: "1/2") else {
            return .refused("metrics get --rate: the first read failed")
        }
        if case .failure(let reason) = first { return .refused("metrics get --rate: the first read failed: \(reason)") }
        try? await Task.sleep(for: interval)
        guard let second = await read(planned, on: session, confirmation: confirmation, step: "2/2") else {
            return .refused("metrics get --rate: the second read failed")
        }
        guard case .success(let later) = second, case .success(let earlier) = first else {
            if case .failure(let reason) = second { return .refused("metrics get --rate: the second read failed: \(reason)") }
            return .refused("metrics get --rate: a read failed")
        }
        var traffic = TrafficState()
        traffic.ingest(earlier.metrics, at: earlier.at)
        traffic.ingest(later.metrics, at: later.at)
        return .rates(RateReport(target: session.name, interval: later.at.timeIntervalSince(earlier.at), traffic: traffic))
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
