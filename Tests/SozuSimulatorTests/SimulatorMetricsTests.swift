import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Simulated Sōzu metrics", .serialized)
struct SimulatorMetricsTests {
    private func addClusterWithBackends(_ simulator: RunningSimulator) async throws {
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        for index in 0..<2 {
            var backend = Command_AddBackend()
            backend.clusterID = "api"
            backend.backendID = "api-\(index)"
            backend.address.ip.v4 = 0x7f00_0001
            backend.address.port = UInt32(1026 + index)
            _ = try await simulator.send(request { $0.addBackend = backend })
        }
    }

    private func query(_ simulator: RunningSimulator, _ build: (inout Command_QueryMetricsOptions) -> Void) async throws -> Command_Response? {
        var options = Command_QueryMetricsOptions()
        options.list = false
        options.noClusters = false
        options.workers = false
        build(&options)
        return try await simulator.send(request { $0.queryMetrics = options }).last
    }

    /// What a quiet Sōzu 2.1.0 lists (real-sozu-2.1.0/011).
    static let idleProxyMetrics = [
        "accept_queue.connections", "buffer.capacity", "buffer.in_use", "buffer.usage_percent", "client.connections",
        "client.connections_max", "client.connections_percent", "epoll_time", "event_loop_time", "process.uptime_seconds",
        "server.live", "slab.accept_threshold_percent", "slab.capacity", "slab.entries", "slab.usage_percent",
    ]

    @Test("metric names: a quiet proxy's, as Sōzu 2.1 lists them, and the clusters' once a cluster has backends")
    func list() async throws {
        let simulator = try await RunningSimulator.start()
        let before = try await query(simulator) { $0.list = true }
        #expect(before?.message == "Successfully listed available metrics")
        #expect(before?.content.availableMetrics.proxyMetrics == Self.idleProxyMetrics)
        #expect(before?.content.availableMetrics.clusterMetrics.isEmpty == true)
        try await addClusterWithBackends(simulator)
        let after = try await query(simulator) { $0.list = true }
        #expect(after?.content.availableMetrics.proxyMetrics == Self.idleProxyMetrics)
        #expect(after?.content.availableMetrics.clusterMetrics == ["cluster.available_backends", "cluster.total_backends"])
        await simulator.stop()
    }

    @Test("a quiet proxy reports no traffic: each worker's gauges and loop timings as Sōzu 2.1's (real-sozu-2.1.0/013)")
    func quietProxy() async throws {
        let simulator = try await RealSozuStart.simulator()
        let answer = try #require(try await query(simulator) { $0.workers = true })
        let metrics = answer.content.metrics
        #expect(metrics.main.keys.sorted() == ["configuration.backends", "configuration.clusters", "configuration.frontends"])
        #expect(metrics.workers.keys.sorted() == ["0", "1"])
        for (id, worker) in metrics.workers {
            #expect(worker.proxy.keys.sorted() == (Self.idleProxyMetrics + ["epoll_time_histogram", "event_loop_time_histogram"]).sorted(), "worker \(id)")
            #expect(worker.proxy["client.connections_max"]?.gauge == 10_000)
            #expect(worker.proxy["slab.capacity"]?.gauge == 40_010)
            #expect(worker.proxy["slab.entries"]?.gauge == 4)  // channel, timer, metrics, one listener
            #expect(worker.proxy["server.live"]?.gauge == 1)
            #expect(worker.proxy["buffer.capacity"]?.gauge == 1)
            #expect(worker.proxy["epoll_time"]?.percentiles.samples ?? 0 > 0)
            #expect(worker.clusters.keys.sorted() == ["app"])
            #expect(worker.clusters["app"]?.cluster.keys.sorted() == ["cluster.available_backends", "cluster.total_backends"])
        }
        await simulator.stop()
    }

