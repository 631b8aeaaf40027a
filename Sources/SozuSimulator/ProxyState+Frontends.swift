import SozuCodec
import SozuProto

/// HTTP and HTTPS frontends, by Sōzu's frontend key; TCP and UDP frontends, by cluster.
extension ProxyState {
    mutating func addHTTPFrontend(_ frontend: Command_RequestHttpFrontend, secure: Bool) throws(StateError) {
        let key = Self.frontendKey(frontend)
        if secure ? httpsFrontends[key] != nil : httpFrontends[key] != nil {
            throw .exists(secure ? .httpsFrontend : .httpFrontend, id: key)
        }
        if secure { httpsFrontends[key] = frontend } else { httpFrontends[key] = frontend }
    }

    mutating func removeHTTPFrontend(_ frontend: Command_RequestHttpFrontend, secure: Bool) throws(StateError) {
        let key = Self.frontendKey(frontend)
        let removed = secure ? httpsFrontends.removeValue(forKey: key) : httpFrontends.removeValue(forKey: key)
        guard removed != nil else { throw .notFound(secure ? .httpsFrontend : .httpFrontend, id: key) }
    }

    /// Adds a TCP or UDP frontend to its cluster's, unless the same one is there.
    static func add<Frontend: ClusterFrontend>(_ frontend: Frontend, to table: inout [String: [Frontend]]) throws(StateError) {
        if table[frontend.clusterID, default: []].contains(frontend) {
            throw .exists(Frontend.objectKind, id: describe(frontend))
        }
        table[frontend.clusterID, default: []].append(frontend)
    }

    /// Removes a cluster's TCP or UDP frontends at the frontend's address.
    static func remove<Frontend: ClusterFrontend>(_ frontend: Frontend, from table: inout [String: [Frontend]]) throws(StateError) {
        try removeEach(from: &table, cluster: frontend.clusterID, notFound: .notFound(Frontend.objectKind, id: describe(frontend))) {
            $0.address == frontend.address
        }
    }

    /// Sōzu's key for an HTTP(S) frontend: what identifies it, and the id its errors quote.
    static func frontendKey(_ frontend: Command_RequestHttpFrontend) -> String {
        let kind: String
        switch frontend.path.kind {
        case .prefix: kind = "P"
        case .regex: kind = "R"
        case .equals: kind = "="
        }
        var key = "\(SocketAddressParser.format(frontend.address));\(frontend.hostname);\(kind)\(frontend.path.value)"
        if frontend.hasMethod { key += ";\(frontend.method)" }
        return key
    }

    /// A TCP or UDP frontend as Sōzu's errors print it (Rust's debug form).
    static func describe<Frontend: ClusterFrontend>(_ frontend: Frontend) -> String {
        let tags = "{" + frontend.tags.keys.sorted().map { "\"\($0)\": \"\(frontend.tags[$0] ?? "")\"" }.joined(separator: ", ") + "}"
        return "\(Frontend.objectKind.rawValue) { cluster_id: \"\(frontend.clusterID)\", address: \(SocketAddressParser.format(frontend.address)), tags: \(tags) }"
    }

    func frontendList(_ filters: Command_FrontendFilters) -> Command_ListedFrontends {
        let all = !filters.http && !filters.https && !filters.tcp
        let domain = filters.hasDomain ? filters.domain : nil
        var listed = Command_ListedFrontends()
        if all || filters.http {
            listed.httpFrontends = httpFrontends.keys.sorted().compactMap { httpFrontends[$0] }
                .filter { domain == nil || $0.hostname.contains(domain ?? "") }
        }
        if all || filters.https {
            listed.httpsFrontends = httpsFrontends.keys.sorted().compactMap { httpsFrontends[$0] }
                .filter { domain == nil || $0.hostname.contains(domain ?? "") }
        }
        if (all || filters.tcp), domain == nil {
            listed.tcpFrontends = tcpFrontends.keys.sorted().flatMap { tcpFrontends[$0] ?? [] }
            listed.udpFrontends = udpFrontends.keys.sorted().flatMap { udpFrontends[$0] ?? [] }
        }
        return listed
    }
}
