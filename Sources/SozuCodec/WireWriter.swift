/// Writes protobuf wire format without a schema: the counterpart of `WireReader`, for the code
/// that builds messages from the descriptor (Sōzu's JSON, required-field defaults).
enum WireWriter {
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }
}
