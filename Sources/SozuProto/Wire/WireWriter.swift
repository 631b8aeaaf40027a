#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftProtobuf

/// Writes a message back to front, last field first, into a buffer that grows toward its start.
///
/// Writing from the end means a nested message's length is known as soon as the message is
/// written, right where its length prefix goes: one pass, no size pass before it, and no nested
/// size computed again at every level above it (swift-protobuf's own encoder does that).
public struct WireWriter {
    @usableFromInline var buffer: UnsafeMutableRawPointer
    @usableFromInline var capacity: Int
    /// Where the written bytes start; they run to the end of the buffer.
    @usableFromInline var start: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 8)
        start = self.capacity
    }

    /// How many bytes are written so far.
    @inline(__always)
    var written: Int { capacity - start }

    /// The written bytes, and the buffer freed: the writer is not used after this.
    mutating func finish() -> [UInt8] {
        let count = written
        let result = [UInt8](UnsafeRawBufferPointer(start: buffer + start, count: count))
        buffer.deallocate()
        capacity = 0
        start = 0
        return result
    }

    @inline(__always)
    mutating func reserve(_ count: Int) {
        if start < count { grow(count) }
    }

    @inline(never)
    mutating func grow(_ count: Int) {
        let used = written
        var newCapacity = capacity * 2
        while newCapacity - used < count { newCapacity *= 2 }
        let newBuffer = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 8)
        (newBuffer + (newCapacity - used)).copyMemory(from: buffer + start, byteCount: used)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
        start = newCapacity - used
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        start -= 1
        buffer.storeBytes(of: value, toByteOffset: start, as: UInt8.self)
    }

    @inline(__always)
    mutating func varint(_ value: UInt64) {
        if value < 0x80 {
            byte(UInt8(truncatingIfNeeded: value))
            return
        }
        let count = WireSize.varint(value)
        reserve(count)
        start -= count
        var remaining = value
        var offset = start
        while remaining >= 0x80 {
            buffer.storeBytes(of: UInt8(truncatingIfNeeded: remaining) | 0x80, toByteOffset: offset, as: UInt8.self)
            remaining >>= 7
            offset += 1
        }
        buffer.storeBytes(of: UInt8(truncatingIfNeeded: remaining), toByteOffset: offset, as: UInt8.self)
    }

    /// A tag known when the code was generated, as its encoded bytes (one or two of them).
    @inline(__always)
    mutating func tag(_ encoded: UInt16) {
        if encoded < 0x80 {
            byte(UInt8(truncatingIfNeeded: encoded))
        } else {
            reserve(2)
            start -= 2
            buffer.storeBytes(of: encoded.littleEndian, toByteOffset: start, as: UInt16.self)
        }
    }

    @inline(__always)
    mutating func fixed32(_ value: UInt32) {
        reserve(4)
        start -= 4
        buffer.storeBytes(of: value.littleEndian, toByteOffset: start, as: UInt32.self)
    }

    @inline(__always)
    mutating func fixed64(_ value: UInt64) {
        reserve(8)
        start -= 8
        buffer.storeBytes(of: value.littleEndian, toByteOffset: start, as: UInt64.self)
    }

    @inline(__always)
    mutating func raw(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        start -= bytes.count
        (buffer + start).copyMemory(from: source, byteCount: bytes.count)
    }

    /// A string's UTF-8 bytes and, before them, their length.
    @inline(__always)
    mutating func string(_ value: String) {
        let utf8 = value.utf8
        if utf8.withContiguousStorageIfAvailable({ raw(UnsafeRawBufferPointer($0)) }) == nil {
            var copy = value
            copy.withUTF8 { raw(UnsafeRawBufferPointer($0)) }
        }
        varint(UInt64(utf8.count))
    }

    @inline(__always)
    mutating func bytes(_ value: Data) {
        value.withUnsafeBytes { raw($0) }
        varint(UInt64(value.count))
    }

    mutating func unknown(_ storage: UnknownStorage) {
        if storage.data.isEmpty { return }
        storage.data.withUnsafeBytes { raw($0) }
    }
}

/// Sizes on the wire.
enum WireSize {
    @inline(__always)
    static func varint(_ value: UInt64) -> Int {
        let bits = 64 - (value | 1).leadingZeroBitCount
        return (bits + 6) / 7
    }

}

/// Map entries in the order protoc and prost write them: by the keys' UTF-8 bytes.
enum WireMapOrder {
    /// Calls `body` with each entry from the last in key order to the first (the writer goes
    /// back to front); a map of one entry needs no sorting.
    @inline(__always)
    static func forEachReversed<Value>(_ map: [String: Value], _ body: (String, Value) -> Void) {
        if map.count < 2 {
            for (key, value) in map { body(key, value) }
            return
        }
        let sorted = map.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (key, value) in sorted.reversed() { body(key, value) }
    }
}

/// The field numbers among a message's unknown fields, when there are any: a required enum
/// field that holds a number the schema lacks sits there, and is written from there instead of
/// at its default.
struct WireUnknownNumbers {
    private var numbers: Set<Int> = []

    @inline(__always)
    init(_ storage: UnknownStorage) {
        if !storage.data.isEmpty { numbers = Self.scan(storage.data) }
    }

    @inline(__always)
    func contains(_ number: Int) -> Bool {
        !numbers.isEmpty && numbers.contains(number)
    }

    /// Top-level field numbers of well-formed unknown bytes (swift-protobuf only keeps those).
    private static func scan(_ data: Data) -> Set<Int> {
        var found: Set<Int> = []
        data.withUnsafeBytes { body in
            guard let start = body.baseAddress else { return }
            var decoder = WireDecoder(start: start, count: body.count, depthBudget: .max)
            while let tag = try? decoder.nextEntryTag() {
                found.insert(Int(tag >> 3))
                if (try? decoder.skipValue(tag: tag)) == nil { break }
            }
        }
        return found
    }
}

/// Signed values as `sint32`/`sint64` carry them.
enum WireZigZag {
    @inline(__always)
    static func encode32(_ value: Int32) -> UInt32 { UInt32(bitPattern: (value << 1) ^ (value >> 31)) }

    @inline(__always)
    static func encode64(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

    @inline(__always)
    static func decode32(_ varint: UInt64) -> Int32 {
        let bits = UInt32(truncatingIfNeeded: varint)
        return Int32(bitPattern: (bits >> 1) ^ (0 &- (bits & 1)))
    }

    @inline(__always)
    static func decode64(_ varint: UInt64) -> Int64 {
        Int64(bitPattern: (varint >> 1) ^ (0 &- (varint & 1)))
    }
}
