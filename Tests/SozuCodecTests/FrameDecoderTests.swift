import SozuCodec
import SozuTestSupport
import Testing

@Suite("Frame decoder")
struct FrameDecoderTests {
    private let statusRequest: [UInt8] = [0x62, 0x00]  // Request { status {} }

    @Test("encodes the length so that it counts its own 8 bytes")
    func encoderCountsHeader() {
        #expect(Frame.encode(payload: statusRequest) == [10, 0, 0, 0, 0, 0, 0, 0, 0x62, 0x00])
        #expect(Frame.encode(payload: [UInt8]()) == [8, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test("yields the same frames whatever the chunking", arguments: ChunkedFeeder.allChunkings)
    func chunkingDoesNotMatter(chunking: ChunkedFeeder.Chunking) {
        let payloads: [[UInt8]] = [statusRequest, [], Array(repeating: 0x41, count: 300), [0x0a, 0x01, 0x61]]
        let stream = payloads.flatMap { Frame.encode(payload: $0) }
        let outcome = ChunkedFeeder.decode(stream, chunking: chunking)
        #expect(outcome == .init(payloads: payloads, error: nil))
    }

    @Test("hands out many frames from one read")
    func manyFramesInOneRead() throws {
        var decoder = FrameDecoder()
        let stream = (0..<1000).flatMap { Frame.encode(payload: [UInt8(truncatingIfNeeded: $0)]) }
        decoder.append(stream)
        var count = 0
        while let payload = try decoder.nextPayload() {
            #expect(payload == [UInt8(truncatingIfNeeded: count)])
            count += 1
        }
        #expect(count == 1000)
        #expect(decoder.bufferedByteCount == 0)
        try decoder.finish()
    }

    @Test("waits for the rest of a partial frame")
    func partialFrameWaits() throws {
        var decoder = FrameDecoder()
        let frame = Frame.encode(payload: statusRequest)
        decoder.append(frame.prefix(9))
        #expect(try decoder.nextPayload() == nil)
        decoder.append(frame.dropFirst(9))
        #expect(try decoder.nextPayload() == statusRequest)
    }

    @Test("testLengthZeroIsBelowHeader: a declared length of 0 is refused")
    func lengthZeroIsBelowHeader() {
        let outcome = ChunkedFeeder.decode([0, 0, 0, 0, 0, 0, 0, 0], chunking: .whole)
        #expect(outcome.error == .frameLengthBelowHeader(declaredLength: 0))
    }

    @Test("a declared length of 7 is refused, and decoding resumes after the 8 prefix bytes as in Sōzu")
    func lengthSevenRecovers() throws {
        var decoder = FrameDecoder()
        decoder.append([7, 0, 0, 0, 0, 0, 0, 0] + Frame.encode(payload: statusRequest))
        #expect(throws: CodecError.frameLengthBelowHeader(declaredLength: 7)) { try decoder.nextPayload() }
        #expect(try decoder.nextPayload() == statusRequest)
    }

    @Test("a length one above the maximum is refused from the header alone")
    func lengthOneAboveMaximum() {
        var decoder = FrameDecoder(maximumFrameSize: 100)
        decoder.append([101, 0, 0, 0, 0, 0, 0, 0])
        #expect(throws: CodecError.frameTooLarge(declaredLength: 101, maximumFrameSize: 100)) { try decoder.nextPayload() }
        // The stream cannot be resynchronised: the error sticks.
        decoder.append(Frame.encode(payload: statusRequest))
        #expect(throws: CodecError.frameTooLarge(declaredLength: 101, maximumFrameSize: 100)) { try decoder.nextPayload() }
        #expect(throws: CodecError.frameTooLarge(declaredLength: 101, maximumFrameSize: 100)) { try decoder.finish() }
    }

    @Test("a length equal to the maximum is accepted")
    func lengthEqualToMaximum() throws {
        var decoder = FrameDecoder(maximumFrameSize: 10)
        decoder.append(Frame.encode(payload: statusRequest))
        #expect(try decoder.nextPayload() == statusRequest)
    }

    @Test("testMaliciousLengthWith64BitFieldLength: a length with the top bit set is refused, not overflowed")
    func maliciousSixtyFourBitLength() {
        let outcome = ChunkedFeeder.decode([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], chunking: .whole)
        #expect(outcome.error == .frameTooLarge(declaredLength: .max, maximumFrameSize: Frame.defaultMaximumSize))
    }

    @Test("a huge declared length under a huge limit neither overflows nor allocates up front")
    func hugeLimit() throws {
        var decoder = FrameDecoder(maximumFrameSize: .max)
        decoder.append([0xf0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3])
        #expect(try decoder.nextPayload() == nil)
        #expect(throws: CodecError.self) { try decoder.finish() }
    }

    @Test("the default maximum is Sōzu's 2,000,000 bytes")
    func defaultMaximum() throws {
        var decoder = FrameDecoder()
        var header: [UInt8] = []
        Frame.appendHeader(payloadCount: 2_000_000 - 8, to: &header)
        decoder.append(header)
        #expect(try decoder.nextPayload() == nil)
        var tooLarge = FrameDecoder()
        tooLarge.append([0x81, 0x84, 0x1e, 0, 0, 0, 0, 0])  // 2,000,001
        #expect(throws: CodecError.frameTooLarge(declaredLength: 2_000_001, maximumFrameSize: 2_000_000)) { try tooLarge.nextPayload() }
    }

    @Test("end of stream inside the length prefix says how many of the 8 bytes came")
    func truncatedHeader() {
        let outcome = ChunkedFeeder.decode([0x22, 0, 0, 0, 0], chunking: .byteByByte)
        #expect(outcome.error == .truncatedFrame(part: .lengthPrefix, receivedBytes: 5, expectedBytes: 8))
    }

    @Test("end of stream inside the payload says how many bytes of how many came", arguments: ChunkedFeeder.allChunkings)
    func truncatedPayload(chunking: ChunkedFeeder.Chunking) {
        let frame = Frame.encode(payload: Array(repeating: UInt8(7), count: 26))
        let outcome = ChunkedFeeder.decode(Array(frame.prefix(28)), chunking: chunking)
        #expect(outcome == .init(payloads: [], error: .truncatedFrame(part: .payload, receivedBytes: 20, expectedBytes: 26)))
    }

    @Test("frames before a bad one are still delivered")
    func framesBeforeError() {
        let stream = Frame.encode(payload: statusRequest) + Frame.encode(payload: statusRequest) + [3, 0, 0, 0, 0, 0, 0, 0]
        let outcome = ChunkedFeeder.decode(stream, chunking: .random(seed: 42))
        #expect(outcome == .init(payloads: [statusRequest, statusRequest], error: .frameLengthBelowHeader(declaredLength: 3)))
    }

    @Test("errors describe the bad value")
    func errorDescriptions() {
        #expect(CodecError.frameLengthBelowHeader(declaredLength: 4).description == "declared frame length 4 is smaller than the 8-byte length prefix")
        #expect(CodecError.truncatedFrame(part: .payload, receivedBytes: 20, expectedBytes: 26).description == "end of stream after 20 of 26 payload bytes")
        #expect(CodecError.truncatedFrame(part: .lengthPrefix, receivedBytes: 5, expectedBytes: 8).description == "end of stream after 5 of the 8 length-prefix bytes")
        #expect(CodecError.frameTooLarge(declaredLength: 2_097_153, maximumFrameSize: 2_000_000).description.contains("2097153"))
    }
}
