import Foundation
import SozuConsoleEngine
import SozuProto
import SozuTestSupport
import Testing

@Suite("Live view figures from Sōzu's metrics")
struct TrafficStateTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a counter's rate is its growth over the time between polls; the first poll has none")
    func rateMeter() {
        var meter = RateMeter<String>()
        meter.startPoll()
        #expect(meter.rate("a", value: 100, at: start) == nil)
        meter.finishPoll()
        meter.startPoll()
        #expect(meter.rate("a", value: 300, at: start.addingTimeInterval(2)) == 100)
        meter.finishPoll()
        // A counter that went down (a restarted worker) has no rate, then starts again from there.
        meter.startPoll()
        #expect(meter.rate("a", value: 10, at: start.addingTimeInterval(3)) == nil)
        meter.finishPoll()
        meter.startPoll()
        #expect(meter.rate("a", value: 60, at: start.addingTimeInterval(4)) == 50)
        meter.finishPoll()
        // A series no poll reads is forgotten.
        meter.startPoll()
        meter.finishPoll()
        #expect(meter.seriesCount == 0)
    }

    @Test("rates per cluster and backend, 5xx share, worst percentiles; the overview sums the workers")
    func ratesAndShares() {
        var traffic = TrafficState()
        let first = TrafficFixture.answer([
            "0": TrafficFixture.worker(requests: 1_000, clusters: ["api": ["api-0": TrafficFixture.served(400), "api-1": TrafficFixture.served(600)]]),
            "1": TrafficFixture.worker(requests: 500, clusters: ["api": ["api-0": TrafficFixture.served(200), "api-1": TrafficFixture.served(300)]]),
        ])
        traffic.ingest(first, at: start)
        #expect(traffic.overview.requestsPerSecond == nil)
        #expect(traffic.clusters.map(\.id) == ["api"])
        let second = TrafficFixture.answer([
            "0": TrafficFixture.worker(requests: 1_200, clusters: ["api": ["api-0": TrafficFixture.served(500, errors: 10), "api-1": TrafficFixture.served(700, p99: 900)]]),
            "1": TrafficFixture.worker(requests: 600, clusters: ["api": ["api-0": TrafficFixture.served(250), "api-1": TrafficFixture.served(350)]]),
        ])
        traffic.ingest(second, at: start.addingTimeInterval(2))
        #expect(traffic.overview.requestsPerSecond == 150)  // (200 + 100) / 2 s
        #expect(traffic.overview.workers == 2)
        let api = traffic.clusters[0]
        #expect(api.figures.requestsPerSecond == 150)  // (100 + 100 + 50 + 50) / 2
        #expect(api.figures.errorsPerSecond == 5)
        #expect(api.figures.p99 == 900)
        #expect(api.totalBackends == 2 && api.availableBackends == 2)
        let api0 = traffic.backends.first { $0.id == "api/api-0" }
        #expect(api0?.figures.requestsPerSecond == 75)
        #expect(api0?.figures.errorPercent.map { abs($0 - 100.0 * 5 / 75) < 0.001 } == true)
        #expect(api0?.figures.bytesInPerSecond == 75_000)
        #expect(api0?.available == true)
        #expect(traffic.overview.latencyP99 == 900)
        #expect(traffic.clusterHistory["api"]?[.requests]?.ordered == [150])
        // Whole-number figures (percentiles, gauges) keep their value, not their bit pattern.
        #expect(traffic.overviewHistory["p99"]?.ordered == [40, 900])
        #expect(traffic.clusterHistory["api"]?[.p99]?.ordered == [40, 900])
        #expect(traffic.overviewHistory["connections"]?.ordered == [20, 20])
    }

    @Test("a worker that restarts (its counters start again) gives no negative or huge rate: its series skip one poll")
    func workerRestart() {
        var traffic = TrafficState()
        func poll(_ worker0: Int64, _ worker1: Int64, at seconds: Double) {
            traffic.ingest(TrafficFixture.answer([
                "0": TrafficFixture.worker(requests: worker0, clusters: ["web": ["web-0": TrafficFixture.served(worker0)]]),
                "1": TrafficFixture.worker(requests: worker1, clusters: ["web": ["web-0": TrafficFixture.served(worker1)]]),
            ]), at: start.addingTimeInterval(seconds))
        }
        poll(10_000, 10_000, at: 0)
        poll(10_100, 10_100, at: 1)
        #expect(traffic.overview.requestsPerSecond == 200)
        poll(10_200, 40, at: 2)  // worker 1 restarted
        #expect(traffic.overview.requestsPerSecond == 100)
        #expect(traffic.clusters[0].figures.requestsPerSecond == 100)
        poll(10_300, 140, at: 3)
        #expect(traffic.overview.requestsPerSecond == 200)
        #expect(traffic.overviewHistory["requests"]?.ordered == [200, 100, 200])
    }

    @Test("a removed backend's row goes with its history; the cluster's rate is its other backends'")
    func removedBackend() {
        var traffic = TrafficState()
        traffic.ingest(TrafficFixture.answer(["0": TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(0), "api-1": TrafficFixture.served(0)]])]), at: start)
        traffic.ingest(TrafficFixture.answer(["0": TrafficFixture.worker(requests: 20, clusters: ["api": ["api-0": TrafficFixture.served(10), "api-1": TrafficFixture.served(10)]])]), at: start.addingTimeInterval(1))
        #expect(traffic.backends.count == 2)
        #expect(traffic.backendHistory["api/api-1"] != nil)
        traffic.ingest(TrafficFixture.answer(["0": TrafficFixture.worker(requests: 40, clusters: ["api": ["api-0": TrafficFixture.served(30)]])]), at: start.addingTimeInterval(2))
        #expect(traffic.backends.map(\.id) == ["api/api-0"])
        #expect(traffic.backendHistory["api/api-1"] == nil)
        #expect(traffic.clusters[0].figures.requestsPerSecond == 20)
    }

    @Test("a backend down in some workers only is counted as such")
    func partialAvailability() {
        var worker0 = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(0)]])
        worker0.clusters["api"]?.backends[0].metrics["backend.available"] = TrafficFixture.gauge(0)
        let worker1 = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(0)]])
        var traffic = TrafficState()
        traffic.ingest(TrafficFixture.answer(["0": worker0, "1": worker1]), at: start)
        #expect(traffic.backends[0].reportingWorkers == 2 && traffic.backends[0].availableInWorkers == 1)
        #expect(traffic.backends[0].available == false && !traffic.backends[0].isDown)
    }

    @Test("the clusters merged by the main process beside each worker's proxy figures give the same rows as each worker's")
    func mergedClusters() {
        let polls = [
            [
                "0": TrafficFixture.worker(requests: 1_000, clusters: ["api": ["api-0": TrafficFixture.served(400), "api-1": TrafficFixture.served(600)]]),
                "1": TrafficFixture.worker(requests: 500, clusters: ["api": ["api-0": TrafficFixture.served(200), "api-1": TrafficFixture.served(300)]]),
            ],
            [
                "0": TrafficFixture.worker(requests: 1_200, clusters: ["api": ["api-0": TrafficFixture.served(500, errors: 10), "api-1": TrafficFixture.served(700, p99: 900)]]),
                "1": TrafficFixture.worker(requests: 600, clusters: ["api": ["api-0": TrafficFixture.served(250), "api-1": TrafficFixture.served(350)]]),
            ],
        ]
        var perWorker = TrafficState()
        var merged = TrafficState()
        for (index, poll) in polls.enumerated() {
            perWorker.ingest(TrafficFixture.answer(poll), at: start.addingTimeInterval(Double(index) * 2))
            merged.ingest(TrafficFixture.combined(poll), at: start.addingTimeInterval(Double(index) * 2))
        }
        #expect(merged.overview == perWorker.overview)
        #expect(merged.workers.map(\.id) == ["0", "1"])
        #expect(merged.workers.map(\.requestsPerSecond) == perWorker.workers.map(\.requestsPerSecond))
        #expect(merged.clusters == perWorker.clusters)
        #expect(merged.clusters.first?.totalBackends == 2 && merged.clusters.first?.availableBackends == 2)
        #expect(merged.backends == perWorker.backends)
        #expect(merged.backends.allSatisfy { $0.reportingWorkers == 2 && $0.availableInWorkers == 2 })
    }

    @Test("merged clusters: a backend down in one worker of two, and a worker's restart give no negative or huge rate")
    func mergedAvailabilityAndRestart() {
        var worker0 = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(10_000)]])
        worker0.clusters["api"]?.backends[0].metrics["backend.available"] = TrafficFixture.gauge(0)
        worker0.clusters["api"]?.cluster["cluster.available_backends"] = TrafficFixture.gauge(0)
        let worker1 = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(10_000)]])
        var traffic = TrafficState()
        traffic.ingest(TrafficFixture.combined(["0": worker0, "1": worker1]), at: start)
        #expect(traffic.backends[0].reportingWorkers == 2 && traffic.backends[0].availableInWorkers == 1)
        #expect(traffic.backends[0].available == false && !traffic.backends[0].isDown)
        #expect(traffic.clusters[0].totalBackends == 1 && traffic.clusters[0].availableBackends == 0)
        // Worker 1 restarts: the merged counter falls, which gives no rate for a poll.
        let restarted = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(50)]])
        traffic.ingest(TrafficFixture.combined(["0": worker0, "1": restarted]), at: start.addingTimeInterval(1))
        #expect(traffic.backends[0].figures.requestsPerSecond == nil)
        let later = TrafficFixture.worker(requests: 0, clusters: ["api": ["api-0": TrafficFixture.served(150)]])
        traffic.ingest(TrafficFixture.combined(["0": worker0, "1": later]), at: start.addingTimeInterval(2))
        #expect(traffic.backends[0].figures.requestsPerSecond == 100)
    }

    @Test("the history keeps the newest 60 values, oldest first")
    func historyRing() {
        var history = History()
        for value in 0..<75 { history.append(Double(value)) }
        #expect(history.count == 60)
        #expect(history.ordered.first == 15 && history.ordered.last == 74)
        #expect(history.last == 74)
    }
}

@Suite("Live view figures: counters that appear")
struct TrafficCounterAppearanceTests {
    @Test("a row's first 5xx counts from zero: Sōzu reports the counter only once it moved")
    func firstErrors() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var quiet = TrafficFixture.served(100)
        quiet["http.status.5xx"] = nil
        var traffic = TrafficState()
        traffic.ingest(TrafficFixture.answer(["0": TrafficFixture.worker(requests: 100, clusters: ["api": ["api-0": quiet]])]), at: start)
        traffic.ingest(TrafficFixture.answer(["0": TrafficFixture.worker(requests: 200, clusters: ["api": ["api-0": TrafficFixture.served(200, errors: 7)]])]), at: start.addingTimeInterval(1))
        #expect(traffic.backends.first?.figures.errorsPerSecond == 7)
    }
}
