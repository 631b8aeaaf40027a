import Foundation
import SozuClient
import SozuCodec
import SozuConsoleEngine
import SozuProto
import SozuSimulator
import SozuTestSupport
import SwiftProtobuf
import Testing

// Snapshots of every answer the console renders, at 80 and 120 columns, from realistic content.
// Expected text sits in Snapshots/ResultRenderer/<fixture>.<width>.txt. To re-record after a
// deliberate change: SOZU_RECORD_SNAPSHOTS=1 and run again; recording fails the run, so that a
// re-recorded snapshot is always looked at before it is kept.

@Suite struct ResultRendererTests {
    @Test(arguments: RenderFixture.names, [80, 120])
    func snapshot(_ name: String, width: Int) throws {
        let lines = ResultRenderer.render(try #require(RenderFixture.content(name)), width: width)
        try RendererSnapshot.check(lines, name: "\(name).\(width)")
    }

    @Test("every variant of ResponseContent has a fixture")
    func everyVariantHasAFixture() throws {
        let covered = Set(try RenderFixture.names.map { try #require(RenderFixture.content($0)?.contentType).caseName })
        #expect(covered == Set(Command_ResponseContent.OneOf_ContentType.allVariantNames))
    }

    @Test(arguments: RenderFixture.names, [1, 5, 12, 20, 40, 60, 80, 100, 120, 200])
    func noLineIsWiderThanTheWidth(_ name: String, width: Int) throws {
        let lines = ResultRenderer.render(try #require(RenderFixture.content(name)), width: width)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width, "\(line)")
            #expect(line.last != " ", "trailing space in \(line)")
        }
    }

    @Test("absent content renders nothing (the caller prints the message)")
    func absentContent() {
        #expect(ResultRenderer.render(Command_ResponseContent(), width: 80) == [])
    }

    @Test("a long UTF-8 cluster id is cut on a character boundary with an ellipsis at 80 columns")
    func longUnicodeClusterID() throws {
        let clusterID = String(repeating: "集群-パリ-Ωmega-", count: 8)
        var content = Command_ResponseContent()
        var frontend = Command_RequestHttpFrontend()
        frontend.clusterID = clusterID
        frontend.address = socket("0.0.0.0:80")
        frontend.hostname = "パリ.example.jp"
        frontend.path = pathRule(.prefix, "/")
        content.frontendList.httpFrontends = [frontend]
        var hashes = Command_ClusterHashes()
        hashes.map = [clusterID: 1_234_567]

        let lines = ResultRenderer.render(content, width: 80)
        try RendererSnapshot.check(lines, name: "long-unicode-cluster-id.80")
        let row = try #require(lines.first { $0.hasPrefix("0.0.0.0:80") })
        #expect(DisplayWidth.columns(of: row) <= 80)
        let cell = row[try #require(row.range(of: "集群")).lowerBound...]
        #expect(DisplayWidth.columns(of: row) == 80)
        #expect(cell.hasSuffix("…"))
        #expect(clusterID.hasPrefix(cell.dropLast()))

        var hashContent = Command_ResponseContent()
        hashContent.clusterHashes = hashes
        for line in ResultRenderer.render(hashContent, width: 80) {
            #expect(DisplayWidth.columns(of: line) <= 80)
        }
    }

    @Test("at 40 columns a wide table is written as records, every value still shown")
    func narrowWidth() throws {
        let lines = ResultRenderer.render(try #require(RenderFixture.content("metrics-merged")), width: 40)
        try RendererSnapshot.check(lines, name: "metrics-merged.40")
        #expect(lines.contains("  p99.9    144"))
    }

    @Test("the private key never appears, only its size")
    func privateKeyIsRedacted() throws {
        for width in [40, 80, 200, 1000] {
            let text = ResultRenderer.render(try #require(RenderFixture.content("certificates-with-fingerprints")), width: width).joined(separator: "\n")
            #expect(!text.contains(RenderFixture.keyMarker))
            #expect(!text.contains("PRIVATE KEY"))
            #expect(text.contains("<redacted: 235 bytes>"))
        }
    }

    @Test("control characters from the proxy are shown as symbols, never sent to the terminal")
    func controlCharacters() {
        var content = Command_ResponseContent()
        content.requestCounts.map = ["evil\u{1B}[2Jname\tx": 3, "bell\u{07}": 1, "c1\u{9B}31m": 2]
        let text = ResultRenderer.render(content, width: 80).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F..<0xA0).contains($0.value) })
        #expect(text.contains("evil␛[2Jname␉x"))
        #expect(text.contains("bell␇"))
        #expect(text.contains("c1�31m"))
    }

    @Test("enum numbers this schema does not know are shown as numbers, not as the default")
    func unknownEnumValues() throws {
        // run_state 7 and event kind 99: a newer Sōzu's values, kept as unknown fields.
        var content = Command_ResponseContent()
        content.workers.vec = [try Command_WorkerInfo(serializedBytes: [0x08, 0x02, 0x10, 0x2A, 0x18, 0x07] as [UInt8], partial: true)]
        #expect(ResultRenderer.render(content, width: 80).last == "     2   42  UNKNOWN(7)")
        var event = Command_ResponseContent()
        event.event = try Command_Event(serializedBytes: [0x08, 0x63, 0x12, 0x03, 0x61, 0x70, 0x69] as [UInt8], partial: true)
        #expect(ResultRenderer.render(event, width: 80) == ["UNKNOWN_EVENT(99) cluster=api"])
    }

    @Test("malformed numbers render without trapping: shrinking histograms, extreme values")
    func malformedNumbers() {
        var histogram = Command_FilteredHistogram()
        histogram.count = .max
        histogram.sum = .max
        let runningTotals: [(count: UInt64, le: UInt64)] = [(10, 1), (4, 3), (.max, 7)]
        histogram.buckets = runningTotals.map { count, le in
            var bucket = Command_Bucket()
            bucket.count = count
            bucket.le = le
            return bucket
        }
        var serie = Command_FilteredTimeSerie()
        serie.lastSecond = .max
        serie.lastMinute = Array(repeating: .max, count: 60)
        var percentiles = Command_Percentiles()
        percentiles.samples = 0
        percentiles.p100 = .max
        var metrics: [String: Command_FilteredMetrics] = ["empty": Command_FilteredMetrics(), "negative": countMetric(.min)]
        metrics["h_histogram"] = { var metric = Command_FilteredMetrics(); metric.histogram = histogram; return metric }()
        metrics["serie"] = { var metric = Command_FilteredMetrics(); metric.timeSerie = serie; return metric }()
        metrics["p"] = { var metric = Command_FilteredMetrics(); metric.percentiles = percentiles; return metric }()
        var content = Command_ResponseContent()
        content.workerMetrics.proxy = metrics
        let text = ResultRenderer.render(content, width: 200).joined(separator: "\n")
        #expect(text.contains("≤1:10 ≤7:18446744073709551605"))
        #expect(text.contains("-9223372036854775808"))
        #expect(text.contains("257698037700"))
    }

    @Test("a worker that disagrees with main is named, with the clusters that differ")
    func clusterDisagreement() throws {
        let lines = ResultRenderer.render(try #require(RenderFixture.content("cluster-query")), width: 120)
        #expect(lines.first == "Shown: main's answer; workers 0, 1 agree.")
        #expect(lines.dropFirst().first == "! worker 2 disagrees with main: api differs")
    }

    @Test("frontends listed in another order do not count as a disagreement")
    func frontendOrderIsNotADisagreement() throws {
        let cluster = RenderFixture.apiCluster()
        var reordered = cluster
        reordered.httpFrontends.reverse()
        reordered.backends.reverse()
        var content = Command_ResponseContent()
        content.workerResponses.map = ["main": .clusters([cluster]), "0": .clusters([reordered])]
        #expect(ResultRenderer.render(content, width: 80).first == "Shown: main's answer; worker 0 agrees.")
    }
}

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("", 0), ("集群", 4), ("パリ", 4), ("Ωmega", 5), ("é", 1), ("e\u{301}", 1), ("\u{301}", 0),
        ("한국어", 6), ("ＡＢ", 4), ("😀", 2), ("👩‍💻", 2), ("❤️", 2), ("🇫🇷", 2), ("a\u{200B}b", 2), ("…", 1),
    ])
    func columns(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.columns(of: text) == expected)
    }

