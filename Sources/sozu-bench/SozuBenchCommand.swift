import ArgumentParser

@main
struct SozuBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sozu-bench",
        abstract: "Measure sozu-console's hot paths (build with -c release).",
        subcommands: [CodecBenchCommand.self, SimulatorBenchCommand.self, OneShotBenchCommand.self, ScreenBenchCommand.self, LiveBenchCommand.self, RetainBenchCommand.self, FleetBenchCommand.self, FleetHostCommand.self]
    )
}
