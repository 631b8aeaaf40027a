import SozuCodec

/// `fleet diff` for reading, and as one JSON object.
public enum FleetDiffText {
    public static func render(_ report: FleetDiffReport, width: Int = 100) -> [String] {
        var output = LineBuilder(width: width)
        let total = report.sameClusters.count + report.clusters.count
        var summary = "fleet diff over \(report.targets.count) targets: "
        summary += report.clusters.isEmpty ? "all \(total) clusters the same" : "\(report.clusters.count) of \(total) clusters differ"
        summary += report.listeners.isEmpty ? "; listeners the same" : "; listeners differ"
        summary += report.certificates.isEmpty ? "; certificates the same" : "; certificates differ"
        output.paragraph(summary)
        if !report.unreachable.isEmpty {
            output.paragraph(report.unreachable.sorted { $0.key < $1.key }.map { "not compared: \($0.key): \($0.value)" })
        }
        if !report.clusters.isEmpty {
            var table = TextTable(columns: [.text("cluster")] + report.targets.map { .text($0) })
            for drift in report.clusters {
                table.append([drift.cluster] + report.targets.map { target in (drift.hashes[target] ?? nil).map(shortHash) ?? "—" })
            }
            output.table(table)
            output.paragraph(report.clusters.flatMap(\.differences))
        }
        if !report.listeners.isEmpty { output.paragraph(report.listeners) }
        if !report.certificates.isEmpty { output.paragraph(report.certificates) }
        return output.lines
    }

    /// The first 8 hex digits: enough to see which hashes are alike.
    static func shortHash(_ hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8))
    }

    public static func json(_ report: FleetDiffReport) -> String {
        func strings(_ values: [String]) -> String { "[" + values.map(SozuJSON.quoted).joined(separator: ",") + "]" }
        let clusters = report.clusters.map { drift in
            let hashes = report.targets.map { target in
                SozuJSON.quoted(target) + ":" + ((drift.hashes[target] ?? nil).map { "\"\(String($0))\"" } ?? "null")
            }
            return "{\"cluster\":\(SozuJSON.quoted(drift.cluster)),\"hashes\":{\(hashes.joined(separator: ","))},\"differences\":\(strings(drift.differences))}"
        }
        let unreachable = report.unreachable.sorted { $0.key < $1.key }.map { SozuJSON.quoted($0.key) + ":" + SozuJSON.quoted($0.value) }
        return "{\"command\":\"fleet diff\",\"drift\":\(report.hasDrift),\"targets\":\(strings(report.targets)),"
            + "\"unreachable\":{\(unreachable.joined(separator: ","))},\"same_clusters\":\(strings(report.sameClusters)),"
            + "\"clusters\":[\(clusters.joined(separator: ","))],\"listeners\":\(strings(report.listeners)),"
            + "\"certificates\":\(strings(report.certificates))}"
    }
}
