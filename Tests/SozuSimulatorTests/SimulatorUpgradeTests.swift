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

@Suite("Simulated Sōzu upgrades", .serialized)
struct SimulatorUpgradeTests {
    @Test("upgrade worker: sockets handed over, a new worker launched, the old one drained, Sōzu's messages in order")
    func upgradeWorker() async throws {
        let simulator = try await RunningSimulator.start(workers: 2, connections: [2], drain: [.milliseconds(300)])
        var listener = Command_HttpListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8080
        _ = try await simulator.send(request { $0.addHTTPListener = listener })
        var activate = Command_ActivateListener()
        activate.address = listener.address
        activate.proxy = .http
        activate.fromScm = false
        _ = try await simulator.send(request { $0.activateListener = activate })

        let answers = try await simulator.send(request { $0.upgradeWorker = 0 })
        let messages = answers.map(\.message)
        #expect(messages.first == "Requesting listen sockets from worker 0")
        #expect(messages.contains("Launched a new worker with id 2"))
        #expect(messages.contains("Soft stopping worker with id 0"))
        #expect(messages.contains { $0.hasPrefix("Worker 0 is processing SoftStop-0-") && $0.hasSuffix("-0. ") })
        #expect(messages.contains { $0.hasPrefix("Worker 0 answered OK to SoftStop-0-") })
        #expect(messages.contains { $0.hasPrefix("Worker 2 answered OK to ActivateListener-2-") })
        #expect(answers.last?.status == .ok)
        #expect(messages.last == "Upgrade successful:\n- finished soft stop of worker 0\n- finished activation of new worker 2")

        try await Task.sleep(for: .milliseconds(100))
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.id) == [0, 1, 2])
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.stopped, .running, .running])

        let unknown = try await simulator.send(request { $0.upgradeWorker = 9 })
        #expect(unknown.map(\.message) == ["Worker 9 does not exist, or is stopping / stopped"])
        await simulator.stop()
    }

    @Test("upgrade worker: the soft stop and the activations are one task, numbered 0, then 1, 2… as Sōzu numbers them")
    func upgradeRelayNumbering() async throws {
        let simulator = try await RunningSimulator.start(workers: 1)
        // Port 0: the workers' bind always succeeds.
        for (index, ip) in [UInt32(0), 0x7f00_0001].enumerated() {
            var address = Command_SocketAddress()
            address.ip.v4 = ip
            address.port = 0
            var activate = Command_ActivateListener()
            activate.address = address
            if index == 0 {
                var listener = Command_HttpListenerConfig()
                listener.address = address
                _ = try await simulator.send(request { $0.addHTTPListener = listener })
                activate.proxy = .http
            } else {
                var listener = Command_TcpListenerConfig()
                listener.address = address
                _ = try await simulator.send(request { $0.addTcpListener = listener })
                activate.proxy = .tcp
            }
            #expect(try await simulator.send(request { $0.activateListener = activate }).last?.status == .ok)
        }
        let messages = try await simulator.send(request { $0.upgradeWorker = 0 }).map(\.message)
        let relayed = messages.compactMap { message -> (name: String, task: String, index: String)? in
            guard message.contains(" answered OK to "), let id = message.split(separator: " ").dropFirst(5).first else { return nil }
            let parts = id.dropLast().split(separator: "-")  // the id ends with a period
            return parts.count == 4 ? (String(parts[0]), String(parts[2]), String(parts[3])) : nil
        }
        #expect(relayed.map { "\($0.name) \($0.index)" }.sorted() == ["ActivateListener 1", "ActivateListener 2", "SoftStop 0"])
        #expect(Set(relayed.map(\.task)).count == 1, "one task: \(messages)")
        await simulator.stop()
    }

    @Test("two workers upgraded at once get distinct new ids; upgrading a stopping worker is refused")
    func parallelUpgrades() async throws {
        let simulator = try await RunningSimulator.start(workers: 2)
        async let first = simulator.send(request { $0.upgradeWorker = 0 })
        async let second = simulator.send(request { $0.upgradeWorker = 1 })
        async let again = simulator.send(request { $0.upgradeWorker = 0 })
        let answers = try await [first, second, again]
        let launched = answers.flatMap { $0.map(\.message) }.filter { $0.hasPrefix("Launched a new worker with id ") }
        #expect(Set(launched) == ["Launched a new worker with id 2", "Launched a new worker with id 3"])
        #expect(answers.filter { $0.last?.status == .ok }.count == 2)
        #expect(answers.contains { $0.map(\.message) == ["Worker 0 does not exist, or is stopping / stopped"] })
        try await Task.sleep(for: .milliseconds(100))
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.id).sorted() == [0, 1, 2, 3])
        await simulator.stop()
    }

    @Test("upgrade main: OK with the new pid, connections dropped, the same path answers again with the state kept")
    func upgradeMain() async throws {
        let simulator = try await RunningSimulator.start()
        var cluster = Command_Cluster()
        cluster.clusterID = "kept"
        _ = try await simulator.send(request { $0.addCluster = cluster })
        let answers = try await simulator.send(request { $0.upgradeMain = Command_UpgradeMain() })
        #expect(answers.first?.message == "Upgrading the main process...")
        #expect(answers.last?.status == .ok)
        #expect(answers.last?.message.hasPrefix("Upgrade successful, closing main process. New main process has pid ") == true)

        var reconnected: [Command_Response] = []
        for _ in 0..<50 {
            if let answer = try? await simulator.send(request { $0.queryClusterByID = "kept" }) {
                reconnected = answer
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(reconnected.last?.content.workerResponses.map["main"]?.clusters.vec.first?.configuration.clusterID == "kept")
        await simulator.stop()
    }
}
