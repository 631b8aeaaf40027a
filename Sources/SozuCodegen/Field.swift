import SwiftProtobuf
import SwiftProtobufPluginLibrary

/// What the generator needs to know of one field: its Swift names, shape and wire form.
struct Field {
    indirect enum Shape {
        case singular
        case repeated
        case map(key: Field, value: Field)
    }

    struct Oneof {
        /// The oneof's property on the message (`requestType`).
        var propertyName: String
        var memberCount: Int
    }

    let number: Int
    let protoName: String
    /// The property on the generated struct, and its `has` companion (empty for repeated fields).
    let propertyName: String
    let hasName: String
    /// The stored property behind `propertyName` (`_clusterID`): in the message for a field with
    /// presence, in its heap storage for every field of a message that has one.
    let storedName: String
    /// Whether the field tells unset from its default (every singular field of a proto2 schema).
    let hasPresence: Bool
    /// The oneof enum case, dotted (`.listWorkers`), for members of a oneof.
    let caseName: String
    let oneof: Oneof?
    let shape: Shape
    /// The Swift type of a message or enum value, when the field holds one.
    let messageType: String?
    let enumType: String?
    /// The kind of any other value.
    let scalar: Scalar?
    /// A required field that is not a message: written even when unset, as Sōzu's library does.
    let isRequiredScalar: Bool

    init(_ descriptor: FieldDescriptor, namer: SwiftProtobufNamer) throws(WireCodeGenerator.GenerationError) {
        number = Int(descriptor.number)
        protoName = descriptor.name
        guard number < 2048 else { throw .unsupported("field number \(number) (tags longer than two bytes)") }
        let names = namer.messagePropertyNames(field: descriptor, prefixed: "_", includeHasAndClear: descriptor.hasPresence)
        propertyName = names.name
        hasName = names.has
        storedName = names.prefixed
        hasPresence = descriptor.hasPresence
        caseName = namer.messagePropertyNames(field: descriptor, prefixed: ".", includeHasAndClear: false).prefixed
        if let containing = descriptor.realContainingOneof {
            oneof = Oneof(propertyName: namer.messagePropertyName(oneof: containing).name, memberCount: containing.fields.count)
        } else {
            oneof = nil
        }
        if descriptor.isPacked { throw .unsupported("packed field \(descriptor.fullName)") }

        var messageType: String?
        var enumType: String?
        var scalar: Scalar?
        switch descriptor.type {
        case .message:
            messageType = namer.fullName(message: descriptor.messageType)
        case .enum:
            enumType = namer.fullName(enum: descriptor.enumType)
        case .group:
            throw .unsupported("group field \(descriptor.fullName)")
        default:
            guard let kind = Scalar(descriptor.type) else { throw .unsupported("the type of \(descriptor.fullName)") }
            scalar = kind
        }

        if descriptor.isMap, let entry = descriptor.messageType, let pair = entry.mapKeyAndValue {
            shape = .map(key: try Field(pair.key, namer: namer), value: try Field(pair.value, namer: namer))
            messageType = nil
        } else if descriptor.isRepeated {
            shape = .repeated
        } else {
            shape = .singular
        }
        self.messageType = messageType
        self.enumType = enumType
        self.scalar = scalar
        isRequiredScalar = descriptor.isRequired && descriptor.type != .message
    }

    /// Where the decoder writes the field and the encoder reads it: the stored property itself
    /// (`storage._hostname`, `message._port`, `message.backends`), not the accessors that copy a
    /// value out or check the storage's uniqueness at every field.
    func stored(in message: String, heapStorage: Bool) -> String {
        if heapStorage { return "storage.\(storedName)" }
        if case .singular = shape { return "\(message).\(storedName)" }
        return "\(message).\(propertyName)"
    }

    var swiftType: String {
        messageType ?? enumType ?? scalar?.swiftType ?? "Never"
    }

    /// The value a map entry gets for a missing key or value.
    var zeroValue: String {
        if let messageType { return "\(messageType)()" }
        if let enumType { return "\(enumType)()" }
        return scalar?.zeroValue ?? "nil"
    }

    var wireType: UInt32 {
        switch shape {
        case .map: 2
        case .singular, .repeated: messageType != nil ? 2 : enumType != nil ? 0 : scalar?.wireType ?? 2
        }
    }

    /// Repeated numbers arrive one by one or packed, whichever the schema says.
    var isPackable: Bool {
        guard case .repeated = shape else { return false }
        return enumType != nil || (scalar.map { $0.wireType != 2 } ?? false)
    }

    /// The tag as the decoder's `switch` sees it.
    func tag(_ wireType: UInt32) -> String {
        String(UInt32(number) << 3 | wireType)
    }

