import ArgumentParser
import SozuCodec

struct FrameDecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Read frames on stdin and print each message.",
        discussion: """
            Text format separates messages with a `# frame N` comment line; JSON prints one \
            object per line. A bad frame stops decoding: the frames before it are printed, the \
            error goes to stderr and the exit status is 1.
            """
    )

    @Option(name: .long, help: "The message type of every frame.")
    var type: CommandMessageType

    @Option(name: .long, help: "Refuse frames that declare more bytes than this.")
    var maxFrameSize = Frame.defaultMaximumSize

    @Flag(name: .long, help: "Print the proto3 JSON mapping (proto field names) instead of text format.")
    var json = false

    func validate() throws {
        guard maxFrameSize >= Frame.headerSize else {
            throw ValidationError("--max-frame-size must be at least \(Frame.headerSize) (the length prefix)")
        }
    }

    func run() throws {
        var decoder = FrameDecoder(maximumFrameSize: maxFrameSize)
        let format: MessageRenderingFormat = json ? .json : .text
        var frameNumber = 0
        do {
            var endOfInput = false
            while !endOfInput {
                let chunk = StandardStreams.readChunk()
                if chunk.isEmpty {
                    endOfInput = true
                } else {
                    decoder.append(chunk)
                }
                while let payload = try decoder.nextPayload() {
                    frameNumber += 1
                    let rendered = try format.render(type.decode(payload: payload))
                    switch format {
                    case .text: StandardStreams.writeOut("# frame \(frameNumber)\n\(rendered)")
                    case .json: StandardStreams.writeOut(rendered + "\n")
                    }
                }
            }
            try decoder.finish()
        } catch {
            StandardStreams.writeError("sozu-console frame decode: frame \(frameNumber + 1): \(error)\n")
            throw ExitCode.failure
        }
    }
}
