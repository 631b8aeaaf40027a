import Foundation
import SozuCodec
@testable import SozuCodegen
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// Checks that the committed Swift code in Sources/SozuProto was generated from the committed
/// Proto/command.proto: first by fingerprint, then field by field through protoc's own encoder.
@Suite("Generated code matches Proto/command.proto")
struct SchemaConsistencyTests {
    @Test("the generated code was made from this very command.proto (run Proto/regenerate.sh when not)")
    func fingerprintMatches() throws {
        let sha256sum = try #require(ExternalProcess.which("sha256sum"))
        let result = try ExternalProcess.run(sha256sum, [PackagePaths.root.appendingPathComponent("Proto/command.proto").path])
        let digest = result.outputText.split(separator: " ").first.map(String.init)
        #expect(digest == CommandProtoFingerprint.sha256, "Proto/command.proto changed: run Proto/regenerate.sh")
    }

    @Test(
        "the embedded descriptor is protoc's descriptor of this command.proto",
        .enabled(if: Protoc.path != nil, Comment(rawValue: Protoc.missingNotice))
    )
    func embeddedDescriptorMatches() throws {
        let embedded = try #require(Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters))
        #expect(embedded == (try Protoc.descriptorSet()), "Proto/command.proto changed: run Proto/regenerate.sh")
    }

    @Test(
        "every field of every message survives protoc → Swift → protoc (encode and decode) byte for byte",
        .enabled(if: Protoc.path != nil, Comment(rawValue: Protoc.missingNotice))
    )
    func everyFieldRoundTripsThroughProtoc() throws {
        let descriptorSet = try Google_Protobuf_FileDescriptorSet(serializedBytes: try Protoc.descriptorSet())
        let file = try #require(descriptorSet.file.first { $0.package == "command" })
        var generator = SampleGenerator(file: file)

        let roots: [(String, any SwiftProtobuf.Message.Type)] = [
            ("Request", Command_Request.self), ("Response", Command_Response.self),
            ("WorkerRequest", Command_WorkerRequest.self), ("WorkerResponse", Command_WorkerResponse.self),
            ("ServerConfig", Command_ServerConfig.self), ("ListenersCount", Command_ListenersCount.self),
            ("InitialState", Command_InitialState.self), ("ProtobufAccessLog", Command_ProtobufAccessLog.self),
        ]
        for (name, swiftType) in roots {
            let samples = generator.samples(of: name)
            for text in samples {
                let fromProtoc = try Protoc.encode(text, as: "command.\(name)")
                try #require(fromProtoc.status == 0, "protoc could not encode \(name):\n\(text)\n\(fromProtoc.standardError)")
                let bytes = [UInt8](fromProtoc.standardOutput)

                let decoded = try swiftType.init(serializedBytes: bytes, partial: true)
                var options = BinaryDecodingOptions()
                options.discardUnknownFields = true
                let knownOnly = try swiftType.init(serializedBytes: bytes, partial: true, options: options)
                #expect(decoded.isEqualTo(message: knownOnly), "Swift does not know a field protoc wrote in \(name):\n\(text)")

                var encodingOptions = BinaryEncodingOptions()
                encodingOptions.useDeterministicOrdering = true
                let reencoded: [UInt8] = try decoded.serializedBytes(partial: true, options: encodingOptions)
                #expect(reencoded == bytes, "Swift re-encodes \(name) differently:\n\(text)")
                #expect(try MessageCodec.encode(decoded) == bytes, "the codec encodes \(name) differently:\n\(text)")

                // protoc reads Swift's bytes back into the same message.
                let decodedByProtoc = try Protoc.decode(reencoded, as: "command.\(name)")
                #expect(decodedByProtoc.status == 0, "protoc cannot decode Swift's \(name): \(decodedByProtoc.standardError)")
                let fromProtocText = try swiftType.init(textFormatString: decodedByProtoc.outputText)
                #expect(fromProtocText.isEqualTo(message: decoded), "protoc reads Swift's \(name) differently")

                let swiftText = decoded.textFormatString()
                let backThroughProtoc = try Protoc.encode(swiftText, as: "command.\(name)")
                #expect(backThroughProtoc.status == 0, "protoc rejects Swift's text for \(name): \(backThroughProtoc.standardError)")
                #expect([UInt8](backThroughProtoc.standardOutput) == bytes, "names differ in \(name):\n\(swiftText)")
            }
        }
        #expect(generator.uncoveredFields().isEmpty, "fields no sample reached: \(generator.uncoveredFields())")
    }
}

/// Writes text-format samples of a message that, together, set every field of every message
/// reachable from it, with values that differ per field.
struct SampleGenerator {
    let messages: [String: Google_Protobuf_DescriptorProto]
    let enums: [String: Google_Protobuf_EnumDescriptorProto]
    private var covered: Set<String> = []
    private var oneofRotation: [String: Int] = [:]

    init(file: Google_Protobuf_FileDescriptorProto) {
        var messages: [String: Google_Protobuf_DescriptorProto] = [:]
        func add(_ message: Google_Protobuf_DescriptorProto, prefix: String) {
            let name = prefix.isEmpty ? message.name : "\(prefix).\(message.name)"
            messages[name] = message
            for nested in message.nestedType { add(nested, prefix: name) }
        }
        for message in file.messageType { add(message, prefix: "") }
        self.messages = messages
        self.enums = Dictionary(uniqueKeysWithValues: file.enumType.map { ($0.name, $0) })
    }