    /// The tag's encoded bytes, first byte lowest, for `WireWriter.tag`.
    func encodedTag(_ wireType: UInt32) -> String {
        let value = UInt32(number) << 3 | wireType
        if value < 0x80 { return String(value) }
        let encoded = (value & 0x7f | 0x80) | (value >> 7) << 8
        return "0x" + String(encoded, radix: 16, uppercase: true)
    }

    /// Writes a value without its tag.
    func writeStatement(_ value: String) -> String {
        if enumType != nil { return "writer.varint(UInt64(bitPattern: Int64(\(value).rawValue)))" }
        return scalar?.writeStatement(value) ?? ""
    }
}

/// The value kinds that are neither messages nor enums.
enum Scalar {
    case bool, int32, int64, uint32, uint64, sint32, sint64
    case fixed32, fixed64, sfixed32, sfixed64, float, double
    case string, bytes

    init?(_ type: Google_Protobuf_FieldDescriptorProto.TypeEnum) {
        switch type {
        case .bool: self = .bool
        case .int32: self = .int32
        case .int64: self = .int64
        case .uint32: self = .uint32
        case .uint64: self = .uint64
        case .sint32: self = .sint32
        case .sint64: self = .sint64
        case .fixed32: self = .fixed32
        case .fixed64: self = .fixed64
        case .sfixed32: self = .sfixed32
        case .sfixed64: self = .sfixed64
        case .float: self = .float
        case .double: self = .double
        case .string: self = .string
        case .bytes: self = .bytes
        default: return nil
        }
    }

    var wireType: UInt32 {
        switch self {
        case .bool, .int32, .int64, .uint32, .uint64, .sint32, .sint64: 0
        case .fixed64, .sfixed64, .double: 1
        case .string, .bytes: 2
        case .fixed32, .sfixed32, .float: 5
        }
    }

    var swiftType: String {
        switch self {
        case .bool: "Bool"
        case .int32, .sint32, .sfixed32: "Int32"
        case .int64, .sint64, .sfixed64: "Int64"
        case .uint32, .fixed32: "UInt32"
        case .uint64, .fixed64: "UInt64"
        case .float: "Float"
        case .double: "Double"
        case .string: "String"
        case .bytes: "Data"
        }
    }

    var zeroValue: String {
        switch self {
        case .bool: "false"
        case .string: "\"\""
        case .bytes: "Data()"
        default: "0"
        }
    }

    func readExpression(_ decoder: String) -> String {
        switch self {
        case .bool: "try \(decoder).readVarint() != 0"
        case .int32: "Int32(truncatingIfNeeded: try \(decoder).readVarint())"
        case .int64: "Int64(bitPattern: try \(decoder).readVarint())"
        case .uint32: "UInt32(truncatingIfNeeded: try \(decoder).readVarint())"
        case .uint64: "try \(decoder).readVarint()"
        case .sint32: "WireZigZag.decode32(try \(decoder).readVarint())"
        case .sint64: "WireZigZag.decode64(try \(decoder).readVarint())"
        case .fixed32: "try \(decoder).readFixed32()"
        case .sfixed32: "Int32(bitPattern: try \(decoder).readFixed32())"
        case .float: "Float(bitPattern: try \(decoder).readFixed32())"
        case .fixed64: "try \(decoder).readFixed64()"
        case .sfixed64: "Int64(bitPattern: try \(decoder).readFixed64())"
        case .double: "Double(bitPattern: try \(decoder).readFixed64())"
        case .string: "try \(decoder).readString()"
        case .bytes: "try \(decoder).readBytes()"
        }
    }

    func writeStatement(_ value: String) -> String {
        switch self {
        case .bool: "writer.byte(\(value) ? 1 : 0)"
        case .int32: "writer.varint(UInt64(bitPattern: Int64(\(value))))"
        case .int64: "writer.varint(UInt64(bitPattern: \(value)))"
        case .uint32: "writer.varint(UInt64(\(value)))"
        case .uint64: "writer.varint(\(value))"
        case .sint32: "writer.varint(UInt64(WireZigZag.encode32(\(value))))"
        case .sint64: "writer.varint(WireZigZag.encode64(\(value)))"
        case .fixed32: "writer.fixed32(\(value))"
        case .sfixed32: "writer.fixed32(UInt32(bitPattern: \(value)))"
        case .float: "writer.fixed32(\(value).bitPattern)"
        case .fixed64: "writer.fixed64(\(value))"
        case .sfixed64: "writer.fixed64(UInt64(bitPattern: \(value)))"
        case .double: "writer.fixed64(\(value).bitPattern)"
        case .string: "writer.string(\(value))"
        case .bytes: "writer.bytes(\(value))"
        }
    }
}