    @Test("the main process counts config.<verb> once per audit of a command, until metrics are cleared (real-sozu-2.1.0/109)")
    func configCounters() async throws {
        let simulator = try await RunningSimulator.start()
        try await addClusterWithBackends(simulator)
        _ = try await simulator.send(request { $0.removeCluster = "no-such-cluster" })
        _ = try await simulator.send(request { $0.saveState = simulator.directory.file("missing/state.json") })
        let counted = try #require(try await query(simulator) { $0.noClusters = true }).content.metrics.main
        // Accepted: audited on arrival and on completion; refused by the state: once.
        #expect(counted["config.cluster_added"]?.count == 2)
        #expect(counted["config.cluster_removed"]?.count == 1)
        #expect(counted["config.state_saved"]?.count == 1)
        #expect(counted["config.backend_added"] == nil)  // backends are not audited
        _ = try await simulator.send(request { $0.configureMetrics = .clear })
        let cleared = try #require(try await query(simulator) { $0.noClusters = true }).content.metrics.main
        #expect(cleared.keys.sorted() == ["configuration.backends", "configuration.clusters", "configuration.frontends"])
        await simulator.stop()
    }

    @Test("traffic grows over time; workers merge into proxying and clusters; time metrics carry percentiles and histograms")
    func trafficAndMerge() async throws {
        let simulator = try await RunningSimulator.start(traffic: true)
        try await addClusterWithBackends(simulator)
        try await Task.sleep(for: .milliseconds(400))
        let first = try #require(try await query(simulator) { _ in })
        #expect(first.message == "Successfully aggregated all metrics")
        let merged = first.content.metrics
        #expect(merged.main["configuration.clusters"]?.gauge == 1)
        #expect(merged.main["configuration.backends"]?.gauge == 2)
        let requests = try #require(merged.proxying["http.requests"]?.count)
        #expect(requests > 0)
        #expect(merged.clusters["api"]?.cluster["cluster.total_backends"]?.gauge == 4)  // 2 backends × 2 workers
        let histogram = try #require(merged.proxying["request_time_histogram"]?.histogram)
        let counts = histogram.buckets.map(\.count)
        #expect(counts == counts.sorted())
        #expect(counts.last == histogram.count)
        #expect(histogram.buckets.enumerated().allSatisfy { $0.element.le == (UInt64(1) << UInt64($0.offset)) - 1 })
        let percentiles = try #require(merged.proxying["request_time"]?.percentiles)
        #expect(percentiles.p50 <= percentiles.p99 && percentiles.p99 <= percentiles.p100)

        // Per worker, the two workers' requests add up to the merged figure at that moment.
        let perWorker = try #require(try await query(simulator) { $0.workers = true }).content.metrics
        #expect(perWorker.workers.keys.sorted() == ["0", "1"])
        #expect(perWorker.proxying.isEmpty)

        try await Task.sleep(for: .milliseconds(400))
        let later = try #require(try await query(simulator) { _ in })
        #expect((later.content.metrics.proxying["http.requests"]?.count ?? 0) > requests)
        await simulator.stop()
    }

