public import Foundation
import SozuProto

/// `targets`: each proxy of the console with its state, workers, requests in flight and last
/// error; the default target (commands without `@`) is marked with `*`.
public enum TargetsReport {
    public static func render(_ model: ConsoleModel, width: Int = 100, now: Date = Date()) -> String {
        var table = TextTable(columns: [
            .text("  target"), .text("state"), .number("workers"), .number("in flight"),
            .text("address", shrinksFirst: true), .text("tags", shrinksFirst: true, hiddenWhenEmpty: true),
            .text("last error", hiddenWhenEmpty: true),
        ])
        let inFlight = inFlightCounts(model)
        for target in model.targets {
            table.append([
                (target.name == model.defaultTargetName ? "* " : "  ") + target.name,
                state(of: target, at: now),
                workers(of: target),
                String(inFlight[target.name, default: 0]),
                target.address,
                target.tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "),
                target.lastError ?? "",
            ])
        }
        var output = LineBuilder(width: width)
        output.paragraph(summary(model))
        output.table(table)
        return output.lines.joined(separator: "\n")
    }

    /// `5 targets: 4 connected, 1 reconnecting`.
    public static func summary(_ model: ConsoleModel) -> String {
        var counts: [(String, Int)] = []
        for target in model.targets {
            let word = shortState(target.connection)
            if let index = counts.firstIndex(where: { $0.0 == word }) { counts[index].1 += 1 } else { counts.append((word, 1)) }
        }
        let order = ["connected", "connecting", "reconnecting", "exited"]
        counts.sort { (order.firstIndex(of: $0.0) ?? order.count) < (order.firstIndex(of: $1.0) ?? order.count) }
        let noun = model.targets.count == 1 ? "target" : "targets"
        return "\(model.targets.count) \(noun): " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }

    static func shortState(_ connection: ConnectionState) -> String {
        switch connection {
        case .connecting: "connecting"
        case .connected: "connected"
        case .reconnecting: "reconnecting"
        case .mainExited: "exited"
        }
    }

    static func state(of target: TargetState, at now: Date) -> String {
        switch target.connection {
        case .connected(let since): "connected for \(age(since: since, at: now))"
        case .reconnecting(let attempt, _, _): "reconnecting (attempt \(attempt))"
        case .connecting: "connecting"
        case .mainExited: "main process exited"
        }
    }

    /// `42s`, `7m`, `3h05m`.
    static func age(since: Date, at now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(since)))
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3_600 { return "\(seconds / 60)m" }
        return String(format: "%dh%02dm", seconds / 3_600, seconds / 60 % 60)
    }

    /// `3/3 running`, or the count that is not.
    public static func workers(of target: TargetState) -> String {
        let live = target.workers.filter { $0.runState != .stopped }
        guard !live.isEmpty else { return target.workers.isEmpty ? "" : "0" }
        let running = live.filter { $0.runState == .running }.count
        return running == live.count ? String(running) : "\(running)/\(live.count)"
    }

    public static func inFlightCounts(_ model: ConsoleModel) -> [String: Int] {
        var counts: [String: Int] = [:]
        for id in model.inFlightIDs {
            if let target = model.requests[id]?.target { counts[target, default: 0] += 1 }
        }
        return counts
    }
}
