import SozuChannel
import SozuCodec
import SozuProto

/// Metrics: `query_metrics` gathered from every worker and merged, and `set_metric_detail`
/// leases handed to every worker.
extension SimulatedMainProcess {
    func queryMetrics(_ request: Command_Request, options: Command_QueryMetricsOptions, _ client: ClientConnection) async {
        await send(.processing, "Querrying metrics...", to: client)
        let answers = await scatter(request, timeout: self.options.workerTimeout)
        var content = Command_ResponseContent()
        if options.list {
            var proxy = Set<String>()
            var cluster = Set<String>()
            for case (_, let answer?) in answers where answer.hasContent {
                proxy.formUnion(answer.content.availableMetrics.proxyMetrics)
                cluster.formUnion(answer.content.availableMetrics.clusterMetrics)
            }
            content.availableMetrics.proxyMetrics = proxy.sorted()
            content.availableMetrics.clusterMetrics = cluster.sorted()
            await send(.ok, "Successfully listed available metrics", content: content, to: client)
            return
        }
        var aggregated = Command_AggregatedMetrics()
        aggregated.main = [
            "configuration.clusters": .gauge(UInt64(state.clusters.count)),
            "configuration.backends": .gauge(UInt64(state.backends.values.map(\.count).reduce(0, +))),
            "configuration.frontends": .gauge(UInt64(state.httpFrontends.count + state.httpsFrontends.count
                + state.tcpFrontends.values.map(\.count).reduce(0, +) + state.udpFrontends.values.map(\.count).reduce(0, +))),
        ]
        // One count per audit of a command since the last clear.
        for (name, count) in configCounters { aggregated.main[name] = .count(count) }
        let workerMetrics = answers.sorted(by: { $0.workerID < $1.workerID }).compactMap { workerID, answer in
            answer.flatMap { answer in
                answer.statusValue == .known(.ok) && answer.hasContent ? (workerID, answer.content.workerMetrics) : nil
            }
        }
        MetricsMerge.aggregate(workerMetrics, perWorker: options.workers, into: &aggregated)
        content.metrics = aggregated
        await send(.ok, "Successfully aggregated all metrics", content: content, to: client)
    }

    /// Checks the lease request, stamps it with the client's process and session (the lease's
    /// owner), then asks every worker; always ends OK with every worker's status. The main
    /// process takes no lease: its own levels stay as configured.
    func setMetricDetail(_ request: Command_Request, _ set: Command_SetMetricDetail, _ client: ClientConnection) async {
        let clientBytes = set.clientID.utf8.count
        guard clientBytes <= MetricDetailLeases.maximumClientIDBytes else {
            await send(.failure, "SetMetricDetail: client_id length \(clientBytes) exceeds \(MetricDetailLeases.maximumClientIDBytes) bytes", to: client)
            return
        }
        if set.hasTtlSeconds, set.ttlSeconds > MetricDetailLeases.maximumTTLSeconds {
            await send(.failure, "SetMetricDetail: ttl_seconds=\(set.ttlSeconds) exceeds LEASE_TTL_MAX=\(MetricDetailLeases.maximumTTLSeconds)", to: client)
            return
        }
        var stamped = request
        if let pid = await client.peerProcessID() { stamped.setMetricDetail.peerPid = pid } else { stamped.setMetricDetail.clearPeerPid() }
        stamped.setMetricDetail.peerSessionUlid = clientSessions[ObjectIdentifier(client)] ?? ""
        // The main's own audit event, once when the state refuses the request, else when it
        // arrives and again once it completes (the workers send theirs, with the transition,
        // when their level changes).
        do {
            try state.dispatch(stamped)
        } catch {
            await audit(.metricDetailChanged, verb: "metric_detail_changed")
            await send(.failure, "could not dispatch request on the main process state: \(error)", to: client)
            return
        }
        await audit(.metricDetailChanged, verb: "metric_detail_changed")
        await send(.processing, "Processing SetMetricDetail...", to: client)
        var status = Command_MetricDetailStatus()
        status.configured = .detailCluster
        status.effective = .detailCluster
        status.previousEffective = .detailCluster
        var failed = false
        for (workerID, answer) in await scatter(stamped, timeout: options.workerTimeout) {
            guard let answer, answer.statusValue == .known(.ok) else {
                failed = true
                continue
            }
            if answer.hasContent { status.workers[String(workerID)] = answer.content.workerMetricDetailStatus }
        }
        if client.isActive { await audit(.metricDetailChanged, verb: "metric_detail_changed") }
        var content = Command_ResponseContent()
        content.metricDetailStatus = status
        await send(.ok, failed ? "SetMetricDetail completed with worker errors" : "Successfully applied SetMetricDetail to all workers",
                   content: content, to: client)
    }
}
