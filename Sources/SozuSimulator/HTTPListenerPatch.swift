import SozuProto

/// The fields HTTP and HTTPS listener updates share.
protocol HTTPListenerPatch {
    var hasPublicAddress: Bool { get }
    var publicAddress: Command_SocketAddress { get }
    var hasExpectProxy: Bool { get }
    var expectProxy: Bool { get }
    var hasStickyName: Bool { get }
    var stickyName: String { get }
    var hasFrontTimeout: Bool { get }
    var frontTimeout: UInt32 { get }
    var hasBackTimeout: Bool { get }
    var backTimeout: UInt32 { get }
    var hasConnectTimeout: Bool { get }
    var connectTimeout: UInt32 { get }
    var hasRequestTimeout: Bool { get }
    var requestTimeout: UInt32 { get }
}

extension Command_UpdateHttpListenerConfig: HTTPListenerPatch {}
extension Command_UpdateHttpsListenerConfig: HTTPListenerPatch {}
