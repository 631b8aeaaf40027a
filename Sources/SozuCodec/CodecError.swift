/// What the codec found wrong with a frame or a message. Each case carries the offending value.
public enum CodecError: Error, Equatable, Hashable, Sendable {
    /// A frame declared a length smaller than its own 8-byte length prefix.
    case frameLengthBelowHeader(declaredLength: UInt64)
    /// A frame declared a length above the reader's maximum; refused from the prefix alone.
    case frameTooLarge(declaredLength: UInt64, maximumFrameSize: Int)
    /// The stream ended inside a frame: `receivedBytes` of the `expectedBytes` of that part arrived.
    case truncatedFrame(part: FramePart, receivedBytes: Int, expectedBytes: Int)
    /// A complete payload is not a valid encoding of `messageType`.
    case invalidMessage(messageType: String, reason: String)
    /// A `string` field of `messageType` holds bytes that are not UTF-8.
    case invalidUTF8(messageType: String)
    /// Protobuf text format that does not describe a `messageType`.
    case invalidTextFormat(messageType: String, reason: String)
    /// JSON that does not describe a `messageType`.
    case invalidJSON(messageType: String, reason: String)
    /// A message could not be written (text or JSON output of a message that cannot be expressed there).
    case encodingFailed(messageType: String, reason: String)
}

/// The two parts of a frame, for saying where a stream ended.
public enum FramePart: String, Equatable, Hashable, Sendable {
    case lengthPrefix = "length-prefix"
    case payload
}

extension CodecError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .frameLengthBelowHeader(let declaredLength):
            "declared frame length \(declaredLength) is smaller than the \(Frame.headerSize)-byte length prefix"
        case .frameTooLarge(let declaredLength, let maximumFrameSize):
            "declared frame length \(declaredLength) exceeds the maximum frame size of \(maximumFrameSize) bytes"
        case .truncatedFrame(.lengthPrefix, let receivedBytes, let expectedBytes):
            "end of stream after \(receivedBytes) of the \(expectedBytes) length-prefix bytes"
        case .truncatedFrame(.payload, let receivedBytes, let expectedBytes):
            "end of stream after \(receivedBytes) of \(expectedBytes) payload bytes"
        case .invalidMessage(let messageType, let reason):
            "payload is not a valid \(messageType): \(reason)"
        case .invalidUTF8(let messageType):
            "payload is not a valid \(messageType): a string field holds bytes that are not UTF-8"
        case .invalidTextFormat(let messageType, let reason):
            "text is not a valid \(messageType): \(reason)"
        case .invalidJSON(let messageType, let reason):
            "JSON is not a valid \(messageType): \(reason)"
        case .encodingFailed(let messageType, let reason):
            "cannot encode \(messageType): \(reason)"
        }
    }
}
