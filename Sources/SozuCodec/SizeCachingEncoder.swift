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

private enum WireType: UInt64 {
    case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
}

@inline(__always)
private func varintSize(_ value: UInt64) -> Int {
    // 1 byte per 7 significant bits, at least one byte.
    let bits = 64 - (value | 1).leadingZeroBitCount
    return (bits + 6) / 7
}

@inline(__always)
private func tagSize(_ fieldNumber: Int) -> Int {
    varintSize(UInt64(fieldNumber) << 3)
}

@inline(__always)
private func zigZag(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value << 1) ^ (value >> 63))
}

/// Map entries in the order protoc and prost write them: keys sorted, strings by UTF-8 bytes.
private func orderedEntries<K: MapKeyType, V>(_ map: [K.BaseType: V], keyType: K.Type) -> [(key: K.BaseType, value: V)] {
    if K.BaseType.self == String.self {
        return map.sorted { lhs, rhs in
            guard let left = lhs.key as? String, let right = rhs.key as? String else { return false }
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
    }
    return map.sorted { K._lessThan(lhs: $0.key, rhs: $1.key) }
}

private struct UnsupportedExtensionFields: Error, CustomStringConvertible {
    var description: String { "extension fields are not part of Sōzu's schema" }
}


// MARK: - Required fields left unset

/// Follows, message by message, which required fields the traversal has passed, so that the ones
/// a message left unset are written at their default in field-number order.
private struct RequiredFieldCursors {
    /// Required-field lists, referred to by index so that entering and leaving a message moves
    /// two integers and no reference-counted array. List 0 is empty.
    private var lists: [[RequiredFieldDefaults.Field]] = [[]]
    private var types = TypeTable()
    /// The current message's list, and how far the traversal has passed it.
    private var list = 0
    private var next = 0
    private var count = 0
    private var enclosing: [(list: Int, next: Int)] = []

    /// Whether some required field of the current message is still ahead. Checked first on
    /// every field, so that messages without required fields cost one comparison.
    @inline(__always)
    var hasPending: Bool { next < count }

    mutating func enter<M: SwiftProtobuf.Message>(_ message: M) {
        enclosing.append((list, next))
        let key = ObjectIdentifier(M.self)
        var index: Int
        if let known = types.lookup(key) {
            index = known
        } else {
            let fields = RequiredFieldDefaults.byMessage[M.protoMessageName] ?? []
            index = fields.isEmpty ? 0 : lists.count
            if !fields.isEmpty { lists.append(fields) }
            types.insert(key, index)
        }
        // A required enum holding a number this schema lacks sits among the unknown fields; it
        // is written from there, as prost keeps it in place, so no default goes with it.
        if index != 0, !message.unknownFields.data.isEmpty {
            let unknownNumbers = UnknownFieldScanner.fieldNumbers(in: message.unknownFields.data)
            let remaining = lists[index].filter { !unknownNumbers.contains($0.number) }
            if remaining.count != lists[index].count {
                index = lists.count
                lists.append(remaining)
            }
        }
        list = index
        next = 0
        count = lists[index].count
    }

    /// Map entries have no required fields of their own.
    mutating func enterMapEntry() {
        enclosing.append((list, next))
        list = 0
        next = 0
        count = 0
    }

    /// The unset required fields that come before field `number`, now passed.
    mutating func passing(_ number: Int) -> ArraySlice<RequiredFieldDefaults.Field> {
        let fields = lists[list]
        let first = next
        while next < count, fields[next].number < number {
            next += 1
        }
        let skipped = fields[first..<next]
        if next < count, fields[next].number == number {
            next += 1
        }
        return skipped
    }

    /// Every remaining unset required field of the current message (written before its unknown
    /// fields, or at its end).
    mutating func flush() -> ArraySlice<RequiredFieldDefaults.Field> {
        passing(Int.max)
    }

    mutating func leave() -> ArraySlice<RequiredFieldDefaults.Field> {
        let remaining = hasPending ? flush() : []
        let outer = enclosing.removeLast()
        list = outer.list
        next = outer.next
        count = lists[list].count
        return remaining
    }
}

/// A small open-addressing table from message type to list index: a schema has a few dozen
/// message types, and this lookup runs once per nested message.
private struct TypeTable {
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

// MARK: - First walk: sizes

private struct SizingVisitor: SwiftProtobuf.Visitor {
    var size = 0
    /// Sizes of nested messages and map entries, in visiting order.
    var nestedSizes: [Int] = []
    private var required = RequiredFieldCursors()

    mutating func visitRoot<M: SwiftProtobuf.Message>(_ message: M) throws {
        required.enter(message)
        try message.traverse(visitor: &self)
        size += Self.length(of: required.leave())
    }

    @inline(__always)
    private mutating func field(_ number: Int) {
        guard required.hasPending else { return }
        size += Self.length(of: required.passing(number))
    }

    private static func length(of fields: ArraySlice<RequiredFieldDefaults.Field>) -> Int {
        fields.reduce(0) { $0 + $1.encodedDefault.count }
    }

    mutating func visitUnknown(bytes: Data) throws {
        size += Self.length(of: required.flush())
        size += bytes.count
    }

    mutating func visitSingularFloatField(value: Float, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 4 }
    mutating func visitSingularDoubleField(value: Double, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 8 }
    mutating func visitSingularInt32Field(value: Int32, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(UInt64(bitPattern: Int64(value)))
    }
    mutating func visitSingularInt64Field(value: Int64, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(UInt64(bitPattern: value))
    }
    mutating func visitSingularUInt32Field(value: UInt32, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(UInt64(value))
    }
    mutating func visitSingularUInt64Field(value: UInt64, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(value)
    }
    mutating func visitSingularSInt32Field(value: Int32, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(zigZag(Int64(value)))
    }
    mutating func visitSingularSInt64Field(value: Int64, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(zigZag(value))
    }
    mutating func visitSingularFixed32Field(value: UInt32, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 4 }
    mutating func visitSingularFixed64Field(value: UInt64, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 8 }
    mutating func visitSingularSFixed32Field(value: Int32, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 4 }
    mutating func visitSingularSFixed64Field(value: Int64, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 8 }
    mutating func visitSingularBoolField(value: Bool, fieldNumber: Int) throws { field(fieldNumber); size += tagSize(fieldNumber) + 1 }
    mutating func visitSingularStringField(value: String, fieldNumber: Int) throws {
        field(fieldNumber)
        let count = value.utf8.count
        size += tagSize(fieldNumber) + varintSize(UInt64(count)) + count
    }
    mutating func visitSingularBytesField(value: Data, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(UInt64(value.count)) + value.count
    }
    mutating func visitSingularEnumField<E: SwiftProtobuf.Enum>(value: E, fieldNumber: Int) throws {
        field(fieldNumber)
        size += tagSize(fieldNumber) + varintSize(UInt64(bitPattern: Int64(value.rawValue)))
    }

    mutating func visitSingularMessageField<M: SwiftProtobuf.Message>(value: M, fieldNumber: Int) throws {
        field(fieldNumber)
        let slot = nestedSizes.count
        nestedSizes.append(0)
        let before = size
        required.enter(value)
        try value.traverse(visitor: &self)
        size += Self.length(of: required.leave())
        let inner = size - before
        nestedSizes[slot] = inner
        size += tagSize(fieldNumber) + varintSize(UInt64(inner))
    }

    mutating func visitSingularGroupField<G: SwiftProtobuf.Message>(value: G, fieldNumber: Int) throws {
        field(fieldNumber)
        size += 2 * tagSize(fieldNumber)
        required.enter(value)
        try value.traverse(visitor: &self)
        size += Self.length(of: required.leave())
    }

    mutating func visitPackedFloatField(value: [Float], fieldNumber: Int) throws { packed(count: value.count * 4, fieldNumber) }
    mutating func visitPackedDoubleField(value: [Double], fieldNumber: Int) throws { packed(count: value.count * 8, fieldNumber) }
    mutating func visitPackedInt32Field(value: [Int32], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(UInt64(bitPattern: Int64($1))) }, fieldNumber)
    }
    mutating func visitPackedInt64Field(value: [Int64], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(UInt64(bitPattern: $1)) }, fieldNumber)
    }
    mutating func visitPackedUInt32Field(value: [UInt32], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(UInt64($1)) }, fieldNumber)
    }
    mutating func visitPackedUInt64Field(value: [UInt64], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize($1) }, fieldNumber)
    }
    mutating func visitPackedSInt32Field(value: [Int32], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(zigZag(Int64($1))) }, fieldNumber)
    }
    mutating func visitPackedSInt64Field(value: [Int64], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(zigZag($1)) }, fieldNumber)
    }
    mutating func visitPackedFixed32Field(value: [UInt32], fieldNumber: Int) throws { packed(count: value.count * 4, fieldNumber) }
    mutating func visitPackedFixed64Field(value: [UInt64], fieldNumber: Int) throws { packed(count: value.count * 8, fieldNumber) }
    mutating func visitPackedSFixed32Field(value: [Int32], fieldNumber: Int) throws { packed(count: value.count * 4, fieldNumber) }
    mutating func visitPackedSFixed64Field(value: [Int64], fieldNumber: Int) throws { packed(count: value.count * 8, fieldNumber) }
    mutating func visitPackedBoolField(value: [Bool], fieldNumber: Int) throws { packed(count: value.count, fieldNumber) }
    mutating func visitPackedEnumField<E: SwiftProtobuf.Enum>(value: [E], fieldNumber: Int) throws {
        packed(count: value.reduce(0) { $0 + varintSize(UInt64(bitPattern: Int64($1.rawValue))) }, fieldNumber)
    }

    private mutating func packed(count: Int, _ fieldNumber: Int) {
        field(fieldNumber)
        guard count > 0 else { return }
        size += tagSize(fieldNumber) + varintSize(UInt64(count)) + count
    }

    mutating func visitMapField<KeyType, ValueType: MapValueType>(
        fieldType: _ProtobufMap<KeyType, ValueType>.Type,
        value: _ProtobufMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            try entry(fieldNumber) { visitor in
                try KeyType.visitSingular(value: key, fieldNumber: 1, with: &visitor)
                try ValueType.visitSingular(value: entryValue, fieldNumber: 2, with: &visitor)
            }
        }
    }

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufEnumMap<KeyType, ValueType>.Type,
        value: _ProtobufEnumMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws where ValueType.RawValue == Int {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            try entry(fieldNumber) { visitor in
                try KeyType.visitSingular(value: key, fieldNumber: 1, with: &visitor)
                try visitor.visitSingularEnumField(value: entryValue, fieldNumber: 2)
            }
        }
    }

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufMessageMap<KeyType, ValueType>.Type,
        value: _ProtobufMessageMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            try entry(fieldNumber) { visitor in
                try KeyType.visitSingular(value: key, fieldNumber: 1, with: &visitor)
                try visitor.visitSingularMessageField(value: entryValue, fieldNumber: 2)
            }
        }
    }

    private mutating func entry(_ fieldNumber: Int, _ body: (inout SizingVisitor) throws -> Void) throws {
        field(fieldNumber)
        let slot = nestedSizes.count
        nestedSizes.append(0)
        let before = size
        required.enterMapEntry()
        try body(&self)
        size += Self.length(of: required.leave())
        let inner = size - before
        nestedSizes[slot] = inner
        size += tagSize(fieldNumber) + varintSize(UInt64(inner))
    }

    mutating func visitExtensionFields(fields: ExtensionFieldValueSet, start: Int, end: Int) throws {
        throw UnsupportedExtensionFields()
    }
}

