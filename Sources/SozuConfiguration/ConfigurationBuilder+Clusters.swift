import Foundation
import SozuCodec
import SozuProto

extension ConfigurationBuilder {
    // MARK: Clusters

    mutating func requests(ofCluster id: String, _ cluster: ClusterEntry) throws(ConfigurationError) -> [Command_Request] {
        var settings = Command_Cluster()
        settings.clusterID = id
        settings.loadBalancing = cluster.loadBalancing
        if let metric = cluster.loadMetric { settings.loadMetric = metric }
        if let port = cluster.httpsRedirectPort { settings.httpsRedirectPort = port }
        settings.authorizedHashes = cluster.authorizedHashes ?? []
        if let realm = cluster.wwwAuthenticate { settings.wwwAuthenticate = realm }
        if let limit = cluster.maxConnectionsPerIP { settings.maxConnectionsPerIp = limit }
        if let seconds = cluster.retryAfter { settings.retryAfter = seconds }
        if let check = cluster.healthCheck { settings.healthCheck = check }
        if let udp = cluster.udp { settings.udp = udp }
        var frontendRequests: [Command_Request]
        if cluster.isTCP {
            settings.stickySession = false
            settings.httpsRedirect = false
            frontendRequests = try tcpFrontendRequests(of: id, cluster, settings: &settings)
        } else {
            settings.stickySession = cluster.stickySession ?? false
            settings.httpsRedirect = cluster.httpsRedirect ?? false
            if let path = cluster.answer503, let page = try? FileText.load(path) { settings.answer503 = page }
            if let http2 = cluster.http2 { settings.http2 = http2 }
            frontendRequests = try httpFrontendRequests(of: id, cluster, settings: &settings)
        }
        var requests = [Self.request(.addCluster(settings))]
        requests += frontendRequests
        for (index, backend) in cluster.backends.enumerated() {
            var add = Command_AddBackend()
            add.clusterID = id
            add.backendID = backend.backendID ?? "\(id)-\(index)-\(backend.addressText)"
            add.address = backend.address
            var parameters = Command_LoadBalancingParams()
            parameters.weight = Int32(backend.weight ?? 100)
            add.loadBalancingParameters = parameters
            if let sticky = backend.stickyID { add.stickyID = sticky }
            if let backup = backend.backup { add.backup = backup }
            requests.append(Self.request(.addBackend(add)))
        }
        return requests
    }

    mutating func tcpFrontendRequests(
        of id: String, _ cluster: ClusterEntry, settings: inout Command_Cluster
    ) throws(ConfigurationError) -> [Command_Request] {
        // All of a TCP cluster's frontends expect a proxy protocol header, or none does.
        var expectsProxy: Bool?
        for frontend in cluster.frontends {
            let expects = expectProxyAddresses.contains(SocketAddressParser.format(frontend.address))
            if let expectsProxy, expectsProxy != expects {
                throw .incompatible(kind: "ProxyProtocol", object: "Cluster", id: id)
            }
            expectsProxy = expects
            if frontend.hostname != nil { throw .invalidTCPFrontendField("hostname") }
            if frontend.path != nil { throw .invalidTCPFrontendField("path_prefix") }
            if frontend.certificate != nil { throw .invalidTCPFrontendField("certificate") }
            if frontend.certificateChain != nil { throw .invalidTCPFrontendField("certificate_chain") }
        }
        // Sōzu reads the cluster's answer pages once its frontends are converted.
        settings.answers = try Answers.load(cluster.answers ?? [:])
        switch (cluster.sendProxy ?? false, expectsProxy ?? false) {
        case (true, true): settings.proxyProtocol = .relayHeader
        case (true, false): settings.proxyProtocol = .sendHeader
        case (false, true): settings.proxyProtocol = .expectHeader
        case (false, false): break
        }
        var requests: [Command_Request] = []
        for frontend in cluster.frontends {
            let address = SocketAddressParser.format(frontend.address)
            var datagram = false
            switch knownAddresses[address] {
            case .http?, .https?: throw .wrongFrontendProtocol(ListenerProtocol.http.debugName)
            case .udp?: datagram = true
            case .tcp?: break
            case nil:
                tcpListeners.append(tcpListener(ListenerEntry(implicitAt: frontend.address, proto: .tcp)))
                knownAddresses[address] = .tcp
            }
            if datagram {
                var add = Command_RequestUdpFrontend()
                add.clusterID = id
                add.address = frontend.address
                add.tags = frontend.tags ?? [:]
                requests.append(Self.request(.addUdpFrontend(add)))
            } else {
                var add = Command_RequestTcpFrontend()
                add.clusterID = id
                add.address = frontend.address
                add.tags = frontend.tags ?? [:]
                requests.append(Self.request(.addTcpFrontend(add)))
            }
        }
        return requests
    }

    mutating func httpFrontendRequests(
        of id: String, _ cluster: ClusterEntry, settings: inout Command_Cluster
    ) throws(ConfigurationError) -> [Command_Request] {
        var built: [HTTPFrontend] = []
        for frontend in cluster.frontends { built.append(try HTTPFrontend(frontend, cluster: id)) }
        // Sōzu reads the cluster's answer pages once its frontends are converted.
        settings.answers = try Answers.load(cluster.answers ?? [:])
        var requests: [Command_Request] = []
        for var frontend in built {
            let address = SocketAddressParser.format(frontend.request.address)
            switch knownAddresses[address] {
            case .tcp?: throw .wrongFrontendProtocol(ListenerProtocol.tcp.debugName)
            case .udp?: throw .wrongFrontendProtocol(ListenerProtocol.udp.debugName)
            case .http?:
                if frontend.certificate != nil { throw .wrongFrontendProtocol(ListenerProtocol.http.debugName) }
            case .https?:
                if frontend.certificate == nil {
                    // A frontend without a certificate of its own serves the listener's.
                    if let listener = httpsListeners.first(where: { $0.address == frontend.request.address && $0.hasCertificate }) {
                        frontend.certificate = listener.certificate
                        frontend.certificateChain = listener.certificateChain
                        frontend.key = listener.hasKey ? listener.key : nil
                    }
                    if frontend.certificate == nil { throw .wrongFrontendProtocol(ListenerProtocol.https.debugName) }
                }
            case nil:
                let proto: ListenerProtocol = frontend.certificate != nil ? .https : .http
                try add(ListenerEntry(implicitAt: frontend.request.address, proto: proto), as: proto)
                knownAddresses[address] = proto
            }
            requests += frontend.requests
        }
        return requests
    }

    static func request(_ type: Command_Request.OneOf_RequestType) -> Command_Request {
        var request = Command_Request()
        request.requestType = type
        return request
    }
}
