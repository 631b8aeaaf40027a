import ArgumentParser
import SozuCodec

struct FrameEncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Read one message in protobuf text format on stdin and write its frame to stdout.",
        discussion: "The text is what `protoc --decode=command.<Type>` prints, e.g. `status {}`."
    )

    @Option(name: .long, help: "The message type of the text.")
    var type: CommandMessageType

    @Flag(name: .long, help: "Read the proto3 JSON mapping instead of text format.")
    var json = false

    func run() throws {
        let input = String(decoding: StandardStreams.readAll(), as: UTF8.self)
        do {
            let message = json ? try type.parse(json: input) : try type.parse(textFormat: input)
            try StandardStreams.writeOut(MessageCodec.encodeFrame(message))
        } catch {
            StandardStreams.writeError("sozu-console frame encode: \(error)\n")
            throw ExitCode.failure
        }
    }
}