// MARK: - Second walk: bytes

private struct WritingVisitor: SwiftProtobuf.Visitor {
    let base: UnsafeMutablePointer<UInt8>?
    let capacity: Int
    let nestedSizes: [Int]
    var offset = 0
    var nextNestedSize = 0
    private var required = RequiredFieldCursors()

    init(base: UnsafeMutablePointer<UInt8>?, capacity: Int, nestedSizes: [Int]) {
        self.base = base
        self.capacity = capacity
        self.nestedSizes = nestedSizes
    }

    @inline(__always)
    private mutating func putByte(_ byte: UInt8) {
        precondition(offset < capacity)
        base?[offset] = byte
        offset += 1
    }

    @inline(__always)
    private mutating func putVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            putByte(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        putByte(UInt8(remaining))
    }

    @inline(__always)
    private mutating func putTag(_ fieldNumber: Int, _ wireType: WireType) {
        putVarint(UInt64(fieldNumber) << 3 | wireType.rawValue)
    }

    @inline(__always)
    private mutating func putLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var remaining = value.littleEndian
        withUnsafeBytes(of: &remaining) { bytes in
            for byte in bytes { putByte(byte) }
        }
    }

    private mutating func putBytes(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        precondition(offset + bytes.count <= capacity)
        base.map { UnsafeMutableRawPointer($0 + offset).copyMemory(from: source, byteCount: bytes.count) }
        offset += bytes.count
    }

    mutating func visitRoot<M: SwiftProtobuf.Message>(_ message: M) throws {
        required.enter(message)
        try message.traverse(visitor: &self)
        write(required.leave())
    }

    @inline(__always)
    private mutating func field(_ number: Int) {
        guard required.hasPending else { return }
        write(required.passing(number))
    }

    private mutating func write(_ defaults: ArraySlice<RequiredFieldDefaults.Field>) {
        for field in defaults {
            field.encodedDefault.withUnsafeBytes { putBytes($0) }
        }
    }

    private mutating func takeNestedSize() -> Int {
        let size = nestedSizes[nextNestedSize]
        nextNestedSize += 1
        return size
    }

    mutating func visitUnknown(bytes: Data) throws {
        write(required.flush())
        bytes.withUnsafeBytes { putBytes($0) }
    }

    mutating func visitSingularFloatField(value: Float, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed32)
        putLittleEndian(value.bitPattern)
    }
    mutating func visitSingularDoubleField(value: Double, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed64)
        putLittleEndian(value.bitPattern)
    }
    mutating func visitSingularInt32Field(value: Int32, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(UInt64(bitPattern: Int64(value)))
    }
    mutating func visitSingularInt64Field(value: Int64, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(UInt64(bitPattern: value))
    }
    mutating func visitSingularUInt32Field(value: UInt32, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(UInt64(value))
    }
    mutating func visitSingularUInt64Field(value: UInt64, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(value)
    }
    mutating func visitSingularSInt32Field(value: Int32, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(zigZag(Int64(value)))
    }
    mutating func visitSingularSInt64Field(value: Int64, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(zigZag(value))
    }
    mutating func visitSingularFixed32Field(value: UInt32, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed32)
        putLittleEndian(value)
    }
    mutating func visitSingularFixed64Field(value: UInt64, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed64)
        putLittleEndian(value)
    }
    mutating func visitSingularSFixed32Field(value: Int32, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed32)
        putLittleEndian(value)
    }
    mutating func visitSingularSFixed64Field(value: Int64, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .fixed64)
        putLittleEndian(value)
    }
    mutating func visitSingularBoolField(value: Bool, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putByte(value ? 1 : 0)
    }
    mutating func visitSingularStringField(value: String, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .lengthDelimited)
        var text = value
        text.withUTF8 { utf8 in
            putVarint(UInt64(utf8.count))
            putBytes(UnsafeRawBufferPointer(utf8))
        }
    }
    mutating func visitSingularBytesField(value: Data, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .lengthDelimited)
        putVarint(UInt64(value.count))
        value.withUnsafeBytes { putBytes($0) }
    }
    mutating func visitSingularEnumField<E: SwiftProtobuf.Enum>(value: E, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .varint)
        putVarint(UInt64(bitPattern: Int64(value.rawValue)))
    }

    mutating func visitSingularMessageField<M: SwiftProtobuf.Message>(value: M, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .lengthDelimited)
        putVarint(UInt64(takeNestedSize()))
        required.enter(value)
        try value.traverse(visitor: &self)
        write(required.leave())
    }

    mutating func visitSingularGroupField<G: SwiftProtobuf.Message>(value: G, fieldNumber: Int) throws {
        field(fieldNumber)
        putTag(fieldNumber, .startGroup)
        required.enter(value)
        try value.traverse(visitor: &self)
        write(required.leave())
        putTag(fieldNumber, .endGroup)
    }

    mutating func visitPackedFloatField(value: [Float], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 4, fieldNumber) else { return }
        for item in value { putLittleEndian(item.bitPattern) }
    }
    mutating func visitPackedDoubleField(value: [Double], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 8, fieldNumber) else { return }
        for item in value { putLittleEndian(item.bitPattern) }
    }
    mutating func visitPackedInt32Field(value: [Int32], fieldNumber: Int) throws {
        let varints = value.map { UInt64(bitPattern: Int64($0)) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }
    mutating func visitPackedInt64Field(value: [Int64], fieldNumber: Int) throws {
        let varints = value.map { UInt64(bitPattern: $0) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }
    mutating func visitPackedUInt32Field(value: [UInt32], fieldNumber: Int) throws {
        let varints = value.map { UInt64($0) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }
    mutating func visitPackedUInt64Field(value: [UInt64], fieldNumber: Int) throws {
        guard startPacked(count: value.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in value { putVarint(item) }
    }
    mutating func visitPackedSInt32Field(value: [Int32], fieldNumber: Int) throws {
        let varints = value.map { zigZag(Int64($0)) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }
    mutating func visitPackedSInt64Field(value: [Int64], fieldNumber: Int) throws {
        let varints = value.map { zigZag($0) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }
    mutating func visitPackedFixed32Field(value: [UInt32], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 4, fieldNumber) else { return }
        for item in value { putLittleEndian(item) }
    }
    mutating func visitPackedFixed64Field(value: [UInt64], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 8, fieldNumber) else { return }
        for item in value { putLittleEndian(item) }
    }
    mutating func visitPackedSFixed32Field(value: [Int32], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 4, fieldNumber) else { return }
        for item in value { putLittleEndian(item) }
    }
    mutating func visitPackedSFixed64Field(value: [Int64], fieldNumber: Int) throws {
        guard startPacked(count: value.count * 8, fieldNumber) else { return }
        for item in value { putLittleEndian(item) }
    }
    mutating func visitPackedBoolField(value: [Bool], fieldNumber: Int) throws {
        guard startPacked(count: value.count, fieldNumber) else { return }
        for item in value { putByte(item ? 1 : 0) }
    }
    mutating func visitPackedEnumField<E: SwiftProtobuf.Enum>(value: [E], fieldNumber: Int) throws {
        let varints = value.map { UInt64(bitPattern: Int64($0.rawValue)) }
        guard startPacked(count: varints.reduce(0) { $0 + varintSize($1) }, fieldNumber) else { return }
        for item in varints { putVarint(item) }
    }

    private mutating func startPacked(count: Int, _ fieldNumber: Int) -> Bool {
        field(fieldNumber)
        guard count > 0 else { return false }
        putTag(fieldNumber, .lengthDelimited)
        putVarint(UInt64(count))
        return true
    }

    mutating func visitMapField<KeyType, ValueType: MapValueType>(
        fieldType: _ProtobufMap<KeyType, ValueType>.Type,
        value: _ProtobufMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            startEntry(fieldNumber)
            try KeyType.visitSingular(value: key, fieldNumber: 1, with: &self)
            try ValueType.visitSingular(value: entryValue, fieldNumber: 2, with: &self)
            endEntry()
        }
    }

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufEnumMap<KeyType, ValueType>.Type,
        value: _ProtobufEnumMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws where ValueType.RawValue == Int {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            startEntry(fieldNumber)
            try KeyType.visitSingular(value: key, fieldNumber: 1, with: &self)
            try visitSingularEnumField(value: entryValue, fieldNumber: 2)
            endEntry()
        }
    }

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufMessageMap<KeyType, ValueType>.Type,
        value: _ProtobufMessageMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {
        for (key, entryValue) in orderedEntries(value, keyType: KeyType.self) {
            startEntry(fieldNumber)
            try KeyType.visitSingular(value: key, fieldNumber: 1, with: &self)
            try visitSingularMessageField(value: entryValue, fieldNumber: 2)
            endEntry()
        }
    }

    private mutating func startEntry(_ fieldNumber: Int) {
        field(fieldNumber)
        putTag(fieldNumber, .lengthDelimited)
        putVarint(UInt64(takeNestedSize()))
        required.enterMapEntry()
    }

    private mutating func endEntry() {
        write(required.leave())
    }

    mutating func visitExtensionFields(fields: ExtensionFieldValueSet, start: Int, end: Int) throws {
        throw UnsupportedExtensionFields()
    }
}
