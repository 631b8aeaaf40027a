public import SwiftProtobuf
public import SozuProto

/// Encodes and decodes Sōzu's messages the way Sōzu's own library (prost) does.
///
/// Decoding never enforces `required`: a missing required field reads as its declared default, so
/// that older and newer Sōzu versions interoperate. Unknown fields are kept and re-emitted, and an
/// unknown enum number stays visible (see `ProtoEnumValue`). Encoding sorts map entries by key
/// bytes, which gives the bytes protoc and prost write, and writes a required field left unset at
/// its default, as prost does.
///
/// Sōzu's messages go through the codec generated per message (`command.wire.swift`, written by
/// `sozu-codegen`); swift-protobuf's own decoder and the visitor encoder stay as the references
/// the generated codec is checked against (`referenceDecode`, `referenceEncode`).
public enum MessageCodec {
    /// Deeper than anything Sōzu sends (its answers nest about ten levels), shallow enough that a
    /// hostile payload cannot exhaust the stack.
    public static let messageDepthLimit = 100

    static let binaryDecodingOptions: BinaryDecodingOptions = {
        var options = BinaryDecodingOptions()
        options.messageDepthLimit = messageDepthLimit
        return options
    }()

    public static func decode<M: SwiftProtobuf.Message>(
        _ type: M.Type = M.self,
        from payload: some SwiftProtobufContiguousBytes
    ) throws(CodecError) -> M {
        guard let wireType = M.self as? any WireCodable.Type else {
            return try referenceDecode(type, from: payload)
        }
        do {
            let decoded = try payload.withUnsafeBytes { bytes in
                try wireType.init(wireBytes: bytes, depthLimit: messageDepthLimit)
            }
            // The cast cannot fail: `wireType` is `M`.
            guard let message = decoded as? M else { return try referenceDecode(type, from: payload) }
            return message
        } catch let error as WireDecodingError {
            throw codecError(error, messageType: M.protoMessageName)
        } catch {
            throw .invalidMessage(messageType: M.protoMessageName, reason: "\(error)")
        }
    }

    /// Decodes one of Sōzu's messages through its generated decoder, chosen when compiling.
    public static func decode<M: WireCodable>(
        _ type: M.Type = M.self,
        from payload: some SwiftProtobufContiguousBytes
    ) throws(CodecError) -> M {
        do {
            return try payload.withUnsafeBytes { bytes in try M(wireBytes: bytes, depthLimit: messageDepthLimit) }
        } catch let error as WireDecodingError {
            throw codecError(error, messageType: M.protoMessageName)
        } catch {
            throw .invalidMessage(messageType: M.protoMessageName, reason: "\(error)")
        }
    }

    /// Decodes with swift-protobuf's own binary decoder, which the generated decoder must match.
    public static func referenceDecode<M: SwiftProtobuf.Message>(
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
        if let wireMessage = message as? any WireCodable {
            return wireMessage.wireEncoded()
        }
        return try referenceEncode(message)
    }

    /// Encodes through swift-protobuf's visitors (`SizeCachingEncoder`), which the generated
    /// encoder must match byte for byte.
    public static func referenceEncode(_ message: some SwiftProtobuf.Message) throws(CodecError) -> [UInt8] {
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

    static func codecError(_ error: WireDecodingError, messageType: String) -> CodecError {
        switch error {
        case .invalidUTF8: .invalidUTF8(messageType: messageType)
        case .truncated: .invalidMessage(messageType: messageType, reason: reason(for: BinaryDecodingError.truncated))
        case .malformed: .invalidMessage(messageType: messageType, reason: reason(for: BinaryDecodingError.malformedProtobuf))
        case .depthLimit: .invalidMessage(messageType: messageType, reason: reason(for: BinaryDecodingError.messageDepthLimit))
        }
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