    @Test("metric detail leases: refused when too long, applied on every worker with METRIC_DETAIL_CHANGED, cleared")
    func metricDetail() async throws {
        let simulator = try await RunningSimulator.start()
        var tooLong = Command_SetMetricDetail()
        tooLong.clientID = String(repeating: "x", count: 65)
        tooLong.detail = .detailBackend
        let refused = try await simulator.send(request { $0.setMetricDetail = tooLong })
        #expect(refused.map(\.message) == ["SetMetricDetail: client_id length 65 exceeds 64 bytes"])
        var tooLate = Command_SetMetricDetail()
        tooLate.clientID = "top"
        tooLate.detail = .detailBackend
        tooLate.ttlSeconds = 301
        let late = try await simulator.send(request { $0.setMetricDetail = tooLate })
        #expect(late.map(\.message) == ["SetMetricDetail: ttl_seconds=301 exceeds LEASE_TTL_MAX=300"])

        let events = try await Client.connect(to: simulator.path)
        try await events.send(request { $0.subscribeEvents = Command_SubscribeEvents() })
        var eventIterator = events.messages.makeAsyncIterator()
        _ = try await eventIterator.next()

        var lease = Command_SetMetricDetail()
        lease.clientID = "top"
        lease.detail = .detailBackend
        lease.ttlSeconds = 30
        // The lease belongs to this connection (its process and session), as in Sōzu.
        let owner = try await Client.connect(to: simulator.path)
        var ownerAnswers = owner.messages.makeAsyncIterator()
        func exchange(_ message: Command_Request) async throws -> [Command_Response] {
            try await owner.send(message)
            var answers: [Command_Response] = []
            while let answer = try await ownerAnswers.next() {
                answers.append(answer)
                if answer.status != .processing { break }
            }
            return answers
        }
        let applied = try await exchange(request { $0.setMetricDetail = lease })
        #expect(applied.map(\.message) == ["Processing SetMetricDetail...", "Successfully applied SetMetricDetail to all workers"])
        let status = try #require(applied.last?.content.metricDetailStatus)
        // The main process takes no lease: its own levels stay as configured.
        #expect(status.effective == .detailCluster && status.configured == .detailCluster && status.previousEffective == .detailCluster)
        #expect(status.workers.keys.sorted() == ["0", "1"])
        #expect(status.workers["0"]?.activeLeaseCount == 1)
        #expect(status.workers["0"]?.effective == .detailBackend && status.workers["0"]?.previousEffective == .detailCluster)
        // The main announces the request twice (arrival, completion); each worker whose level
        // changed sends the transition.
        var changes: [String] = []
        while changes.count < 4, let answer = try await eventIterator.next() {
            guard answer.content.event.kind == .metricDetailChanged else { continue }
            changes.append(answer.message)
            if answer.message != "main" {
                #expect(answer.content.event.metricDetail.transitionKind == "lease_apply")
                #expect(answer.content.event.metricDetail.effective == .detailBackend)
            }
        }
        #expect(changes.sorted() == ["0", "1", "main", "main"])

        var clear = Command_SetMetricDetail()
        clear.clientID = "top"
        clear.clear = true
        // From another connection, each worker refuses; Sōzu still answers OK, with no worker status.
        let foreign = try await simulator.send(request { $0.setMetricDetail = clear })
        #expect(foreign.map(\.status) == [.processing, .ok])
        #expect(foreign.last?.message == "SetMetricDetail completed with worker errors")
        #expect(foreign.last?.content.metricDetailStatus.workers.isEmpty == true)
        let cleared = try await exchange(request { $0.setMetricDetail = clear })
        #expect(cleared.last?.message == "Successfully applied SetMetricDetail to all workers")
        #expect(cleared.last?.content.metricDetailStatus.effective == .detailCluster)
        #expect(cleared.last?.content.metricDetailStatus.workers["1"]?.activeLeaseCount == 0)
        #expect(cleared.last?.content.metricDetailStatus.workers["1"]?.previousEffective == .detailBackend)
        await owner.close()
        await events.close()
        await simulator.stop()
    }

    @Test("filters: metric names, no clusters, an unknown cluster id (the worker fails, the answer is still OK)")
    func filters() async throws {
        let simulator = try await RunningSimulator.start()
        try await addClusterWithBackends(simulator)
        let named = try await query(simulator) { $0.metricNames = ["client.connections", "epoll_time"] }
        #expect(named?.content.metrics.proxying.keys.sorted() == ["client.connections", "epoll_time", "epoll_time_histogram"])
        let noClusters = try await query(simulator) { $0.noClusters = true }
        #expect(noClusters?.content.metrics.clusters.isEmpty == true)
        #expect(noClusters?.content.metrics.proxying.isEmpty == false)
        let unknown = try await query(simulator) { $0.clusterIds = ["nope"] }
        #expect(unknown?.status == .ok)
        #expect(unknown?.content.metrics.clusters.isEmpty == true)
        let known = try await query(simulator) { $0.clusterIds = ["api"] }
        #expect(known?.content.metrics.clusters.keys.sorted() == ["api"])
        #expect(known?.content.metrics.proxying.isEmpty == true)
        await simulator.stop()
    }
}
