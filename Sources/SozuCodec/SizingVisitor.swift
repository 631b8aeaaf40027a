import Foundation
import SwiftProtobuf

// MARK: - First walk: sizes

struct SizingVisitor: SwiftProtobuf.Visitor {
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
