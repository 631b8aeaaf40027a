import Foundation
import SwiftProtobuf

// MARK: - Second walk: bytes

struct WritingVisitor: SwiftProtobuf.Visitor {
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
