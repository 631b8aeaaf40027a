public import Foundation
public import SozuClient
import SozuProto
import SozuCodec

/// Whether a target is healthy enough for a rolling operation to go on: it answers `status`
/// OK, every worker that is not stopped is RUNNING, and no running worker saw a backend go down
/// since `since` without seeing it come back up (each worker reports its own view; the views
/// of workers that have since stopped, the old ones of an upgrade, no longer count). A problem
/// is returned in words, naming the target.
public enum RollingHealth {
    public static func problem(target: String, status: RequestState?, events: [FeedEvent], since: Date) -> String? {
        var running: Set<String> = []
        switch status {
        case .ok(_, let content)?:
            guard case .workers(let infos)? = content?.contentType else {
                return "\(target) answered status without its workers"
            }
            running = Set(infos.vec.filter { $0.runState == .running }.map { String($0.id) })
            let live = infos.vec.filter { $0.runState != .stopped }
            if live.isEmpty { return "\(target) has no running worker" }
            let notRunning = live.filter { $0.runState != .running }
            if !notRunning.isEmpty {
                let list = notRunning.sorted { $0.id < $1.id }.map { "worker \($0.id) \(DrainWatch.word(for: $0.runState))" }
                return "\(target) is not healthy: \(list.joined(separator: ", "))"
            }
        case .failure(let message)?:
            return "\(target) answered status with a failure: \(message)"
        case .timedOut(let after)?:
            return "\(target) did not answer status within \(ConsoleRequest.format(after))"
        case .connectionLost(let loss, _)?:
            return "\(target) cannot be reached: \(loss)"
        case .connecting?, .sent?, .processing?, .subscribed?, .unsubscribed?, nil:
            return "\(target) did not answer status"
        }
        if let down = backendsStillDown(in: events, since: since, seenBy: running).first {
            let address = down.hasAddress ? " (\(SocketAddressParser.format(down.address)))" : ""
            let cluster = down.hasClusterID ? " of \(down.clusterID)" : ""
            return "\(target): backend \(down.backendID)\(address)\(cluster) went down and is not back up"
        }
        return nil
    }

    /// BACKEND_DOWN events since `since`, from workers in `seenBy`, not followed by a
    /// BACKEND_UP of the same backend from the same worker.
    static func backendsStillDown(in events: [FeedEvent], since: Date, seenBy workers: Set<String>) -> [Command_Event] {
        var down: [String: Command_Event] = [:]
        var order: [String] = []
        for feed in events where feed.receivedAt >= since && workers.contains(feed.origin) {
            let event = feed.event
            let key = feed.origin + "|" + event.backendID + "|" + (event.hasAddress ? SocketAddressParser.format(event.address) : "")
            switch event.kind {
            case .backendDown:
                if down[key] == nil { order.append(key) }
                down[key] = event
            case .backendUp:
                down[key] = nil
            default:
                continue
            }
        }
        return order.compactMap { down[$0] }
    }
}