    @Test func elide() {
        #expect(DisplayWidth.elide("abcdef", to: 6) == "abcdef")
        #expect(DisplayWidth.elide("abcdef", to: 5) == "abcd…")
        #expect(DisplayWidth.elide("abcdef", to: 1) == "…")
        #expect(DisplayWidth.elide("abcdef", to: 0) == "")
        // A wide character that would straddle the limit is left out whole.
        #expect(DisplayWidth.elide("ab集群", to: 4) == "ab…")
        #expect(DisplayWidth.elide("ab集群", to: 5) == "ab集…")
        #expect(DisplayWidth.elide("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
    }

    @Test func fit() {
        #expect(DisplayWidth.fit("集", to: 4) == "集  ")
        #expect(DisplayWidth.fit("42", to: 5, alignment: .right) == "   42")
        #expect(DisplayWidth.fit("abcdef", to: 4, alignment: .right) == "abc…")
    }
}

@Suite struct TextTableTests {
    private func table() -> TextTable {
        TextTable(columns: [.text("backend"), .text("address"), .number("weight")], rows: [
            ["api-0", "10.0.1.12:8080", "100"],
            ["api-canary-with-a-long-name", "[2001:db8::12]:8080", "5"],
        ])
    }

    @Test func naturalWidth() {
        #expect(table().render(width: 80) == [
            "backend                      address              weight",
            "───────────────────────────  ───────────────────  ──────",
            "api-0                        10.0.1.12:8080          100",
            "api-canary-with-a-long-name  [2001:db8::12]:8080       5",
        ])
    }

    @Test("the widest text column shrinks first; numbers keep their width")
    func shrinksWidestTextColumn() {
        #expect(table().render(width: 48) == [
            "backend              address              weight",
            "───────────────────  ───────────────────  ──────",
            "api-0                10.0.1.12:8080          100",
            "api-canary-with-a-…  [2001:db8::12]:8080       5",
        ].map { String($0.prefix(48)) })
        #expect(table().render(width: 40) == [
            "backend          address          weight",
            "───────────────  ───────────────  ──────",
            "api-0            10.0.1.12:8080      100",
            "api-canary-wit…  [2001:db8::12]…       5",
        ])
    }

    @Test("text columns shrink down to six columns, no further")
    func shrinksToTheFloor() {
        #expect(table().render(width: 22) == [
            "backe…  addre…  weight",
            "──────  ──────  ──────",
            "api-0   10.0.…     100",
            "api-c…  [2001…       5",
        ])
    }

    @Test("too narrow for columns: one record per row, under the first header")
    func records() {
        #expect(table().render(width: 21) == [
            "backend",
            "───────",
            "api-0",
            "  address  10.0.1.12…",
            "  weight   100",
            "",
            "api-canary-with-a-lo…",
            "  address  [2001:db8…",
            "  weight   5",
        ])
    }

    @Test func missingAndExtraCells() {
        var table = TextTable(columns: [.text("a"), .text("b")])
        table.append(["1"])
        table.append(["1", "2", "3"])
        #expect(table.rows == [["1", ""], ["1", "2"]])
    }
}

