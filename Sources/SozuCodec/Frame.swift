/// Sōzu's framing: an 8-byte little-endian length that counts itself, then the payload.
public enum Frame {
    /// Size of the length prefix; also the smallest valid declared length (an empty payload).
    public static let headerSize = 8

    /// Sōzu's default `max_command_buffer_size`: frames declaring more are refused.
    public static let defaultMaximumSize = 2_000_000

    /// The frame carrying `payload`: its length prefix followed by the payload bytes.
    public static func encode(payload: some Collection<UInt8>) -> [UInt8] {
        var frame: [UInt8] = []
        frame.reserveCapacity(headerSize + payload.count)
        appendHeader(payloadCount: payload.count, to: &frame)
        frame.append(contentsOf: payload)
        return frame
    }

    /// Appends the length prefix of a frame whose payload is `payloadCount` bytes long.
    public static func appendHeader(payloadCount: Int, to bytes: inout [UInt8]) {
        let declaredLength = UInt64(payloadCount + headerSize)
        for shift in stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: declaredLength >> UInt64(shift)))
        }
    }

    /// Reads the declared length from the first eight bytes of `header` and checks it against
    /// `maximumFrameSize`, returning the payload length it announces.
    public static func payloadLength(
        declaredBy header: some Collection<UInt8>,
        maximumFrameSize: Int
    ) throws(CodecError) -> Int {
        precondition(header.count >= headerSize, "a frame header is \(headerSize) bytes")
        var declaredLength: UInt64 = 0
        for (index, byte) in header.prefix(headerSize).enumerated() {
            declaredLength |= UInt64(byte) << UInt64(index * 8)
        }
        guard declaredLength >= UInt64(headerSize) else {
            throw .frameLengthBelowHeader(declaredLength: declaredLength)
        }
        guard declaredLength <= UInt64(max(maximumFrameSize, 0)) else {
            throw .frameTooLarge(declaredLength: declaredLength, maximumFrameSize: maximumFrameSize)
        }
        return Int(declaredLength) - headerSize
    }
}
