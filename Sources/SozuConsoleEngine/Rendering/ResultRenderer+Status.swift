import SozuCodec
import SozuProto

// Workers, counters, limits, health checks, metric detail levels and events.
extension ResultRenderer {
    static func workers(_ infos: Command_WorkerInfos, into output: inout LineBuilder) {
        guard !infos.vec.isEmpty else {
            output.paragraph("No workers.")
            return
        }
        let states = infos.vec.map { ResponseWords.runState($0.runStateValue) }
        var counts: [String: Int] = [:]
        for state in states { counts[state, default: 0] += 1 }
        let summary = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        output.paragraph("\(plural(infos.vec.count, "worker")): \(summary).")
        var table = TextTable(columns: [.number("worker"), .number("pid"), .text("state")])
        for (info, state) in zip(infos.vec, states).sorted(by: { ($0.0.id, $0.0.pid) < ($1.0.id, $1.0.pid) }) {
            table.append([String(info.id), String(info.pid), state])
        }
        output.table(table)
    }

    /// Most frequent first.
    static func requestCounts(_ counts: Command_RequestCounts, into output: inout LineBuilder) {
        guard !counts.map.isEmpty else {
            output.paragraph("No requests counted.")
            return
        }
        let total = counts.map.values.reduce(Int64(0)) { $0 + Int64($1) }
        output.paragraph("\(plural(Int(total), "request")) of \(plural(counts.map.count, "kind")).")
        var table = TextTable(columns: [.text("request"), .number("count")])
        for (name, count) in counts.map.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            table.append([name, String(count)])
        }
        output.table(table)
    }

    static func maxConnectionsPerIp(_ limit: Command_MaxConnectionsPerIpLimit, into output: inout LineBuilder) {
        output.paragraph("Max connections per IP: " + (limit.limit == 0 ? "unlimited (0)" : String(limit.limit)))
    }

    static func healthChecks(_ list: Command_HealthChecksList, into output: inout LineBuilder) {
        guard !list.map.isEmpty else {
            output.paragraph("No health checks.")
            return
        }
        var table = TextTable(columns: [
            .text("cluster"), .text("uri"), .number("every"), .number("timeout"), .number("up after"), .number("down after"), .number("expects"),
        ])
        for (clusterID, check) in list.map.sorted(by: { $0.key < $1.key }) {
            table.append([clusterID, check.uri, "\(check.interval)s", "\(check.timeout)s", String(check.healthyThreshold),
                          String(check.unhealthyThreshold), expectedStatus(check)])
        }
        output.table(table)
    }

    static func metricDetailStatus(_ status: Command_MetricDetailStatus, into output: inout LineBuilder) {
        output.paragraph(detailSummary(configured: status.configured, effective: status.effective, previous: status.previousEffective))
        guard !status.workers.isEmpty else { return }
        var table = TextTable(columns: [.number("worker"), .text("effective"), .text("configured"), .text("previous"), .number("leases")])
        for (workerID, worker) in status.workers.sorted(by: { workerOrder($0.key, $1.key) }) {
            table.append([workerID, ResponseWords.metricDetail(worker.effective), ResponseWords.metricDetail(worker.configured),
                          ResponseWords.metricDetail(worker.previousEffective), String(worker.activeLeaseCount)])
        }
        output.table(table)
    }

    static func workerMetricDetailStatus(_ status: Command_WorkerMetricDetailStatus, into output: inout LineBuilder) {
        output.paragraph(
            detailSummary(configured: status.configured, effective: status.effective, previous: status.previousEffective),
            "Active leases: \(status.activeLeaseCount)"
        )
    }

    /// `Metric detail: cluster (configured process, previously process)`.
    private static func detailSummary(configured: Command_MetricDetail, effective: Command_MetricDetail, previous: Command_MetricDetail) -> String {
        "Metric detail: \(ResponseWords.metricDetail(effective)) (configured \(ResponseWords.metricDetail(configured)), "
            + "previously \(ResponseWords.metricDetail(previous)))"
    }

    /// One line, `KIND key=value…`, as event streams are read (and grepped).
    static func event(_ event: Command_Event, into output: inout LineBuilder) {
        var parts = [ResponseWords.eventKind(event.kindValue)]
        if event.hasClusterID { parts.append("cluster=\(event.clusterID)") }
        if event.hasBackendID { parts.append("backend=\(event.backendID)") }
        if event.hasAddress { parts.append("address=\(address(event.address))") }
        if event.hasMetricDetail {
            let change = event.metricDetail
            parts.append("detail=\(ResponseWords.metricDetail(change.previousEffective))->\(ResponseWords.metricDetail(change.effective))")
            if change.hasTransitionKind { parts.append("reason=\(change.transitionKind)") }
            if change.hasClientID { parts.append("client=\(change.clientID)") }
        }
        output.paragraph(parts.joined(separator: " "))
    }
}