@Suite("Rendering a simulated Sōzu's answers", .serialized)
struct ResultRendererSimulatorTests {
    @Test("every query answer of the demo scenario renders, within the width")
    func demoScenario() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = try Scenario(contentsOf: PackagePaths.root.appendingPathComponent("Resources/scenarios/demo.toml").path)
        var options = scenario.applied(to: SimulatorOptions(socketPath: directory.file("sozu.sock"), workerCount: 2, seed: 7))
        options.backendEventInterval = nil
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        let client = CommandClient(socketPath: directory.file("sozu.sock"))

        var requests: [(String, Command_Request)] = []
        func add(_ name: String, _ build: (inout Command_Request) -> Void) {
            var request = Command_Request()
            build(&request)
            requests.append((name, request))
        }
        add("status") { $0.status = Command_Status() }
        add("list workers") { $0.listWorkers = Command_ListWorkers() }
        add("list listeners") { $0.listListeners = Command_ListListeners() }
        add("list frontends") { $0.listFrontends = Command_FrontendFilters() }
        add("count requests") { $0.countRequests = Command_CountRequests() }
        add("cluster hashes") { $0.queryClustersHashes = Command_QueryClustersHashes() }
        add("cluster api") { $0.queryClusterByID = "api" }
        add("metrics list") { $0.queryMetrics.list = true }
        add("metrics") { $0.queryMetrics.list = false }
        add("metrics per worker") { $0.queryMetrics.workers = true }
        add("certificates from workers") { $0.queryCertificatesFromWorkers = Command_QueryCertificatesFilters() }
        add("certificates from the state") { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() }
        add("health checks") { $0.queryHealthChecks = Command_QueryHealthChecks() }
        add("metric detail") { $0.setMetricDetail.clientID = "renderer-test"; $0.setMetricDetail.detail = .detailBackend }

        for (name, request) in requests {
            let tracked = await client.send(request, timeout: .seconds(20))
            guard case .ok(_, let content?)? = tracked?.state else {
                Issue.record("\(name): \(String(describing: tracked?.state))")
                continue
            }
            for width in [40, 80, 120] {
                let lines = ResultRenderer.render(content, width: width)
                #expect(!lines.isEmpty, "\(name) at \(width)")
                for line in lines {
                    #expect(DisplayWidth.columns(of: line) <= width, "\(name) at \(width): \(line)")
                }
            }
        }
        await client.shutdown()
        await main.shutdown()
    }
}

// MARK: - Snapshots

private enum RendererSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/ResultRenderer")

    static func check(_ lines: [String], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        if let mismatch = try SnapshotFile.mismatch(lines.joined(separator: "\n") + "\n", file: file) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }
}

// MARK: - Fixtures

extension Command_ResponseContent.OneOf_ContentType {
    /// Every variant's name: `caseName` is exhaustive, so a variant added to the schema fails to
    /// compile until it is named, and then this list until it has a fixture.
    fileprivate static let allVariantNames = [
        "workers", "metrics", "workerResponses", "event", "frontendList", "listenersList", "workerMetrics", "availableMetrics",
        "clusters", "clusterHashes", "certificatesByAddress", "certificatesWithFingerprints", "requestCounts",
        "maxConnectionsPerIpLimit", "healthChecksList", "metricDetailStatus", "workerMetricDetailStatus",
    ]
}

