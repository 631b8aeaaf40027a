public import Foundation

/// Walks protobuf wire-format bytes (a message's unknown fields) without a schema.
public enum UnknownFieldScanner {
    /// The last varint value recorded for `fieldNumber` in `bytes`, as protobuf's last-one-wins
    /// rule reads a scalar; nil when there is none or the bytes are malformed.
    public static func lastVarint(fieldNumber: Int, in bytes: Data) -> UInt64? {
        var found: UInt64?
        walk(bytes) { number, varint in
            if number == fieldNumber, let varint { found = varint }
        }
        return found
    }

    /// Every field number that appears in `bytes`.
    public static func fieldNumbers(in bytes: Data) -> Set<Int> {
        var numbers: Set<Int> = []
        walk(bytes) { number, _ in numbers.insert(number) }
        return numbers
    }

    /// Calls `visit` with each top-level field's number, and its value when it is a varint
    /// (fields inside a group belong to the group and are skipped); stops at the first malformed
    /// byte.
    private static func walk(_ bytes: Data, _ visit: (Int, UInt64?) -> Void) {
        var reader = WireReader(bytes)
        var groupDepth = 0
        while !reader.isAtEnd {
            guard let tag = reader.readVarint() else { return }
            let number = Int(truncatingIfNeeded: tag >> 3)
            var value: UInt64?
            switch tag & 7 {
            case 0:
                guard let varint = reader.readVarint() else { return }
                value = varint
            case 1:
                guard reader.skip(8) else { return }
            case 2:
                guard let length = reader.readVarint(), length <= UInt64(Int.max), reader.skip(Int(length)) else { return }
            case 5:
                guard reader.skip(4) else { return }
            case 3:
                if groupDepth == 0 { visit(number, nil) }
                groupDepth += 1
                continue
            case 4:
                guard groupDepth > 0 else { return }
                groupDepth -= 1
                continue
            default:
                return
            }
            if groupDepth == 0 { visit(number, value) }
        }
    }
}
