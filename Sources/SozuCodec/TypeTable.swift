import Foundation
import SwiftProtobuf

/// A small open-addressing table from message type to list index: a schema has a few dozen
/// message types, and this lookup runs once per nested message.
struct TypeTable {
    private var keys = [UInt](repeating: 0, count: 256)
    private var values = [Int](repeating: 0, count: 256)

    @inline(__always)
    private func slot(_ key: UInt) -> Int { Int(truncatingIfNeeded: (key >> 4) ^ (key >> 12)) & 255 }

    func lookup(_ type: ObjectIdentifier) -> Int? {
        let key = UInt(bitPattern: type)
        var index = slot(key)
        for _ in 0..<256 {
            if keys[index] == key { return values[index] }
            if keys[index] == 0 { return nil }
            index = (index + 1) & 255
        }
        return nil
    }

    mutating func insert(_ type: ObjectIdentifier, _ value: Int) {
        let key = UInt(bitPattern: type)
        var index = slot(key)
        for _ in 0..<256 {
            if keys[index] == 0 || keys[index] == key {
                keys[index] = key
                values[index] = value
                return
            }
            index = (index + 1) & 255
        }
        // Full (more than 256 message types): nothing is cached and every lookup resolves by name.
    }
}