extension Command_ResponseContent {
    fileprivate static func clusters(_ clusters: [Command_ClusterInformation]) -> Command_ResponseContent {
        var content = Command_ResponseContent()
        content.clusters.vec = clusters
        return content
    }

    fileprivate static func hashes(_ hashes: [String: UInt64]) -> Command_ResponseContent {
        var content = Command_ResponseContent()
        content.clusterHashes.map = hashes
        return content
    }
}

private func socket(_ text: String) -> Command_SocketAddress {
    SocketAddressParser.parse(text) ?? Command_SocketAddress()
}

private func pathRule(_ kind: Command_PathRuleKind, _ value: String) -> Command_PathRule {
    var rule = Command_PathRule()
    rule.kind = kind
    rule.value = value
    return rule
}

private func gaugeMetric(_ value: UInt64) -> Command_FilteredMetrics {
    var metric = Command_FilteredMetrics()
    metric.gauge = value
    return metric
}

private func countMetric(_ value: Int64) -> Command_FilteredMetrics {
    var metric = Command_FilteredMetrics()
    metric.count = value
    return metric
}

private func timeMetric(_ value: UInt64) -> Command_FilteredMetrics {
    var metric = Command_FilteredMetrics()
    metric.time = value
    return metric
}

/// Percentiles and the log-2 histogram twin Sōzu sends for a timing metric.
private func timing(_ name: String, samples: UInt64, values: [UInt64], into metrics: inout [String: Command_FilteredMetrics]) {
    var percentiles = Command_Percentiles()
    percentiles.samples = samples
    percentiles.p50 = values[0]
    percentiles.p90 = values[1]
    percentiles.p99 = values[2]
    percentiles.p999 = values[3]
    percentiles.p9999 = values[4]
    percentiles.p99999 = values[5]
    percentiles.p100 = values[6]
    percentiles.sum = samples * values[0] * 13 / 10
    var metric = Command_FilteredMetrics()
    metric.percentiles = percentiles
    metrics[name] = metric

    var histogram = Command_FilteredHistogram()
    histogram.count = samples
    histogram.sum = percentiles.sum
    let fractions: [Double] = [0, 0, 0.01, 0.08, 0.35, 0.72, 0.93, 0.995, 0.9995, 1]
    histogram.buckets = fractions.enumerated().map { exponent, fraction in
        var bucket = Command_Bucket()
        bucket.le = (1 << UInt64(exponent)) - 1
        bucket.count = UInt64((Double(samples) * fraction).rounded(.down))
        return bucket
    }
    var histogramMetric = Command_FilteredMetrics()
    histogramMetric.histogram = histogram
    metrics[name + "_histogram"] = histogramMetric
}

private func timeSerie(last second: UInt32, minute: [UInt32], hour: [UInt32]) -> Command_FilteredMetrics {
    var serie = Command_FilteredTimeSerie()
    serie.lastSecond = second
    serie.lastMinute = minute
    serie.lastHour = hour
    var metric = Command_FilteredMetrics()
    metric.timeSerie = serie
    return metric
}

private enum RenderFixture {
    /// Never shown: the test looks for it in the output.
    static let keyMarker = "S3CR3T-KEY-MATERIAL"
    static let fakeKey = "-----BEGIN PRIVATE KEY-----\n" + String(repeating: keyMarker + "/", count: 9) + "\n-----END PRIVATE KEY-----\n"

    static let certificatePEM = TestCertificate.pem
    static let certificateFingerprint = "8590a66e625e85a159037f392da5dcf169952e4eefebe2e7016e181f34e03dfc"

    static let names = [
        "workers", "metrics-merged", "metrics-per-worker", "worker-metrics", "available-metrics", "cluster-query",
        "cluster-query-empty", "cluster-hashes", "certificates-from-workers", "frontends", "listeners", "clusters",
        "cluster-hashes-standalone", "certificates-by-address", "certificates-with-fingerprints", "request-counts",
        "max-connections-per-ip", "health-checks", "metric-detail-status", "worker-metric-detail-status",
        "event-backend-down", "event-metric-detail",
    ]

