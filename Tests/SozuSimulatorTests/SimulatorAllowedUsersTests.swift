import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Simulated Sōzu: command_allowed_uids", .serialized)
struct SimulatorAllowedUsersTests {
    @Test("a user outside command_allowed_uids is refused whatever it asks, with Sōzu's text; one inside is served")
    func allowedUsers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("config.toml")
        try "command_allowed_uids = [\(getuid() &+ 1)]\n".write(toFile: path, atomically: true, encoding: .utf8)
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"))
        options.use(try SozuConfiguration(contentsOf: path))
        #expect(options.commandAllowedUIDs == [getuid() &+ 1])
        let refusing = SimulatedMainProcess(options: options)
        try await refusing.start()
        let simulator = RunningSimulator(directory: directory, main: refusing)
        let refused = try await simulator.send(request { $0.status = Command_Status() })
        #expect(refused.map(\.status) == [.failure])
        #expect(refused.last?.message == "unauthorized: actor UID \(getuid()) not in command_allowed_uids")
        await refusing.shutdown()

        options.commandAllowedUIDs = [getuid()]
        let serving = SimulatedMainProcess(options: options)
        try await serving.start()
        let served = try await RunningSimulator(directory: directory, main: serving).send(request { $0.status = Command_Status() })
        #expect(served.last?.status == .ok)
        await serving.shutdown()
    }
}
