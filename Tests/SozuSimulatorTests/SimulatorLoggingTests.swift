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

@Suite("Simulated Sōzu: logging filters", .serialized)
struct SimulatorLoggingTests {
    @Test("a bad filter is refused with Sōzu's texts; a good one goes to every worker")
    func loggingFilters() async throws {
        let simulator = try await RunningSimulator.start()
        let bad = try await simulator.send(request { $0.logging = "verbose,sozu=loud,a=b=c" })
        #expect(bad.map(\.status) == [.failure])
        #expect(bad.last?.message == "Error parsing logging filter:\n- Invalid log level: verbose; Invalid log level: sozu=loud; Too many '='s: a=b=c")
        let slashes = try await simulator.send(request { $0.logging = "info/x/y" })
        #expect(slashes.last?.message == "Error parsing logging filter:\n- Too many '/'s: info/x/y")
        let good = try await simulator.send(request { $0.logging = "INFO,sozu_lib::http=trace,sozu=,/regex" })
        #expect(good.last?.status == .ok)
        #expect(good.last?.message == "Successfully applied request to all workers")
        await simulator.stop()
    }
}
