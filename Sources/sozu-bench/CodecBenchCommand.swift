public import ArgumentParser
import Foundation
public import SozuCodec
import SwiftProtobuf

/// `sozu-bench codec FILE --type Response`: decode and encode one payload many times.
struct CodecBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codec",
        abstract: "Time decoding and encoding the message in FILE (a raw payload or one whole frame).",
        discussion: "Prints the best and mean of each, in milliseconds, after one warm-up round."
    )

    @Argument(help: "A file holding one payload (or one frame).")
    var file: String

    @Option(name: .long, help: "The message type of the payload.")
    var type: CommandMessageType = .response

    @Option(name: .long, help: "How many timed rounds.")
    var iterations = 30

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        let contents = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let payload = Self.payload(of: contents)
        let message = try type.decode(payload: payload)
        guard try MessageCodec.encode(message) == payload else {
            print("note: re-encoding does not reproduce the input bytes (non-canonical input)")
            return
        }

        var decodeTimes: [Duration] = []
        var encodeTimes: [Duration] = []
        let clock = ContinuousClock()
        for round in 0...iterations {
            var decoded: (any SwiftProtobuf.Message)?
            let decodeTime = try clock.measure { decoded = try type.decode(payload: payload) }
            var encodedCount = 0
            let encodeTime = try clock.measure { encodedCount = try MessageCodec.encode(message).count }
            precondition(decoded != nil && encodedCount == payload.count)
            if round > 0 {  // round 0 warms caches and lazy initialisation up
                decodeTimes.append(decodeTime)
                encodeTimes.append(encodeTime)
            }
        }
        print("\(file): \(payload.count) bytes as \(type.protoName), \(iterations) rounds")
        print(Self.summary("decode", decodeTimes))
        print(Self.summary("encode", encodeTimes))
    }

    /// The payload of a file that holds either a bare payload or exactly one frame.
    static func payload(of contents: [UInt8]) -> [UInt8] {
        guard contents.count >= Frame.headerSize,
            let length = try? Frame.payloadLength(declaredBy: contents.prefix(Frame.headerSize), maximumFrameSize: Int.max),
            length == contents.count - Frame.headerSize
        else { return contents }
        return Array(contents.dropFirst(Frame.headerSize))
    }

    static func summary(_ name: String, _ times: [Duration]) -> String {
        let milliseconds = times.map { $0.timeInterval * 1000 }
        let best = milliseconds.min() ?? 0
        let mean = milliseconds.reduce(0, +) / Double(max(milliseconds.count, 1))
        return "\(name): best \(String(format: "%.2f", best)) ms, mean \(String(format: "%.2f", mean)) ms"
    }
}

extension CommandMessageType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }
}

