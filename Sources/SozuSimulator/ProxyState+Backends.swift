import SozuCodec
import SozuProto

/// Backends, by cluster.
extension ProxyState {
    /// Adds or replaces the backend with this id and address; a cluster's backends stay sorted
    /// by id, then address.
    mutating func addBackend(_ backend: Command_AddBackend) {
        var list = backends[backend.clusterID, default: []]
        list.removeAll { $0.backendID == backend.backendID && $0.address == backend.address }
        list.append(backend)
        list.sort { ($0.backendID, SocketAddressParser.format($0.address)) < ($1.backendID, SocketAddressParser.format($1.address)) }
        backends[backend.clusterID] = list
    }

    mutating func removeBackend(_ backend: Command_RemoveBackend) throws(StateError) {
        try Self.removeEach(from: &backends, cluster: backend.clusterID, notFound: .notFound(.backend, id: backend.backendID)) {
            $0.backendID == backend.backendID && $0.address == backend.address
        }
    }
}
