import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

@Suite("Message codec")
struct MessageCodecTests {
    @Test("required fields are written even at their zero value: status OK is 08 00")
    func requiredZeroValueIsWritten() throws {
        var response = Command_Response()
        response.status = .ok
        response.message = ""
        #expect(try MessageCodec.encode(response) == [0x08, 0x00, 0x12, 0x00])
    }

    @Test("an empty Response decodes as Sōzu reads it: status FAILURE, message empty")
    func missingRequiredFieldsTakeDefaults() throws {
        let response = try MessageCodec.decode(Command_Response.self, from: [UInt8]())
        #expect(response.status == .failure)
        #expect(response.message == "")
        #expect(response.statusValue == .absent)
        #expect(!response.hasContent)
    }

    @Test("an empty Request decodes with no request type")
    func emptyRequest() throws {
        let request = try MessageCodec.decode(Command_Request.self, from: [UInt8]())
        #expect(request.requestType == nil)
    }

    @Test("an unknown event kind stays visible as its number, never the default BACKEND_DOWN")
    func unknownEnumValueStaysUnknown() throws {
        // Response { status: PROCESSING, message: "main", content { event { kind: 99 } } }
        let payload: [UInt8] = [0x08, 0x01, 0x12, 0x04] + Array("main".utf8) + [0x1a, 0x04, 0x22, 0x02, 0x08, 99]
        let response = try MessageCodec.decode(Command_Response.self, from: payload)
        #expect(response.statusValue == .known(.processing))
        #expect(response.content.event.kindValue == .unknown(rawValue: 99))
        // Re-encoding keeps the unknown number, and adds no default kind beside it.
        #expect(try MessageCodec.encode(response) == payload)
    }

    @Test("an unknown response status stays visible")
    func unknownStatus() throws {
        let response = try MessageCodec.decode(Command_Response.self, from: [0x08, 0x07, 0x12, 0x00])
        #expect(response.statusValue == .unknown(rawValue: 7))
    }

    @Test("a negative unknown enum number keeps its sign")
    func negativeUnknownEnum() throws {
        var payload: [UInt8] = [0x08]
        payload += [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]  // -1 as a varint
        let response = try MessageCodec.decode(Command_Response.self, from: payload)
        #expect(response.statusValue == .unknown(rawValue: -1))
    }

    @Test("an unknown field inside a group does not pass for a top-level one")
    func unknownGroupContents() throws {
        // Event { kind: 1 } then an unknown group 9 holding field 1 = 7 (which must not be read
        // as the event kind), then the group's end.
        let payload: [UInt8] = [0x08, 0x01, 0x4b, 0x08, 0x07, 0x4c]
        let event = try MessageCodec.decode(Command_Event.self, from: payload)
        #expect(event.kindValue == .known(.backendUp))
        #expect(UnknownFieldScanner.fieldNumbers(in: event.unknownFields.data) == [9])
        #expect(UnknownFieldScanner.lastVarint(fieldNumber: 1, in: event.unknownFields.data) == nil)
        // The required kind is set, so nothing is added, and the group comes back as it was.
        #expect(try MessageCodec.encode(event) == payload)
    }

    @Test("unknown fields are kept and re-emitted")
    func unknownFieldsKept() throws {
        // Request { status {} } followed by field 900, varint 5
        let payload: [UInt8] = [0x62, 0x00, 0xa0, 0x38, 0x05]
        let request = try MessageCodec.decode(Command_Request.self, from: payload)
        #expect(request.status == Command_Status())
        #expect(try MessageCodec.encode(request) == payload)
    }

    @Test("a string that is not UTF-8 is its own error")
    func invalidUTF8() {
        let payload: [UInt8] = [0x0a, 0x02, 0xc3, 0x28]  // save_state: invalid two-byte sequence
        #expect(throws: CodecError.invalidUTF8(messageType: "command.Request")) {
            try MessageCodec.decode(Command_Request.self, from: payload)
        }
    }

    @Test("a payload that is not protobuf names the message type")
    func invalidPayload() {
        #expect {
            try MessageCodec.decode(Command_Request.self, from: [0x0f, 0x00])
        } throws: { error in
            guard case .invalidMessage(let type, _) = error as? CodecError else { return false }
            return type == "command.Request"
        }
    }

    @Test("hostile nesting is refused instead of exhausting the stack")
    func deepNesting() {
        // ResponseContent.worker_responses.map[""] = ResponseContent … nested 2,000 times.
        var payload: [UInt8] = []
        for _ in 0..<2000 {
            let entry: [UInt8] = [0x0a, 0x00, 0x12] + varint(payload.count) + payload
            let map: [UInt8] = [0x0a] + varint(entry.count) + entry
            payload = [0x1a] + varint(map.count) + map
        }
        #expect(throws: CodecError.self) { try MessageCodec.decode(Command_ResponseContent.self, from: payload) }
    }

    @Test("maps are written in key order, byte-wise, as protoc and prost write them")
    func mapsInKeyOrder() throws {
        var counts = Command_RequestCounts()
        counts.map = ["2": 2, "10": 10, "1": 1, "0": 0]
        let encoded = try MessageCodec.encode(counts)
        var keys: [String] = []
        var index = 0
        while index < encoded.count {
            let length = Int(encoded[index + 1])
            let entry = Array(encoded[(index + 2)..<(index + 2 + length)])
            let keyLength = Int(entry[1])
            keys.append(String(decoding: entry[2..<(2 + keyLength)], as: UTF8.self))
            index += 2 + length
        }
        #expect(keys == ["0", "1", "10", "2"])
    }

    private func varint(_ value: Int) -> [UInt8] {
        var value = UInt64(value)
        var bytes: [UInt8] = []
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        return bytes
    }
}
