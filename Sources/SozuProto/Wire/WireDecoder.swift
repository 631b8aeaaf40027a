#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftProtobuf

/// Why bytes did not decode as a message. The cases are swift-protobuf's binary decoding errors,
/// raised at the same bytes, so both decoders refuse the same inputs for the same reason.
public enum WireDecodingError: Error, Equatable, Sendable {
    /// A value runs past the end of its message.
    case truncated
    /// A bad tag, wire type, varint or length.
    case malformed
    /// A string field holds bytes that are not UTF-8.
    case invalidUTF8
    /// Messages or groups nest deeper than the limit.
    case depthLimit
}

/// Reads one message's bytes for the generated decoders (`command.wire.swift`).
///
/// It follows swift-protobuf's `BinaryDecoder` rule for rule: tag and varint limits, which
/// mistakes are "truncated" and which "malformed", a field of the wrong wire type kept as an
/// unknown field, depth counted per message and per group. What it adds is speed: generated
/// code calls it with concrete types, so nothing is dispatched through protocols at run time.
public struct WireDecoder {
    @usableFromInline var position: UnsafeRawPointer
    @usableFromInline let end: UnsafeRawPointer
    /// Where the current field's tag starts, so that an unknown field is kept byte for byte.
    @usableFromInline var fieldStart: UnsafeRawPointer
    /// How many more messages or groups may be entered.
    @usableFromInline var depthBudget: Int

    init(start: UnsafeRawPointer, count: Int, depthBudget: Int) {
        position = start
        end = start + count
        fieldStart = start
        self.depthBudget = depthBudget
    }

    @inline(__always)
    var isAtEnd: Bool { position >= end }

    @inline(__always)
    var available: Int { end - position }

    /// Enters a message or group, one level deeper.
    @inline(__always)
    mutating func enter() throws(WireDecodingError) {
        depthBudget -= 1
        if depthBudget < 0 { throw .depthLimit }
    }

    /// The next field's tag (number << 3 | wire type), or nil at the end of the message.
    ///
    /// A tag has at most five bytes and fits 32 bits; wire types 6 and 7, field number 0 and an
    /// end-group marker outside a group are malformed.
    @inline(__always)
    mutating func nextTag() throws(WireDecodingError) -> UInt32? {
        if position >= end { return nil }
        fieldStart = position
        let first = position.load(as: UInt8.self)
        if first & 7 > 5 { throw .malformed }
        var tag: UInt32
        if first & 0x80 == 0 {
            position += 1
            tag = UInt32(first)
        } else {
            tag = try readLongTag(first)
        }
        if tag >> 3 == 0 || tag & 7 == 4 { throw .malformed }
        return tag
    }

    @inline(never)
    private mutating func readLongTag(_ first: UInt8) throws(WireDecodingError) -> UInt32 {
        var tag = UInt32(first & 0x7f)
        var shift: UInt32 = 7
        var index = 1
        while true {
            if index >= available { throw .malformed }
            let byte = position.load(fromByteOffset: index, as: UInt8.self)
            index += 1
            if index == 5 {
                if byte > 15 { throw .malformed }
                tag |= UInt32(byte) << shift
                break
            }
            tag |= UInt32(byte & 0x7f) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        position += index
        return tag
    }

    /// A tag read the way a map entry's fields are read: one varint below 2^32.
    mutating func nextEntryTag() throws(WireDecodingError) -> UInt32? {
        if position >= end { return nil }
        fieldStart = position
        return try readPlainTag()
    }

    private mutating func readPlainTag() throws(WireDecodingError) -> UInt32 {
        let value = try readVarint()
        guard value < UInt64(UInt32.max) else { throw .malformed }
        let tag = UInt32(truncatingIfNeeded: value)
        if tag >> 3 == 0 || tag & 7 > 5 { throw .malformed }
        return tag
    }

    @inline(__always)
    mutating func readVarint() throws(WireDecodingError) -> UInt64 {
        if position >= end { throw .truncated }
        let first = position.load(as: UInt8.self)
        if first & 0x80 == 0 {
            position += 1
            return UInt64(first)
        }
        return try readLongVarint()
    }

    @inline(never)
    private mutating func readLongVarint() throws(WireDecodingError) -> UInt64 {
        var cursor = position
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            if cursor >= end || shift > 63 { throw .malformed }
            let byte = cursor.load(as: UInt8.self)
            cursor += 1
            value |= UInt64(byte & 0x7f) &<< shift
            if byte & 0x80 == 0 { break }
            shift &+= 7
        }
        position = cursor
        return value
    }

