import SozuCodec
public import SozuProto

/// The text of Sōzu's answers, as tables and short sections an operator reads at a glance
/// (Sōzu's own CLI prints the same content as tables). Pure: the same content and width always
/// give the same lines.
public enum ResultRenderer {
    /// Lines of text showing a response's content, none wider than `width` columns (display
    /// columns: wide CJK characters count 2; cut long cells with "…"). Pure: no I/O, no clock.
    public static func render(_ content: Command_ResponseContent, width: Int) -> [String] {
        guard let contentType = content.contentType else { return [] }
        var output = LineBuilder(width: width)
        render(contentType, into: &output)
        // Every block fits already; this keeps the promise whatever a block did.
        return output.lines.map { DisplayWidth.elide($0, to: max(width, 0)) }
    }

    static func render(_ contentType: Command_ResponseContent.OneOf_ContentType, into output: inout LineBuilder) {
        switch contentType {
        case .workers(let infos):
            workers(infos, into: &output)
        case .metrics(let metrics):
            aggregatedMetrics(metrics, into: &output)
        case .workerResponses(let responses):
            workerResponses(responses, into: &output)
        case .event(let event):
            self.event(event, into: &output)
        case .frontendList(let frontends):
            frontendList(frontends, into: &output)
        case .listenersList(let listeners):
            listenersList(listeners, into: &output)
        case .workerMetrics(let metrics):
            workerMetrics(metrics, into: &output)
        case .availableMetrics(let names):
            availableMetrics(names, into: &output)
        case .clusters(let clusters):
            clusterInformations(clusters.vec, into: &output)
        case .clusterHashes(let hashes):
            clusterHashes(["main": hashes.map], into: &output)
        case .certificatesByAddress(let list):
            certificatesByAddress(list, into: &output)
        case .certificatesWithFingerprints(let certificates):
            certificatesWithFingerprints(certificates, into: &output)
        case .requestCounts(let counts):
            requestCounts(counts, into: &output)
        case .maxConnectionsPerIpLimit(let limit):
            maxConnectionsPerIp(limit, into: &output)
        case .healthChecksList(let list):
            healthChecks(list, into: &output)
        case .metricDetailStatus(let status):
            metricDetailStatus(status, into: &output)
        case .workerMetricDetailStatus(let status):
            workerMetricDetailStatus(status, into: &output)
        }
    }

    // MARK: - Shared pieces

    /// `main` first, then workers by number, then anything else by name.
    static func workerOrder(_ left: String, _ right: String) -> Bool {
        func rank(_ key: String) -> (Int, Int, String) {
            if key == "main" { return (0, 0, key) }
            if let number = Int(key) { return (1, number, key) }
            return (2, 0, key)
        }
        return rank(left) < rank(right)
    }

    /// `main`, `worker 2`.
    static func processName(_ key: String) -> String {
        key == "main" ? "main" : "worker \(key)"
    }

    /// `Main process`, `Worker 2`: a section about one process.
    static func processTitle(_ key: String) -> String {
        key == "main" ? "Main process" : "Worker \(key)"
    }

    /// `main, workers 0, 1`: the processes that gave one answer.
    static func processNames(_ keys: [String]) -> String {
        let workers = keys.filter { $0 != "main" }
        var parts: [String] = keys.contains("main") ? ["main"] : []
        if workers.count == 1, let only = workers.first {
            parts.append("worker \(only)")
        } else if !workers.isEmpty {
            parts.append("workers " + workers.joined(separator: ", "))
        }
        return parts.joined(separator: ", ")
    }

    static func address(_ address: Command_SocketAddress, isSet: Bool = true) -> String {
        isSet ? SocketAddressParser.format(address) : "-"
    }

    /// Orders socket addresses as numbers: IPv4 before IPv6, then by address, then by port.
    static func addressOrder(_ left: Command_SocketAddress, _ right: Command_SocketAddress) -> Bool {
        func key(_ address: Command_SocketAddress) -> (Int, UInt64, UInt64, UInt32) {
            switch address.ip.inner {
            case .v4(let value): (0, 0, UInt64(value), address.port)
            case .v6(let value): (1, value.high, value.low, address.port)
            case nil: (2, 0, 0, address.port)
            }
        }
        return key(left) < key(right)
    }

    /// `env=prod, team=edge`, by key.
    static func tags(_ tags: [String: String]) -> String {
        tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    /// `main, workers 0, 1` as a title: `Main, workers 0, 1`.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : pluralForm ?? singular + "s")"
    }
}
