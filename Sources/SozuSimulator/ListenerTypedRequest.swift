import SozuCodec
import SozuProto
import SwiftProtobuf

/// A request naming a listener by address and kind (`proxy`, field 2), whose kind may be a
/// number this schema does not know.
protocol ListenerTypedRequest {
    var hasProxy: Bool { get }
    var proxy: Command_ListenerType { get }
    var unknownFields: UnknownStorage { get }
}

extension ListenerTypedRequest {
    /// The raw `proxy` number when it is one this schema does not know.
    var rawProxy: Int? {
        if case .unknown(let raw) = ProtoEnumValue(isSet: hasProxy, value: proxy, fieldNumber: 2, unknownFields: unknownFields) { raw } else { nil }
    }
}

extension Command_ActivateListener: ListenerTypedRequest {}
extension Command_DeactivateListener: ListenerTypedRequest {}
extension Command_RemoveListener: ListenerTypedRequest {}
