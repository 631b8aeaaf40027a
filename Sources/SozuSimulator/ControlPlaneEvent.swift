import SozuProto

extension Command_Request {
    /// The event Sōzu's main process publishes for a state change (when the request arrives and
    /// again when it completes), with the cluster and address it concerns; nil for requests that
    /// publish none (backends, for one, are reported by workers instead).
    var controlPlaneEvent: Command_Event? { controlPlaneAudit?.event }

    /// The audit of a state change: its event and the verb its `config.<verb>` counter is named
    /// after.
    var controlPlaneAudit: (event: Command_Event, verb: String)? {
        var event = Command_Event()
        let verb: String
        switch requestType {
        case .addCluster(let cluster):
            verb = "cluster_added"
            event.kind = .clusterAdded
            event.clusterID = cluster.clusterID
        case .removeCluster(let id):
            verb = "cluster_removed"
            event.kind = .clusterRemoved
            event.clusterID = id
        case .addHTTPFrontend(let frontend), .addHTTPSFrontend(let frontend):
            verb = if case .addHTTPSFrontend = requestType { "https_frontend_added" } else { "http_frontend_added" }
            event.kind = .frontendAdded
            if frontend.hasClusterID { event.clusterID = frontend.clusterID }
            event.address = frontend.address
        case .removeHTTPFrontend(let frontend), .removeHTTPSFrontend(let frontend):
            verb = if case .removeHTTPSFrontend = requestType { "https_frontend_removed" } else { "http_frontend_removed" }
            event.kind = .frontendRemoved
            if frontend.hasClusterID { event.clusterID = frontend.clusterID }
            event.address = frontend.address
        case .addTcpFrontend(let frontend):
            verb = "tcp_frontend_added"
            event.kind = .frontendAdded
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .removeTcpFrontend(let frontend):
            verb = "tcp_frontend_removed"
            event.kind = .frontendRemoved
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .addUdpFrontend(let frontend):
            verb = "udp_frontend_added"
            event.kind = .frontendAdded
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .removeUdpFrontend(let frontend):
            verb = "udp_frontend_removed"
            event.kind = .frontendRemoved
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .addCertificate(let add):
            verb = "certificate_added"
            event.kind = .certificateAdded
            event.address = add.address
        case .removeCertificate(let remove):
            verb = "certificate_removed"
            event.kind = .certificateRemoved
            event.address = remove.address
        case .replaceCertificate(let replace):
            verb = "certificate_replaced"
            event.kind = .certificateReplaced
            event.address = replace.address
        case .activateListener(let listener):
            verb = "listener_activated"
            event.kind = .listenerActivated
            event.address = listener.address
        case .deactivateListener(let listener):
            verb = "listener_deactivated"
            event.kind = .listenerDeactivated
            event.address = listener.address
        case .updateHTTPListener(let patch):
            verb = "http_listener_updated"
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateHTTPSListener(let patch):
            verb = "https_listener_updated"
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateTcpListener(let patch):
            verb = "tcp_listener_updated"
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateUdpListener(let patch):
            verb = "udp_listener_updated"
            event.kind = .listenerUpdated
            event.address = patch.address
        case .addHTTPListener(let listener):
            verb = "http_listener_added"
            event.kind = .listenerAdded
            event.address = listener.address
        case .addHTTPSListener(let listener):
            verb = "https_listener_added"
            event.kind = .listenerAdded
            event.address = listener.address
        case .addTcpListener(let listener):
            verb = "tcp_listener_added"
            event.kind = .listenerAdded
            event.address = listener.address
        case .addUdpListener(let listener):
            verb = "udp_listener_added"
            event.kind = .listenerAdded
            event.address = listener.address
        case .removeListener(let remove):
            verb = "listener_removed"
            event.kind = .listenerRemoved
            event.address = remove.address
        case .configureMetrics:
            verb = "metrics_configured"
            event.kind = .metricsConfigured
        default:
            return nil
        }
        return (event, verb)
    }
}
