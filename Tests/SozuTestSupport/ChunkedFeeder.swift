public import SozuCodec

/// Feeds a byte stream to a `FrameDecoder` in different chunkings, as NIO's
/// ByteToMessageDecoderVerifier does, so a test can check that the chunking never matters.
public enum ChunkedFeeder {
    public enum Chunking: CustomStringConvertible, Sendable {
        case whole
        case byteByByte
        case random(seed: UInt64)

        public var description: String {
            switch self {
            case .whole: "whole"
            case .byteByByte: "byte by byte"
            case .random(let seed): "random chunks (seed \(seed))"
            }
        }
    }

    public static let allChunkings: [Chunking] = [.whole, .byteByByte] + (1...8).map { .random(seed: $0) }

    /// What a decoder produced for a stream: the payloads before the first error, and that error
    /// (the end-of-stream check included).
    public struct Outcome: Equatable {
        public var payloads: [[UInt8]]
        public var error: CodecError?

        public init(payloads: [[UInt8]], error: CodecError?) {
            self.payloads = payloads
            self.error = error
        }
    }

    public static func decode(_ stream: [UInt8], chunking: Chunking, maximumFrameSize: Int = Frame.defaultMaximumSize) -> Outcome {
        var decoder = FrameDecoder(maximumFrameSize: maximumFrameSize)
        var payloads: [[UInt8]] = []
        var generator = SplitMix64(seed: 0)
        var chunks: [ArraySlice<UInt8>] = []
        switch chunking {
        case .whole:
            chunks = [stream[...]]
        case .byteByByte:
            chunks = stream.indices.map { stream[$0...$0] }
        case .random(let seed):
            generator = SplitMix64(seed: seed)
            var start = 0
            while start < stream.count {
                let length = Int(generator.next() % 64) + 1
                let end = min(stream.count, start + length)
                chunks.append(stream[start..<end])
                start = end
            }
        }
        do {
            for chunk in chunks {
                decoder.append(chunk)
                while let payload = try decoder.nextPayload() {
                    payloads.append(payload)
                }
            }
            try decoder.finish()
            return Outcome(payloads: payloads, error: nil)
        } catch {
            return Outcome(payloads: payloads, error: error)
        }
    }
}

/// A small seeded generator, so random chunkings repeat from run to run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
