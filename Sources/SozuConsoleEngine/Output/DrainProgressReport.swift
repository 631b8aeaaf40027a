public import Foundation

/// What a one-shot run says on stderr while a stop or an upgrade drains: each worker's step
/// once (acknowledged, its connections as they fall, stopped), and every `quietInterval`
/// without news, which workers are still draining: a silent worker shows as one that never
/// moves, not as a console that hangs. A pure value, fed the drain watch and the time.
public struct DrainProgressReport: Sendable {
    public var quietInterval: TimeInterval = 5
    private var reported: [UInt32: (phase: DrainWatch.Worker.Phase, connections: Int?)] = [:]
    private var lastLineAt: Date?

    public init(quietInterval: TimeInterval = 5) {
        self.quietInterval = quietInterval
    }

    /// The lines to print for the watch as it stands now.
    public mutating func lines(for drain: DrainWatch, at now: Date) -> [String] {
        var lines: [String] = []
        for worker in drain.workers {
            let previous = reported[worker.id]
            guard previous?.phase != worker.phase || previous?.connections != worker.connections else { continue }
            reported[worker.id] = (worker.phase, worker.connections)
            let since = Self.seconds(now.timeIntervalSince(drain.startedAt))
            switch worker.phase {
            case .waiting:
                if let connections = worker.connections { lines.append("worker \(worker.id) not yet acknowledged: \(connections) connections (\(since))") }
            case .acknowledged:
                let connections = worker.connections.map { "\($0) connections left" } ?? "acknowledged"
                lines.append("worker \(worker.id) draining: \(connections) (\(since))")
            case .stopped:
                let at = worker.stoppedAt.map { Self.seconds($0.timeIntervalSince(drain.startedAt)) } ?? since
                lines.append("worker \(worker.id) stopped after \(at)")
            }
        }
        if !lines.isEmpty {
            lastLineAt = now
            return lines
        }
        let quietSince = lastLineAt ?? drain.startedAt
        guard now.timeIntervalSince(quietSince) >= quietInterval else { return [] }
        lastLineAt = now
        let draining = drain.workers.filter { $0.phase != .stopped }
        guard !draining.isEmpty else { return [] }
        let list = draining.map { worker in
            let state = worker.phase == .waiting ? "no answer yet" : worker.connections.map { "\($0) connections" } ?? "draining"
            return "worker \(worker.id) (\(state))"
        }.joined(separator: ", ")
        return ["\(drain.kind.title): still waiting after \(Self.seconds(now.timeIntervalSince(drain.startedAt))) on \(list)"]
    }

    static func seconds(_ interval: TimeInterval) -> String {
        String(format: "%.1f s", interval)
    }
}
