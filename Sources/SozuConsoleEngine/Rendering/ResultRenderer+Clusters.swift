import SozuCodec
import SozuProto
import SwiftProtobuf

// Clusters and the per-process answers that carry them. The main process and every worker each
// answer a cluster query; the clusters are shown once (the main process's copy), and any worker
// that holds something else is named, since a worker out of step with main is what an operator
// needs to see first.
extension ResultRenderer {
    static func workerResponses(_ responses: Command_WorkerResponses, into output: inout LineBuilder) {
        let answers = responses.map.sorted { workerOrder($0.key, $1.key) }
        guard !answers.isEmpty else {
            output.paragraph("No process answered.")
            return
        }
        let clusterAnswers = answers.compactMap { key, content -> (String, [Command_ClusterInformation])? in
            if case .clusters(let clusters) = content.contentType { (key, clusters.vec) } else { nil }
        }
        let hashAnswers = answers.compactMap { key, content -> (String, [String: UInt64])? in
            if case .clusterHashes(let hashes) = content.contentType { (key, hashes.map) } else { nil }
        }
        let others: [(key: String, value: Command_ResponseContent)]
        if let first = clusterAnswers.first {
            let agreement = clusterAgreement(clusterAnswers)
            output.paragraph(agreement)
            if agreement.count > 1 {
                // Processes disagree: every item any of them holds, and who holds it.
                let merged = ClusterHolders.merge(clusterAnswers)
                clusterInformations(merged.clusters, holders: merged.holders, into: &output)
            } else {
                clusterInformations(first.1, into: &output)
            }
            others = answers.filter { if case .clusters = $0.value.contentType { false } else { true } }
        } else if !hashAnswers.isEmpty {
            clusterHashes(Dictionary(hashAnswers, uniquingKeysWith: { first, _ in first }), into: &output)
            others = answers.filter { if case .clusterHashes = $0.value.contentType { false } else { true } }
        } else {
            identicalAnswersGrouped(answers, into: &output)
            return
        }
        if !others.isEmpty {
            output.heading("Other answers")
            identicalAnswersGrouped(others, into: &output)
        }
    }

    /// One section per distinct answer, titled with the processes that gave it.
    private static func identicalAnswersGrouped(_ answers: [(key: String, value: Command_ResponseContent)], into output: inout LineBuilder) {
        var groups: [(keys: [String], bytes: [UInt8]?, content: Command_ResponseContent)] = []
        for (key, content) in answers {
            let bytes = try? MessageCodec.encode(content)
            if let bytes, let index = groups.firstIndex(where: { $0.bytes == bytes }) {
                groups[index].keys.append(key)
            } else {
                groups.append(([key], bytes, content))
            }
        }
        for group in groups {
            let title = capitalized(processNames(group.keys))
            output.heading(group.keys.count > 1 ? "\(title) (same answer)" : title)
            if let contentType = group.content.contentType {
                render(contentType, into: &output)
            } else {
                output.paragraph("(no content)")
            }
        }
    }

    /// `Shown: main's answer; workers 0, 1 agree.`, and for each other process, the clusters it
    /// holds differently from the first (main's). Frontends and backends are compared as sets:
    /// workers list them in hash-map order.
    static func clusterAgreement(_ answers: [(String, [Command_ClusterInformation])]) -> [String] {
        guard let first = answers.first else { return [] }
        let reference = first.0
        let referenceClusters = normalizedClusters(first.1)
        var agreeing: [String] = []
        var notes: [String] = []
        for (key, clusters) in answers.dropFirst() {
            let theirs = normalizedClusters(clusters)
            guard theirs != referenceClusters else {
                agreeing.append(key)
                continue
            }
            var differences: [String] = []
            for id in Set(referenceClusters.keys).union(theirs.keys).sorted() {
                switch (referenceClusters[id], theirs[id]) {
                case (let mine?, let other?) where mine != other: differences.append("\(id) differs")
                case (_?, nil): differences.append("\(id) missing")
                case (nil, _?): differences.append("\(id) extra")
                default: break
                }
            }
            notes.append("! \(processName(key)) disagrees with \(reference): \(differences.joined(separator: ", "))")
        }
        let agreement = agreeing.isEmpty ? "" : "; \(processNames(agreeing)) \(agreeing.count == 1 ? "agrees" : "agree")"
        return ["Shown: \(processName(reference))'s answer\(agreement)."] + notes
    }

    /// Each cluster's serialized configuration, then its frontends and backends by kind, each
    /// list sorted by bytes.
    private static func normalizedClusters(_ clusters: [Command_ClusterInformation]) -> [String: [[[UInt8]]]] {
        var result: [String: [[[UInt8]]]] = [:]
        for (index, cluster) in clusters.enumerated() {
            let id = cluster.hasConfiguration ? cluster.configuration.clusterID : "(no configuration #\(index))"
            result[id, default: []] += [
                [(try? MessageCodec.encode(cluster.configuration)) ?? []],
                encoded(cluster.httpFrontends), encoded(cluster.httpsFrontends), encoded(cluster.tcpFrontends),
                encoded(cluster.udpFrontends), encoded(cluster.backends),
            ]
        }
        return result
    }

