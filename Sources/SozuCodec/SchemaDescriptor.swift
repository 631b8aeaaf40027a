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
    static let messages: [String: Message] = build()

    static let fileDescriptorSet: Google_Protobuf_FileDescriptorSet? = {
        guard let data = Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters) else {
            return nil
        }
        return try? Google_Protobuf_FileDescriptorSet(serializedBytes: data)
    }()

    private static func build() -> [String: Message] {
        guard let set = fileDescriptorSet else { return [:] }
        var result: [String: Message] = [:]
        func collect(_ message: Google_Protobuf_DescriptorProto, scope: String) {
            let fullName = scope.isEmpty ? message.name : scope + "." + message.name
            let mapEntries = Set(message.nestedType.filter { $0.options.mapEntry }.map { fullName + "." + $0.name })
            let fields = message.field.map { field in
                let typeName = String(field.typeName.drop { $0 == "." })
                return Field(
                    name: field.name, number: Int(field.number), type: field.type, label: field.label, typeName: typeName,
                    oneofIndex: field.hasOneofIndex ? Int(field.oneofIndex) : nil,
                    isMap: field.label == .repeated && field.type == .message && mapEntries.contains(typeName))
            }
            result[fullName] = Message(
                fullName: fullName, fields: fields, oneofNames: message.oneofDecl.map(\.name), isMapEntry: message.options.mapEntry)
            for nested in message.nestedType { collect(nested, scope: fullName) }
        }
        for file in set.file {
            for message in file.messageType { collect(message, scope: file.package) }
        }
        return result
    }
}
