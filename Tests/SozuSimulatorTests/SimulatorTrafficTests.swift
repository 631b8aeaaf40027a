import Foundation
import SozuChannel
import SozuCodec
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

@Suite("Simulated Sōzu traffic, per cluster and per backend", .serialized)
struct SimulatorTrafficTests {
    private func addCluster(_ simulator: RunningSimulator, _ clusterID: String, backends: Int) async throws {
        var cluster = Command_Cluster()
        cluster.clusterID = clusterID
        _ = try await simulator.send(request { $0.addCluster = cluster })
        for index in 0..<backends {
            var backend = Command_AddBackend()
            backend.clusterID = clusterID
            backend.backendID = "\(clusterID)-\(index)"
            backend.address.ip.v4 = 0x7f00_0001
            backend.address.port = UInt32(2000 + index)
            _ = try await simulator.send(request { $0.addBackend = backend })
        }
    }

    private func perWorker(_ simulator: RunningSimulator) async throws -> Command_AggregatedMetrics {
        var options = Command_QueryMetricsOptions()
        options.workers = true
        let answer = try #require(try await simulator.send(request { $0.queryMetrics = options }).last)
        #expect(answer.status == .ok)
        return answer.content.metrics
    }

    /// Takes a backend-level lease on `owner` (a lease belongs to its connection).
    private func lease(_ owner: Client, clear: Bool = false) async throws -> Command_Response? {
        var set = Command_SetMetricDetail()
        set.clientID = "traffic-test"
        if clear { set.clear = true } else { set.detail = .detailBackend; set.ttlSeconds = 60 }
        try await owner.send(request { $0.setMetricDetail = set })
        for try await answer in owner.messages where answer.status != .processing { return answer }
        return nil
    }

    private static func count(_ metrics: [String: Command_FilteredMetrics], _ name: String) -> Int64 {
        if case .count(let value)? = metrics[name]?.inner { return value }
        return 0
    }

    @Test("at cluster detail the backends' traffic is filed under the cluster; a backend lease gives each backend its row, from zero")
    func filingFollowsTheDetailLevel() async throws {
        let simulator = try await RunningSimulator.start(workers: 1, traffic: true, slowBackends: ["api/api-1"], failingBackends: ["api/api-2"])
        try await addCluster(simulator, "api", backends: 3)
        try await Task.sleep(for: .milliseconds(300))
        let before = try await perWorker(simulator)
        let clusterRow = try #require(before.workers["0"]?.clusters["api"])
        #expect(clusterRow.backends.isEmpty)
        #expect(Self.count(clusterRow.cluster, "requests") > 0)
        #expect(Self.count(clusterRow.cluster, "http.status.502") > 0)

        let owner = try await Client.connect(to: simulator.path)
        #expect(try await lease(owner)?.status == .ok)
        try await Task.sleep(for: .milliseconds(600))
        let after = try await perWorker(simulator)
        let row = try #require(after.workers["0"]?.clusters["api"])
        #expect(row.backends.map(\.backendID) == ["api-0", "api-1", "api-2"])
        // The cluster's own filing stopped growing when the level changed.
        #expect(Self.count(row.cluster, "requests") >= Self.count(clusterRow.cluster, "requests"))
        let backends = Dictionary(uniqueKeysWithValues: row.backends.map { ($0.backendID, $0.metrics) })
        for id in ["api-0", "api-1", "api-2"] {
            #expect(Self.count(backends[id] ?? [:], "requests") > 0, "\(id) served nothing")
            #expect(backends[id]?["backend.available"] != nil)
            #expect(backends[id]?["connections_per_backend"] != nil)
        }
        // The failing backend answers half in 502; the slow one is ten times slower.
        let failing = backends["api-2"] ?? [:]
        #expect(Double(Self.count(failing, "http.status.502")) > 0.3 * Double(Self.count(failing, "requests")))
        #expect(Self.count(backends["api-0"] ?? [:], "http.status.502") <= Self.count(backends["api-0"] ?? [:], "requests") / 10)
        func p99(_ id: String) -> UInt64 {
            if case .percentiles(let value)? = backends[id]?["backend_response_time"]?.inner { return value.p99 }
            return 0
        }
        #expect(p99("api-1") >= 5 * p99("api-0"))

        // A removed backend's row goes; the others take its share.
        var remove = Command_RemoveBackend()
        remove.clusterID = "api"
        remove.backendID = "api-2"
        remove.address.ip.v4 = 0x7f00_0001
        remove.address.port = 2002
        let removed = try await simulator.send(request { $0.removeBackend = remove })
        #expect(removed.last?.status == .ok)
        let later = try await perWorker(simulator)
        #expect(later.workers["0"]?.clusters["api"]?.backends.map(\.backendID) == ["api-0", "api-1"])

        // Names filter the backends' metrics too; a time metric brings its histogram.
        var named = Command_QueryMetricsOptions()
        named.workers = true
        named.metricNames = ["requests", "backend_response_time"]
        let filtered = try #require(try await simulator.send(request { $0.queryMetrics = named }).last).content.metrics
        let filteredBackend = try #require(filtered.workers["0"]?.clusters["api"]?.backends.first)
        #expect(filteredBackend.metrics.keys.sorted() == ["backend_response_time", "backend_response_time_histogram", "requests"])
        #expect(filtered.workers["0"]?.proxy.isEmpty == true)
        // Asked by backend id: the cluster's backends, without the cluster's own metrics.
        var byBackend = Command_QueryMetricsOptions()
        byBackend.workers = true
        byBackend.backendIds = ["api-0"]
        let backendsOnly = try #require(try await simulator.send(request { $0.queryMetrics = byBackend }).last).content.metrics
        #expect(backendsOnly.workers["0"]?.clusters["api"]?.cluster.isEmpty == true)
        #expect(backendsOnly.workers["0"]?.clusters["api"]?.backends.map(\.backendID) == ["api-0", "api-1"])

        #expect(try await lease(owner, clear: true)?.status == .ok)
        await owner.close()
        await simulator.stop()
    }

    @Test("merged across workers, the cluster's requests are the workers' sum")
    func mergedCounts() async throws {
        let simulator = try await RunningSimulator.start(workers: 2, traffic: true)
        try await addCluster(simulator, "web", backends: 2)
        try await Task.sleep(for: .milliseconds(300))
        let split = try await perWorker(simulator)
        let merged = try #require(try await simulator.send(request { $0.queryMetrics = Command_QueryMetricsOptions() }).last).content.metrics
        let sum = split.workers.values.map { Self.count($0.clusters["web"]?.cluster ?? [:], "requests") }.reduce(0, +)
        // Traffic went on between the two queries: never less.
        #expect(Self.count(merged.clusters["web"]?.cluster ?? [:], "requests") >= sum)
        #expect(sum > 0)
        await simulator.stop()
    }
}
