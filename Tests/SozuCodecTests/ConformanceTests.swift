import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// The vectors in ../shared/conformance, made with protoc and Python protobuf from Sōzu's schema.
@Suite("Conformance vectors", .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice)))
struct ConformanceTests {
    static let vectors = ConformanceVectors.valid().filter { $0.payloadFile == nil }
    static let badFrames = ConformanceVectors.badFrames()
    nonisolated(unsafe) static let rawObjects = ConformanceVectors.rawObjects()

    @Test("the public set is all there")
    func publicSetIsComplete() {
        #expect(Self.vectors.count >= 82)
        #expect(Self.badFrames.count >= 9)
    }

    @Test("each frame decodes to one payload that decodes to the vector's text", arguments: vectors)
    func decodes(vector: ConformanceVector) throws {
        let type = try #require(CommandMessageType(name: vector.message))
        let frame = Hex.bytes(try #require(vector.frameHex))
        let payload = Hex.bytes(try #require(vector.payloadHex))
        for chunking in [ChunkedFeeder.Chunking.whole, .byteByByte, .random(seed: 7)] {
            #expect(ChunkedFeeder.decode(frame, chunking: chunking) == .init(payloads: [payload], error: nil), "\(chunking)")
        }
        let decoded = try type.decode(payload: payload)
        if vector.textEncodable == false {
            // Unknown fields: the known part must equal text_known_only.
            var knownOnly = decoded
            knownOnly.unknownFields = UnknownStorage()
            clearUnknownFieldsRecursively(&knownOnly)
            let expected = try type.parse(textFormat: try #require(vector.textKnownOnly))
            #expect(knownOnly.isEqualTo(message: expected), "decoded:\n\(knownOnly.textFormatString())")
        } else {
            let expected = try type.parse(textFormat: try #require(vector.text))
            #expect(decoded.isEqualTo(message: expected), "decoded:\n\(decoded.textFormatString())")
        }
    }

    @Test("re-encoding a decoded payload gives the canonical bytes, unknown fields kept", arguments: vectors)
    func reencodes(vector: ConformanceVector) throws {
        let type = try #require(CommandMessageType(name: vector.message))
        let payload = Hex.bytes(try #require(vector.payloadHex))
        let decoded = try type.decode(payload: payload)
        let expected: String?
        if vector.textEncodable == false {
            expected = vector.reencodePreservesBytes == true ? vector.payloadHex : vector.reencodedPayloadHex
        } else {
            expected = vector.canonicalPayloadHex ?? vector.payloadHex
        }
        #expect(Hex.string(try MessageCodec.encode(decoded)) == expected)
    }

    @Test("encoding the vector's text gives its bytes and its frame", arguments: vectors.filter { $0.textEncodable != false })
    func encodesText(vector: ConformanceVector) throws {
        let type = try #require(CommandMessageType(name: vector.message))
        let message = try type.parse(textFormat: try #require(vector.text))
        let expected = vector.canonicalPayloadHex ?? vector.payloadHex
        #expect(Hex.string(try MessageCodec.encode(message)) == expected)
        if vector.canonicalPayloadHex == nil {
            #expect(Hex.string(try MessageCodec.encodeFrame(message)) == vector.frameHex)
        }
    }

    @Test("the JSON rendering carries the same known fields as the vector's JSON", arguments: vectors)
    func jsonMatches(vector: ConformanceVector) throws {
        let type = try #require(CommandMessageType(name: vector.message))
        let decoded = try type.decode(payload: Hex.bytes(try #require(vector.payloadHex)))
        let ours = try JSONSerialization.jsonObject(with: Data(try MessageRenderingFormat.json.render(decoded).utf8))
        let theirs = try #require(Self.rawObjects[vector.name]?["json"])
        #expect(NSDictionary(dictionary: ours as? [String: Any] ?? [:]).isEqual(to: theirs as? [String: Any] ?? ["": 0]),
                "ours: \(ours)\ntheirs: \(theirs)")
    }

    @Test("the 1.5 MB answer decodes to its text and re-encodes to its bytes")
    func bigMessage() throws {
        let vector = try #require(ConformanceVectors.valid().first { $0.payloadFile != nil })
        let payloadName = try #require(vector.payloadFile)
        let payloadURL = try #require(ConformanceVectors.file(payloadName))
        let payload = [UInt8](try Data(contentsOf: payloadURL))
        let frame = Hex.bytes(try #require(vector.frameHeaderHex)) + payload
        #expect(ChunkedFeeder.decode(frame, chunking: .random(seed: 3)).payloads == [payload])

        let decoded = try MessageCodec.decode(SozuProtoResponse.self, from: payload)
        #expect(try MessageCodec.encode(decoded) == payload)

        let textName = try #require(vector.textFile)
        let textURL = try #require(ConformanceVectors.file(textName))
        let gunzip = try ExternalProcess.run("/bin/gzip", ["-dc", textURL.path])
        try #require(gunzip.status == 0)
        let expected = try SozuProtoResponse(textFormatString: gunzip.outputText)
        #expect(decoded == expected)
    }

    @Test("each bad frame gives the error a robust reader must report", arguments: badFrames)
    func badFrame(vector: BadFrameVector) throws {
        let type = try #require(CommandMessageType(name: vector.message))
        let stream = Hex.bytes(vector.frameHex)
        for chunking in ChunkedFeeder.allChunkings {
            let outcome = ChunkedFeeder.decode(stream, chunking: chunking)
            var decodeErrors: [CodecError] = []
            var decodedCount = 0
            for payload in outcome.payloads {
                do {
                    _ = try type.decode(payload: payload)
                    decodedCount += 1
                } catch {
                    decodeErrors.append(error)
                    break
                }
            }
            let firstError = decodeErrors.first ?? outcome.error
            if let before = vector.messagesBeforeError {
                #expect(decodedCount == before, "\(chunking)")
            }
            switch vector.expectedError {
            case "frame_length_below_header":
                guard case .frameLengthBelowHeader = firstError else { Issue.record("\(chunking): got \(String(describing: firstError))"); continue }
            case "frame_too_large":
                guard case .frameTooLarge = firstError else { Issue.record("\(chunking): got \(String(describing: firstError))"); continue }
            case "truncated_frame":
                guard case .truncatedFrame = firstError else { Issue.record("\(chunking): got \(String(describing: firstError))"); continue }
            case "invalid_protobuf":
                guard case .invalidMessage = firstError else { Issue.record("\(chunking): got \(String(describing: firstError))"); continue }
            case "invalid_utf8":
                guard case .invalidUTF8 = firstError else { Issue.record("\(chunking): got \(String(describing: firstError))"); continue }
            case "decodes_like_sozu":
                #expect(firstError == nil, "\(chunking)")
            default:
                Issue.record("unknown expected_error \(vector.expectedError)")
            }
        }
        if vector.expectedError == "frame_too_large" {
            // Refused as soon as the prefix is in: no payload byte is needed (or buffered).
            var decoder = FrameDecoder()
            decoder.append(stream.prefix(Frame.headerSize))
            #expect(throws: CodecError.self) { try decoder.nextPayload() }
        }
        if vector.expectedError == "decodes_like_sozu", vector.message == "command.Response" {
            let payload = try #require(ChunkedFeeder.decode(stream, chunking: .whole).payloads.first)
            let response = try MessageCodec.decode(SozuProtoResponse.self, from: payload)
            #expect(response.status == .failure && response.message == "")
        }
    }

    private func clearUnknownFieldsRecursively(_ message: inout any SwiftProtobuf.Message) {
        // Round-trip through text format drops nothing, so strip unknown fields by re-decoding with
        // a discarding copy: encode, decode with unknown fields discarded.
        if let bytes: [UInt8] = try? message.serializedBytes(partial: true) {
            var options = BinaryDecodingOptions()
            options.discardUnknownFields = true
            if let stripped = try? type(of: message).init(serializedBytes: bytes, partial: true, options: options) {
                message = stripped
            }
        }
    }
}
