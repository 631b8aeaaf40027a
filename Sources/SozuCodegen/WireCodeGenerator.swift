public import SwiftProtobuf
import SwiftProtobufPluginLibrary

/// Writes `command.wire.swift`: for every message of a schema, a decoder and an encoder that
/// work on swift-protobuf's generated types through their public properties, with concrete code
/// per field instead of swift-protobuf's generic visitors.
///
/// Names come from swift-protobuf's own namer, so the code fits what protoc-gen-swift generated
/// from the same descriptor.
public struct WireCodeGenerator {
    public enum GenerationError: Error, CustomStringConvertible {
        case unsupported(String)

        public var description: String {
            switch self {
            case .unsupported(let what): "sozu-codegen does not handle \(what)"
            }
        }
    }

    private let descriptorSet: DescriptorSet
    private let namer = SwiftProtobufNamer()
    /// The messages protoc-gen-swift gave a heap storage class (`_StorageClass`).
    private let heapStorageMessages: Set<String>

    /// `protocGenSwiftOutput` is the `.pb.swift` protoc-gen-swift wrote from the same schema,
    /// with its storage opened to the module (Proto/regenerate.sh does that): which messages keep
    /// their fields in a heap storage is protoc-gen-swift's choice, read from there.
    public init(fileDescriptorSet: Google_Protobuf_FileDescriptorSet, protocGenSwiftOutput: String) {
        descriptorSet = DescriptorSet(protos: fileDescriptorSet.file)
        heapStorageMessages = Self.heapStorageMessages(in: protocGenSwiftOutput)
    }

