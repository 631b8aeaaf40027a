import Foundation
import SozuProto
import SwiftProtobuf
import Testing

@testable import SozuCodec

@Suite("The embedded schema descriptor, read from its bytes")
struct SchemaDescriptorTests {
    /// The same descriptor through swift-protobuf's descriptor messages.
    static func throughSwiftProtobuf() throws -> [String: SchemaDescriptor.Message] {
        let data = try #require(Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters))
        let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: data)
        var result: [String: SchemaDescriptor.Message] = [:]
        func collect(_ message: Google_Protobuf_DescriptorProto, scope: String) {
            let fullName = scope.isEmpty ? message.name : scope + "." + message.name
            let mapEntries = Set(message.nestedType.filter { $0.options.mapEntry }.map { fullName + "." + $0.name })
            let fields = message.field.map { field in
                let typeName = String(field.typeName.drop { $0 == "." })
                return SchemaDescriptor.Field(
                    name: field.name, number: Int(field.number), type: field.type, label: field.label, typeName: typeName,
                    oneofIndex: field.hasOneofIndex ? Int(field.oneofIndex) : nil,
                    isMap: field.label == .repeated && field.type == .message && mapEntries.contains(typeName))
            }
            result[fullName] = SchemaDescriptor.Message(
                fullName: fullName, fields: fields, oneofNames: message.oneofDecl.map(\.name), isMapEntry: message.options.mapEntry)
            for nested in message.nestedType { collect(nested, scope: fullName) }
        }
        for file in set.file {
            for message in file.messageType { collect(message, scope: file.package) }
        }
        return result
    }

    @Test("every message, field, oneof and map as swift-protobuf's descriptor types read them")
    func sameAsSwiftProtobuf() throws {
        let expected = try Self.throughSwiftProtobuf()
        let read = SchemaDescriptor.messages
        #expect(read.count == expected.count && read.count > 100)
        for (name, message) in expected {
            let ours = try #require(read[name], "\(name)")
            #expect(ours.isMapEntry == message.isMapEntry, "\(name)")
            #expect(ours.oneofNames == message.oneofNames, "\(name)")
            #expect(ours.fields.count == message.fields.count, "\(name)")
            for (left, right) in zip(ours.fields, message.fields) {
                #expect(
                    left.name == right.name && left.number == right.number && left.type == right.type && left.label == right.label
                        && left.typeName == right.typeName && left.oneofIndex == right.oneofIndex && left.isMap == right.isMap,
                    "\(name).\(right.name)")
            }
        }
    }

    @Test("bytes that are not a descriptor are refused, not half read")
    func refusesGarbage() {
        #expect(SchemaDescriptor.read(fileDescriptorSet: [0x0a, 0x05, 0x01]) == nil)
        #expect(SchemaDescriptor.read(fileDescriptorSet: [0x0f]) == nil)
        #expect(SchemaDescriptor.read(fileDescriptorSet: [])?.isEmpty == true)
    }
}
