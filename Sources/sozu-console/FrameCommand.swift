public import ArgumentParser
public import SozuCodec

/// `sozu-console frame …`: turns captured command-socket traffic into text and back.
struct FrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Encode and decode Sozu command-socket frames.",
        discussion: """
            A frame is an 8-byte little-endian length that counts itself, then a protobuf \
            payload. Message types: Request (client to main process), Response (main process to \
            client), WorkerRequest and WorkerResponse (main process and workers).
            """,
        subcommands: [FrameEncodeCommand.self, FrameDecodeCommand.self]
    )
}

extension CommandMessageType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