    @inline(__always)
    mutating func readFixed32() throws(WireDecodingError) -> UInt32 {
        guard available >= 4 else { throw .truncated }
        defer { position += 4 }
        return UInt32(littleEndian: position.loadUnaligned(as: UInt32.self))
    }

    @inline(__always)
    mutating func readFixed64() throws(WireDecodingError) -> UInt64 {
        guard available >= 8 else { throw .truncated }
        defer { position += 8 }
        return UInt64(littleEndian: position.loadUnaligned(as: UInt64.self))
    }

    /// The body of a length-delimited field, which the decoder then steps over.
    @inline(__always)
    mutating func readBody() throws(WireDecodingError) -> UnsafeRawBufferPointer {
        let length = try readVarint()
        // Lengths are capped at 2 GB, as protobuf's own libraries cap them.
        guard length < 0x7fff_ffff else { throw .malformed }
        guard length <= UInt64(available) else { throw .truncated }
        let body = UnsafeRawBufferPointer(start: position, count: Int(length))
        position += Int(length)
        return body
    }

    @inline(__always)
    mutating func readString() throws(WireDecodingError) -> String {
        let body = try readBody()
        if body.isEmpty { return "" }
        guard let text = WireText.string(body) else { throw .invalidUTF8 }
        return text
    }

    @inline(__always)
    mutating func readBytes() throws(WireDecodingError) -> Data {
        let body = try readBody()
        guard let start = body.baseAddress, !body.isEmpty else { return Data() }
        return Data(bytes: start, count: body.count)
    }

    /// How many length-delimited fields with `tag` follow one another from here, the one whose
    /// tag was just read included: a map's entries usually come in one run, and knowing their
    /// number lets the dictionary be made at its size once instead of rehashing every key each
    /// time it doubles. Only counts; anything odd ends the run (the decoding itself judges it).
    func lengthDelimitedRun(tag: UInt32) -> Int {
        var cursor = position
        var count = 0
        func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while cursor < end, shift <= 63 {
                let byte = cursor.load(as: UInt8.self)
                cursor += 1
                value |= UInt64(byte & 0x7f) &<< shift
                if byte & 0x80 == 0 { return value }
                shift &+= 7
            }
            return nil
        }
        while true {
            guard let length = varint(), length <= UInt64(end - cursor) else { return max(count, 1) }
            cursor += Int(length)
            count += 1
            guard cursor < end, let next = varint(), next == UInt64(tag) else { return count }
        }
    }

    /// A decoder for a nested message's body, one level deeper.
    @inline(__always)
    mutating func nested() throws(WireDecodingError) -> WireDecoder {
        let body = try readBody()
        var inner = WireDecoder(start: body.baseAddress ?? position, count: body.count, depthBudget: depthBudget)
        try inner.enter()
        return inner
    }

    /// A decoder over a length-delimited body at the same depth (map entries, packed values).
    @inline(__always)
    mutating func sameLevel() throws(WireDecodingError) -> WireDecoder {
        let body = try readBody()
        return WireDecoder(start: body.baseAddress ?? position, count: body.count, depthBudget: depthBudget)
    }

    /// Steps over the value of a field whose tag was just read, checking it as swift-protobuf does.
    mutating func skipValue(tag: UInt32) throws(WireDecodingError) {
        switch tag & 7 {
        case 0:
            _ = try readVarint()
        case 1:
            guard available >= 8 else { throw .truncated }
            position += 8
        case 2:
            let length = try readVarint()
            guard length <= UInt64(available) else { throw .truncated }
            position += Int(length)
        case 3:
            try enter()
            while true {
                guard position < end else { throw .truncated }
                let inner = try readPlainTag()
                if inner & 7 == 4 {
                    guard inner >> 3 == tag >> 3 else { throw .malformed }
                    break
                }
                try skipValue(tag: inner)
            }
            depthBudget += 1
        case 5:
            guard available >= 4 else { throw .truncated }
            position += 4
        default:
            throw .truncated
        }
    }

    /// Skips the current field's value and keeps the whole field (tag included) in `unknown`.
    @inline(never)
    mutating func keepUnknown(tag: UInt32, in unknown: inout WireUnknownFields) throws(WireDecodingError) {
        try skipValue(tag: tag)
        unknown.append(from: fieldStart, to: position)
    }

    /// Keeps the field read so far (tag and value, already consumed) in `unknown`: an enum
    /// number the schema does not know, or a map entry that holds one.
    @inline(never)
    mutating func keepConsumed(in unknown: inout WireUnknownFields) {
        unknown.append(from: fieldStart, to: position)
    }
}

