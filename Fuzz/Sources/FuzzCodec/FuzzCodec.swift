import FuzzDriver
import SozuCodec
import SozuProto
import SwiftProtobuf

/// libFuzzer entry point: arbitrary bytes through the frame decoder and the message codec.
///
/// The first byte picks the message type, the frame size limit and the chunk size; the rest is
/// the stream. Any crash, sanitizer report or broken invariant below is a finding:
/// - the same stream gives the same payloads and error whatever the chunking;
/// - a decoded message re-encodes to bytes that decode to the same message (or, when required
///   fields were missing and got their defaults, encoding is a fixed point from there), and our
///   encoder writes exactly what swift-protobuf's reference encoder writes when nothing is missing;
/// - the generated codec and swift-protobuf agree: the same message or the same refusal for every
///   payload, and the same bytes when the message is encoded again (differential);
/// - rendering as text and JSON never fails on a decoded message.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodec(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let input = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let control = input[0]
    let stream = Array(input.dropFirst())
    let type = CommandMessageType.allCases[Int(control & 3)]
    let maximumFrameSize = control & 4 == 0 ? Frame.defaultMaximumSize : 64 + Int(control >> 3) * 16
    let chunkSize = Int(control >> 3) + 1

    let whole = decodeFrames(stream, chunkSize: stream.count + 1, maximumFrameSize: maximumFrameSize)
    let chunked = decodeFrames(stream, chunkSize: chunkSize, maximumFrameSize: maximumFrameSize)
    guard whole.payloads == chunked.payloads, whole.error == chunked.error else {
        fatalError("chunking changed the outcome: \(whole.error.map { "\($0)" } ?? "none") vs \(chunked.error.map { "\($0)" } ?? "none")")
    }

    // Also decode the raw stream as one payload, so the message decoder sees arbitrary bytes too.
    for payload in whole.payloads + [stream] {
        checkAgreement(payload, as: type)
        checkMessage(payload, as: type)
    }
    return 0
}

private func decodeFrames(_ stream: [UInt8], chunkSize: Int, maximumFrameSize: Int) -> (payloads: [[UInt8]], error: CodecError?) {
    var decoder = FrameDecoder(maximumFrameSize: maximumFrameSize)
    var payloads: [[UInt8]] = []
    var start = 0
    do {
        while start < stream.count {
            let end = min(stream.count, start + chunkSize)
            decoder.append(stream[start..<end])
            start = end
            while let payload = try decoder.nextPayload() {
                payloads.append(payload)
            }
        }
        try decoder.finish()
        return (payloads, nil)
    } catch {
        return (payloads, error)
    }
}

private func checkMessage(_ payload: [UInt8], as type: CommandMessageType) {
    guard let message = try? type.decode(payload: payload) else { return }
    let encoded: [UInt8]
    do {
        encoded = try MessageCodec.encode(message)
    } catch {
        fatalError("a decoded \(type) does not encode: \(error)")
    }
    var options = BinaryEncodingOptions()
    options.useDeterministicOrdering = true
    // Where every required field is set, nothing is added for Sōzu's sake and the bytes must be
    // the reference encoder's.
    if message.isInitialized, let reference: [UInt8] = try? message.serializedBytes(partial: true, options: options),
        reference != encoded, !hasNonASCIIMapKeys(message)
    {
        fatalError("size-caching encoder and swift-protobuf disagree on a \(type)")
    }
    guard let again = try? type.decode(payload: encoded) else {
        fatalError("a re-encoded \(type) does not decode")
    }
    if message.isInitialized {
        guard again.isEqualTo(message: message) else {
            fatalError("a re-encoded \(type) does not decode to the same message")
        }
    } else {
        // Unset required scalars were written at their defaults, so `again` has them set; from
        // there on, encoding is a fixed point.
        guard let encodedAgain = try? MessageCodec.encode(again), encodedAgain == encoded else {
            fatalError("encoding a \(type) is not a fixed point after required defaults were written")
        }
    }
    _ = message.textFormatString()
    _ = try? MessageRenderingFormat.json.render(message)
}

/// The generated codec (`MessageCodec.decode`/`encode`) against swift-protobuf's decoder and the
/// visitor encoder (`referenceDecode`/`referenceEncode`).
private func checkAgreement(_ payload: [UInt8], as type: CommandMessageType) {
    switch type {
    case .request: checkAgreement(payload, Command_Request.self)
    case .response: checkAgreement(payload, Command_Response.self)
    case .workerRequest: checkAgreement(payload, Command_WorkerRequest.self)
    case .workerResponse: checkAgreement(payload, Command_WorkerResponse.self)
    }
}

private func checkAgreement<M: SwiftProtobuf.Message>(_ payload: [UInt8], _ type: M.Type) {
    let fast = Result { () throws(CodecError) -> M in try MessageCodec.decode(M.self, from: payload) }
    let reference = Result { () throws(CodecError) -> M in try MessageCodec.referenceDecode(M.self, from: payload) }
    switch (fast, reference) {
    case (.success(let fastMessage), .success(let referenceMessage)):
        guard fastMessage.isEqualTo(message: referenceMessage) else {
            fatalError("generated and swift-protobuf decoders disagree on a \(M.protoMessageName)")
        }
        guard (try? MessageCodec.encode(fastMessage)) == (try? MessageCodec.referenceEncode(referenceMessage)) else {
            fatalError("generated and visitor encoders disagree on a \(M.protoMessageName)")
        }
    case (.failure(let fastError), .failure(let referenceError)):
        guard fastError == referenceError else {
            fatalError("the decoders refuse a \(M.protoMessageName) for different reasons: \(fastError) vs \(referenceError)")
        }
    case (.success, .failure(let error)):
        fatalError("the generated decoder accepts a \(M.protoMessageName) that swift-protobuf refuses (\(error))")
    case (.failure(let error), .success):
        fatalError("the generated decoder refuses a \(M.protoMessageName) that swift-protobuf accepts (\(error))")
    }
}

/// Our encoder orders string map keys by UTF-8 bytes (as protoc and prost do); swift-protobuf
/// orders them by Swift's String comparison, which differs for keys outside ASCII.
private func hasNonASCIIMapKeys(_ message: any SwiftProtobuf.Message) -> Bool {
    message.textFormatString().utf8.contains { $0 >= 0x80 }
}

@_cdecl("FuzzCodec_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, length in fuzzCodec(start, length) }
}
