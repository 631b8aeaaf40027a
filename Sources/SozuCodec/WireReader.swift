/// Reads protobuf wire format without a schema: varints, fixed-width values, length-delimited
/// runs. Every read returns nil (or false) rather than running past the end.
struct WireReader<Bytes: RandomAccessCollection> where Bytes.Element == UInt8, Bytes.Index == Int {
    let bytes: Bytes
    private(set) var index: Int

    init(_ bytes: Bytes) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var isAtEnd: Bool { index >= bytes.endIndex }

    mutating func readVarint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.endIndex, shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// A little-endian value of `width` bytes (4 or 8).
    mutating func readLittleEndian(width: Int) -> UInt64? {
        guard bytes.endIndex - index >= width else { return nil }
        var value: UInt64 = 0
        for offset in 0..<width { value |= UInt64(bytes[index + offset]) << UInt64(offset * 8) }
        index += width
        return value
    }

    /// The next `count` bytes.
    mutating func read(_ count: Int) -> Bytes.SubSequence? {
        guard count >= 0, bytes.endIndex - index >= count else { return nil }
        defer { index += count }
        return bytes[index..<(index + count)]
    }

    mutating func skip(_ count: Int) -> Bool {
        read(count) != nil
    }
}
