public import ArgumentParser
import Foundation
public import SozuCodec
import SozuProto
import SwiftProtobuf

/// `sozu-bench codec FILE… --type Response [--compare]`: decode and encode payloads many times,
/// and with `--compare`, Python protobuf's upb runtime on the same files, in the same run.
struct CodecBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codec",
        abstract: "Time decoding and encoding the messages in FILEs (raw payloads or single frames).",
        discussion: """
            Each round decodes the payload into a fresh message and encodes that message again, \
            through the console's codec (the generated per-message codec, MessageCodec). Prints the \
            best and median of each, in milliseconds, after one warm-up round.

            --compare runs the same files through Python protobuf on its upb backend (a C runtime), \
            interleaved with ours round by round, and prints both and the ratio. It needs \
            `bash Resources/bench-setup.sh` once (a venv in .build/upb-venv); run from the package \
            directory. --vectors adds every payload of a conformance vectors.jsonl.
            """
    )

    @Argument(help: "Files holding one payload (or one frame) each.")
    var files: [String] = []

    @Option(name: .long, help: "The message type of the payloads in FILEs.")
    var type: CommandMessageType = .response

    @Option(name: .long, help: "How many timed rounds per file (each round: our decode and encode, then upb's).")
    var iterations = 30

    @Flag(name: .long, help: "Also time Python protobuf's upb runtime on the same payloads, interleaved.")
    var compare = false

    @Option(name: .long, help: "A conformance vectors.jsonl whose payloads are timed too (with --compare: summed).")
    var vectors: String?

    @Option(name: .long, help: "The Python that has protobuf (upb).")
    var python = ".build/upb-venv/bin/python3"

    @Option(name: .long, help: "The reference script.")
    var script = "Resources/bench/upb_codec.py"

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be at least 1") }
        guard !files.isEmpty || vectors != nil else { throw ValidationError("give at least one FILE or --vectors") }
    }

    func run() throws {
        let upb = compare ? try UpbReference(python: python, script: script) : nil
        defer { upb?.stop() }
        if let upb { print("reference: Python protobuf \(upb.version) on upb, same payloads, interleaved") }

        for file in files {
            let payload = Self.payload(of: try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
            let ours = try Self.timeOurs(payload, type: type, rounds: iterations, upb: upb.map { ($0, file) })
            print("\(file): \(payload.count) bytes as \(type.protoName), \(iterations) rounds")
            Self.report(ours)
        }
        if let vectors {
            try timeVectors(at: vectors, upb: upb)
        }
    }

    /// Times ours and, between our rounds, upb's on the same file (one upb round per our round).
    static func timeOurs(
        _ payload: [UInt8],
        type: CommandMessageType,
        rounds: Int,
        upb: (UpbReference, String)?
    ) throws -> Timings {
        let message = try type.decode(payload: payload)
        if try MessageCodec.encode(message) != payload {
            print("note: re-encoding does not reproduce the input bytes (a non-canonical payload)")
        }
        var timings = Timings()
        let clock = ContinuousClock()
        for round in 0...rounds {
            var decoded: (any SwiftProtobuf.Message)?
            let decodeTime = try clock.measure { decoded = try type.decode(payload: payload) }
            var encodedCount = 0
            let encodeTime = try clock.measure { encodedCount = try MessageCodec.encode(message).count }
            precondition(decoded != nil && encodedCount > 0 || payload.isEmpty)
            var reference: (decode: Double, encode: Double)?
            if let (upb, file) = upb {
                reference = try upb.time(file: file, type: type, iterations: 1).first
            }
            if round > 0 {  // round 0 warms caches and lazy initialisation up, on both sides
                timings.ourDecode.append(decodeTime.timeInterval * 1000)
                timings.ourEncode.append(encodeTime.timeInterval * 1000)
                if let reference {
                    timings.upbDecode.append(reference.decode)
                    timings.upbEncode.append(reference.encode)
                }
            }
        }
        return timings
    }

    /// Every vector's payload, timed `iterations` times on each side; the medians are summed.
    private func timeVectors(at path: String, upb: UpbReference?) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sozu-bench-vectors-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var totals = Timings()
        var worstDecodeRatio = (ratio: 0.0, name: "")
        var count = 0
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let name = object["name"] as? String, let hex = object["payload_hex"] as? String,
                let typeName = object["message"] as? String, let vectorType = CommandMessageType(name: typeName)
            else { continue }
            let payload = Self.bytes(hex: hex)
            let file = directory.appendingPathComponent(name).path
            try Data(payload).write(to: URL(fileURLWithPath: file))
            let timings = try Self.timeOurs(payload, type: vectorType, rounds: iterations, upb: upb.map { ($0, file) })
            totals.ourDecode.append(Self.median(timings.ourDecode))
            totals.ourEncode.append(Self.median(timings.ourEncode))
            if upb != nil {
                totals.upbDecode.append(Self.median(timings.upbDecode))
                totals.upbEncode.append(Self.median(timings.upbEncode))
                let ratio = Self.median(timings.ourDecode) / max(Self.median(timings.upbDecode), 1e-9)
                if ratio > worstDecodeRatio.ratio { worstDecodeRatio = (ratio, name) }
            }
            count += 1
        }
        func sum(_ values: [Double]) -> Double { values.reduce(0, +) * 1000 }  // µs
        print("\(path): \(count) vectors, \(iterations) rounds each, medians summed over the vectors (µs)")
        if upb != nil {
            print(String(format: "decode: ours %.1f µs, upb %.1f µs, ratio %.2f", sum(totals.ourDecode), sum(totals.upbDecode),
                sum(totals.ourDecode) / max(sum(totals.upbDecode), 1e-9)))
            print(String(format: "encode: ours %.1f µs, upb %.1f µs, ratio %.2f", sum(totals.ourEncode), sum(totals.upbEncode),
                sum(totals.ourEncode) / max(sum(totals.upbEncode), 1e-9)))
            print(String(format: "highest decode ratio on one vector: %.2f (%@)", worstDecodeRatio.ratio, worstDecodeRatio.name))
        } else {
            print(String(format: "decode: %.1f µs, encode: %.1f µs", sum(totals.ourDecode), sum(totals.ourEncode)))
        }
    }

    struct Timings {
        var ourDecode: [Double] = []
        var ourEncode: [Double] = []
        var upbDecode: [Double] = []
        var upbEncode: [Double] = []
    }

    static func report(_ timings: Timings) {
        if timings.upbDecode.isEmpty {
            print(summary("decode", timings.ourDecode))
            print(summary("encode", timings.ourEncode))
            return
        }
        for (name, ours, upb) in [("decode", timings.ourDecode, timings.upbDecode), ("encode", timings.ourEncode, timings.upbEncode)] {
            print(summary("\(name) ours", ours))
            print(summary("\(name) upb ", upb))
            print(String(format: "\(name) ratio ours/upb: best %.2f, median %.2f", (ours.min() ?? 0) / max(upb.min() ?? 0, 1e-9),
                median(ours) / max(median(upb), 1e-9)))
        }
    }

    /// The payload of a file that holds either a bare payload or exactly one frame.
    static func payload(of contents: [UInt8]) -> [UInt8] {
        guard contents.count >= Frame.headerSize,
            let length = try? Frame.payloadLength(declaredBy: contents.prefix(Frame.headerSize), maximumFrameSize: Int.max),
            length == contents.count - Frame.headerSize
        else { return contents }
        return Array(contents.dropFirst(Frame.headerSize))
    }

    static func median(_ values: [Double]) -> Double {
        BenchStatistics.percentile(values, 0.5) ?? 0
    }

    static func summary(_ name: String, _ milliseconds: [Double]) -> String {
        let best = milliseconds.min() ?? 0
        return "\(name): best \(String(format: "%.3f", best)) ms, median \(String(format: "%.3f", median(milliseconds))) ms"
    }

    static func bytes(hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return [] }
            bytes.append(value)
        }
        return bytes
    }
}

