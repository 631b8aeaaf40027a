public import Foundation
public import SozuClient
public import SozuProto

/// What one round of drain polling learns: `list_workers` gives run states, per-worker
/// `query_metrics` gives connections, and neither reaching the socket after a stop means the
/// main process exited. Pure: answers in, target changes out.
public enum DrainPoll {
    /// The requests of one round: the workers, and their connection gauges.
    public static var requests: [Command_Request] {
        var list = Command_Request()
        list.listWorkers = Command_ListWorkers()
        var options = Command_QueryMetricsOptions()
        options.workers = true
        options.noClusters = true
        var metrics = Command_Request()
        metrics.queryMetrics = options
        return [list, metrics]
    }

    /// One answer of a round, taken as it comes.
    public static func changes(for answer: RequestState?, at now: Date) -> [TargetChange] {
        guard case .ok(_, let content)? = answer else { return [] }
        switch content?.contentType {
        case .workers(let infos)?:
            return [.drainWorkers(infos.vec, at: now)]
        case .metrics(let aggregated)?:
            return [.drainConnections(connectionCounts(in: aggregated), at: now)]
        default:
            return []
        }
    }

    /// The whole round: when no request could even be sent, a stop's main process has exited
    /// (whatever became of the stop request itself: its connection may have been cut first).
    public static func mainExited(after answers: [RequestState?], target: TargetState, at now: Date) -> TargetChange? {
        let unreachable = !answers.isEmpty && answers.allSatisfy { answer in
            if case .connectionLost(_, let applied)? = answer { return !applied }
            return false
        }
        guard unreachable, let drain = target.drain else { return nil }
        switch drain.kind {
        case .softStop, .hardStop: return .mainExited(at: now)
        case .upgradeMain, .upgradeWorker: return nil
        }
    }

    /// `client.connections` of each worker, from a per-worker metrics answer.
    public static func connectionCounts(in metrics: Command_AggregatedMetrics) -> [UInt32: Int] {
        var counts: [UInt32: Int] = [:]
        for (key, worker) in metrics.workers {
            guard let id = UInt32(key), let value = worker.proxy["client.connections"] else { continue }
            switch value.inner {
            case .gauge(let gauge): counts[id] = Int(clamping: gauge)
            case .count(let count): counts[id] = Int(clamping: count)
            default: continue
            }
        }
        return counts
    }
}
