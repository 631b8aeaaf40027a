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

@Suite("Simulated Sōzu with faults", .serialized)
struct SimulatorFaultTests {
    @Test("faults parse from their command-line form and print back to it")
    func parsing() throws {
        #expect(try SimulatorFault(parsing: "slow-worker:1:250") == .slowWorker(id: 1, delay: .milliseconds(250)))
        #expect(try SimulatorFault(parsing: "silent-worker:0") == .silentWorker(id: 0))
        #expect(try SimulatorFault(parsing: "crashing-worker:3") == .crashingWorker(id: 3))
        #expect(try SimulatorFault(parsing: "truncated-answers") == .truncatedAnswers)
        #expect(try SimulatorFault(parsing: "garbage-answers") == .garbageAnswers)
        #expect(SimulatorFault.slowWorker(id: 1, delay: .milliseconds(250)).description == "slow-worker:1:250")
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "slow-worker:x:1") }
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "melting-worker:1") }
    }

    @Test("a slow worker delays the final answer")
    func slowWorker() async throws {
        let simulator = try await RunningSimulator.start(faults: [.slowWorker(id: 1, delay: .milliseconds(300))])
        let started = ContinuousClock.now
        let answers = try await simulator.send(request { $0.status = Command_Status() })
        #expect(ContinuousClock.now - started >= .milliseconds(300))
        #expect(answers.last?.content.workers.vec.map(\.runState) == [.running, .running])
        await simulator.stop()
    }

    @Test("a worker that never answers: the task ends on its timeout, and Sōzu calls that success")
    func silentWorker() async throws {
        // Long enough for the other worker to answer on a loaded machine (300 ms was not, in a
        // full run), short enough for the test.
        let simulator = try await RunningSimulator.start(workerTimeout: .seconds(2), faults: [.silentWorker(id: 0)])
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.map(\.runState) == [.notAnswering, .running])
        var cluster = Command_Cluster()
        cluster.clusterID = "app"
        let started = ContinuousClock.now
        let added = try await simulator.send(request { $0.addCluster = cluster })
        #expect(ContinuousClock.now - started >= .seconds(2))
        #expect(added.last?.status == .ok)
        #expect(added.last?.message == "Successfully applied request to all workers")
        await simulator.stop()
    }

    @Test("a worker that crashes mid-task is missing from the answer and shows STOPPED")
    func crashingWorker() async throws {
        let simulator = try await RunningSimulator.start(faults: [.crashingWorker(id: 1)])
        let status = try await simulator.send(request { $0.status = Command_Status() })
        #expect(status.last?.content.workers.vec.map(\.runState) == [.running, .notAnswering])
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.running, .stopped])
        await simulator.stop()
    }

    @Test("a worker that dies before its soft-stop OK leaves the soft stop unfinished, as in Sōzu")
    func softStopNeverFinishes() async throws {
        let simulator = try await RunningSimulator.start(faults: [.crashingWorker(id: 1)])
        let client = try await Client.connect(to: simulator.path)
        try await client.send(request { $0.softStop = Command_SoftStop() })
        let reader = Task {
            var messages: [String] = []
            for try await answer in client.messages { messages.append(answer.message) }
            return messages
        }
        try await Task.sleep(for: .milliseconds(500))
        // Still serving, still no final answer.
        let workers = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        #expect(workers.last?.content.workers.vec.map(\.runState) == [.stopped, .stopped])
        await simulator.stop()
        let messages = try await reader.value
        #expect(messages.first == "Performing soft stop...")
        #expect(!messages.contains { $0.hasPrefix("Successfully closed") })
    }

    @Test("a main process that cuts its answer mid-frame: the client reports how many bytes came")
    func truncatedAnswers() async throws {
        let simulator = try await RunningSimulator.start(faults: [.truncatedAnswers])
        await #expect {
            _ = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        } throws: { error in
            guard case .codec(.truncatedFrame(.payload, _, _)) = error as? CommandSocketError else { return false }
            return true
        }
        await simulator.stop()
    }

    @Test("a main process that writes garbage: the client reports an invalid Response")
    func garbageAnswers() async throws {
        let simulator = try await RunningSimulator.start(faults: [.garbageAnswers])
        await #expect {
            _ = try await simulator.send(request { $0.listWorkers = Command_ListWorkers() })
        } throws: { error in
            guard case .codec(.invalidMessage(let type, _)) = error as? CommandSocketError else { return false }
            return type == "command.Response"
        }
        await simulator.stop()
    }
}