/// Resources/bench/upb_codec.py, running beside the bench and answering one line per request.
final class UpbReference {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffered: [UInt8] = []
    private(set) var version = ""

    init(python: String, script: String) throws {
        guard FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: script) else {
            throw Failure(description: "\(python) or \(script) is missing: run `bash Resources/bench-setup.sh` in the package directory first")
        }
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let greeting = try readLine()
        guard greeting.hasPrefix("ready upb ") else {
            throw Failure(description: "the upb reference did not start: \(greeting.isEmpty ? "no answer (see its error above)" : greeting)")
        }
        version = String(greeting.dropFirst("ready upb ".count))
    }

    /// upb's decode and encode times, in milliseconds, of `iterations` rounds on `file`.
    func time(file: String, type: CommandMessageType, iterations: Int) throws -> [(decode: Double, encode: Double)] {
        input.fileHandleForWriting.write(Data("time \(type.rawValue) \(iterations) \(file)\n".utf8))
        let answer = try readLine()
        let fields = answer.split(separator: " ")
        guard fields.count == 5, fields[0] == "ok" else { throw Failure(description: "upb reference: \(answer)") }
        let decodes = fields[3].split(separator: ",").compactMap { Double($0) }.map { $0 / 1_000_000 }
        let encodes = fields[4].split(separator: ",").compactMap { Double($0) }.map { $0 / 1_000_000 }
        return Array(zip(decodes, encodes))
    }

    func stop() {
        input.fileHandleForWriting.write(Data("quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    private func readLine() throws -> String {
        while true {
            if let newline = buffered.firstIndex(of: 0x0a) {
                let line = String(decoding: buffered[..<newline], as: UTF8.self)
                buffered.removeSubrange(...newline)
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return String(decoding: buffered, as: UTF8.self) }
            buffered += chunk
        }
    }
}

extension CommandMessageType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }
}
