import ArgumentParser

@main
struct SozuConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-console",
        abstract: "An operator console for the Sōzu reverse proxy.",
        subcommands: [FrameCommand.self]
    )
}
