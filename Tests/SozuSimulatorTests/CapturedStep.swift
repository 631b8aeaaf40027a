import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport

/// One step of ../shared/reference/real-sozu-2.1.0: the request sent and every answer a real
/// Sōzu 2.1.0 gave, read from the frames (`>` and `<` lines, hex) of its file.
struct CapturedStep: Sendable {
    var number: Int
    var name: String
    var request: Command_Request
    var answers: [Command_Response]

    /// Every step in the folder, by number; empty when the folder is absent.
    static func all() throws -> [Int: CapturedStep] {
        guard let directory = PackagePaths.realSozu210Captures else { return [:] }
        var steps: [Int: CapturedStep] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".txt") {
            guard let number = Int(file.prefix(3)) else { continue }
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            steps[number] = try CapturedStep(number: number, name: String(file.dropFirst(4).dropLast(4)), text: text)
        }
        return steps
    }

    init(number: Int, name: String, text: String) throws {
        self.number = number
        self.name = name
        var request: Command_Request?
        var answers: [Command_Response] = []
        for line in text.split(separator: "\n") {
            // `< +0.000829s status=…` lines describe the frame on the next `<` line.
            if line.hasPrefix("> ") {
                request = try MessageCodec.decode(Command_Request.self, from: Array(Hex.bytes(String(line.dropFirst(2))).dropFirst(8)))
            } else if line.hasPrefix("< "), !line.hasPrefix("< +") {
                answers.append(try MessageCodec.decode(Command_Response.self, from: Array(Hex.bytes(String(line.dropFirst(2))).dropFirst(8))))
            }
        }
        guard let request else { throw CaptureError.noRequest(name) }
        self.request = request
        self.answers = answers
    }

    enum CaptureError: Error {
        case noRequest(String)
    }
}