    /// Enough samples of `name` that every member of its own oneofs appears, and that nested
    /// oneofs (ResponseContent has 17 members) come round at least once.
    mutating func samples(of name: String) -> [String] {
        guard let message = messages[name] else { return [] }
        let rounds = max(20, message.field.filter { $0.hasOneofIndex }.count)
        return (0..<rounds).map { _ in body(of: name, depth: 0) }
    }

    func uncoveredFields() -> [String] {
        var missing: [String] = []
        for (name, message) in messages where !message.options.mapEntry {
            for field in message.field where !covered.contains("\(name).\(field.name)") {
                missing.append("\(name).\(field.name)")
            }
        }
        return missing.sorted()
    }

    private mutating func body(of name: String, depth: Int) -> String {
        guard let message = messages[name] else { return "" }
        var chosen: [Int32: Int32] = [:]
        for (index, _) in message.oneofDecl.enumerated() {
            let members = message.field.filter { $0.hasOneofIndex && $0.oneofIndex == Int32(index) }
            let key = "\(name)#\(index)"
            let turn = oneofRotation[key, default: 0]
            oneofRotation[key] = turn + 1
            chosen[Int32(index)] = members[turn % members.count].number
        }
        var lines: [String] = []
        for field in message.field {
            if field.hasOneofIndex, chosen[field.oneofIndex] != field.number { continue }
            let required = field.label == .required
            if field.type == .message, !required, depth >= 5 { continue }
            covered.insert("\(name).\(field.name)")
            let repeats = field.label == .repeated ? 2 : 1
            for index in 0..<repeats {
                lines.append(render(field, index: index, depth: depth))
            }
        }
        return lines.joined(separator: "\n")
    }

    private mutating func render(_ field: Google_Protobuf_FieldDescriptorProto, index: Int, depth: Int) -> String {
        let typeName = String(field.typeName.drop(while: { $0 == "." }).dropFirst("command.".count))
        if field.type == .message, let entry = messages[typeName], entry.options.mapEntry {
            let key = entry.field[0]
            let value = entry.field[1]
            let keyText = scalar(key, salt: index)
            let valueText = value.type == .message
                ? "{\n\(body(of: String(value.typeName.dropFirst(".command.".count)), depth: depth + 1))\n}"
                : scalar(value, salt: index)
            return "\(field.name) {\n key: \(keyText)\n value\(value.type == .message ? " " : ": ")\(valueText)\n}"
        }
        if field.type == .message {
            return "\(field.name) {\n\(body(of: typeName, depth: depth + 1))\n}"
        }
        return "\(field.name): \(scalar(field, salt: index))"
    }

    private func scalar(_ field: Google_Protobuf_FieldDescriptorProto, salt: Int) -> String {
        let seed = Int(field.number) * 37 + salt
        switch field.type {
        case .string: return "\"s\(field.name)-\(salt)-é\""
        case .bytes: return "\"\\001\\377b\(salt)\""
        case .bool: return salt == 0 ? "true" : "false"
        case .int32, .sint32, .sfixed32: return "\(-seed)"
        case .int64, .sint64, .sfixed64: return "\(-(Int64(seed) << 33))"
        case .uint32, .fixed32: return "\(UInt32(seed) | 0x8000_0000)"
        case .uint64, .fixed64: return "\(UInt64(seed) << 40 | 1)"
        case .enum:
            let enumName = String(field.typeName.dropFirst(".command.".count))
            let values = enums[enumName]?.value ?? []
            return values.isEmpty ? "0" : values[(values.count - 1 - salt % values.count)].name
        case .double, .float: return "1.5"
        default: return "0"
        }
    }
}

@Suite("Generated wire codec matches its generator")
struct WireCodecConsistencyTests {
    @Test("command.wire.swift is what sozu-codegen writes from the embedded descriptor (run Proto/regenerate.sh when not)")
    func committedCodecIsCurrent() throws {
        let embedded = try #require(Data(base64Encoded: CommandDescriptor.fileDescriptorSetBase64, options: .ignoreUnknownCharacters))
        let descriptorSet = try Google_Protobuf_FileDescriptorSet(serializedBytes: embedded)
        let types = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Sources/SozuProto/command.pb.swift"), encoding: .utf8)
        let generated = try WireCodeGenerator(fileDescriptorSet: descriptorSet, protocGenSwiftOutput: types)
            .generate(fileName: "command.proto")
        let committed = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Sources/SozuProto/command.wire.swift"), encoding: .utf8)
        #expect(generated == committed, "Sources/SozuProto/command.wire.swift is stale: run Proto/regenerate.sh")
    }

    @Test("which messages have heap storage is read from protoc-gen-swift's output, message by message")
    func heapStorageMessages() throws {
        let sample = """
            nonisolated extension Command_A: SwiftProtobuf.Message, SwiftProtobuf._MessageImplementationBase {
              class _StorageClass {
                var _name: String? = nil
              }
            }
            nonisolated extension Command_B: SwiftProtobuf.Message, SwiftProtobuf._MessageImplementationBase {
              public var isInitialized: Bool { true }
            }
            extension Command_B.Kind: SwiftProtobuf._ProtoNameProviding {
              // class _StorageClass is named here only in a comment, outside any message's extension
            }
            nonisolated extension Command_C: SwiftProtobuf.Message {
              fileprivate class _StorageClass {
            """
        #expect(WireCodeGenerator.heapStorageMessages(in: sample) == ["Command_A", "Command_C"])

        let types = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Sources/SozuProto/command.pb.swift"), encoding: .utf8)
        let found = WireCodeGenerator.heapStorageMessages(in: types)
        let declared = types.components(separatedBy: "  class _StorageClass {").count - 1
        #expect(found.count == declared && declared > 0, "\(found.count) messages found for \(declared) storage classes")
    }
}
