import SozuClient
import SozuCodec
import SozuConfiguration
import SozuProto

/// What `config check` says of a configuration Sōzu would load: Sōzu's own verdict, then what
/// the file makes the main process apply at start and on `reload`.
enum ConfigurationReport {
    static func render(_ configuration: SozuConfiguration, width: Int = 100) -> String {
        let requests = configuration.requests
        var counts: [(String, Int)] = []
        func count(_ name: String, _ matches: (Command_Request.OneOf_RequestType) -> Bool) {
            let number = requests.compactMap(\.requestType).filter(matches).count
            if number > 0 { counts.append((number == 1 ? name : name + "s", number)) }
        }
        count("listener") {
            switch $0 {
            case .addHTTPListener, .addHTTPSListener, .addTcpListener, .addUdpListener: true
            default: false
            }
        }
        count("cluster") { if case .addCluster = $0 { true } else { false } }
        count("frontend") {
            switch $0 {
            case .addHTTPFrontend, .addHTTPSFrontend, .addTcpFrontend, .addUdpFrontend: true
            default: false
            }
        }
        count("certificate") { if case .addCertificate = $0 { true } else { false } }
        count("backend") { if case .addBackend = $0 { true } else { false } }
        count("activation") { if case .activateListener = $0 { true } else { false } }
        var summary = counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        if configuration.disableClusterMetrics { summary += (summary.isEmpty ? "" : ", ") + "cluster metrics disabled" }
        var lines = [
            "Configuration file is valid: \(configuration.path)",
            "At start and on `reload`, Sōzu applies \(requests.count) request\(requests.count == 1 ? "" : "s")"
                + (summary.isEmpty ? "." : ": \(summary)."),
            "workers: \(configuration.workerCount) (task timeout \(configuration.workerTimeout) s) · command socket: "
                + commandSocket(of: configuration) + (configuration.savedStatePath.map { " · saved state: \($0)" } ?? ""),
        ]
        var listeners = TextTable(columns: [.text("listener"), .text("protocol"), .text("activated")])
        let activated = configuration.activateListeners ? "yes" : "no"
        let addresses = configuration.httpListeners.map { ($0.address, "http") } + configuration.httpsListeners.map { ($0.address, "https") }
            + configuration.tcpListeners.map { ($0.address, "tcp") } + configuration.udpListeners.map { ($0.address, "udp") }
        for (address, kind) in addresses { listeners.append([SocketAddressParser.format(address), kind, activated]) }
        if !listeners.isEmpty { lines += [""] + listeners.render(width: width) }
        var clusters = TextTable(columns: [
            .text("cluster", shrinksFirst: true), .text("frontends"), .number("certificates"), .number("backends"),
        ])
        for (id, clusterRequests) in configuration.clusterRequests {
            var kinds: [String] = []
            var certificates = 0
            var backends = 0
            for case let type? in clusterRequests.map(\.requestType) {
                switch type {
                case .addHTTPFrontend: kinds.append("http")
                case .addHTTPSFrontend: kinds.append("https")
                case .addTcpFrontend: kinds.append("tcp")
                case .addUdpFrontend: kinds.append("udp")
                case .addCertificate: certificates += 1
                case .addBackend: backends += 1
                default: break
                }
            }
            let frontends = ["http", "https", "tcp", "udp"].compactMap { kind -> String? in
                let number = kinds.filter { $0 == kind }.count
                return number == 0 ? nil : "\(number) \(kind)"
            }
            clusters.append([id, frontends.isEmpty ? "none" : frontends.joined(separator: ", "), String(certificates), String(backends)])
        }
        if !clusters.isEmpty { lines += [""] + clusters.render(width: width) }
        return lines.joined(separator: "\n")
    }

    /// Where the console would find the socket with this file as its `--config`.
    private static func commandSocket(of configuration: SozuConfiguration) -> String {
        do {
            return try SocketLocator(configOption: configuration.path).locate().path
        } catch {
            return "\(configuration.commandSocket ?? "sozu.sock") (\(error))"
        }
    }
}