/// The unknown fields met while decoding one message, in the order they came.
public struct WireUnknownFields {
    @usableFromInline var bytes: [UInt8] = []

    @inline(__always)
    init() {}

    @inline(__always)
    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(from start: UnsafeRawPointer, to end: UnsafeRawPointer) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: start, count: end - start))
    }

    /// Enum numbers the schema lacks, from a packed run: kept as one packed field of their own,
    /// each number written as the 64-bit varint of its 32-bit value (swift-protobuf's form).
    mutating func appendPacked(fieldNumber: Int, _ numbers: [Int32]) {
        let bodySize = numbers.reduce(0) { $0 + WireSize.varint(UInt64(bitPattern: Int64($1))) }
        appendVarint(UInt64(fieldNumber) << 3 | 2)
        appendVarint(UInt64(bodySize))
        for number in numbers { appendVarint(UInt64(bitPattern: Int64(number))) }
    }

    private mutating func appendVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: remaining))
    }

    /// The fields as swift-protobuf keeps them, after what `existing` already holds.
    ///
    /// swift-protobuf lets only its own decoder fill `UnknownStorage`; decoding the kept bytes
    /// as an empty message makes every field unknown and keeps each byte for byte.
    func storage(after existing: UnknownStorage) -> UnknownStorage {
        var message = Google_Protobuf_Empty()
        message.unknownFields = existing
        do {
            try message.merge(serializedBytes: bytes, partial: true)
        } catch {
            // Unreachable: these bytes were checked field by field as they were kept.
            assertionFailure("kept unknown fields do not decode: \(error)")
        }
        return message.unknownFields
    }
}

/// UTF-8 validation and String creation for decoded strings.
enum WireText {
    /// ASCII checked here first: `String(validating:)` alone took the 1.5 MB answer's decoding
    /// from 4.5 to 7.2 ms (measured), though `String(decoding:)` checks the bytes once more.
    @inline(__always)
    static func string(_ body: UnsafeRawBufferPointer) -> String? {
        let bytes = body.bindMemory(to: UInt8.self)
        if isASCII(body) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Whether every byte is below 0x80, eight at a time.
    @inline(__always)
    static func isASCII(_ body: UnsafeRawBufferPointer) -> Bool {
        guard let start = body.baseAddress else { return true }
        var index = 0
        let count = body.count
        var accumulated: UInt64 = 0
        while index + 8 <= count {
            accumulated |= start.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            accumulated |= UInt64(start.load(fromByteOffset: index, as: UInt8.self))
            index += 1
        }
        return accumulated & 0x8080_8080_8080_8080 == 0
    }
}

/// A message the generated code reads and writes without swift-protobuf's visitors.
public protocol WireCodable: SwiftProtobuf.Message {
    /// Merges the fields in `decoder` into `message`: later values replace scalars, nested
    /// messages merge, repeated fields and maps grow. Fields go straight into the message's stored
    /// properties, so after a refusal `message` holds what came before it (callers drop it).
    static func wireDecode(_ decoder: inout WireDecoder, into message: inout Self) throws(WireDecodingError)
    /// Writes the message back to front (`WireWriter`): unknown fields first, then the fields
    /// from the highest number down.
    func wireWrite(_ writer: inout WireWriter)
}

extension WireCodable {
    /// Decodes `bytes` as one whole message. Required fields are not checked (Sōzu's library does
    /// not either); `depthLimit` counts this message as the first level, as swift-protobuf does.
    public init(wireBytes bytes: UnsafeRawBufferPointer, depthLimit: Int = 100) throws(WireDecodingError) {
        self.init()
        // Empty bytes are an empty message, at no depth (swift-protobuf does not enter it either).
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        var decoder = WireDecoder(start: start, count: bytes.count, depthBudget: depthLimit)
        try decoder.enter()
        try Self.wireDecode(&decoder, into: &self)
    }

    /// The message's bytes: fields in number order, map entries by key bytes, a required field
    /// left unset at its default (as Sōzu's library writes it), unknown fields last.
    public func wireEncoded() -> [UInt8] {
        var writer = WireWriter(capacity: 256)
        wireWrite(&writer)
        return writer.finish()
    }
}
