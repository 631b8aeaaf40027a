public import Foundation
public import SozuProto

/// A change to what the console knows of a target, as flows and monitors decide it: values,
/// so that deciding stays pure and testable, and applying happens in one place.
public enum TargetChange: Equatable, Sendable {
    case workers([Command_WorkerInfo])
    case connection(ConnectionState)
    /// The main process is gone after a stop: the watch says so, and every worker stopped.
    case mainExited(at: Date)
    /// A drain poll's `list_workers`: the workers, and the watch's view of them.
    case drainWorkers([Command_WorkerInfo], at: Date)
    /// A drain poll's per-worker `client.connections`.
    case drainConnections([UInt32: Int], at: Date)
}

extension TargetState {
    mutating func apply(_ change: TargetChange) {
        switch change {
        case .workers(let workers):
            self.workers = workers
        case .connection(let state):
            connection = state
        case .mainExited(let at):
            drain?.noteMainExited(at: at)
            connection = .mainExited(at: at)
            markWorkersGone()
        case .drainWorkers(let listed, let at):
            workers = listed
            drain?.observe(workers: listed, at: at)
        case .drainConnections(let counts, let at):
            drain?.observe(connections: counts, at: at)
        }
    }
}
