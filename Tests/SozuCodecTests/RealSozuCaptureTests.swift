import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// Frames captured from a real Sōzu 1.0.0 (../shared/reference/real-sozu-1.0.0): every request and
/// every answer decodes to what the capture's decoder printed, and re-encodes to the same bytes.
@Suite("Frames captured from a real Sōzu",
       .enabled(if: PackagePaths.realSozuCaptures != nil, "../shared/reference is absent: real-Sōzu captures skipped"))
struct RealSozuCaptureTests {
    struct Capture: Decodable {
        struct Answer: Decodable {
            var frameHex: String
            var decoded: String
            enum CodingKeys: String, CodingKey { case frameHex = "frame_hex", decoded }
        }
        var name: String
        var requestText: String
        var requestFrameHex: String
        var responses: [Answer]
        enum CodingKeys: String, CodingKey {
            case name, responses
            case requestText = "request_text", requestFrameHex = "request_frame_hex"
        }
    }

    static func captures() -> [Capture] {
        guard let directory = PackagePaths.realSozuCaptures,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return nil }
            return try? JSONDecoder().decode(Capture.self, from: data)
        }
    }

    @Test("all eleven captured steps are read")
    func capturesPresent() {
        #expect(Self.captures().count == 11)
    }

    @Test("requests encode to the captured bytes; answers decode to the captured text and back",
          arguments: captures().map(\.name))
    func capture(named name: String) throws {
        let capture = try #require(Self.captures().first { $0.name == name })
        let request = try CommandMessageType.request.parse(textFormat: capture.requestText)
        let capturedRequest = try #require(ChunkedFeeder.decode(Hex.bytes(capture.requestFrameHex), chunking: .whole).payloads.first)
        #expect(try CommandMessageType.request.decode(payload: capturedRequest).isEqualTo(message: request))
        // The capture's client (a small script) left QueryMetricsOptions.workers, a required
        // field, unset; Sōzu's CLI (prost) writes it as false, and so do we. Elsewhere the
        // bytes are the captured ones.
        let ours = try MessageCodec.encodeFrame(request)
        if capture.requestText.hasPrefix("query_metrics") {
            #expect(Hex.string(ours).hasSuffix("3000"))
        } else {
            #expect(Hex.string(ours) == capture.requestFrameHex)
        }

        let stream = capture.responses.flatMap { Hex.bytes($0.frameHex) }
        let outcome = ChunkedFeeder.decode(stream, chunking: .random(seed: 11))
        #expect(outcome.error == nil)
        try #require(outcome.payloads.count == capture.responses.count)
        for (payload, answer) in zip(outcome.payloads, capture.responses) {
            let response = try MessageCodec.decode(Command_Response.self, from: payload)
            let expected = try Command_Response(textFormatString: answer.decoded)
            #expect(response == expected)
            #expect(response.statusValue.knownValue != nil)
            #expect(try MessageCodec.encode(response) == payload)
        }
    }
}
