import Foundation
@testable import SozuProto
import SwiftProtobuf
import Testing

/// The generated decoders write straight into a message's stored properties, and into a heap
/// storage of its own for the messages protoc-gen-swift gives one: merging and copy-on-write must
/// stay as swift-protobuf's accessors keep them.
@Suite("Generated decoders and heap storage")
struct HeapStorageDecodingTests {
    private static func frontend(hostname: String, tag: String, port: UInt32?) -> Command_RequestHttpFrontend {
        var frontend = Command_RequestHttpFrontend()
        frontend.hostname = hostname
        frontend.tags = [tag: tag.uppercased()]
        if let port {
            frontend.address.port = port
        }
        return frontend
    }

    /// Decodes `bytes` into `message` as a nested message would be, through the generated code.
    private static func decode<M: WireCodable>(_ bytes: [UInt8], into message: inout M) throws {
        try bytes.withUnsafeBytes { raw in
            guard let start = raw.baseAddress else { return }
            var decoder = WireDecoder(start: start, count: raw.count, depthBudget: 100)
            try M.wireDecode(&decoder, into: &message)
        }
    }

    @Test("decoding into a copy of a message leaves the original as it was")
    func copyOnWrite() throws {
        let original = Self.frontend(hostname: "a.example", tag: "one", port: 80)
        var copy = original
        try Self.decode(Self.frontend(hostname: "b.example", tag: "two", port: nil).serializedBytes(partial: true), into: &copy)

        #expect(original.hostname == "a.example")
        #expect(original.tags == ["one": "ONE"])
        #expect(copy.hostname == "b.example")
        #expect(copy.tags == ["one": "ONE", "two": "TWO"])
        #expect(copy.address.port == 80)
    }

    @Test("a message with heap storage seen twice merges field by field, as swift-protobuf merges it")
    func repeatedFieldMerges() throws {
        var first = Command_ClusterInformation()
        first.configuration.clusterID = "api"
        first.configuration.stickySession = true
        first.httpFrontends = [Self.frontend(hostname: "a.example", tag: "one", port: 80)]
        var second = Command_ClusterInformation()
        second.configuration.httpsRedirect = true
        second.httpFrontends = [Self.frontend(hostname: "b.example", tag: "two", port: nil)]
        let bytes: [UInt8] = try first.serializedBytes(partial: true) + (second.serializedBytes(partial: true) as [UInt8])

        var generated = Command_ClusterInformation()
        try Self.decode(bytes, into: &generated)
        let reference = try Command_ClusterInformation(serializedBytes: bytes, partial: true)

        #expect(generated == reference)
        #expect(generated.configuration.clusterID == "api")
        #expect(generated.configuration.stickySession)
        #expect(generated.configuration.httpsRedirect)
        #expect(generated.httpFrontends.map(\.hostname) == ["a.example", "b.example"])
    }

    @Test("a fresh message gets a storage of its own, not the shared empty default")
    func freshStorage() throws {
        var decoded = Command_RequestHttpFrontend()
        try Self.decode(Self.frontend(hostname: "c.example", tag: "three", port: 8080).serializedBytes(partial: true), into: &decoded)
        let untouched = Command_RequestHttpFrontend()

        #expect(decoded.hostname == "c.example")
        #expect(decoded.address.port == 8080)
        #expect(!untouched.hasHostname)
        #expect(untouched.tags.isEmpty)
        #expect(decoded._storage !== untouched._storage)
    }
}