    static func content(_ name: String) -> Command_ResponseContent? {
        var content = Command_ResponseContent()
        switch name {
        case "workers":
            let states: [(UInt32, Int32, Command_RunState)] = [
                (0, 41_021, .running), (1, 41_022, .running), (2, 41_023, .stopping), (3, 41_024, .notAnswering), (4, 40_980, .stopped),
            ]
            content.workers.vec = states.reversed().map { id, pid, state in
                var info = Command_WorkerInfo()
                info.id = id
                info.pid = pid
                info.runState = state
                return info
            }
        case "metrics-merged":
            content.metrics = mergedMetrics()
        case "metrics-per-worker":
            var metrics = Command_AggregatedMetrics()
            metrics.main = mergedMetrics().main
            metrics.workers = ["0": workerMetrics(worker: 0), "1": workerMetrics(worker: 1)]
            content.metrics = metrics
        case "worker-metrics":
            content.workerMetrics = workerMetrics(worker: 0)
        case "available-metrics":
            content.availableMetrics.proxyMetrics = [
                "accept_queue.connections", "bytes_in", "bytes_out", "client.connections", "event_loop_time",
                "http.requests", "request_time", "server.live", "slab.entries",
            ]
            content.availableMetrics.clusterMetrics = [
                "backend_response_time", "bytes_in", "bytes_out", "cluster.available_backends", "cluster.total_backends",
                "connections_per_backend", "requests",
            ]
        case "cluster-query":
            let cluster = apiCluster()
            var drifted = cluster
            drifted.backends.removeLast()
            content.workerResponses.map = ["main": .clusters([cluster]), "0": .clusters([cluster]), "1": .clusters([cluster]), "2": .clusters([drifted])]
        case "cluster-query-empty":
            content.workerResponses.map = ["main": .clusters([]), "0": .clusters([]), "1": .clusters([])]
        case "cluster-hashes":
            let hashes: [String: UInt64] = ["api": 14_695_981_039_346_656_037, "billing": 9_108_723_467_112_045, "web": 1_099_511_628_211]
            var stale = hashes
            stale["web"] = 8_206_338_740_118_552_211
            var partial = hashes
            partial["billing"] = nil
            content.workerResponses.map = ["main": .hashes(hashes), "0": .hashes(hashes), "1": .hashes(partial), "2": .hashes(stale)]
        case "certificates-from-workers":
            var listed = Command_ResponseContent()
            listed.certificatesByAddress = certificatesByAddress()
            var older = listed
            older.certificatesByAddress.certificates[0].certificateSummaries.removeLast()
            content.workerResponses.map = ["0": listed, "1": listed, "2": older]
        case "frontends":
            content.frontendList = frontends()
        case "listeners":
            content.listenersList = listeners()
        case "clusters":
            content.clusters.vec = [apiCluster(), udpCluster()]
        case "cluster-hashes-standalone":
            content.clusterHashes.map = ["api": 14_695_981_039_346_656_037, "web": 1_099_511_628_211]
        case "certificates-by-address":
            content.certificatesByAddress = certificatesByAddress()
        case "certificates-with-fingerprints":
            var real = Command_CertificateAndKey()
            real.certificate = certificatePEM
            real.certificateChain = [certificatePEM]
            real.key = fakeKey
            real.versions = [.tlsV12, .tlsV13]
            real.names = ["example.com", "www.example.com"]
            var broken = Command_CertificateAndKey()
            broken.certificate = "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n"
            broken.key = fakeKey
            content.certificatesWithFingerprints.certs = [
                certificateFingerprint: real,
                "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0": broken,
            ]
        case "request-counts":
            content.requestCounts.map = [
                "ADD_CLUSTER": 4, "ADD_BACKEND": 13, "ADD_HTTP_FRONTEND": 7, "QUERY_METRICS": 212, "LIST_WORKERS": 9,
                "STATUS": 31, "ADD_HTTPS_LISTENER": 2, "ADD_CERTIFICATE": 2,
            ]
        case "max-connections-per-ip":
            content.maxConnectionsPerIpLimit.limit = 250
        case "health-checks":
            var api = Command_HealthCheckConfig()
            api.uri = "/healthz"
            api.interval = 10
            api.timeout = 5
            api.healthyThreshold = 3
            api.unhealthyThreshold = 3
            api.expectedStatus = 0
            var billing = api
            billing.uri = "/internal/health?deep=true"
            billing.interval = 30
            billing.timeout = 10
            billing.unhealthyThreshold = 2
            billing.expectedStatus = 204
            content.healthChecksList.map = ["api": api, "billing": billing]
        case "metric-detail-status":
            var status = Command_MetricDetailStatus()
            status.configured = .detailCluster
            status.effective = .detailBackend
            status.previousEffective = .detailCluster
            for (worker, leases) in [("0", 2), ("1", 2), ("10", 0)] {
                var workerStatus = Command_WorkerMetricDetailStatus()
                workerStatus.configured = .detailCluster
                workerStatus.effective = leases > 0 ? .detailBackend : .detailCluster
                workerStatus.previousEffective = .detailCluster
                workerStatus.activeLeaseCount = UInt32(leases)
                status.workers[worker] = workerStatus
            }
            content.metricDetailStatus = status
        case "worker-metric-detail-status":
            content.workerMetricDetailStatus.configured = .detailCluster
            content.workerMetricDetailStatus.effective = .detailBackend
            content.workerMetricDetailStatus.previousEffective = .detailProcess
            content.workerMetricDetailStatus.activeLeaseCount = 1
        case "event-backend-down":
            content.event.kind = .backendDown
            content.event.clusterID = "api"
            content.event.backendID = "api-1"
            content.event.address = socket("10.0.1.13:8080")
        case "event-metric-detail":
            content.event.kind = .metricDetailChanged
            var transition = Command_MetricDetailTransition()
            transition.previousEffective = .detailCluster
            transition.effective = .detailBackend
            transition.transitionKind = "lease_acquired"
            transition.clientID = "sozu-top-4121"
            content.event.metricDetail = transition
        default:
            return nil
        }
        return content
    }

