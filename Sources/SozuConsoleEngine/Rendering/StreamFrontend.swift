import SozuProto
import SwiftProtobuf

/// A TCP or UDP frontend: the two carry the same fields.
struct StreamFrontend {
    /// The frontend as it came (to tell who holds it).
    let message: any SwiftProtobuf.Message
    let clusterID: String
    let address: Command_SocketAddress
    let hasAddress: Bool
    let tags: [String: String]

    init(_ frontend: Command_RequestTcpFrontend) {
        message = frontend
        (clusterID, address, hasAddress, tags) = (frontend.clusterID, frontend.address, frontend.hasAddress, frontend.tags)
    }

    init(_ frontend: Command_RequestUdpFrontend) {
        message = frontend
        (clusterID, address, hasAddress, tags) = (frontend.clusterID, frontend.address, frontend.hasAddress, frontend.tags)
    }

    static func order(_ left: StreamFrontend, _ right: StreamFrontend) -> Bool {
        if left.address != right.address { return ResultRenderer.addressOrder(left.address, right.address) }
        return left.clusterID < right.clusterID
    }
}
