public import SwiftProtobuf
import SozuProto

/// Encodes and decodes Sōzu's messages the way Sōzu's own library (prost) does.
///
/// Decoding never enforces `required`: a missing required field reads as its declared default, so
/// that older and newer Sōzu versions interoperate. Unknown fields are kept and re-emitted, and an
/// unknown enum number stays visible (see `ProtoEnumValue`). Encoding sorts map entries by key,
/// which gives the bytes protoc and prost write, and computes each nested size only once
/// (`SizeCachingEncoder`).
public enum MessageCodec {
    static let binaryDecodingOptions: BinaryDecodingOptions = {
        var options = BinaryDecodingOptions()
        // Deeper than anything Sōzu sends (its answers nest about ten levels), shallow enough
        // that a hostile payload cannot exhaust the stack.
        options.messageDepthLimit = 100
        return options
    }()

    public static func decode<M: SwiftProtobuf.Message>(
        _ type: M.Type = M.self,
        from payload: some SwiftProtobufContiguousBytes
    ) throws(CodecError) -> M {
        do {
            return try M(serializedBytes: payload, partial: true, options: binaryDecodingOptions)
        } catch BinaryDecodingError.invalidUTF8 {
            throw .invalidUTF8(messageType: M.protoMessageName)
        } catch {
            throw .invalidMessage(messageType: M.protoMessageName, reason: Self.reason(for: error))
        }
    }

    public static func encode(_ message: some SwiftProtobuf.Message) throws(CodecError) -> [UInt8] {
        do {
            return try SizeCachingEncoder.encode(message)
        } catch {
            throw .encodingFailed(messageType: type(of: message).protoMessageName, reason: "\(error)")
        }
    }

    /// Encodes `message` and frames it.
    public static func encodeFrame(_ message: some SwiftProtobuf.Message) throws(CodecError) -> [UInt8] {
        Frame.encode(payload: try encode(message))
    }

    static func reason(for error: any Error) -> String {
        switch error {
        case BinaryDecodingError.truncated: "a field runs past the end of the payload"
        case BinaryDecodingError.malformedProtobuf: "malformed wire format (bad tag, wire type or varint)"
        case BinaryDecodingError.messageDepthLimit: "messages nested too deeply"
        case BinaryDecodingError.trailingGarbage: "bytes left over after the message"
        default: "\(error)"
        }
    }
}
