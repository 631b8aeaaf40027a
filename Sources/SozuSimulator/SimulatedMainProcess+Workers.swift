import Logging
import SozuChannel
import SozuCodec
import SozuProto
#if canImport(Glibc)
import Glibc
#endif

/// The workers: launched on a socket pair, read, and listed.
extension SimulatedMainProcess {
    struct WorkerHandle {
        var id: UInt32
        var pid: Int32
        var runState: Command_RunState
        var channel: WorkerChannel
    }

    @discardableResult
    func launchWorker(index: Int) async throws(SimulatorError) -> UInt32 {
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0 else {
            throw .socketPair(errno: errno)
        }
        let id = nextWorkerID
        nextWorkerID += 1
        let mainSide: WorkerChannel
        let workerSide: SimulatedWorker.Channel
        do {
            mainSide = try await WorkerChannel.adopt(descriptor: descriptors[0])
        } catch {
            close(descriptors[0])
            close(descriptors[1])
            throw .socket(error)
        }
        do {
            workerSide = try await SimulatedWorker.Channel.adopt(descriptor: descriptors[1])
        } catch {
            await mainSide.close()
            close(descriptors[1])
            throw .socket(error)
        }
        // A new worker starts from the main process's state, as Sōzu hands it its initial state.
        let worker = SimulatedWorker(
            id: id,
            channel: workerSide,
            state: state,
            connections: options.connections(ofWorker: index),
            drainDuration: options.drainDuration(ofWorker: index),
            faults: faults,
            seed: options.seed,
            traffic: options.syntheticTraffic ? options.trafficProfile(worker: id) : nil,
            logger: logger
        )
        Task { await worker.run() }
        if let interval = options.backendEventInterval {
            Task { await worker.flipBackends(every: interval) }
        }
        let pid = Int32(getpid()) + 1 + Int32(id)
        workers.append(WorkerHandle(id: id, pid: pid, runState: .running, channel: mainSide))
        logger.debug("worker launched", metadata: ["worker": "\(id)", "pid": "\(pid)"])
        Task { await self.readWorker(id: id, channel: mainSide) }
        return id
    }

    private func readWorker(id: UInt32, channel: WorkerChannel) async {
        do {
            for try await answer in channel.messages {
                await route(answer, from: id)
            }
        } catch {}
        workerChannelClosed(id)
    }

    /// A worker's event goes to the subscribers; an answer to the task waiting for it.
    private func route(_ answer: Command_WorkerResponse, from workerID: UInt32) async {
        logger.trace("from worker \((try? SozuJSON.encode(answer)) ?? "")", metadata: ["worker": "\(workerID)"])
        if answer.hasContent, case .event(let event) = answer.content.contentType {
            await publish(event, origin: String(workerID))
            return
        }
        guard let waiting = pending[answer.id] else { return }
        switch answer.statusValue {
        case .known(.processing):
            await waiting.onProcessing(workerID, answer)
        default:
            pending[answer.id] = nil
            waiting.continuation.resume(returning: answer)
        }
    }

    private func workerChannelClosed(_ id: UInt32) {
        guard let index = workers.firstIndex(where: { $0.id == id }) else { return }
        workers[index].runState = .stopped
        logger.debug("worker exited", metadata: ["worker": "\(id)"])
        // Tasks waiting on this worker get nothing more.
        for (requestID, waiting) in pending where waiting.workerID == id {
            pending[requestID] = nil
            waiting.continuation.resume(returning: nil)
        }
    }

    func workerInfos() -> [Command_WorkerInfo] {
        workers.map { handle in
            var info = Command_WorkerInfo()
            info.id = handle.id
            info.pid = handle.pid
            info.runState = handle.runState
            return info
        }
    }
}
