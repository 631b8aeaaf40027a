import Foundation
import SozuConfiguration
import SozuSimulator
import SozuTestSupport

/// The configuration the real Sōzu 2.1.0 of ../shared/reference/real-sozu-2.1.0 started from:
/// two workers, an activated HTTP listener on 127.0.0.1:38090, and the cluster `app` with the
/// frontend `localhost` on it and one backend.
enum RealSozuStart {
    static let configuration = """
        worker_count = 2

        [[listeners]]
        protocol = "http"
        address = "127.0.0.1:38090"

        [clusters.app]
        protocol = "http"
        frontends = [{ address = "127.0.0.1:38090", hostname = "localhost" }]
        backends = [{ address = "127.0.0.1:38181", backend_id = "app-backend-0" }]
        """

    /// A simulator started from that configuration, on a fresh socket.
    static func simulator() async throws -> RunningSimulator {
        let directory = try TemporaryDirectory()
        try configuration.write(toFile: directory.file("config.toml"), atomically: true, encoding: .utf8)
        var options = SimulatorOptions(socketPath: directory.file("sozu.sock"), seed: 42)
        options.use(try SozuConfiguration(contentsOf: directory.file("config.toml")))
        let main = SimulatedMainProcess(options: options)
        try await main.start()
        return RunningSimulator(directory: directory, main: main)
    }
}
