import Foundation
import SozuProto
import SwiftProtobuf

/// Sōzu's schema as protoc described it (embedded by Proto/regenerate.sh): what generated code
/// does not tell, such as declaration order, oneof membership and declared defaults.
enum SchemaDescriptor {
    struct Field: Sendable {
        var name: String
        var number: Int
        var type: Google_Protobuf_FieldDescriptorProto.TypeEnum
        var label: Google_Protobuf_FieldDescriptorProto.Label
        /// Fully qualified message or enum type name, without the leading dot.
        var typeName: String
        var oneofIndex: Int?
        var isMap: Bool
    }

    struct Message: Sendable {
        var fullName: String
        /// In declaration order.
        var fields: [Field]
        var oneofNames: [String]
        var isMapEntry: Bool

        func field(number: Int) -> Field? { fields.first { $0.number == number } }
        func field(named name: String) -> Field? { fields.first { $0.name == name } }
    }

    /// Messages by full name (`command.Request`).
    static let messages: [String: Message] = {
        guard let data = Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters) else { return [:] }
        return read(fileDescriptorSet: [UInt8](data)) ?? [:]
    }()

    // The descriptor is read straight from its bytes, only the fields used here, rather than
    // decoded into swift-protobuf's descriptor messages: that decoding, generic over dozens of
    // types met for the first time, was a fifth of a one-shot run that keeps a journal. Field
    // numbers are descriptor.proto's; the tests compare the result with swift-protobuf's.

    /// A field of a message, read without a schema.
    private enum Value {
        case varint(UInt64)
        case bytes(ArraySlice<UInt8>)

        var text: String {
            if case .bytes(let bytes) = self { String(decoding: bytes, as: UTF8.self) } else { "" }
        }

        var body: ArraySlice<UInt8> {
            if case .bytes(let bytes) = self { bytes } else { [] }
        }

        var number: UInt64 {
            if case .varint(let value) = self { value } else { 0 }
        }
    }

    /// Calls `visit` with each field's number and value; false for bytes that are not a message.
    private static func forEachField(_ bytes: ArraySlice<UInt8>, _ visit: (Int, Value) -> Void) -> Bool {
        var reader = WireReader(bytes)
        while !reader.isAtEnd {
            guard let tag = reader.readVarint() else { return false }
            let number = Int(truncatingIfNeeded: tag >> 3)
            switch tag & 7 {
            case 0:
                guard let value = reader.readVarint() else { return false }
                visit(number, .varint(value))
            case 1:
                guard reader.skip(8) else { return false }
            case 2:
                guard let length = reader.readVarint(), length <= UInt64(Int.max), let body = reader.read(Int(length)) else { return false }
                visit(number, .bytes(body))
            case 5:
                guard reader.skip(4) else { return false }
            default:
                return false
            }
        }
        return true
    }

    static func read(fileDescriptorSet bytes: [UInt8]) -> [String: Message]? {
        var result: [String: Message] = [:]
        var unreadable = false
        let setRead = forEachField(bytes[...]) { number, file in
            guard number == 1 else { return }  // FileDescriptorSet.file
            var package = ""
            var messages: [ArraySlice<UInt8>] = []
            let fileRead = forEachField(file.body) { number, value in
                switch number {
                case 2: package = value.text  // FileDescriptorProto.package
                case 4: messages.append(value.body)  // message_type
                default: break
                }
            }
            if !fileRead { unreadable = true }
            for message in messages where !collect(message, scope: package, into: &result) { unreadable = true }
        }
        return setRead && !unreadable ? result : nil
    }

    /// A DescriptorProto and its nested messages; false when some of it did not read.
    private static func collect(_ bytes: ArraySlice<UInt8>, scope: String, into result: inout [String: Message]) -> Bool {
        var name = ""
        var fieldBodies: [ArraySlice<UInt8>] = []
        var nestedBodies: [ArraySlice<UInt8>] = []
        var oneofNames: [String] = []
        var isMapEntry = false
        var unreadable = false
        let messageRead = forEachField(bytes) { number, value in
            switch number {
            case 1: name = value.text
            case 2: fieldBodies.append(value.body)
            case 3: nestedBodies.append(value.body)
            case 7:  // MessageOptions.map_entry
                if !forEachField(value.body, { option, flag in if option == 7 { isMapEntry = flag.number != 0 } }) { unreadable = true }
            case 8:  // OneofDescriptorProto.name
                if !forEachField(value.body, { part, text in if part == 1 { oneofNames.append(text.text) } }) { unreadable = true }
            default: break
            }
        }
        let fullName = scope.isEmpty ? name : scope + "." + name
        var nestedMessages: [String: Message] = [:]
        for nested in nestedBodies where !collect(nested, scope: fullName, into: &nestedMessages) { unreadable = true }
        var fields: [Field] = []
        for body in fieldBodies {
            var field = Field(name: "", number: 0, type: .double, label: .optional, typeName: "", oneofIndex: nil, isMap: false)
            let fieldRead = forEachField(body) { number, value in
                switch number {
                case 1: field.name = value.text
                case 3: field.number = Int(Int32(truncatingIfNeeded: value.number))
                case 4: field.label = Google_Protobuf_FieldDescriptorProto.Label(rawValue: Int(value.number)) ?? .optional
                case 5: field.type = Google_Protobuf_FieldDescriptorProto.TypeEnum(rawValue: Int(value.number)) ?? .double
                case 6: field.typeName = String(value.text.drop { $0 == "." })
                case 9: field.oneofIndex = Int(Int32(truncatingIfNeeded: value.number))
                default: break
                }
            }
            if !fieldRead { unreadable = true }
            field.isMap = field.label == .repeated && field.type == .message && nestedMessages[field.typeName]?.isMapEntry == true
            fields.append(field)
        }
        result[fullName] = Message(fullName: fullName, fields: fields, oneofNames: oneofNames, isMapEntry: isMapEntry)
        result.merge(nestedMessages) { $1 }
        return messageRead && !unreadable
    }
}