    static func mergedMetrics() -> Command_AggregatedMetrics {
        var metrics = Command_AggregatedMetrics()
        metrics.main = ["configuration.clusters": gaugeMetric(3), "configuration.backends": gaugeMetric(6), "configuration.frontends": gaugeMetric(9)]
        var proxying: [String: Command_FilteredMetrics] = [
            "accept_queue.connections": gaugeMetric(0), "client.connections": gaugeMetric(20), "server.live": gaugeMetric(1), "slab.entries": gaugeMetric(22),
            "http.requests": countMetric(182_734), "bytes_in": countMetric(93_559_808), "bytes_out": countMetric(748_478_464),
            "accept_queue.wait_time": timeMetric(3), "http.requests.rate": timeSerie(last: 41, minute: Array(repeating: 40, count: 60), hour: Array(repeating: 2_400, count: 60)),
        ]
        timing("request_time", samples: 182_734, values: [18, 39, 90, 144, 230, 310, 402], into: &proxying)
        timing("event_loop_time", samples: 36_000, values: [1, 2, 4, 7, 11, 16, 21], into: &proxying)
        metrics.proxying = proxying
        metrics.clusters = ["api": apiMetrics(scale: 2), "web": webMetrics()]
        return metrics
    }

    static func workerMetrics(worker: Int64) -> Command_WorkerMetrics {
        var metrics = Command_WorkerMetrics()
        var proxy: [String: Command_FilteredMetrics] = [
            "client.connections": gaugeMetric(UInt64(8 + 4 * worker)), "http.requests": countMetric(91_367 + worker * 11),
            "bytes_in": countMetric(46_779_904 + worker), "bytes_out": countMetric(374_239_232 + worker),
        ]
        timing("request_time", samples: UInt64(91_367 + worker * 11), values: [18, 39, 90, 144, 230, 310, 402], into: &proxy)
        metrics.proxy = proxy
        metrics.clusters = ["api": apiMetrics(scale: 1), "web": webMetrics()]
        return metrics
    }

    static func apiMetrics(scale: Int64) -> Command_ClusterMetrics {
        var cluster: [String: Command_FilteredMetrics] = [
            "requests": countMetric(120_000 * scale), "cluster.total_backends": gaugeMetric(3), "cluster.available_backends": gaugeMetric(2),
            "connections_per_backend": gaugeMetric(4),
        ]
        timing("backend_response_time", samples: UInt64(120_000 * scale), values: [12, 26, 60, 108, 168, 240, 300], into: &cluster)
        var metrics = Command_ClusterMetrics()
        metrics.cluster = cluster
        metrics.backends = [("api-1", Int64(59_000)), ("api-0", Int64(61_000))].map { id, requests in
            var backend = Command_BackendMetrics()
            backend.backendID = id
            backend.metrics = ["requests": countMetric(requests * scale), "connections": gaugeMetric(2), "backend.status\tup": gaugeMetric(1)]
            return backend
        }
        return metrics
    }

    static func webMetrics() -> Command_ClusterMetrics {
        var metrics = Command_ClusterMetrics()
        metrics.cluster = ["requests": countMetric(62_734), "cluster.total_backends": gaugeMetric(2), "cluster.available_backends": gaugeMetric(2)]
        return metrics
    }

    static func httpFrontend(_ cluster: String?, _ address: String, _ hostname: String, _ path: Command_PathRule,
                             method: String? = nil, tags: [String: String] = [:]) -> Command_RequestHttpFrontend {
        var frontend = Command_RequestHttpFrontend()
        if let cluster { frontend.clusterID = cluster }
        frontend.address = socket(address)
        frontend.hostname = hostname
        frontend.path = path
        if let method { frontend.method = method }
        frontend.position = .tree
        frontend.tags = tags
        return frontend
    }

