import Foundation
import SozuClient
import SozuConsoleEngine
import SozuConsoleView
import SozuProto
import SozuTestSupport
import Testing

/// A proxy's traffic over three polls: `api` healthy, `web` with a failing backend and a slow
/// one, `billing` whose only backend one worker sees down; listeners and a certificate.
enum LiveFixture {
    static func traffic(now: Date) -> TrafficState {
        var traffic = TrafficState()
        for (index, seconds) in [-2.0, -1.0, 0.0].enumerated() {
            let tick = Int64(index)
            func worker(_ share: Int64, billingUp: Bool) -> Command_WorkerMetrics {
                var worker = TrafficFixture.worker(requests: 1_000 * share + tick * 400 * share, clusters: [
                    "api": ["api-0": TrafficFixture.served(100 + tick * 60 * share), "api-1": TrafficFixture.served(100 + tick * 40 * share)],
                    "web": [
                        "web-0": TrafficFixture.served(50 + tick * 90 * share), "web-1": TrafficFixture.served(50 + tick * 20 * share, p99: 950),
                        "web-2": TrafficFixture.served(50 + tick * 30 * share, errors: tick * 15 * share),
                    ],
                    "billing": ["billing-0": TrafficFixture.served(10 + tick * share)],
                ], connections: UInt64(4 * share))
                worker.clusters["billing"]?.backends[0].metrics["backend.available"] = TrafficFixture.gauge(billingUp ? 1 : 0)
                return worker
            }
            traffic.ingest(TrafficFixture.answer(["0": worker(1, billingUp: true), "1": worker(2, billingUp: false)]), at: now.addingTimeInterval(seconds))
        }
        var listeners = Command_ListenersList()
        var http = Command_HttpListenerConfig()
        http.active = true
        listeners.httpListeners["0.0.0.0:8080"] = http
        var https = Command_HttpsListenerConfig()
        https.active = false
        https.alpnProtocols = ["h2", "http/1.1"]
        listeners.httpsListeners["0.0.0.0:8443"] = https
        traffic.ingest(listeners, at: now)
        var certificates = Command_CertificatesWithFingerprints()
        var certificate = Command_CertificateAndKey()
        certificate.certificate = TestCertificate.pem
        certificate.names = ["example.com", "www.example.com"]
        certificates.certs["8590a66e625e85a159037f392da5dcf169952e4eefebe2e7016e181f34e03dfc"] = certificate
        traffic.ingest(certificates, at: now)
        traffic.lease = .held(expires: now.addingTimeInterval(50))
        return traffic
    }

    static func model(now: Date) -> ConsoleModel {
        var model = ScreenFixture.model(drain: false)
        model.setTraffic(traffic(now: now), of: model.targets[0].name)
        return model
    }
}

extension ScreenComposerTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func livePanes(columns: Int, rows: Int) throws {
        let model = LiveFixture.model(now: ScreenFixture.now)
        for pane in LiveView.Pane.allCases {
            var view = ViewState()
            view.live = LiveView(pane: pane)
            let frame = ScreenComposer.compose(model: model, view: view, columns: columns, rows: rows, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
            try check(frame, rows: rows, name: "live-\(pane.rawValue).\(columns)x\(rows)")
            assertFits(frame, columns: columns, rows: rows)
            #expect(frame.panels.contains { $0.id == .live } && !frame.panels.contains { $0.id == .output })
            #expect(frame.text(rows: rows).contains("F3/Esc leaves"))
        }
    }