    private static func encoded<Message: SwiftProtobuf.Message>(_ messages: [Message]) -> [[UInt8]] {
        messages.map { (try? MessageCodec.encode($0)) ?? [] }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func clusterInformations(_ clusters: [Command_ClusterInformation], holders: ClusterHolders? = nil, into output: inout LineBuilder) {
        guard !clusters.isEmpty else {
            output.paragraph("No cluster matches.")
            return
        }
        let ordered = clusters.enumerated().sorted {
            ($0.element.configuration.clusterID, $0.offset) < ($1.element.configuration.clusterID, $1.offset)
        }
        for (_, cluster) in ordered {
            clusterInformation(cluster, holders: holders, into: &output)
        }
    }

    private static func clusterInformation(_ cluster: Command_ClusterInformation, holders: ClusterHolders?, into output: inout LineBuilder) {
        let configuration = cluster.configuration
        let clusterID = cluster.hasConfiguration ? configuration.clusterID : cluster.backends.first?.clusterID ?? "?"
        output.heading("Cluster \(clusterID)")
        if cluster.hasConfiguration {
            output.flow(clusterSettings(configuration))
        } else {
            output.paragraph("(no configuration)")
        }
        for (processes, other) in holders?.otherConfigurations[clusterID] ?? [] {
            output.flow(["! \(processNames(processes)) \(processes.count == 1 ? "holds" : "hold") another configuration:"] + clusterSettings(other))
        }
        let heldBy = { (item: any SwiftProtobuf.Message) -> String in holders?.heldBy(item, in: clusterID) ?? "" }

        let routes = cluster.httpFrontends.sorted(by: httpFrontendOrder).map { ("http", $0) }
            + cluster.httpsFrontends.sorted(by: httpFrontendOrder).map { ("https", $0) }
        let streams = cluster.tcpFrontends.map(StreamFrontend.init).sorted(by: StreamFrontend.order).map { ("tcp", $0) }
            + cluster.udpFrontends.map(StreamFrontend.init).sorted(by: StreamFrontend.order).map { ("udp", $0) }
        if routes.isEmpty, streams.isEmpty {
            output.paragraph("Frontends: none")
        } else {
            // The route shows only for frontends that do not simply forward to this cluster.
            var table = TextTable(columns: [
                .text("frontend"), .text("address"), .text("hostname"), .text("path"), .text("method"),
                .text("route", hiddenWhenEmpty: true), tagsColumn, heldByColumn,
            ])
            for (kind, frontend) in routes {
                let target = route(frontend)
                table.append([
                    kind, address(frontend.address, isSet: frontend.hasAddress), frontend.hostname,
                    ResponseWords.pathRule(frontend.path), frontend.hasMethod ? frontend.method : "any",
                    target == clusterID ? "" : target, tags(frontend.tags), heldBy(frontend),
                ])
            }
            for (kind, frontend) in streams {
                table.append([kind, address(frontend.address, isSet: frontend.hasAddress), "", "", "",
                              frontend.clusterID == clusterID ? "" : frontend.clusterID, tags(frontend.tags), heldBy(frontend.message)])
            }
            output.table(table)
        }

        if cluster.backends.isEmpty {
            output.paragraph("Backends: none")
        } else {
            var table = TextTable(columns: [
                .text("backend"), .text("address"), .number("weight", hiddenWhenEmpty: true),
                .text("sticky id", hiddenWhenEmpty: true), .text("backup", hiddenWhenEmpty: true), heldByColumn,
            ])
            let backends = cluster.backends.sorted {
                $0.backendID != $1.backendID ? $0.backendID < $1.backendID : addressOrder($0.address, $1.address)
            }
            for backend in backends {
                table.append([
                    backend.backendID, address(backend.address, isSet: backend.hasAddress),
                    backend.hasLoadBalancingParameters ? String(backend.loadBalancingParameters.weight) : "",
                    backend.hasStickyID ? backend.stickyID : "", backend.hasBackup && backend.backup ? "backup" : "", heldBy(backend),
                ])
            }
            output.table(table)
        }
    }

    /// Who holds a row, shown only where the processes disagree.
    private static let heldByColumn = TextTable.Column.text("held only by", hiddenWhenEmpty: true)

    /// `label: value` items for a cluster's configuration; unset optional settings are left out.
    static func clusterSettings(_ cluster: Command_Cluster) -> [String] {
        var items = ["load balancing: \(ResponseWords.loadBalancing(cluster.loadBalancing))"]
        if cluster.hasLoadMetric { items.append("load metric: \(ResponseWords.loadMetric(cluster.loadMetric))") }
        items.append("sticky sessions: \(ResponseWords.yesNo(cluster.stickySession))")
        let redirectPort = cluster.hasHTTPSRedirectPort ? " (port \(cluster.httpsRedirectPort))" : ""
        items.append("https redirect: \(ResponseWords.yesNo(cluster.httpsRedirect))\(cluster.httpsRedirect ? redirectPort : "")")
        if cluster.hasHTTP2 { items.append("http2: \(ResponseWords.yesNo(cluster.http2))") }
        if cluster.hasProxyProtocol { items.append("proxy protocol: \(ResponseWords.proxyProtocol(cluster.proxyProtocol))") }
        if cluster.hasMaxConnectionsPerIp {
            items.append("max connections per IP: \(cluster.maxConnectionsPerIp == 0 ? "unlimited" : String(cluster.maxConnectionsPerIp))")
        }
        if cluster.hasRetryAfter { items.append("retry after: \(cluster.retryAfter)s") }
        if !cluster.authorizedHashes.isEmpty { items.append("basic auth: \(plural(cluster.authorizedHashes.count, "credential"))") }
        if cluster.hasWwwAuthenticate { items.append("realm: \(cluster.wwwAuthenticate)") }
        if cluster.hasAnswer503 { items.append("custom 503: \(plural(cluster.answer503.utf8.count, "byte"))") }
        if !cluster.answers.isEmpty { items.append("custom answers: \(cluster.answers.keys.sorted().joined(separator: ", "))") }
        if cluster.hasHealthCheck { items.append("health check: \(healthCheckSummary(cluster.healthCheck))") }
        if cluster.hasUdp {
            let udp = cluster.udp
            if udp.hasAffinityKey { items.append("udp affinity: \(ResponseWords.udpAffinity(udp.affinityKey))") }
            if udp.hasRequests { items.append("udp requests per flow: \(udp.requests)") }
            if udp.hasResponses { items.append("udp responses per flow: \(udp.responses)") }
            if udp.hasSendProxyProtocol {
                let every = udp.hasProxyProtocolEveryDatagram && udp.proxyProtocolEveryDatagram ? " (every datagram)" : ""
                items.append("udp proxy protocol: \(ResponseWords.yesNo(udp.sendProxyProtocol))\(udp.sendProxyProtocol ? every : "")")
            }
            if udp.hasHealth {
                let health = udp.health
                var text = ResponseWords.udpHealthMode(health.mode)
                if health.mode != .healthOff {
                    if health.mode == .tcpProbe, health.hasTcpPort { text += " port \(health.tcpPort)" }
                    text += " every \(health.probeIntervalSeconds)s, timeout \(health.probeTimeoutSeconds)s, rise \(health.rise), fall \(health.fall)"
                    text += health.failOpen ? ", fail open" : ", fail closed"
                }
                items.append("udp health: \(text)")
            }
        }
        return items
    }

    /// `/healthz every 10s, timeout 5s, up/down after 3/3, expects 2xx`.
    static func healthCheckSummary(_ check: Command_HealthCheckConfig) -> String {
        "\(check.uri) every \(check.interval)s, timeout \(check.timeout)s, "
            + "up/down after \(check.healthyThreshold)/\(check.unhealthyThreshold), expects \(expectedStatus(check))"
    }

    /// Sōzu takes 0 as "any 2xx".
    static func expectedStatus(_ check: Command_HealthCheckConfig) -> String {
        check.expectedStatus == 0 ? "2xx" : String(check.expectedStatus)
    }

    /// Cluster × process, with each worker's hash compared with the main process's: `=` when
    /// equal, so that the one that differs stands out.
    static func clusterHashes(_ hashes: [String: [String: UInt64]], into output: inout LineBuilder) {
        let processes = hashes.keys.sorted(by: workerOrder)
        guard let reference = processes.first else { return }
        let clusterIDs = Set(hashes.values.flatMap(\.keys)).sorted()
        guard !clusterIDs.isEmpty else {
            output.paragraph("No clusters.")
            return
        }
        var columns: [TextTable.Column] = [.text("cluster")]
        if processes.count > 1 { columns.append(.text("in sync")) }
        // A lone answer (a worker's own) needs no process name.
        columns.append(.number(processes.count > 1 ? processName(reference) : "hash"))
        columns += processes.dropFirst().map { .text(processName($0)) }
        var table = TextTable(columns: columns)
        var outOfSync = 0
        for clusterID in clusterIDs {
            let referenceHash = hashes[reference]?[clusterID]
            let cells = processes.dropFirst().map { process -> String in
                guard let hash = hashes[process]?[clusterID] else { return "missing" }
                return hash == referenceHash ? "=" : String(hash)
            }
            var row = [clusterID]
            if processes.count > 1 {
                let inSync = cells.allSatisfy { $0 == "=" }
                if !inSync { outOfSync += 1 }
                row.append(inSync ? "yes" : "NO")
            }
            row.append(referenceHash.map { String($0) } ?? "missing")
            table.append(row + cells)
        }
        if processes.count > 1 {
            output.paragraph(outOfSync == 0
                ? "\(plural(clusterIDs.count, "cluster")), the same on \(processNames(processes))."
                : "\(plural(outOfSync, "cluster")) of \(clusterIDs.count) out of sync between \(processNames(processes)).")
        }
        output.table(table)
    }
}
