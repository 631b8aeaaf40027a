import ArgumentParser

@main
struct SozuBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-bench",
        abstract: "Measure sozu-console's hot paths (build with -c release).",
        subcommands: [CodecBenchCommand.self]
    )
}