    /// The messages whose `SwiftProtobuf.Message` extension declares a `_StorageClass`.
    static func heapStorageMessages(in source: String) -> Set<String> {
        var found: Set<String> = []
        var current: String?
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("nonisolated extension "), line.contains(": SwiftProtobuf.Message") {
                current = line.dropFirst("nonisolated extension ".count).split(separator: ":").first.map(String.init)
            } else if line.hasPrefix("extension ") || line.hasPrefix("public ") || line.hasPrefix("nonisolated ") {
                current = nil
            } else if line.contains("class _StorageClass"), let name = current {
                found.insert(name)
            }
        }
        return found
    }

    /// The Swift source for every message in `fileName` (as protoc names it: `command.proto`).
    public func generate(fileName: String) throws(GenerationError) -> String {
        guard let file = descriptorSet.files.first(where: { $0.name == fileName }) else {
            throw .unsupported("a descriptor set without \(fileName)")
        }
        var out = SourceText()
        out.line("// DO NOT EDIT.")
        out.line("// Written by Proto/regenerate.sh (sozu-codegen) from \(fileName), beside protoc-gen-swift's code.")
        out.line("//")
        out.line("// A decoder and an encoder per message, reading and writing the generated types' public")
        out.line("// properties with concrete code per field. Decoding follows swift-protobuf's binary decoder")
        out.line("// rule for rule (unknown fields kept byte for byte, the same refusals); encoding writes what the")
        out.line("// schema-free visitor encoder in SozuCodec writes (map keys by UTF-8 bytes, a required field")
        out.line("// left unset at its default, unknown fields last).")
        out.line("")
        out.line("#if canImport(FoundationEssentials)")
        out.line("import FoundationEssentials")
        out.line("#else")
        out.line("import Foundation")
        out.line("#endif")
        out.line("import SwiftProtobuf")
        for message in Self.allMessages(file.messages) {
            try generate(message, into: &out)
        }
        return out.text
    }

    private static func allMessages(_ messages: [Descriptor]) -> [Descriptor] {
        messages.flatMap { message -> [Descriptor] in
            message.options.mapEntry ? [] : [message] + allMessages(message.messages)
        }
    }

    // MARK: - One message

    private func generate(_ message: Descriptor, into out: inout SourceText) throws(GenerationError) {
        let typeName = namer.fullName(message: message)
        var fields: [Field] = []
        for descriptor in message.fields.sorted(by: { $0.number < $1.number }) {
            let field = try Field(descriptor, namer: namer)
            if case .singular = field.shape, field.oneof == nil, !field.hasPresence {
                throw .unsupported("singular field without presence \(descriptor.fullName)")
            }
            fields.append(field)
        }
        let heapStorage = heapStorageMessages.contains(typeName)
        if heapStorage, !message.realOneofs.isEmpty {
            // Its setter would find the storage shared with the decoder's reference and copy it.
            throw .unsupported("a oneof in heap storage (\(message.fullName))")
        }
        out.line("")
        out.line("extension \(typeName): WireCodable {")
        out.indent {
            if heapStorage {
                generateStorageAccess(into: &$0)
                $0.line("")
            }
            generateDecoder(typeName: typeName, fields: fields, oneofs: message.realOneofs, heapStorage: heapStorage, into: &$0)
            $0.line("")
            generateWriter(fields: fields, heapStorage: heapStorage, into: &$0)
        }
        out.line("}")
    }

    /// The storage a decoder writes into: a new one while the message shares the empty default
    /// (the setters would copy the default's every field into a new one first), else its own.
    private func generateStorageAccess(into out: inout SourceText) {
        out.line("@inline(__always)")
        out.line("mutating func wireStorage() -> _StorageClass {")
        out.indent { out in
            out.line("if _storage === _StorageClass.defaultInstance {")
            out.indent { $0.line("_storage = _StorageClass()") }
            out.line("} else if !isKnownUniquelyReferenced(&_storage) {")
            out.indent { $0.line("_storage = _StorageClass(copying: _storage)") }
            out.line("}")
            out.line("return _storage")
        }
        out.line("}")
    }

    // MARK: Decoding

    /// Fields are read straight into their stored properties; a oneof's member is kept aside and
    /// set once at the end.
    private func generateDecoder(
        typeName: String, fields: [Field], oneofs: [OneofDescriptor], heapStorage: Bool, into out: inout SourceText
    ) {
        out.line("public static func wireDecode(_ decoder: inout WireDecoder, into message: inout \(typeName)) throws(WireDecodingError) {")
        out.indent { out in
            if fields.isEmpty {
                out.line("var unknown = WireUnknownFields()")
                out.line("while let tag = try decoder.nextTag() {")
                out.indent { $0.line("try decoder.keepUnknown(tag: tag, in: &unknown)") }
                out.line("}")
                out.line("if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }")
                return
            }
            out.line("var unknown = WireUnknownFields()")
            if heapStorage { out.line("let storage = message.wireStorage()") }
            for oneof in oneofs {
                let names = namer.messagePropertyName(oneof: oneof)
                out.line("var \(Self.oneofLocal(names.name)): \(namer.fullName(oneof: oneof))? = nil")
            }
            out.line("while let tag = try decoder.nextTag() {")
            out.indent { out in
                out.line("switch tag {")
                for field in fields {
                    decodeCases(field, target: field.stored(in: "message", heapStorage: heapStorage), into: &out)
                }
                out.line("default:")
                out.indent { $0.line("try decoder.keepUnknown(tag: tag, in: &unknown)") }
                out.line("}")
            }
            out.line("}")
            for oneof in oneofs {
                let names = namer.messagePropertyName(oneof: oneof)
                out.line("if let value = \(Self.oneofLocal(names.name)).take() { message.\(names.name) = value }")
            }
            out.line("if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }")
        }
        out.line("}")
    }

    private static func oneofLocal(_ propertyName: String) -> String {
        "oneof_" + propertyName.filter { $0 != "`" }
    }

    /// The `case` arms that read one field into `target` (two for a repeated number: one value or
    /// packed). A repeated field's values and a map's entries add to what the message held.
    private func decodeCases(_ field: Field, target: String, into out: inout SourceText) {
        let tag = field.tag(field.wireType)
        out.line("case \(tag):  // \(field.protoName) = \(field.number)")
        out.indent { out in
            switch field.shape {
            case .map(let key, let value):
                decodeMapEntry(field, key: key, value: value, target: target, into: &out)
            case .repeated:
                if field.wireType == 2 {
                    // Their values usually come in one run: the array is made at its size once.
                    out.line("if \(target).isEmpty { \(target).reserveCapacity(decoder.lengthDelimitedRun(tag: \(field.tag(2)))) }")
                }
                if let message = field.messageType {
                    out.line("var inner = try decoder.nested()")
                    out.line("var item = \(message)()")
                    out.line("try \(message).wireDecode(&inner, into: &item)")
                    out.line("\(target).append(consume item)")
                } else if let enumType = field.enumType {
                    out.line("let raw = try decoder.readVarint()")
                    out.line("if let value = \(enumType)(rawValue: Int(Int32(truncatingIfNeeded: raw))) {")
                    out.indent { $0.line("\(target).append(value)") }
                    out.line("} else {")
                    out.indent { $0.line("decoder.keepConsumed(in: &unknown)") }
                    out.line("}")
                } else if let scalar = field.scalar {
                    out.line("\(target).append(\(scalar.readExpression("decoder")))")
                }
            case .singular:
                if let message = field.messageType {
                    out.line("var inner = try decoder.nested()")
                    if let oneof = field.oneof {
                        let local = Self.oneofLocal(oneof.propertyName)
                        out.line("var value = \(message)()")
                        out.line("if case \(field.caseName)(let existing)? = \(local) ?? message.\(oneof.propertyName) { value = existing }")
                        out.line("try \(message).wireDecode(&inner, into: &value)")
                        out.line("\(local) = \(field.caseName)(consume value)")
                    } else {
                        // Taken out, so that a message with heap storage is not shared while it merges.
                        out.line("var value = \(target).take() ?? \(message)()")
                        out.line("try \(message).wireDecode(&inner, into: &value)")
                        out.line("\(target) = consume value")
                    }
                } else if let enumType = field.enumType {
                    out.line("let raw = try decoder.readVarint()")
                    out.line("if let value = \(enumType)(rawValue: Int(Int32(truncatingIfNeeded: raw))) {")
                    out.indent { $0.line(storeSingular(field, "value", target: target)) }
                    out.line("} else {")
                    out.indent { $0.line("decoder.keepConsumed(in: &unknown)") }
                    out.line("}")
                } else if let scalar = field.scalar {
                    out.line(storeSingular(field, scalar.readExpression("decoder"), target: target))
                }
            }
        }
        // The other form of a repeated number: packed when declared unpacked, and the reverse.
        if case .repeated = field.shape, field.isPackable {
            out.line("case \(field.tag(2)):  // \(field.protoName) = \(field.number), packed")
            out.indent { out in
                out.line("var packed = try decoder.sameLevel()")
                if let enumType = field.enumType {
                    out.line("var unknownNumbers: [Int32] = []")
                    out.line("while !packed.isAtEnd {")
                    out.indent { out in
                        out.line("let raw = Int32(truncatingIfNeeded: try packed.readVarint())")
                        out.line("if let value = \(enumType)(rawValue: Int(raw)) {")
                        out.indent { $0.line("\(target).append(value)") }
                        out.line("} else {")
                        out.indent { $0.line("unknownNumbers.append(raw)") }
                        out.line("}")
                    }
                    out.line("}")
                    out.line("if !unknownNumbers.isEmpty { unknown.appendPacked(fieldNumber: \(field.number), unknownNumbers) }")
                } else if let scalar = field.scalar {
                    out.line("while !packed.isAtEnd {")
                    out.indent { $0.line("\(target).append(\(scalar.readExpression("packed")))") }
                    out.line("}")
                }
            }
        }
    }

    private func storeSingular(_ field: Field, _ expression: String, target: String) -> String {
        if let oneof = field.oneof {
            return "\(Self.oneofLocal(oneof.propertyName)) = \(field.caseName)(\(expression))"
        }
        return "\(target) = \(expression)"
    }

    /// A map entry, read as swift-protobuf reads one: a key or value of the wrong wire type is not
    /// stepped over (its bytes are read as the next tag), other fields are skipped, and a missing
    /// key or value is the type's zero.
    private func decodeMapEntry(_ field: Field, key: Field, value: Field, target: String, into out: inout SourceText) {
        out.line("if \(target).isEmpty { \(target) = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: \(field.tag(field.wireType)))) }")
        out.line("var entry = try decoder.sameLevel()")
        out.line("var key: \(key.swiftType)?")
        out.line("var value: \(value.swiftType)?")
        out.line("while let entryTag = try entry.nextEntryTag() {")
        out.indent { out in
            out.line("switch entryTag {")
            for part in [key, value] {
                out.line("case \(part.tag(part.wireType)):")
                out.indent { out in
                    let name = part.number == 1 ? "key" : "value"
                    if let message = part.messageType {
                        out.line("var inner = try entry.nested()")
                        out.line("var item = \(name) ?? \(message)()")
                        out.line("try \(message).wireDecode(&inner, into: &item)")
                        out.line("\(name) = consume item")
                    } else if let scalar = part.scalar {
                        out.line("\(name) = \(scalar.readExpression("entry"))")
                    }
                }
            }
            out.line("default:")
            out.indent { out in
                out.line("if entryTag & 7 == 4 { throw .malformed }")
                out.line("if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }")
            }
            out.line("}")
        }
        out.line("}")
        out.line("\(target)[key ?? \(key.zeroValue)] = value ?? \(value.zeroValue)")
    }
}

/// Source text with indentation.
struct SourceText {
    private(set) var text = ""
    private var indentation = ""

    mutating func line(_ content: String) {
        text += content.isEmpty ? "\n" : indentation + content + "\n"
    }

    mutating func indent(_ body: (inout SourceText) -> Void) {
        let outer = indentation
        indentation += "    "
        body(&self)
        indentation = outer
    }
}
