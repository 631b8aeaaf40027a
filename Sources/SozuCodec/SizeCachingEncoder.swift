import Foundation
import SwiftProtobuf

/// A protobuf binary encoder that computes each nested message's size once.
///
/// swift-protobuf's own encoder asks every nested message for its size at each level above it,
/// so its cost grows with nesting depth; Sōzu's big answers (clusters, metrics) nest deeply. This
/// encoder walks the message twice through swift-protobuf's public `Visitor` interface: the first
/// walk records the size of every nested message and map entry in visiting order, the second
/// writes the bytes into a buffer of exactly the right size, taking the sizes in the same order.
/// Output is identical to swift-protobuf's with deterministic ordering, except that string map
/// keys are ordered by their UTF-8 bytes, as protoc and prost order them, and that a required
/// scalar field left unset is written at its default, as Sōzu's prost writes it
/// (`RequiredFieldDefaults`).
enum SizeCachingEncoder {
    static func encode(_ message: some SwiftProtobuf.Message) throws -> [UInt8] {
        var sizer = SizingVisitor()
        try sizer.visitRoot(message)
        let total = sizer.size
        let sizes = sizer.nestedSizes
        return try [UInt8](unsafeUninitializedCapacity: total) { buffer, initializedCount in
            var writer = WritingVisitor(base: buffer.baseAddress, capacity: total, nestedSizes: sizes)
            try writer.visitRoot(message)
            precondition(writer.offset == total, "size pass and write pass disagree")
            initializedCount = total
        }
    }
}

// MARK: - Wire-format arithmetic

enum WireType: UInt64 {
    case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
}

@inline(__always)
func varintSize(_ value: UInt64) -> Int {
    // 1 byte per 7 significant bits, at least one byte.
    let bits = 64 - (value | 1).leadingZeroBitCount
    return (bits + 6) / 7
}

@inline(__always)
func tagSize(_ fieldNumber: Int) -> Int {
    varintSize(UInt64(fieldNumber) << 3)
}

@inline(__always)
func zigZag(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value << 1) ^ (value >> 63))
}

/// Map entries in the order protoc and prost write them: keys sorted, strings by UTF-8 bytes.
func orderedEntries<K: MapKeyType, V>(_ map: [K.BaseType: V], keyType: K.Type) -> [(key: K.BaseType, value: V)] {
    if K.BaseType.self == String.self {
        return map.sorted { lhs, rhs in
            guard let left = lhs.key as? String, let right = rhs.key as? String else { return false }
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
    }
    return map.sorted { K._lessThan(lhs: $0.key, rhs: $1.key) }
}

struct UnsupportedExtensionFields: Error, CustomStringConvertible {
    var description: String { "extension fields are not part of Sōzu's schema" }
}
