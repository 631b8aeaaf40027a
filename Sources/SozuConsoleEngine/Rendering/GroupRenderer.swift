import Foundation
import SozuClient
import SozuProto
import SozuCodec

/// A command sent to several targets, for reading: a line on how the targets answered, then
/// one table with a target column where the answers are alike (workers, cluster hashes,
/// proxy metrics), else each target's answer under its name.
public enum GroupRenderer {
    /// `sections` bounds how many targets' answers are written out when they are not merged
    /// (the screen shows a few; each target's row has its own).
    public static func render(_ group: RequestGroup, members: [ConsoleRequest], width: Int, sections: Int = .max) -> [String] {
        var output = LineBuilder(width: width)
        output.paragraph("\(group.id) \(group.text): \(tally(group, members))")
        let answered = members.compactMap { member -> (String, Command_ResponseContent)? in
            guard case .ok(_, let content?) = member.state else { return nil }
            return (member.target ?? "?", content)
        }
        let notOK = members.filter { if case .ok = $0.state { false } else { true } }
        if !notOK.isEmpty {
            output.paragraph(notOK.map { "\($0.target ?? "?"): \($0.state.label) \(ConsoleSession.message(of: $0.state))" })
        }
        if let merged = mergedTable(answered) {
            output.table(merged)
        } else {
            for (target, content) in answered.prefix(sections) {
                output.subheading(target)
                if let type = content.contentType { ResultRenderer.render(type, into: &output) } else { output.paragraph("(no content)") }
            }
            if answered.count > sections {
                output.paragraph("… and \(answered.count - sections) more targets' answers: select the group (Ctrl-O), then a target's row")
            }
        }
        return output.lines
    }

    /// `OK 5/5 targets`, or `3 OK, 1 FAILURE, 1 in flight of 5 targets`.
    public static func tally(_ group: RequestGroup, _ members: [ConsoleRequest]) -> String {
        let total = group.targets.count
        var counts: [(String, Int)] = []
        for member in members {
            let label = member.state.isFinal ? member.state.label : "in flight"
            if let index = counts.firstIndex(where: { $0.0 == label }) { counts[index].1 += 1 } else { counts.append((label, 1)) }
        }
        let unsent = total - members.count
        if unsent > 0 { counts.append(("not sent yet", unsent)) }
        if counts.count == 1, let only = counts.first { return "\(only.0) \(only.1)/\(total) targets" }
        return counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + " of \(total) targets"
    }

    /// The most targets (or metrics) a merged table gives a column each.
    static let widestMerge = 6

    /// One table for answers of one kind that read well side by side; nil otherwise.
    static func mergedTable(_ answers: [(String, Command_ResponseContent)]) -> TextTable? {
        guard !answers.isEmpty else { return nil }
        if let workers = workerLists(answers) {
            var table = TextTable(columns: [.text("target"), .number("worker"), .number("pid"), .text("state")])
            for (target, infos) in workers {
                for info in infos.vec.sorted(by: { ($0.id, $0.pid) < ($1.id, $1.pid) }) {
                    table.append([target, String(info.id), String(info.pid), ResponseWords.runState(info.runStateValue)])
                }
            }
            return table
        }
        if let hashes = clusterHashes(answers) {
            let targets = hashes.map(\.0)
            var table = TextTable(columns: [.text("cluster")] + targets.map { .text($0) })
            for cluster in Set(hashes.flatMap(\.1.keys)).sorted() {
                table.append([cluster] + hashes.map { $0.1[cluster].map(FleetDiffText.shortHash) ?? "—" })
            }
            return table
        }
        if let metrics = proxyMetrics(answers) {
            let names = Set(metrics.flatMap(\.1.keys)).sorted()
            // A few targets: a column each. Many: a row each, as long as the metrics fit as columns.
            if metrics.count <= widestMerge {
                var table = TextTable(columns: [.text("metric")] + metrics.map { .number($0.0) })
                for name in names {
                    table.append([name.replacingTabs] + metrics.map { $0.1[name].flatMap(metricValue) ?? "—" })
                }
                return table
            }
            guard names.count <= widestMerge else { return nil }
            var table = TextTable(columns: [.text("target")] + names.map { .number($0.replacingTabs) })
            for (target, values) in metrics {
                table.append([target] + names.map { values[$0].flatMap(metricValue) ?? "—" })
            }
            return table
        }
        return nil
    }

    static func workerLists(_ answers: [(String, Command_ResponseContent)]) -> [(String, Command_WorkerInfos)]? {
        let lists = answers.compactMap { target, content -> (String, Command_WorkerInfos)? in
            guard case .workers(let infos)? = content.contentType else { return nil }
            return (target, infos)
        }
        return lists.count == answers.count ? lists : nil
    }

    /// The main process's hashes of each target (`cluster list`).
    static func clusterHashes(_ answers: [(String, Command_ResponseContent)]) -> [(String, [String: UInt64])]? {
        let lists = answers.compactMap { target, content -> (String, [String: UInt64])? in
            guard case .workerResponses(let responses)? = content.contentType,
                  let main = responses.map["main"] ?? responses.map.sorted(by: { $0.key < $1.key }).first?.value,
                  case .clusterHashes(let hashes)? = main.contentType else { return nil }
            return (target, hashes.map)
        }
        return lists.count == answers.count ? lists : nil
    }

    /// Proxy-wide gauges, counts and percentiles of each target, merged over its workers.
    static func proxyMetrics(_ answers: [(String, Command_ResponseContent)]) -> [(String, [String: Command_FilteredMetrics])]? {
        let lists = answers.compactMap { target, content -> (String, [String: Command_FilteredMetrics])? in
            guard case .metrics(let metrics)? = content.contentType, metrics.workers.isEmpty, !metrics.proxying.isEmpty else { return nil }
            return (target, metrics.proxying.filter { metricValue($0.value) != nil })
        }
        return lists.count == answers.count ? lists : nil
    }

    static func metricValue(_ metric: Command_FilteredMetrics) -> String? {
        switch metric.inner {
        case .gauge(let value): String(value)
        case .count(let value): String(value)
        case .time(let value): "\(value) ms"
        case .percentiles(let value): "p99 \(value.p99) ms"
        case .timeSerie, .histogram, nil: nil
        }
    }
}
