import SozuProto

extension Command_Request {
    /// The event Sōzu's main process publishes for a state change (when the request arrives and
    /// again when it completes), with the cluster and address it concerns; nil for requests that
    /// publish none (backends, for one, are reported by workers instead).
    var controlPlaneEvent: Command_Event? {
        var event = Command_Event()
        switch requestType {
        case .addCluster(let cluster):
            event.kind = .clusterAdded
            event.clusterID = cluster.clusterID
        case .removeCluster(let id):
            event.kind = .clusterRemoved
            event.clusterID = id
        case .addHTTPFrontend(let frontend), .addHTTPSFrontend(let frontend):
            event.kind = .frontendAdded
            if frontend.hasClusterID { event.clusterID = frontend.clusterID }
            event.address = frontend.address
        case .removeHTTPFrontend(let frontend), .removeHTTPSFrontend(let frontend):
            event.kind = .frontendRemoved
            if frontend.hasClusterID { event.clusterID = frontend.clusterID }
            event.address = frontend.address
        case .addTcpFrontend(let frontend):
            event.kind = .frontendAdded
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .removeTcpFrontend(let frontend):
            event.kind = .frontendRemoved
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .addUdpFrontend(let frontend):
            event.kind = .frontendAdded
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .removeUdpFrontend(let frontend):
            event.kind = .frontendRemoved
            event.clusterID = frontend.clusterID
            event.address = frontend.address
        case .addCertificate(let add):
            event.kind = .certificateAdded
            event.address = add.address
        case .removeCertificate(let remove):
            event.kind = .certificateRemoved
            event.address = remove.address
        case .replaceCertificate(let replace):
            event.kind = .certificateReplaced
            event.address = replace.address
        case .activateListener(let listener):
            event.kind = .listenerActivated
            event.address = listener.address
        case .deactivateListener(let listener):
            event.kind = .listenerDeactivated
            event.address = listener.address
        case .updateHTTPListener(let patch):
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateHTTPSListener(let patch):
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateTcpListener(let patch):
            event.kind = .listenerUpdated
            event.address = patch.address
        case .updateUdpListener(let patch):
            event.kind = .listenerUpdated
            event.address = patch.address
        case .addHTTPListener(let listener):
            event.kind = .listenerAdded
            event.address = listener.address
        case .addHTTPSListener(let listener):
            event.kind = .listenerAdded
            event.address = listener.address
        case .addTcpListener(let listener):
            event.kind = .listenerAdded
            event.address = listener.address
        case .addUdpListener(let listener):
            event.kind = .listenerAdded
            event.address = listener.address
        case .removeListener(let remove):
            event.kind = .listenerRemoved
            event.address = remove.address
        case .configureMetrics:
            event.kind = .metricsConfigured
        case .logging:
            event.kind = .loggingLevelChanged
        default:
            return nil
        }
        return event
    }
}