    static func apiCluster() -> Command_ClusterInformation {
        var cluster = Command_Cluster()
        cluster.clusterID = "api"
        cluster.stickySession = false
        cluster.httpsRedirect = true
        cluster.httpsRedirectPort = 8443
        cluster.loadBalancing = .leastLoaded
        cluster.loadMetric = .connections
        cluster.http2 = true
        cluster.maxConnectionsPerIp = 100
        var check = Command_HealthCheckConfig()
        check.uri = "/healthz"
        check.interval = 10
        check.timeout = 5
        check.healthyThreshold = 3
        check.unhealthyThreshold = 3
        check.expectedStatus = 0
        cluster.healthCheck = check

        var information = Command_ClusterInformation()
        information.configuration = cluster
        information.httpFrontends = [
            httpFrontend("api", "0.0.0.0:80", "api.example.com", pathRule(.prefix, "/v1/"), tags: ["team": "edge", "env": "prod"]),
            httpFrontend("api", "0.0.0.0:80", "api.example.com", pathRule(.regex, "^/v[2-9]/"), method: "GET"),
        ]
        information.httpsFrontends = [httpFrontend("api", "[::]:443", "api.example.com", pathRule(.prefix, ""))]
        var tcp = Command_RequestTcpFrontend()
        tcp.clusterID = "api"
        tcp.address = socket("0.0.0.0:9000")
        information.tcpFrontends = [tcp]
        information.backends = [("api-0", "10.0.1.12:8080", nil, false), ("api-1", "10.0.1.13:8080", "s-api-1", false),
                                ("api-2", "[2001:db8::12]:8080", nil, true)].map { id, address, sticky, backup in
            var backend = Command_AddBackend()
            backend.clusterID = "api"
            backend.backendID = id
            backend.address = socket(address)
            if let sticky { backend.stickyID = sticky }
            if backup { backend.backup = true }
            var parameters = Command_LoadBalancingParams()
            parameters.weight = backup ? 10 : 100
            backend.loadBalancingParameters = parameters
            return backend
        }
        return information
    }

    static func udpCluster() -> Command_ClusterInformation {
        var cluster = Command_Cluster()
        cluster.clusterID = "dns"
        cluster.loadBalancing = .maglev
        var udp = Command_UdpClusterConfig()
        udp.affinityKey = .sourceIp
        udp.responses = 1
        var health = Command_UdpHealthConfig()
        health.mode = .tcpProbe
        health.tcpPort = 53
        udp.health = health
        cluster.udp = udp
        var information = Command_ClusterInformation()
        information.configuration = cluster
        var frontend = Command_RequestUdpFrontend()
        frontend.clusterID = "dns"
        frontend.address = socket("0.0.0.0:53")
        frontend.tags = ["service": "resolver"]
        information.udpFrontends = [frontend]
        return information
    }

    static func frontends() -> Command_ListedFrontends {
        var list = Command_ListedFrontends()
        var denied = httpFrontend(nil, "0.0.0.0:80", "admin.example.com", pathRule(.prefix, "/"))
        denied.position = .pre
        list.httpFrontends = [
            httpFrontend("web", "0.0.0.0:80", "www.example.com", pathRule(.prefix, "/"), tags: ["owner": "web-team"]),
            httpFrontend("api", "0.0.0.0:80", "api.example.com", pathRule(.regex, "^/v[2-9]/"), method: "GET"),
            httpFrontend("api", "0.0.0.0:80", "api.example.com", pathRule(.equals, "/status")),
            denied,
        ]
        var redirect = httpFrontend(nil, "0.0.0.0:443", "old.example.com", pathRule(.prefix, "/"))
        redirect.redirect = .permanent
        redirect.redirectScheme = .useHTTPS
        list.httpsFrontends = [
            httpFrontend("web", "0.0.0.0:443", "www.example.com", pathRule(.prefix, "/"), tags: ["owner": "web-team", "tier": "gold"]),
            redirect,
        ]
        var tcp = Command_RequestTcpFrontend()
        tcp.clusterID = "postgres"
        tcp.address = socket("0.0.0.0:5432")
        list.tcpFrontends = [tcp]
        var udp = Command_RequestUdpFrontend()
        udp.clusterID = "dns"
        udp.address = socket("[::]:53")
        list.udpFrontends = [udp]
        return list
    }

