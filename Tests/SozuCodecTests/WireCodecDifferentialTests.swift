import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// The generated codec (`command.wire.swift`) against swift-protobuf's decoder and the visitor
/// encoder: the same message or the same refusal for every input, and the same bytes out.
@Suite("Generated codec against swift-protobuf")
struct WireCodecDifferentialTests {
    /// Decodes `bytes` both ways and checks they agree; returns the outcome for further checks.
    @discardableResult
    static func agree<M: WireCodable>(
        _ type: M.Type,
        _ bytes: [UInt8],
        _ label: @autoclosure () -> String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Result<M, CodecError> {
        let fast = Result { () throws(CodecError) -> M in try MessageCodec.decode(M.self, from: bytes) }
        let reference = Result { () throws(CodecError) -> M in try MessageCodec.referenceDecode(M.self, from: bytes) }
        switch (fast, reference) {
        case (.success(let fastMessage), .success(let referenceMessage)):
            #expect(fastMessage.isEqualTo(message: referenceMessage), "\(label()) \(M.protoMessageName) \(Hex.string(bytes)): decoded messages differ", sourceLocation: sourceLocation)
            let fastBytes = try? MessageCodec.encode(fastMessage)
            let referenceBytes = try? MessageCodec.referenceEncode(referenceMessage)
            #expect(fastBytes == referenceBytes, "\(label()) \(M.protoMessageName) \(Hex.string(bytes)): encodings differ", sourceLocation: sourceLocation)
        case (.failure(let fastError), .failure(let referenceError)):
            #expect(fastError == referenceError, "\(label()) \(M.protoMessageName) \(Hex.string(bytes))", sourceLocation: sourceLocation)
        case (.success, .failure(let error)):
            Issue.record("\(label()) \(M.protoMessageName) \(Hex.string(bytes)): generated codec accepts, swift-protobuf refuses (\(error))", sourceLocation: sourceLocation)
        case (.failure(let error), .success):
            Issue.record("\(label()) \(M.protoMessageName) \(Hex.string(bytes)): generated codec refuses (\(error)), swift-protobuf accepts", sourceLocation: sourceLocation)
        }
        return fast
    }

    /// Checks `bytes` as each of the four frame messages.
    static func agreeAsEveryFrameMessage(_ bytes: [UInt8], _ label: String = "") {
        agree(Command_Request.self, bytes, label)
        agree(Command_Response.self, bytes, label)
        agree(Command_WorkerRequest.self, bytes, label)
        agree(Command_WorkerResponse.self, bytes, label)
    }

    // MARK: - Wire-format corners, written by hand

    @Test(
        "tags: field 0, wire types 6 and 7, stray end-group, long and over-long tags",
        arguments: [
            "", "00", "0e", "0f", "0c", "0b0c", "0b", "0b14", "0b0b0c0c", "8a0000", "f8ffffff1f00", "f8ffffff0f00",
            "f8ffffff8f00", "8a80808000", "8a8080808000", "ff", "80", "0a", "0d00000000", "0d0000", "0900000000000000", "09",
        ]
    )
    func tags(hex: String) {
        Self.agreeAsEveryFrameMessage(Hex.bytes(hex))
    }

    @Test(
        "varints and lengths: ten bytes, eleven, cut short, lengths past the end and past 2 GB",
        arguments: [
            "48ffffffffffffffffff01", "48ffffffffffffffffff7f", "48ffffffffffffffffffff01", "4880", "48",
            "0a0561", "0affffffff07", "0affffffff0f", "0a80808080800100", "4881808080808080808000",
        ]
    )
    func varintsAndLengths(hex: String) {
        Self.agreeAsEveryFrameMessage(Hex.bytes(hex))
    }

    @Test(
        "strings: valid and invalid UTF-8 (bad bytes, overlong forms, surrogates, past U+10FFFF)",
        arguments: [
            "0a02c328", "0a02c080", "0a03eda080", "0a04f4908080", "0a03e282ac", "0a02c3a9", "0a0bc3a96162636465666768",
            "0a00", "0a1061626364656667686970717273747576", "0a11616263646566676869707172737475c3",
        ]
    )
    func strings(hex: String) {
        Self.agreeAsEveryFrameMessage(Hex.bytes(hex))
    }

    @Test("fields of the wrong wire type, unknown numbers, groups and enum numbers the schema lacks are kept in place")
    func unknownFields() {
        // Response: status = 7 (unknown), message as a varint, unknown field 9 as a group.
        for hex in ["0807", "08071200", "1005", "08014b080150004c", "4b4c0801", "0801120368656c1a00fa0100", "08ffffffff0f", "08ffffffffffffffffff01"] {
            Self.agreeAsEveryFrameMessage(Hex.bytes(hex), hex)
        }
    }

    @Test("repeated enums and numbers, one by one and packed, with numbers the schema lacks")
    func repeatedAndPacked() {
        // HttpsListenerConfig.versions = 12 (TlsVersion); FilteredTimeSerie.last_minute = 2 (uint32).
        for hex in ["6001", "6009", "600160096002", "6203010902", "62030109ff", "620a01ffffffffffffffffff01", "6200", "6202ff", "6201", "650000000000"] {
            Self.agree(Command_HttpsListenerConfig.self, Hex.bytes(hex), hex)
        }
        for hex in ["1001", "1201", "12030102ff", "120301028001", "1203010280", "1500000000", "0800100110021203030405"] {
            Self.agree(Command_FilteredTimeSerie.self, Hex.bytes(hex), hex)
        }
    }

    @Test("map entries: missing key or value, extra fields, a key of the wrong wire type, repeated keys")
    func mapEntries() {
        // AddBackend.tags = 7 (map<string, string>); WorkerResponses.map = 1 (map<string, ResponseContent>).
        for hex in [
            "3a00", "3a020a00", "3a021200", "3a060a016112016b", "3a080a016112016b1801", "3a020805", "3a021005",
            "3a040a01611a00", "3a030a0161", "3a060a016112016b3a060a016112016c", "3a0412016b0a", "3a040b0c0a00", "3a020c00",
            "3a050a0161120", "3a0a0a0261621204c3a9c3a9", "3a040a02c328",
        ] {
            Self.agree(Command_AddBackend.self, Hex.bytes(hex), hex)
        }
        for hex in ["0a00", "0a020a00", "0a021200", "0a060a01611201", "0a070a0161120200", "0a050a0161120", "0a041202fa01", "0a020805"] {
            Self.agree(Command_WorkerResponses.self, Hex.bytes(hex), hex)
        }
    }

    @Test("a message field seen twice merges, a oneof keeps its last member and merges a repeated one")
    func mergesAndOneofs() {
        // Request: status = 12, list_workers = 4, save_state = 1; add_cluster = 13 twice with different fields.
        for hex in ["62006200", "22006200", "62002200", "0a0161620022000a0162", "6a030a01616a02100168031a00", "6a030a01616a030a0162"] {
            Self.agree(Command_Request.self, Hex.bytes(hex), hex)
        }
        // Response.content = 3 twice: the second content's members merge into or replace the first's.
        for hex in ["1a021a001a021a00", "1a020a001a021a00", "1a040a0208011a040a021002"] {
            Self.agree(Command_Response.self, Hex.bytes(hex), hex)
        }
    }

    @Test("nesting at the depth limit and one past it, through messages, map values and groups")
    func depthLimit() {
        // Response → content → worker_responses → map entry → ResponseContent → … : two levels per turn.
        func nested(_ turns: Int) -> [UInt8] {
            var content: [UInt8] = []
            for _ in 0..<turns {
                let entry: [UInt8] = [0x12] + Self.varint(content.count) + content
                let map: [UInt8] = [0x0a] + Self.varint(entry.count) + entry
                content = [0x1a] + Self.varint(map.count) + map
            }
            return [0x1a] + Self.varint(content.count) + content
        }
        for turns in [1, 48, 49, 50, 51] {
            let result = Self.agree(Command_Response.self, nested(turns), "turns \(turns)")
            if turns >= 50 {
                #expect(throws: (any Error).self) { try result.get() }
            }
        }
        // Groups in unknown fields count too.
        for depth in [97, 98, 99, 100, 101] {
            let bytes = [UInt8](repeating: 0x4b, count: depth) + [UInt8](repeating: 0x4c, count: depth)
            Self.agree(Command_Response.self, bytes, "group depth \(depth)")
        }
    }

    @Test("seeded random bytes decode the same way (or fail the same way) through both decoders")
    func randomBytes() {
        var generator = SplitMix(seed: 0x5eed)
        for round in 0..<3_000 {
            let count = Int(generator.next() % 48)
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            // Bias towards plausible tags so that decoding goes past the first byte.
            if count > 0, round % 2 == 0 { bytes[0] = [0x08, 0x0a, 0x12, 0x1a, 0x22, 0x62, 0x6a][Int(generator.next() % 7)] }
            Self.agreeAsEveryFrameMessage(bytes, "round \(round)")
        }
    }

    // MARK: - The conformance vectors and their mutations

    @Test(
        "every conformance vector, as each frame message, and every truncation and one-byte change of it",
        .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice))
    )
    func conformanceVectorsAndMutations() throws {
        let vectors = ConformanceVectors.valid().filter { $0.payloadFile == nil }
        try #require(vectors.count >= 82)
        for vector in vectors {
            let payload = Hex.bytes(try #require(vector.payloadHex))
            Self.agreeAsEveryFrameMessage(payload, vector.name)
            let type = try #require(CommandMessageType(name: vector.message))
            func agreeAsOwnType(_ bytes: [UInt8], _ label: String) {
                switch type {
                case .request: Self.agree(Command_Request.self, bytes, label)
                case .response: Self.agree(Command_Response.self, bytes, label)
                case .workerRequest: Self.agree(Command_WorkerRequest.self, bytes, label)
                case .workerResponse: Self.agree(Command_WorkerResponse.self, bytes, label)
                }
            }
            for length in 0..<payload.count {
                agreeAsOwnType(Array(payload.prefix(length)), "\(vector.name) cut at \(length)")
            }
            for index in payload.indices.prefix(256) {
                for change in [{ (_: UInt8) in UInt8(0) }, { _ in 0xff }, { _ in 0x80 }, { $0 ^ 0x07 }, { $0 ^ 0x80 }, { $0 &+ 1 }] {
                    var mutated = payload
                    mutated[index] = change(payload[index])
                    agreeAsOwnType(mutated, "\(vector.name) byte \(index)")
                }
            }
        }
    }

    @Test(
        "the 1.5 MB clusters answer decodes and re-encodes exactly as through swift-protobuf",
        .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice))
    )
    func bigAnswer() throws {
        let url = try #require(ConformanceVectors.file("big_clusters_1_5mb.bin"))
        let payload = [UInt8](try Data(contentsOf: url))
        let decoded = try Self.agree(Command_Response.self, payload).get()
        #expect(try MessageCodec.encode(decoded) == payload)
    }

    static func varint(_ value: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var remaining = UInt64(value)
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
        return bytes
    }
}

/// A small seeded generator, so that a failing random input is the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
