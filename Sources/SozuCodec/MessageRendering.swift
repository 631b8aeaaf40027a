public import SwiftProtobuf

/// How a decoded message is written out for people and scripts.
public enum MessageRenderingFormat: String, CaseIterable, Sendable {
    /// Protobuf text format, as `protoc --decode` prints it (non-ASCII kept as UTF-8).
    case text
    /// The proto3 JSON mapping with proto field names, on one line.
    case json
}

extension MessageRenderingFormat {
    public func render(_ message: any SwiftProtobuf.Message) throws(CodecError) -> String {
        switch self {
        case .text:
            return message.textFormatString()
        case .json:
            var options = JSONEncodingOptions()
            options.preserveProtoFieldNames = true
            do {
                return try message.jsonString(options: options)
            } catch {
                throw .encodingFailed(messageType: type(of: message).protoMessageName, reason: "\(error)")
            }
        }
    }
}
