import Foundation
import SozuProto
import SwiftProtobuf

/// The `required` fields that Sōzu's library always writes, with the bytes of their defaults.
///
/// prost keeps a required scalar, enum, string or bytes field as a plain value, never absent, so
/// Sōzu writes it even when nobody set it (at its declared default, or zero). A required message
/// field is optional in prost and is written only when present. The encoder adds these bytes for
/// each such field a message leaves unset, so our frames carry what Sōzu's would.
enum RequiredFieldDefaults {
    struct Field: Sendable {
        var number: Int
        /// Tag and value of the field at its default, ready to copy.
        var encodedDefault: [UInt8]
    }

    /// Required non-message fields per message (`command.Response`, …), in field-number order.
    static let byMessage: [String: [Field]] = build()

    private static func build() -> [String: [Field]] {
        guard let data = Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters),
            let set = try? Google_Protobuf_FileDescriptorSet(serializedBytes: data)
        else {
            assertionFailure("the embedded descriptor of command.proto does not decode")
            return [:]
        }
        var enumDefaults: [String: Int32] = [:]  // ".command.Enum.VALUE" → number, and ".command.Enum" → first value
        var enumValues: [String: [String: Int32]] = [:]
        var result: [String: [Field]] = [:]
        for file in set.file {
            let prefix = file.package.isEmpty ? "" : file.package + "."
            for enumType in file.enumType {
                let name = "." + prefix + enumType.name
                enumDefaults[name] = enumType.value.first?.number ?? 0
                enumValues[name] = Dictionary(enumType.value.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
            }
            func collectEnums(_ message: Google_Protobuf_DescriptorProto, scope: String) {
                for enumType in message.enumType {
                    let name = "." + scope + "." + enumType.name
                    enumDefaults[name] = enumType.value.first?.number ?? 0
                    enumValues[name] = Dictionary(enumType.value.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
                }
                for nested in message.nestedType { collectEnums(nested, scope: scope + "." + nested.name) }
            }
            for message in file.messageType { collectEnums(message, scope: prefix + message.name) }

            func collectFields(_ message: Google_Protobuf_DescriptorProto, scope: String) {
                var fields: [Field] = []
                for field in message.field where field.label == .required && field.type != .message && field.type != .group {
                    if let bytes = encodedDefault(of: field, enumDefaults: enumDefaults, enumValues: enumValues) {
                        fields.append(Field(number: Int(field.number), encodedDefault: bytes))
                    }
                }
                if !fields.isEmpty {
                    result[scope] = fields.sorted { $0.number < $1.number }
                }
                for nested in message.nestedType { collectFields(nested, scope: scope + "." + nested.name) }
            }
            for message in file.messageType { collectFields(message, scope: prefix + message.name) }
        }
        return result
    }

    private static func encodedDefault(
        of field: Google_Protobuf_FieldDescriptorProto,
        enumDefaults: [String: Int32],
        enumValues: [String: [String: Int32]]
    ) -> [UInt8]? {
        let declared = field.hasDefaultValue ? field.defaultValue : nil
        var bytes: [UInt8] = []
        func tag(_ wireType: UInt64) { WireWriter.appendVarint(UInt64(field.number) << 3 | wireType, to: &bytes) }
        switch field.type {
        case .bool:
            tag(0)
            bytes.append(declared == "true" ? 1 : 0)
        case .int32, .int64:
            tag(0)
            WireWriter.appendVarint(UInt64(bitPattern: Int64(declared ?? "0") ?? 0), to: &bytes)
        case .uint32, .uint64:
            tag(0)
            WireWriter.appendVarint(UInt64(declared ?? "0") ?? 0, to: &bytes)
        case .sint32, .sint64:
            tag(0)
            let value = Int64(declared ?? "0") ?? 0
            WireWriter.appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &bytes)
        case .enum:
            tag(0)
            let number = declared.flatMap { enumValues[field.typeName]?[$0] } ?? enumDefaults[field.typeName] ?? 0
            WireWriter.appendVarint(UInt64(bitPattern: Int64(number)), to: &bytes)
        case .string, .bytes:
            tag(2)
            let text = Array((declared ?? "").utf8)
            WireWriter.appendVarint(UInt64(text.count), to: &bytes)
            bytes += text
        case .fixed32, .sfixed32, .float:
            tag(5)
            let bits: UInt32 =
                field.type == .float ? (Float(declared ?? "0") ?? 0).bitPattern
                : field.type == .fixed32 ? UInt32(declared ?? "0") ?? 0 : UInt32(bitPattern: Int32(declared ?? "0") ?? 0)
            withUnsafeBytes(of: bits.littleEndian) { bytes += $0 }
        case .fixed64, .sfixed64, .double:
            tag(1)
            let bits: UInt64 =
                field.type == .double ? (Double(declared ?? "0") ?? 0).bitPattern
                : field.type == .fixed64 ? UInt64(declared ?? "0") ?? 0 : UInt64(bitPattern: Int64(declared ?? "0") ?? 0)
            withUnsafeBytes(of: bits.littleEndian) { bytes += $0 }
        default:
            return nil
        }
        return bytes
    }
}
