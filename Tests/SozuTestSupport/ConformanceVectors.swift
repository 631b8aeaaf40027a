public import Foundation

/// One line of `vectors.jsonl` (see ../shared/conformance/README.md).
public struct ConformanceVector: Decodable, Sendable, CustomStringConvertible {
    public var name: String
    public var message: String
    public var text: String?
    public var payloadHex: String?
    public var frameHex: String?
    public var canonical: Bool?
    public var textEncodable: Bool?
    public var canonicalPayloadHex: String?
    public var textKnownOnly: String?
    public var payloadKnownOnlyHex: String?
    public var reencodePreservesBytes: Bool?
    public var reencodedPayloadHex: String?
    public var payloadFile: String?
    public var payloadSha256: String?
    public var frameHeaderHex: String?
    public var textFile: String?
    public var notes: String?

    enum CodingKeys: String, CodingKey {
        case name, message, text, canonical, notes
        case payloadHex = "payload_hex", frameHex = "frame_hex", textEncodable = "text_encodable"
        case canonicalPayloadHex = "canonical_payload_hex", textKnownOnly = "text_known_only"
        case payloadKnownOnlyHex = "payload_known_only_hex", reencodePreservesBytes = "reencode_preserves_bytes"
        case reencodedPayloadHex = "reencoded_payload_hex", payloadFile = "payload_file"
        case payloadSha256 = "payload_sha256", frameHeaderHex = "frame_header_hex", textFile = "text_file"
    }

    public var description: String { name }
}

/// One line of `bad_frames.jsonl`.
public struct BadFrameVector: Decodable, Sendable, CustomStringConvertible {
    public var name: String
    public var message: String
    public var frameHex: String
    public var expectedError: String
    public var errorDetail: String?
    public var messagesBeforeError: Int?

    enum CodingKeys: String, CodingKey {
        case name, message
        case frameHex = "frame_hex", expectedError = "expected_error", errorDetail = "error_detail"
        case messagesBeforeError = "messages_before_error"
    }

    public var description: String { name }
}

/// Reads the conformance vectors from ../shared/conformance; empty when that folder is absent.
public enum ConformanceVectors {
    public static let skipNotice = "../shared/conformance is absent (a user's clone has none): conformance vectors skipped"

    public static var available: Bool { PackagePaths.conformance != nil }

    public static func valid() -> [ConformanceVector] { load("vectors.jsonl") }

    public static func badFrames() -> [BadFrameVector] { load("bad_frames.jsonl") }

    /// A vector's JSON object, as raw Foundation values, for its `json` and `text_known_only` fields.
    public static func rawObjects() -> [String: [String: Any]] {
        guard let directory = PackagePaths.conformance,
            let text = try? String(contentsOf: directory.appendingPathComponent("vectors.jsonl"), encoding: .utf8)
        else { return [:] }
        var objects: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let name = object["name"] as? String
            {
                objects[name] = object
            }
        }
        return objects
    }

    public static func file(_ name: String) -> URL? {
        PackagePaths.conformance?.appendingPathComponent(name)
    }

    private static func load<T: Decodable>(_ file: String) -> [T] {
        guard let directory = PackagePaths.conformance,
            let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(T.self, from: Data($0.utf8)) }
    }
}