    @Test("the clusters pane sorts by the key F6 chose, reversed by F7; rates and shares as computed")
    func liveSorting() {
        let model = LiveFixture.model(now: ScreenFixture.now)
        func clusterOrder(_ live: LiveView) -> [String] {
            var view = ViewState()
            view.live = live
            let frame = ScreenComposer.compose(model: model, view: view, columns: 120, rows: 40, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
            let lines = frame.panels.first { $0.id == .live }?.lines.map(\.plain) ?? []
            return lines.dropFirst(2).compactMap { $0.split(separator: " ").first.map(String.init) }.filter { ["api", "web", "billing"].contains($0) }
        }
        var live = LiveView(pane: .clusters)
        #expect(live.sort == .requests)
        #expect(clusterOrder(live) == ["web", "api", "billing"])  // 420, 300, 3 req/s
        live.nextSort()
        #expect(live.sort == .errors)
        #expect(clusterOrder(live).first == "web")
        live.reverse()
        #expect(clusterOrder(live).last == "web")
        while live.sort != .name { live.nextSort() }
        #expect(clusterOrder(live) == ["web", "billing", "api"])  // reversed names
    }

    @Test("a certificate under 14 days from expiry is a warning; the overview says so")
    func certificateExpiryWarning() {
        let late = Date(timeIntervalSince1970: 2_110_723_200)  // 2036-11-19 16:00 UTC, three days before it expires
        let model = LiveFixture.model(now: late)
        var view = ViewState()
        view.live = LiveView(pane: .certificates)
        let frame = ScreenComposer.compose(model: model, view: view, columns: 120, rows: 40, now: late, timeZone: ScreenFixture.utc)
        let live = frame.panels.first { $0.id == .live }?.lines ?? []
        let row = live.first { $0.plain.contains("example.com") }
        #expect(row?.plain.contains("in 3 d") == true)
        #expect(row?.segments.contains { $0.role == .warning } == true)
        view.live = LiveView(pane: .overview)
        let overview = ScreenComposer.compose(model: model, view: view, columns: 120, rows: 40, now: late, timeZone: ScreenFixture.utc)
        #expect(overview.text(rows: 40).contains("a certificate expires in 3 days"))
    }

    @Test("over several proxies the overview is a row per target and their total")
    func fleetOverview() {
        var model = ConsoleModel(targets: [TargetState(name: "web-1", socketPath: "/a"), TargetState(name: "web-2", socketPath: "/b")])
        model.setTraffic(LiveFixture.traffic(now: ScreenFixture.now), of: "web-1")
        model.setTraffic(TrafficState(), of: "web-2")
        var view = ViewState()
        view.live = LiveView(pane: .overview)
        let frame = ScreenComposer.compose(model: model, view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
        let lines = frame.panels.first { $0.id == .live }?.lines.map(\.plain) ?? []
        let web1 = lines.first { $0.hasPrefix(" web-1") }
        let total = lines.first { $0.hasPrefix(" total") }
        #expect(web1?.contains("1200") == true)
        #expect(total?.contains("1200") == true)
        #expect(lines.contains { $0.hasPrefix(" web-2") && $0.contains("—") })
        assertFits(frame, columns: 80, rows: 24)
    }
}

extension ScreenComposerTests {
    @Test("a long table scrolls under its header: the rows that fit, from the scroll, the last ones at the end")
    func liveScrolling() {
        func answer(_ tick: Int64) -> Command_AggregatedMetrics {
            var backends: [String: [String: Command_FilteredMetrics]] = [:]
            for index in 0..<40 { backends[String(format: "b%02d", index)] = TrafficFixture.served(Int64(index) * tick) }
            return TrafficFixture.answer(["0": TrafficFixture.worker(requests: tick, clusters: ["big": backends])])
        }
        var traffic = TrafficState()
        traffic.ingest(answer(1), at: ScreenFixture.now.addingTimeInterval(-1))
        traffic.ingest(answer(2), at: ScreenFixture.now)
        var model = ConsoleModel(target: "/s")
        model.setTraffic(traffic, of: "/s")
        func shown(scroll: Int) -> [String] {
            var view = ViewState()
            view.live = LiveView(pane: .backends)
            view.live?.scroll = scroll
            let frame = ScreenComposer.compose(model: model, view: view, columns: 80, rows: 24, now: ScreenFixture.now, timeZone: ScreenFixture.utc)
            let lines = frame.panels.first { $0.id == .live }?.lines.map(\.plain) ?? []
            return lines.compactMap { line in line.split(separator: " ").first.map(String.init) }.filter { $0.hasPrefix("big/") }
        }
        let top = shown(scroll: 0)
        #expect(top.first == "big/b39")  // the busiest first
        let page = top.count
        #expect(page > 5)
        #expect(shown(scroll: 3).first == "big/b36")
        let end = shown(scroll: 1_000)
        #expect(end.count == page)
        #expect(end.last == "big/b00")
    }
}
