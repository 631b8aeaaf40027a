import Foundation
import SozuTestSupport
import Testing

/// `sozu-console frame encode|decode`, run as a user would run it.
@Suite("sozu-console frame")
struct FrameToolTests {
    let tool = PackagePaths.productsDirectory.appendingPathComponent("sozu-console").path

    func run(_ arguments: [String], input: Data) throws -> ExternalProcess.Result {
        try ExternalProcess.run(tool, arguments, input: input)
    }

    @Test("encode writes the frame of a text-format request")
    func encode() throws {
        let result = try run(["frame", "encode", "--type", "Request"], input: Data("status {\n}\n".utf8))
        #expect(result.status == 0)
        #expect(Hex.string(result.standardOutput) == "0a000000000000006200")
    }

    @Test("encode takes protoc's text, octal escapes and all, and JSON with --json")
    func encodeProtocText() throws {
        let text = "status: OK\nmessage: \"S\\305\\215zu\"\n"
        let result = try run(["frame", "encode", "--type", "command.Response"], input: Data(text.utf8))
        #expect(Hex.string(result.standardOutput) == "11000000000000000800120553c58d7a75")
        let json = try run(["frame", "encode", "--type", "Response", "--json"], input: Data(#"{"status":"OK","message":"Sōzu"}"#.utf8))
        #expect(json.standardOutput == result.standardOutput)
    }

    @Test("decode prints every frame, in text or as JSON lines")
    func decode() throws {
        let stream = Hex.bytes("0a000000000000006200" + "11000000000000000800120553c58d7a75")
        let text = try run(["frame", "decode", "--type", "Request"], input: Data(stream.prefix(10)))
        #expect(text.status == 0)
        #expect(text.outputText == "# frame 1\nstatus {\n}\n")
        let responses = Hex.bytes("11000000000000000800120553c58d7a75" + "0c0000000000000008011200")
        let json = try run(["frame", "decode", "--type", "Response", "--json"], input: Data(responses))
        #expect(json.status == 0)
        #expect(json.outputText == "{\"status\":\"OK\",\"message\":\"Sōzu\"}\n{\"status\":\"PROCESSING\",\"message\":\"\"}\n")
        _ = stream
    }

    @Test("a bad frame: the frames before it are printed, the error goes to stderr, exit 1")
    func badFrameAfterGoodOnes() throws {
        let stream = Hex.bytes("0a000000000000006200" + "0a000000000000006200" + "0400000000000000")
        let result = try run(["frame", "decode", "--type", "Request"], input: Data(stream))
        #expect(result.status == 1)
        #expect(result.outputText == "# frame 1\nstatus {\n}\n# frame 2\nstatus {\n}\n")
        #expect(result.standardError == "sozu-console frame decode: frame 3: declared frame length 4 is smaller than the 8-byte length prefix\n")
    }

    @Test("--max-frame-size refuses larger frames from the header alone")
    func maxFrameSize() throws {
        let result = try run(["frame", "decode", "--type", "Request", "--max-frame-size", "9"], input: Data(Hex.bytes("0a000000000000006200")))
        #expect(result.status == 1)
        #expect(result.standardError.contains("declared frame length 10 exceeds the maximum frame size of 9 bytes"))
    }

    @Test("a truncated stream and an undecodable payload are reported")
    func truncatedAndInvalid() throws {
        let truncated = try run(["frame", "decode", "--type", "Request"], input: Data(Hex.bytes("22000000000000000a18")))
        #expect(truncated.status == 1)
        #expect(truncated.standardError.contains("end of stream after 2 of 26 payload bytes"))
        let invalid = try run(["frame", "decode", "--type", "Request"], input: Data(Hex.bytes("0a000000000000000f00")))
        #expect(invalid.status == 1)
        #expect(invalid.standardError.contains("payload is not a valid command.Request"))
    }

    @Test("bad text and unknown types are refused with a message")
    func badInput() throws {
        let badText = try run(["frame", "encode", "--type", "Request"], input: Data("statsu {}".utf8))
        #expect(badText.status == 1)
        #expect(badText.standardError.hasPrefix("sozu-console frame encode: text is not a valid command.Request"))
        let badType = try run(["frame", "encode", "--type", "Nope"], input: Data())
        #expect(badType.status != 0)
        #expect(badType.standardError.contains("Nope"))
    }

    @Test("what decode prints, encode turns back into the same frames (through protoc too)",
          .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice)))
    func roundTripOverVectors() throws {
        for vector in ConformanceVectors.valid() where vector.textEncodable == true && vector.canonical == true && vector.frameHex != nil {
            let frame = Data(Hex.bytes(vector.frameHex ?? ""))
            let decoded = try run(["frame", "decode", "--type", vector.message], input: frame)
            #expect(decoded.status == 0, "\(vector.name): \(decoded.standardError)")
            let reencoded = try run(["frame", "encode", "--type", vector.message], input: decoded.standardOutput)
            #expect(reencoded.standardOutput == frame, "\(vector.name)")
        }
    }

    @Test("decode never prints a C1 control or a bidi override raw: escaped in text and JSON, read back the same")
    func decodeEscapesTerminalControls() throws {
        let hostile = "status: OK\nmessage: \"a\\033[2Jb \\302\\233 \\342\\200\\256x\"\n"
        let frame = try run(["frame", "encode", "--type", "Response"], input: Data(hostile.utf8)).standardOutput
        for arguments in [["frame", "decode", "--type", "Response"], ["frame", "decode", "--type", "Response", "--json"]] {
            let decoded = try run(arguments, input: frame)
            #expect(decoded.status == 0)
            #expect(!decoded.outputText.unicodeScalars.contains { $0.value == 0x1b || (0x80...0x9f).contains($0.value) || $0 == "\u{202E}" },
                    "\(decoded.outputText.debugDescription)")
            let body = arguments.contains("--json") ? decoded.outputText : String(decoded.outputText.split(separator: "\n", maxSplits: 1)[1])
            let again = try run(["frame", "encode", "--type", "Response"] + (arguments.contains("--json") ? ["--json"] : []), input: Data(body.utf8))
            #expect(again.standardOutput == frame)
        }
    }
}