    static func listeners() -> Command_ListenersList {
        var list = Command_ListenersList()
        for (address, active) in [("0.0.0.0:80", true), ("[::]:80", false), ("0.0.0.0:8080", true)] {
            var http = Command_HttpListenerConfig()
            http.address = socket(address)
            http.stickyName = "SOZUBALANCEID"
            http.frontTimeout = 60
            http.backTimeout = 30
            http.connectTimeout = 3
            http.requestTimeout = 10
            http.active = active
            if address == "0.0.0.0:8080" {
                http.stickyName = "EDGE_ROUTE"
                http.sendXRealIp = true
                var answers = Command_CustomHttpAnswers()
                answers.answer503 = "HTTP/1.1 503 Service Unavailable\r\n\r\nback soon"
                http.httpAnswers = answers
            }
            list.httpListeners[address] = http
        }
        var https = Command_HttpsListenerConfig()
        https.address = socket("0.0.0.0:443")
        https.publicAddress = socket("203.0.113.7:443")
        https.stickyName = "SOZUBALANCEID"
        https.frontTimeout = 60
        https.backTimeout = 30
        https.connectTimeout = 3
        https.requestTimeout = 10
        https.active = true
        https.versions = [.tlsV12, .tlsV13]
        https.alpnProtocols = ["h2", "http/1.1"]
        https.key = fakeKey
        https.strictSniBinding = true
        list.httpsListeners["0.0.0.0:443"] = https
        var tcp = Command_TcpListenerConfig()
        tcp.address = socket("0.0.0.0:5432")
        tcp.expectProxy = true
        tcp.frontTimeout = 600
        tcp.backTimeout = 600
        tcp.connectTimeout = 3
        tcp.active = true
        list.tcpListeners["0.0.0.0:5432"] = tcp
        var udp = Command_UdpListenerConfig()
        udp.address = socket("[::]:53")
        udp.frontTimeout = 30
        udp.backTimeout = 30
        udp.maxRxDatagramSize = 1500
        udp.maxFlows = 0
        udp.active = true
        list.udpListeners["[::]:53"] = udp
        return list
    }

    static func certificatesByAddress() -> Command_ListOfCertificatesByAddress {
        var list = Command_ListOfCertificatesByAddress()
        list.certificates = [("0.0.0.0:443", [("www.example.com", certificateFingerprint), ("api.example.com", "4c1d6e0a9f3b7d2e8a5c1f6b0d9e3a7c2b8f4e1d6a0c9b3e7f2d5a8c1b4e7f0a")]),
                             ("[::]:8443", [])].map { address, summaries in
            var entry = Command_CertificatesByAddress()
            entry.address = socket(address)
            entry.certificateSummaries = summaries.map { domain, fingerprint in
                var summary = Command_CertificateSummary()
                summary.domain = domain
                summary.fingerprint = fingerprint
                return summary
            }
            return entry
        }
        return list
    }
}

/// What `listener list` and cluster answers say that the CLI says too.
@Suite struct ResultDetailsTests {
    @Test func aListenersHTTP2SettingsCiphersAndAnswersAreShown() {
        var listener = Command_HttpsListenerConfig()
        listener.address = socket("0.0.0.0:443")
        listener.h2MaxConcurrentStreams = 200
        listener.h2MaxRstStreamPerWindow = 50
        listener.cipherList = ["TLS13_AES_256_GCM_SHA384"]
        listener.signatureAlgorithms = ["ECDSA+SHA256"]
        listener.groupsList = ["x25519"]
        listener.stickyName = "EDGE"
        listener.strictSniBinding = true
        var content = Command_ResponseContent()
        content.listenersList.httpsListeners = ["0.0.0.0:443": listener]
        let text = ResultRenderer.render(content, width: 200).joined(separator: "\n")
        #expect(text.contains("HTTP/2: max rst stream per window 50, max concurrent streams 200"), "\(text)")
        #expect(text.contains("cipher list: TLS13_AES_256_GCM_SHA384"))
        #expect(text.contains("signature algorithms: ECDSA+SHA256"))
        #expect(text.contains("groups: x25519"))
        #expect(text.contains("sticky name: EDGE"))
        #expect(text.contains("strict SNI: yes"))
    }

    @Test func whenWorkersDisagreeEachRowSaysWhoHoldsIt() {
        func cluster(policy: Command_LoadBalancingAlgorithms, backends: [String]) -> Command_ResponseContent {
            var information = Command_ClusterInformation()
            information.configuration.clusterID = "api"
            information.configuration.loadBalancing = policy
            information.backends = backends.map { id in
                var backend = Command_AddBackend()
                backend.clusterID = "api"
                backend.backendID = id
                backend.address = socket("10.0.0.1:80")
                return backend
            }
            var content = Command_ResponseContent()
            content.clusters.vec = [information]
            return content
        }
        var content = Command_ResponseContent()
        content.workerResponses.map = [
            "main": cluster(policy: .roundRobin, backends: ["api-0"]),
            "0": cluster(policy: .roundRobin, backends: ["api-0"]),
            "1": cluster(policy: .random, backends: ["api-0", "api-9"]),
        ]
        let text = ResultRenderer.render(content, width: 120).joined(separator: "\n")
        #expect(text.contains("! worker 1 disagrees with main"), "\(text)")
        #expect(text.contains("! worker 1 holds another configuration:"), "\(text)")
        let extra = text.split(separator: "\n").first { $0.hasPrefix("api-9") }
        #expect(extra?.hasSuffix("worker 1") == true, "\(text)")
        let shared = text.split(separator: "\n").first { $0.hasPrefix("api-0") }
        #expect(shared?.contains("worker") == false, "\(text)")
    }
}
